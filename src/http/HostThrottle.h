// How many requests go to one host at once, how often, and when none may:
// requests wait here for a free place among the host's concurrent requests,
// for the requests-per-minute pace (a token bucket holding one token, so no
// minute ever sees more than the limit), and for the end of a pause that a
// 429 or 503 from that host called for. One throttle is shared by every
// request of a run, so one answer's Retry-After holds all of them back.
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <deque>
#include <functional>

class HostThrottle : public QObject
{
    Q_OBJECT

public:
    struct Limits
    {
        // Requests in flight at once, per host.
        int concurrentRequests = 6;
        // At most this many requests start in any minute, per host; 0: no limit.
        int requestsPerMinute = 0;
    };
    using Ticket = quint64;

    explicit HostThrottle(const Limits& limits, QObject* parent = nullptr);

    Limits limits() const;
    // Calls go (at once, or later from the event loop) when a request to
    // url's origin may be sent. The ticket holds its place until done().
    Ticket whenFree(const QUrl& url, std::function<void()> go);
    // The request of this ticket is over, or no longer wanted (a waiting
    // ticket is dropped); its place goes to the next on the event loop's
    // next turn, after whatever the ending answer asks (a pause).
    void done(Ticket ticket);
    // No request to url's origin starts for this long (from now, or later
    // when a longer pause is on).
    void pause(const QUrl& url, std::chrono::milliseconds wait);
    // The host answered over HTTP/2: one connection carries them all, so
    // its limit is the whole concurrentRequests. Until then a host gets at
    // most Qt's six connections (HTTP/1.1): more would wait inside Qt,
    // where neither a pause nor the pace can hold them.
    void setMultiplexed(const QUrl& url);
    static constexpr int kConnectionsPerHost = 6;
    // Requests in flight now, waiting now, and the most in flight so far, over all hosts.
    int inFlight() const;
    int waiting() const;
    int mostInFlight() const;

Q_SIGNALS:
    // Every request to origin is held back for this long.
    void paused(const QString& origin, qint64 milliseconds);

private:
    struct Waiting
    {
        Ticket ticket;
        std::function<void()> go;
    };
    struct Host
    {
        int inFlight = 0;
        // Monotonic milliseconds (m_clock) before which nothing starts.
        qint64 pausedUntil = 0;
        qint64 nextStart = 0;
        std::deque<Waiting> waiting;
        bool multiplexed = false;
    };

    void dispatch(const QString& origin);
    void dispatchAll();
    void scheduleWakeUp(qint64 at);
    std::chrono::milliseconds interval() const;

    Limits m_limits;
    QElapsedTimer m_clock;
    QTimer m_wakeUp;
    QHash<QString, Host> m_hosts;
    // Running tickets by number, with their host.
    QHash<Ticket, QString> m_running;
    QHash<Ticket, QString> m_queued;
    Ticket m_lastTicket = 0;
    int m_mostInFlight = 0;
};
