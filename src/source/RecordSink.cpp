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
