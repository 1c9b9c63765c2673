#include "http/HostThrottle.h"

#include "core/Logging.h"
#include "http/UrlOrigin.h"

#include <algorithm>

HostThrottle::HostThrottle(const Limits& limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
    , m_wakeUp(this)
{
    m_limits.concurrentRequests = std::max(1, m_limits.concurrentRequests);
    m_limits.requestsPerMinute = std::max(0, m_limits.requestsPerMinute);
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    m_wakeUp.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeUp, &QTimer::timeout, this, &HostThrottle::dispatchAll);
}

HostThrottle::Limits HostThrottle::limits() const
{
    return m_limits;
}

std::chrono::milliseconds HostThrottle::interval() const
{
    if (m_limits.requestsPerMinute <= 0) {
        return std::chrono::milliseconds(0);
    }
    // Rounded up: a minute never holds one request more than the limit.
    return std::chrono::milliseconds((60000 + m_limits.requestsPerMinute - 1)
                                     / m_limits.requestsPerMinute);
}

HostThrottle::Ticket HostThrottle::whenFree(const QUrl& url, std::function<void()> go)
{
    const QString origin = UrlOrigin::of(url);
    const Ticket ticket = ++m_lastTicket;
    m_hosts[origin].waiting.push_back({ticket, std::move(go)});
    m_queued.insert(ticket, origin);
    dispatch(origin);
    return ticket;
}

void HostThrottle::done(Ticket ticket)
{
    if (const auto queued = m_queued.constFind(ticket); queued != m_queued.constEnd()) {
        std::deque<Waiting>& waiting = m_hosts[*queued].waiting;
        waiting.erase(std::remove_if(waiting.begin(), waiting.end(),
                                     [ticket](const Waiting& w) { return w.ticket == ticket; }),
                      waiting.end());
        m_queued.erase(queued);
        return;
    }
    const auto running = m_running.constFind(ticket);
    if (running == m_running.constEnd()) {
        return;
    }
    const QString origin = *running;
    m_running.erase(running);
    --m_hosts[origin].inFlight;
    // The next request goes on the next turn, not from inside done(): the
    // answer that ended this one (a 429) pauses the host first, and a
    // cancel of many requests does not start each next one on its way out.
    QMetaObject::invokeMethod(
        this, [this, origin] { dispatch(origin); }, Qt::QueuedConnection);
}

void HostThrottle::pause(const QUrl& url, std::chrono::milliseconds wait)
{
    if (wait.count() <= 0) {
        return;
    }
    const QString origin = UrlOrigin::of(url);
    Host& host = m_hosts[origin];
    const qint64 until = m_clock.elapsed() + qint64(wait.count());
    if (until <= host.pausedUntil) {
        return;
    }
    host.pausedUntil = until;
    qCInfo(lcHttp) << "requests to" << origin << "paused for" << wait.count() << "ms";
    Q_EMIT paused(origin, qint64(wait.count()));
    scheduleWakeUp(until);
}

void HostThrottle::setMultiplexed(const QUrl& url)
{
    const QString origin = UrlOrigin::of(url);
    Host& host = m_hosts[origin];
    if (!host.multiplexed) {
        host.multiplexed = true;
        dispatch(origin);
    }
}

void HostThrottle::dispatch(const QString& origin)
{
    // A go() may start or end other requests; the host is looked up again
    // after each one.
    for (;;) {
        Host& host = m_hosts[origin];
        const int limit = host.multiplexed
            ? m_limits.concurrentRequests
            : std::min(m_limits.concurrentRequests, kConnectionsPerHost);
        if (host.waiting.empty() || host.inFlight >= limit) {
            return;
        }
        const qint64 now = m_clock.elapsed();
        const qint64 startAt = std::max(host.pausedUntil, host.nextStart);
        if (startAt > now) {
            scheduleWakeUp(startAt);
            return;
        }
        Waiting next = std::move(host.waiting.front());
        host.waiting.pop_front();
        ++host.inFlight;
        host.nextStart = now + qint64(interval().count());
        m_mostInFlight = std::max(m_mostInFlight, inFlight());
        m_queued.remove(next.ticket);
        m_running.insert(next.ticket, origin);
        next.go();
    }
}

void HostThrottle::dispatchAll()
{
    const QStringList origins = m_hosts.keys();
    for (const QString& origin : origins) {
        dispatch(origin);
    }
}

void HostThrottle::scheduleWakeUp(qint64 at)
{
    const qint64 wait = std::max<qint64>(0, at - m_clock.elapsed());
    if (m_wakeUp.isActive() && m_wakeUp.remainingTime() <= wait) {
        return;
    }
    m_wakeUp.start(std::chrono::milliseconds(wait));
}

int HostThrottle::inFlight() const
{
    int total = 0;
    for (const Host& host : m_hosts) {
        total += host.inFlight;
    }
    return total;
}

int HostThrottle::waiting() const
{
    return int(m_queued.size());
}

int HostThrottle::mostInFlight() const
{
    return m_mostInFlight;
}
