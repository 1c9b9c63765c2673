// Where extracted records go, a page at a time: the JSON-lines printer of
// `grantline-cli extract`, the normalizer of a load, a test. The extractor
// keeps a few requests and pages ahead of the sink (see RequestWalk): the
// server works while the sink does, and a slow sink still slows the
// extraction down instead of piling records up in memory.
#pragma once

#include <QJsonObject>
#include <QString>

#include <functional>
#include <memory>
#include <simdjson.h>
#include <vector>

class RecordSink
{
public:
    virtual ~RecordSink();

    // The records of one page of a resource. extraFields (include_from_parent
    // values, "_<parent>_<field>") belong to every record. The elements are
    // valid only during the call. False, with a sentence, stops the run.
    virtual bool accept(const QString& resource, const std::vector<simdjson::dom::element>& records,
                        const QJsonObject& extraFields, QString* error) = 0;

    // The same, with the document the elements live in: a sink that keeps
    // it keeps the elements valid beyond the call (a worker thread reads
    // them later, without a copy). pageBytes: the page's size as sent, for
    // a sink that bounds its memory. By default, accept().
    virtual bool acceptPage(const QString& resource,
                            const std::vector<simdjson::dom::element>& records,
                            const QJsonObject& extraFields,
                            const std::shared_ptr<const simdjson::dom::document>& document,
                            qint64 pageBytes, QString* error);

    // Flow control for a sink that hands pages on (to a worker thread): false
    // while it holds as many pages as it takes. The extractor then gives it
    // nothing and asks for no more than its few pages ahead until the sink
    // calls the ready handler, on the extractor's thread. A sink that works
    // inside accept() always wants more.
    virtual bool wantsMore() const;
    void setReadyHandler(std::function<void()> handler);

protected:
    void notifyReady() const;

private:
    std::function<void()> m_readyHandler;
};
