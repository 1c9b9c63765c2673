#include "source/ExtractFailure.h"

#include "http/PageFetchJob.h"
#include "http/RetryPolicy.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>

ExtractFailure ExtractFailure::ofRequest(const PageFetchJob& job, const QString& shownUrl,
                                         const Redact& shown, std::chrono::milliseconds longestWait)
{
    ExtractFailure failure;
    switch (job.error()) {
    case PageFetchJob::AuthFailed:
        failure.kind = Kind::SignIn;
        break;
    case PageFetchJob::Unsafe:
        failure.kind = Kind::Unsafe;
        break;
    case PageFetchJob::NetworkFailed:
        failure.kind = Kind::Network;
        break;
    default:
        failure.kind = kindOfStatus(job.status());
    }
    failure.status = job.status();
    failure.url = shownUrl;
    failure.attempts = job.attempts();
    failure.apiMessage = shown(PageFetchJob::apiMessageOf(job.body()));
    for (const auto& [name, value] : job.responseHeaders()) {
        if (name.compare("WWW-Authenticate", Qt::CaseInsensitive) == 0) {
            failure.requiredScope = challengeScope(value);
        } else if (name.compare("Retry-After", Qt::CaseInsensitive) == 0) {
            if (const auto wait =
                    RetryPolicy::parseRetryAfter(value, QDateTime::currentDateTimeUtc())) {
                // As long as a retry would wait at most: an API asking for a
                // day does not hold a window's button for a day.
                failure.retryAfterSeconds = int(std::min(*wait, longestWait).count() / 1000);
            }
        }
    }
    if (failure.kind == Kind::ServerError && job.body().trimmed().startsWith('<')) {
        failure.pageTitle = shown(htmlTitle(job.body()));
    }
    return failure;
}

ExtractFailure ExtractFailure::ofAnswer(const PageFetchJob& job, const QString& shownUrl, bool html,
                                        const Redact& shown)
{
    ExtractFailure failure;
    failure.kind = html ? Kind::HtmlAnswer : Kind::InvalidJson;
    failure.status = job.status();
    failure.url = shownUrl;
    failure.attempts = job.attempts();
    failure.pageTitle = html ? shown(htmlTitle(job.body())) : QString();
    return failure;
}

void ExtractFailure::setParent(const QString& parent,
                               const QHash<QString, QJsonValue>& placeholders)
{
    parentResource = parent;
    parentValues.clear();
    if (parent.isEmpty()) {
        return;
    }
    const QString prefix = QStringLiteral("resources.%1.").arg(parent);
    for (auto it = placeholders.begin(); it != placeholders.end(); ++it) {
        if (it.key().startsWith(prefix)) {
            const QJsonValue value = it.value();
            parentValues.append(
                {it.key().mid(prefix.size()),
                 value.isString() ? value.toString() : QString::number(value.toDouble(), 'g', 17)});
        }
    }
    std::sort(parentValues.begin(), parentValues.end());
}

ExtractFailure::Kind ExtractFailure::kindOfStatus(int status)
{
    if (status == 401) {
        return Kind::Unauthorized;
    }
    if (status == 403) {
        return Kind::Forbidden;
    }
    if (status == 404 || status == 410) {
        return Kind::NotFound;
    }
    if (status == 429) {
        return Kind::RateLimited;
    }
    if (status >= 500) {
        return Kind::ServerError;
    }
    return status == 0 ? Kind::Network : Kind::Refused;
}

QString ExtractFailure::htmlTitle(const QByteArray& body)
{
    // Only the head matters; a page's size does not.
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body.left(8192)));
    return match.hasMatch() ? match.captured(1).simplified().left(120) : QString();
}

QString ExtractFailure::challengeScope(const QByteArray& wwwAuthenticate)
{
    static const QRegularExpression scope(QStringLiteral("scope=\"([^\"]*)\""));
    const QRegularExpressionMatch match = scope.match(QString::fromLatin1(wwwAuthenticate));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}
