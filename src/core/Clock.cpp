#include "core/Clock.h"

#include <mutex>

namespace {

// Held while a clock answers, so that a test clock is never read while it
// is being uninstalled on another thread.
std::mutex& instanceMutex()
{
    static std::mutex mutex;
    return mutex;
}

const Clock* g_instance = nullptr;

class SystemClock : public Clock
{
public:
    static const SystemClock& get()
    {
        static const SystemClock clock;
        return clock;
    }
};

} // namespace

Clock::Clock() = default;

Clock::~Clock() = default;

QDateTime Clock::now()
{
    const std::lock_guard<std::mutex> lock(instanceMutex());
    return (g_instance ? g_instance : &SystemClock::get())->currentDateTimeUtc();
}

qint64 Clock::secsSinceEpoch()
{
    return now().toSecsSinceEpoch();
}

QDateTime Clock::currentDateTimeUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

void Clock::setInstance(const Clock* clock)
{
    const std::lock_guard<std::mutex> lock(instanceMutex());
    g_instance = clock;
}
