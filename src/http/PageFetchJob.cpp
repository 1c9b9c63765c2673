#include "http/PageFetchJob.h"

#include "core/Logging.h"
#include "core/Version.h"
#include "http/HostThrottle.h"
#include "http/RequestAuth.h"
#include "http/UrlOrigin.h"
#include "http/UrlRedactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace {

constexpr int kMaxRedirects = 5;

} // namespace

QString PageFetchJob::apiMessageOf(const QByteArray& body)
{
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    for (const char* key : {"developerMessage", "error_description", "message", "detail", "title",
                            "error", "reason"}) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isString() && !value.toString().isEmpty()) {
            return value.toString().left(300);
        }
    }
    const QJsonArray errors = json.value(QStringLiteral("errors")).toArray();
    if (!errors.isEmpty()) {
        return apiMessageOf(QJsonDocument(errors.first().toObject()).toJson());
    }
    return QString();
}

PageFetchJob::PageFetchJob(QNetworkAccessManager* network, const PageRequest& request,
                           const Headers& headers, RequestAuth* auth, const RetryPolicy& policy,
                           QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_request(request)
    , m_headers(headers)
    , m_auth(auth)
    , m_policy(policy)
    , m_wait(this)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &PageFetchJob::send);
}

PageFetchJob::~PageFetchJob()
{
    // A job deleted while it waits must not be called back.
    releaseTurn();
}

void PageFetchJob::setTrustedOrigin(const QUrl& url)
{
    m_trustedOrigin = url;
}

void PageFetchJob::setSecretValues(const QList<QByteArray>& secrets)
{
    m_secretValues = secrets;
}

void PageFetchJob::setIgnoreRule(std::function<bool(int, const QByteArray&)> rule)
{
    m_ignoreRule = std::move(rule);
}

void PageFetchJob::setThrottle(HostThrottle* throttle)
{
    m_throttle = throttle;
}

QList<QByteArray> PageFetchJob::hiddenValues() const
{
    // Read when shown, not when the job was made: the auth's token may have
    // been fetched or renewed since.
    QList<QByteArray> values = m_secretValues;
    if (m_auth) {
        values += m_auth->secrets();
    }
    return values;
}

QString PageFetchJob::shown(const QUrl& url) const
{
    return UrlRedactor::redact(url, hiddenValues());
}

bool PageFetchJob::isTrusted(const QUrl& url) const
{
    return UrlOrigin::isSame(url,
                             m_trustedOrigin.isEmpty() ? m_request.fullUrl() : m_trustedOrigin);
}

int PageFetchJob::status() const
{
    return m_status;
}

QByteArray PageFetchJob::body() const
{
    return m_body;
}

PageFetchJob::Headers PageFetchJob::responseHeaders() const
{
    return m_responseHeaders;
}

QUrl PageFetchJob::url() const
{
    return m_url;
}

int PageFetchJob::attempts() const
{
    return m_attempt;
}

QString PageFetchJob::activityDescription() const
{
    return tr("Fetching %1").arg(shown(m_request.fullUrl()));
}

void PageFetchJob::doStart()
{
    m_url = m_request.fullUrl();
    m_method = m_request.method;
    send();
}

void PageFetchJob::send()
{
    if (!m_throttle) {
        sendNow();
        return;
    }
    releaseTurn();
    m_turn = m_throttle->whenFree(m_url, [this] { sendNow(); });
}

void PageFetchJob::releaseTurn()
{
    if (m_throttle && m_turn != 0) {
        m_throttle->done(std::exchange(m_turn, 0));
    }
}

void PageFetchJob::sendNow()
{
    ++m_attempt;
    QUrl url = m_url;
    QNetworkRequest request;
    // Off the trusted origin nothing of the caller's goes along: custom
    // headers may hold secrets too ("{secrets.NAME}" in headers).
    const bool trusted = m_sendCredentials && isTrusted(m_url);
    if (trusted) {
        for (const auto& [name, value] : std::as_const(m_headers)) {
            request.setRawHeader(name, value);
        }
    }
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("grantline/%1").arg(QLatin1String(Grantline::kVersion)));
    if (!request.hasRawHeader("Accept")) {
        request.setRawHeader("Accept", "application/json");
    }
    if (m_auth && trusted) {
        m_auth->apply(request, url);
    }
    request.setUrl(url);
    // Redirects are followed by hand: credentials must not follow them off-site.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(int(m_policy.timeout.count()));
    // m_url, not url: the credentials a query may now carry are not logged.
    qCDebug(lcHttp) << m_method << shown(m_url) << "attempt" << m_attempt;
    if (m_method == QLatin1String("POST")) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray body = m_request.json.isArray()
            ? QJsonDocument(m_request.json.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(m_request.json.toObject()).toJson(QJsonDocument::Compact);
        m_reply = m_network->post(request, body);
    } else {
        m_reply = m_network->get(request);
    }
    connect(m_reply, &QNetworkReply::finished, this, &PageFetchJob::onFinished);
}

void PageFetchJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    m_reply.clear();
    // Over HTTP/2 the host takes more at once than Qt's six connections.
    if (m_throttle && reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool()) {
        m_throttle->setMultiplexed(m_url);
    }
    // A redirect or a retry waits for a turn of its own.
    releaseTurn();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        const QNetworkReply::NetworkError error = reply->error();
        if (error == QNetworkReply::SslHandshakeFailedError) {
            setError(Unsafe,
                     tr("The TLS connection to %1 failed (%2); Grantline does not "
                        "ignore certificate errors.")
                         .arg(m_url.host(), reply->errorString()));
            emitResult();
            return;
        }
        retryOrFail(NetworkFailed, 0, reply->errorString(), QByteArray());
        return;
    }
    if (status >= 300 && status < 400 && reply->hasRawHeader("Location")) {
        if (followRedirect(reply)) {
            send();
        }
        return;
    }
    const QByteArray body = reply->readAll();
    // Kept for failures too: a caller may show what the API said (a 429's
    // Retry-After, a 401's body).
    m_status = status;
    m_body = body;
    m_responseHeaders = reply->rawHeaderPairs();
    // Before retries and renewal, and for any status: a rule may match the
    // content of a successful answer too.
    if (m_ignoreRule && m_ignoreRule(status, body)) {
        setError(Ignored,
                 tr("%1 answered %2; ignored as the pipeline says.").arg(shown(m_url)).arg(status));
        emitResult();
        return;
    }
    if (status == 401 && m_auth && m_sendCredentials && isTrusted(m_url) && !m_renewed) {
        renewCredentials();
        return;
    }
    if (RetryPolicy::isRetriableStatus(status)) {
        retryOrFail(HttpFailed, status, describeFailure(status, body),
                    reply->rawHeader("Retry-After"));
        return;
    }
    if (status >= 400) {
        setError(status == 401 ? Unauthorized : HttpFailed,
                 status == 401 && m_renewed
                     ? tr("%1, even with renewed credentials. Sign in again or check the "
                          "credentials.")
                           .arg(describeFailure(status, body))
                     : describeFailure(status, body));
        emitResult();
        return;
    }
    emitResult();
}

bool PageFetchJob::followRedirect(QNetworkReply* reply)
{
    const QUrl target = m_url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_url.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
        setError(Unsafe,
                 tr("%1 redirected to %2, which is not https; not followed.")
                     .arg(shown(m_url), shown(target)));
        emitResult();
        return false;
    }
    if (++m_redirects > kMaxRedirects) {
        setError(Unsafe,
                 tr("%1 redirected more than %2 times.")
                     .arg(shown(m_request.fullUrl()))
                     .arg(kMaxRedirects));
        emitResult();
        return false;
    }
    if (!isTrusted(target)) {
        // RFC 9110 §15.4: Authorization belongs to the origin it was meant for.
        m_sendCredentials = false;
    }
    if (status == 303 || ((status == 301 || status == 302) && m_method == QLatin1String("POST"))) {
        m_method = QStringLiteral("GET");
    }
    m_url = target;
    --m_attempt;
    return true;
}

void PageFetchJob::renewCredentials()
{
    m_renewed = true;
    Job* renewal = m_auth->renew();
    if (!renewal) {
        setError(Unauthorized,
                 tr("%1 answered 401: the credentials were refused.").arg(shown(m_url)));
        emitResult();
        return;
    }
    // Not a subjob, which a cancel would stop: the renewal is the auth's,
    // which may hand it to other pages too (client credentials shared across
    // resources), and a refresh cut off could lose a rotated refresh token.
    // A cancel only drops its answer.
    m_renewal = renewal;
    connect(renewal, &Job::finished, this, [this, renewal] {
        Q_EMIT credentialsRenewed(renewal->error() == NoError,
                                  UrlRedactor::redact(renewal->errorText(), hiddenValues()));
        if (isFinished()) {
            // A slot cancelled the job: its answer is not wanted.
            return;
        }
        if (renewal->error() != NoError) {
            setError(AuthFailed,
                     tr("%1 answered 401 and the credentials could not be renewed: "
                        "%2")
                         .arg(shown(m_url), renewal->errorText()));
            emitResult();
            return;
        }
        --m_attempt;
        send();
    });
    renewal->start();
}

void PageFetchJob::retryOrFail(int error, int status, const QString& failure,
                               const QByteArray& retryAfter)
{
    // Qt's own error strings name the URL as requested, credentials included.
    const QString reason = UrlRedactor::redact(failure, hiddenValues());
    if (m_attempt >= m_policy.maxAttempts) {
        setError(error, tr("%1 (gave up after %n attempt(s)).", nullptr, m_attempt).arg(reason));
        emitResult();
        return;
    }
    const std::chrono::milliseconds wait =
        m_policy.delayAfter(m_attempt, retryAfter, QDateTime::currentDateTimeUtc());
    // The host said to slow down: every request to it waits, not only this
    // one (a 503 without Retry-After is this server's trouble, not a limit).
    if (m_throttle && (status == 429 || (status == 503 && !retryAfter.isEmpty()))) {
        m_throttle->pause(m_url, wait);
    }
    qCInfo(lcHttp) << "retrying" << shown(m_url) << "in" << wait.count() << "ms:" << reason;
    RetryEvent event;
    event.url = shown(m_url);
    event.attempt = m_attempt;
    event.status = status;
    event.reason = reason;
    event.waitMs = qint64(wait.count());
    Q_EMIT retrying(event);
    // A slot may have cancelled the job: no timer to send again then.
    if (isFinished()) {
        return;
    }
    m_wait.start(wait);
}

QString PageFetchJob::describeFailure(int status, const QByteArray& body) const
{
    // An API may echo a credential in its error text.
    const QString message = UrlRedactor::redact(apiMessageOf(body), hiddenValues());
    const QString what = tr("HTTP %1 from %2").arg(status).arg(shown(m_url));
    return message.isEmpty() ? what : tr("%1: %2").arg(what, message);
}

void PageFetchJob::doCancel()
{
    m_wait.stop();
    releaseTurn();
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    if (m_renewal) {
        disconnect(m_renewal, nullptr, this, nullptr);
    }
}
