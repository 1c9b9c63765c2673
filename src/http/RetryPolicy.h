// When a failed request is tried again, and after how long: dlt's rules
// (5 attempts; 429, 5xx and network errors only; waits of 1, 2, 4, 8 s;
// Retry-After in seconds or as an HTTP-date wins, capped at 300 s).
#pragma once

#include <QByteArray>
#include <QDateTime>

#include <chrono>
#include <optional>

struct RetryPolicy
{
    int maxAttempts = 5;
    std::chrono::milliseconds backoffFactor{1000};
    std::chrono::milliseconds maxDelay{300000};
    // Per attempt, connecting and reading.
    std::chrono::milliseconds timeout{60000};

    static bool isRetriableStatus(int status);
    // The wait before the next try, after attempt (1-based) failed.
    std::chrono::milliseconds delayAfter(int attempt, const QByteArray& retryAfter,
                                         const QDateTime& now) const;
    // RFC 9110 §10.2.3: delay-seconds or an HTTP-date; nullopt when unreadable.
    static std::optional<std::chrono::milliseconds> parseRetryAfter(const QByteArray& value,
                                                                    const QDateTime& now);
};
