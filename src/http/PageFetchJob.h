// Fetches one page the way a careful client must: with the API's
// credentials, tried again on 429, 5xx and network failures (RetryPolicy),
// one credential renewal on a 401, redirects followed only to addresses as
// safe as the first (and credentials never sent to another host), TLS
// errors never ignored. Answers are kept whole; parsing is the caller's.
#pragma once

#include "core/Job.h"
#include "http/PageRequest.h"
#include "http/RetryEvent.h"
#include "http/RetryPolicy.h"

#include <QList>
#include <QPair>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class HostThrottle;
class QNetworkReply;
class RequestAuth;

class PageFetchJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // No answer after every attempt (refused, dropped, timed out).
        NetworkFailed = UserError,
        // The API answered 4xx/5xx (after retries for 429 and 5xx).
        HttpFailed,
        // 401, also after renewing the credentials once.
        Unauthorized,
        // The credentials could not be renewed (a refresh failed).
        AuthFailed,
        // A redirect to plain http, too many redirects, or a TLS failure.
        Unsafe,
        // The answer matched the ignore rule (dlt's response_actions).
        Ignored,
    };
    Q_ENUM(Error)

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    PageFetchJob(QNetworkAccessManager* network, const PageRequest& request, const Headers& headers,
                 RequestAuth* auth, const RetryPolicy& policy, QObject* parent = nullptr);
    ~PageFetchJob() override;

    // Credentials and custom headers go only to this origin (scheme, host,
    // port); by default the first request's. A next link or redirect
    // elsewhere is requested without them.
    void setTrustedOrigin(const QUrl& url);
    // Values to hide in every message and log line.
    void setSecretValues(const QList<QByteArray>& secrets);
    // Answers (status, body), successful or not, that end the request
    // quietly, checked before any retry: dlt's "ignore" response actions.
    void setIgnoreRule(std::function<bool(int, const QByteArray&)> rule);
    // Each attempt waits for its turn at the host (shared limits and pauses);
    // a 429, or a 503 with Retry-After, pauses the whole host.
    void setThrottle(HostThrottle* throttle);

    int status() const;
    QByteArray body() const;
    Headers responseHeaders() const;
    // Where the answer came from, after redirects.
    QUrl url() const;
    int attempts() const;
    // The sentence an API put in its error body (APS gateway, OAuth, common
    // shapes), at most 300 characters; empty when it has none.
    static QString apiMessageOf(const QByteArray& body);

Q_SIGNALS:
    // An attempt failed and another follows after event.waitMs.
    void retrying(const RetryEvent& event);
    // A 401 made the job renew its credentials (a token refresh); ok says
    // whether that worked, text why not.
    void credentialsRenewed(bool ok, const QString& text);

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    // Waits for the throttle, then sends.
    void send();
    void sendNow();
    void releaseTurn();
    void onFinished();
    bool followRedirect(QNetworkReply* reply);
    void renewCredentials();
    void retryOrFail(int error, int status, const QString& failure, const QByteArray& retryAfter);
    QString describeFailure(int status, const QByteArray& body) const;
    QString shown(const QUrl& url) const;
    // The fixed secret values plus the auth's current ones.
    QList<QByteArray> hiddenValues() const;
    bool isTrusted(const QUrl& url) const;

    QNetworkAccessManager* m_network;
    PageRequest m_request;
    Headers m_headers;
    RequestAuth* m_auth;
    RetryPolicy m_policy;
    QUrl m_url;
    QUrl m_trustedOrigin;
    QList<QByteArray> m_secretValues;
    std::function<bool(int, const QByteArray&)> m_ignoreRule;
    QString m_method;
    bool m_sendCredentials = true;
    bool m_renewed = false;
    int m_redirects = 0;
    int m_attempt = 0;
    QPointer<QNetworkReply> m_reply;
    QPointer<Job> m_renewal;
    QPointer<HostThrottle> m_throttle;
    // The place held at the throttle (0: none).
    quint64 m_turn = 0;
    QTimer m_wait;
    int m_status = 0;
    QByteArray m_body;
    Headers m_responseHeaders;
};
