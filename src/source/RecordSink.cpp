#include "source/RecordSink.h"

RecordSink::~RecordSink() = default;

bool RecordSink::wantsMore() const
{
    return true;
}

void RecordSink::setReadyHandler(std::function<void()> handler)
{
    m_readyHandler = std::move(handler);
}

void RecordSink::notifyReady() const
{
    if (m_readyHandler) {
        m_readyHandler();
    }
}

bool RecordSink::acceptPage(const QString& resource,
                            const std::vector<simdjson::dom::element>& records,
                            const QJsonObject& extraFields,
                            const std::shared_ptr<const simdjson::dom::document>&, qint64,
                            QString* error)
{
    return accept(resource, records, extraFields, error);
}
