// A clock the test moves by hand, installed for as long as it lives: tokens
// expire when the test says so, never after a sleep.
#pragma once

#include "core/Clock.h"

#include <atomic>
#include <chrono>

class ScopedTestClock : public Clock
{
public:
    // Starts at the real time now, or at the time given.
    explicit ScopedTestClock(const QDateTime& start = QDateTime::currentDateTimeUtc());
    ~ScopedTestClock() override;

    void advance(std::chrono::milliseconds by);
    void set(const QDateTime& time);

protected:
    QDateTime currentDateTimeUtc() const override;

private:
    std::atomic<qint64> m_msecsSinceEpoch;
};
