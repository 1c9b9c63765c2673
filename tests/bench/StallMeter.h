// The window's view of a run: a 1 ms timer on the caller's event loop,
// every gap between its ticks kept; the longest and the 99th percentile are
// the stalls a person would see.
#pragma once

#include "BenchSupport.h"

#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

// Gaps between ticks of a 1 ms timer, in microseconds.
class StallMeter
{
public:
    void start()
    {
        m_gaps.reserve(1 << 20);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed() / 1000;
            m_gaps.push_back(now - m_last);
            m_last = now;
        });
        m_clock.start();
        m_cpu = BenchSupport::processCpuSeconds();
        m_last = 0;
        m_timer.start();
    }
    void stop()
    {
        m_timer.stop();
    }
    // Ticks so far, and the longest gap since a tick (in ms): a phase's own
    // stalls.
    size_t ticks() const
    {
        return m_gaps.size();
    }
    double longestSince(size_t tick) const
    {
        qint64 longest = 0;
        for (size_t i = tick; i < m_gaps.size(); ++i) {
            longest = std::max(longest, m_gaps[i]);
        }
        return double(longest) / 1000.0;
    }
    // The 99th percentile of the gaps since a tick, in ms.
    double p99Since(size_t tick) const
    {
        if (tick >= m_gaps.size()) {
            return 0;
        }
        std::vector<qint64> sorted(m_gaps.begin() + std::ptrdiff_t(tick), m_gaps.end());
        std::sort(sorted.begin(), sorted.end());
        return double(sorted[sorted.size() * 99 / 100]) / 1000.0;
    }
    void print(const char* what, qint64 records, double seconds) const
    {
        std::vector<qint64> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end());
        const double longest = sorted.empty() ? 0 : double(sorted.back()) / 1000.0;
        const double p99 = sorted.empty() ? 0 : double(sorted[sorted.size() * 99 / 100]) / 1000.0;
        std::printf("%s: %lld records in %.2f s -> %.0f records/s; caller's 1 ms timer: %zu ticks, "
                    "longest stall %.1f ms, p99 %.2f ms; CPU %.1f s (the sandbox's included); "
                    "peak resident memory %.1f MB\n",
                    what, static_cast<long long>(records), seconds, double(records) / seconds,
                    sorted.size(), longest, p99, BenchSupport::processCpuSeconds() - m_cpu,
                    BenchSupport::statusMegabytes("VmHWM:"));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    double m_cpu = 0;
    std::vector<qint64> m_gaps;
};
