#include "ScopedTestClock.h"

ScopedTestClock::ScopedTestClock(const QDateTime& start)
    : m_msecsSinceEpoch(start.toMSecsSinceEpoch())
{
    setInstance(this);
}

ScopedTestClock::~ScopedTestClock()
{
    setInstance(nullptr);
}

void ScopedTestClock::advance(std::chrono::milliseconds by)
{
    m_msecsSinceEpoch += by.count();
}

void ScopedTestClock::set(const QDateTime& time)
{
    m_msecsSinceEpoch = time.toMSecsSinceEpoch();
}

QDateTime ScopedTestClock::currentDateTimeUtc() const
{
    return QDateTime::fromMSecsSinceEpoch(m_msecsSinceEpoch, Qt::UTC);
}
