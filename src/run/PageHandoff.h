// The sink of a run on the caller's thread: each page's records are written
// out as one JSON array and posted to the load worker, which parses and
// normalizes them on its own thread. Credit-based flow control: at most
// kCredits pages wait for the worker; then wantsMore() says no and the
// extractor holds its next request until a page is written. A slow disk so
// slows the extraction down without the caller ever waiting.
#pragma once

#include "source/RecordSink.h"

class LoadWorker;

class PageHandoff : public RecordSink
{
public:
    static constexpr int kCredits = 4;

    explicit PageHandoff(LoadWorker* worker);

    bool accept(const QString& resource, const std::vector<simdjson::dom::element>& records,
                const QJsonObject& extraFields, QString* error) override;
    bool wantsMore() const override;
    // The worker wrote a page: a credit comes back (call on this thread).
    void pageWritten();
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
    LoadWorker* m_worker;
    int m_inFlight = 0;
    int m_mostInFlight = 0;
};
