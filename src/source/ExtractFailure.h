// Why an extraction failed, in parts a window can act on: the kind of
// failure, the resource and request it hit, and what the API said. The
// sentence for people is the job's errorText(); this is what picks the next
// step (sign in again, store a secret, ask for a scope, edit the endpoint,
// run again later). Every text in it is redacted like the job's messages.
#pragma once

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

class PageFetchJob;

struct ExtractFailure
{
    enum class Kind {
        None,
        // The sign-in could not be had or renewed (a refresh token refused).
        SignIn,
        // 401, also after renewing the credentials once.
        Unauthorized,
        // 403: a scope or permission the credentials lack.
        Forbidden,
        // 404: the address names nothing (for a child: its parent's record).
        NotFound,
        // 429 after every attempt the retry budget allows.
        RateLimited,
        // 5xx after every attempt.
        ServerError,
        // Another 4xx.
        Refused,
        // No answer after every attempt (refused, dropped, timed out).
        Network,
        // A redirect to plain http, too many redirects, a TLS failure, an
        // address off base_url's origin.
        Unsafe,
        // An HTML page where JSON was expected (a login page, a wrong path).
        HtmlAnswer,
        // An answer that is not valid JSON.
        InvalidJson,
        // The config or the answer's shape (a data_selector matching
        // nothing, a missing parent field, an incremental cursor).
        Config,
        // The sink refused the records.
        Sink,
    };

    Kind kind = Kind::None;
    QString resource;
    int status = 0;
    QString url;
    int attempts = 0;
    // What the API's error body said ("The access token does not have…").
    QString apiMessage;
    // RFC 6750 WWW-Authenticate scope="…" of a 401/403, when given.
    QString requiredScope;
    // The wait a 429 or 503 asked for last, in seconds.
    std::optional<int> retryAfterSeconds;
    // A child's parent: its resource and the values of the record that
    // filled the path ("id" = "b.1234").
    QString parentResource;
    QList<QPair<QString, QString>> parentValues;
    // An HTML answer's <title>, when it has one.
    QString pageTitle;

    // Hides the run's secrets in a text a person sees.
    using Redact = std::function<QString(const QString&)>;

    // A request that failed for good (after its retries); shownUrl is its
    // address already redacted. A Retry-After counts up to longestWait.
    static ExtractFailure ofRequest(const PageFetchJob& job, const QString& shownUrl,
                                    const Redact& shown, std::chrono::milliseconds longestWait);
    // An answer that is not JSON: an HTML page, or JSON cut off.
    static ExtractFailure ofAnswer(const PageFetchJob& job, const QString& shownUrl, bool html,
                                   const Redact& shown);
    // A child's parent, from the placeholders its record filled
    // ("resources.PARENT.field").
    void setParent(const QString& parent, const QHash<QString, QJsonValue>& placeholders);

    // From an HTTP status that ended the request for good.
    static Kind kindOfStatus(int status);
    // The <title> of an HTML page, trimmed and at most 120 characters.
    static QString htmlTitle(const QByteArray& body);
    // The scope="…" of an RFC 6750 WWW-Authenticate challenge.
    static QString challengeScope(const QByteArray& wwwAuthenticate);
};
