// The sink of a run on the caller's thread: each page's records are posted
// to the load worker with the parsed document they live in (no copy, no
// second parse), and the worker normalizes them on its own thread. Credit-based flow control: at
// most kCredits pages wait for the worker; then wantsMore() says no and the extractor holds its
// next request until a page is written. A slow disk so slows the extraction down without the caller
// ever waiting.
#pragma once

#include "source/RecordSink.h"

class LoadWorker;

class PageHandoff : public RecordSink
{
public:
    static constexpr int kCredits = 16;
    // And at most this much page text (a parsed document takes about ten
    // times its text): a few huge pages hold the extractor back sooner.
    static constexpr qint64 kPageBytesBudget = 8 << 20;

    explicit PageHandoff(LoadWorker* worker);

    bool accept(const QString& resource, const std::vector<simdjson::dom::element>& records,
                const QJsonObject& extraFields, QString* error) override;
    bool acceptPage(const QString& resource, const std::vector<simdjson::dom::element>& records,
                    const QJsonObject& extraFields,
                    const std::shared_ptr<const simdjson::dom::document>& document,
                    qint64 pageBytes, QString* error) override;
    bool wantsMore() const override;
    // The worker wrote a page: a credit comes back (call on this thread).
    void pageWritten(qint64 pageBytes);
    int pagesInFlight() const
    {
        return m_inFlight;
    }
    // The most pages that were ever waiting at once (for the tests).
    int mostPagesInFlight() const
    {
        return m_mostInFlight;
    }

private:
    void handedOver(qint64 pageBytes);

    LoadWorker* m_worker;
    int m_inFlight = 0;
    qint64 m_bytesInFlight = 0;
    int m_mostInFlight = 0;
};
