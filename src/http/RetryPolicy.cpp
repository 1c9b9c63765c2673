#include "http/RetryPolicy.h"

#include <QLocale>

bool RetryPolicy::isRetriableStatus(int status)
{
    return status == 429 || (status >= 500 && status <= 599);
}

std::optional<std::chrono::milliseconds> RetryPolicy::parseRetryAfter(const QByteArray& value,
                                                                      const QDateTime& now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty()) {
        return std::nullopt;
    }
    bool number = false;
    const qint64 seconds = text.toLongLong(&number);
    if (number) {
        return std::chrono::milliseconds(qMax<qint64>(0, seconds) * 1000);
    }
    // IMF-fixdate, the form RFC 9110 requires senders to use.
    const QDateTime when = QLocale::c().toDateTime(
        QString::fromLatin1(text), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid()) {
        return std::nullopt;
    }
    QDateTime utc = when;
    utc.setTimeSpec(Qt::UTC);
    return std::chrono::milliseconds(qMax<qint64>(0, now.msecsTo(utc)));
}

std::chrono::milliseconds RetryPolicy::delayAfter(int attempt, const QByteArray& retryAfter,
                                                  const QDateTime& now) const
{
    std::chrono::milliseconds delay;
    if (const auto asked = parseRetryAfter(retryAfter, now)) {
        delay = *asked;
    } else {
        delay = backoffFactor * (qint64(1) << qBound(0, attempt - 1, 30));
    }
    return std::clamp(delay, std::chrono::milliseconds(0), maxDelay);
}
