#include "oauth/OAuthRequestJob.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace {

QByteArray formEncode(const QString& text)
{
    // application/x-www-form-urlencoded: unreserved characters stay, space is "+".
    return QUrl::toPercentEncoding(text, " ").replace(' ', '+');
}

QByteArray formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [name, value] : fields) {
        if (!body.isEmpty()) {
            body += '&';
        }
        body += formEncode(name) + '=' + formEncode(value);
    }
    return body;
}

} // namespace

OAuthRequestJob::OAuthRequestJob(QNetworkAccessManager* network, const QUrl& endpoint,
                                 const ClientRegistration& client, const QString& clientSecret,
                                 const Fields& fields, QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_client(client)
    , m_secret(clientSecret)
    , m_fields(fields)
{
    setTimeout(std::chrono::seconds(60));
}

int OAuthRequestJob::httpStatus() const
{
    return m_status;
}

QJsonObject OAuthRequestJob::response() const
{
    return m_response;
}

QString OAuthRequestJob::providerError() const
{
    return m_providerError;
}

QByteArray OAuthRequestJob::basicCredentials(const QString& clientId, const QString& secret)
{
    // RFC 6749 §2.3.1: each half is form-encoded before Base64.
    return "Basic " + (formEncode(clientId) + ':' + formEncode(secret)).toBase64();
}

QString OAuthRequestJob::activityDescription() const
{
    return tr("The request to %1").arg(m_endpoint.host());
}

void OAuthRequestJob::doStart()
{
    Fields fields = m_fields;
    QNetworkRequest request(m_endpoint);
    switch (m_client.tokenAuth) {
    case ClientRegistration::TokenAuth::ClientSecretBasic:
        request.setRawHeader("Authorization", basicCredentials(m_client.clientId, m_secret));
        break;
    case ClientRegistration::TokenAuth::ClientSecretPost:
        fields.append({QStringLiteral("client_id"), m_client.clientId});
        fields.append({QStringLiteral("client_secret"), m_secret});
        break;
    case ClientRegistration::TokenAuth::None:
        fields.append({QStringLiteral("client_id"), m_client.clientId});
        break;
    }
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // A redirect here is a misconfiguration or an attack; never follow it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    qCDebug(lcOAuth) << "POST" << m_endpoint.toString(QUrl::RemoveQuery);
    m_reply = m_network->post(request, formBody(fields));
    connect(m_reply, &QNetworkReply::finished, this, &OAuthRequestJob::onFinished);
}

void OAuthRequestJob::doCancel()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OAuthRequestJob::failWith(int error, const QString& text)
{
    setError(error, text);
    emitResult();
}

void OAuthRequestJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    m_status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString host = m_endpoint.host();
    if (m_status == 0) {
        failWith(NetworkFailed,
                 tr("Could not reach %1: %2. Check the network connection and "
                    "try again.")
                     .arg(host, reply->errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    const bool isJsonObject = parseError.error == QJsonParseError::NoError && document.isObject();
    if (m_status >= 300 && m_status < 400) {
        failWith(MalformedResponse,
                 tr("%1 answered with a redirect (HTTP %2) instead of an OAuth "
                    "response; check the endpoint URL.")
                     .arg(host)
                     .arg(m_status));
        return;
    }
    if (m_status == 429 || m_status == 503) {
        const QByteArray retryAfter = reply->rawHeader("Retry-After");
        failWith(RateLimited,
                 tr("%1 is busy (HTTP %2)%3. Try again in a moment.")
                     .arg(host)
                     .arg(m_status)
                     .arg(retryAfter.isEmpty()
                              ? QString()
                              : tr("; it asks to wait %1 s").arg(QString::fromLatin1(retryAfter))));
        return;
    }
    if (m_status >= 400) {
        if (isJsonObject && document.object().contains(QStringLiteral("error"))) {
            classifyProviderError(m_status, document.object());
        } else if (m_status >= 500) {
            failWith(ServerFailed,
                     tr("%1 failed with HTTP %2 and no OAuth error. The provider "
                        "may be down; try again later.")
                         .arg(host)
                         .arg(m_status));
        } else {
            failWith(MalformedResponse,
                     tr("%1 refused the request with HTTP %2 and an answer "
                        "that is not an OAuth error.")
                         .arg(host)
                         .arg(m_status));
        }
        return;
    }
    if (!body.trimmed().isEmpty() && !isJsonObject && needsJsonAnswer()) {
        failWith(MalformedResponse,
                 tr("%1 answered with something that is not JSON (%2). "
                    "Check the endpoint URL.")
                     .arg(host, parseError.errorString()));
        return;
    }
    m_response = document.object();
    acceptResponse();
}

void OAuthRequestJob::acceptResponse()
{
    emitResult();
}

bool OAuthRequestJob::needsJsonAnswer() const
{
    return true;
}

void OAuthRequestJob::classifyProviderError(int status, const QJsonObject& body)
{
    m_providerError = body.value(QStringLiteral("error")).toString();
    QString detail = body.value(QStringLiteral("error_description")).toString();
    if (detail.isEmpty()) {
        detail = m_providerError;
    }
    struct Known
    {
        const char* code;
        int error;
        const char* advice;
    };
    static const Known known[] = {
        {"invalid_request", InvalidRequest,
         QT_TRANSLATE_NOOP("OAuthRequestJob",
                           "The request was incomplete or wrong; this is "
                           "likely a provider setting in the connection.")},
        {"invalid_client", InvalidClient,
         QT_TRANSLATE_NOOP("OAuthRequestJob",
                           "Check the client ID and secret, and that the app "
                           "type matches (a Desktop app has no secret).")},
        {"invalid_grant", InvalidGrant,
         QT_TRANSLATE_NOOP("OAuthRequestJob", "The sign-in is no longer valid; sign in again.")},
        {"unauthorized_client", UnauthorizedClient,
         QT_TRANSLATE_NOOP("OAuthRequestJob",
                           "This app is not allowed to sign in this way; "
                           "check its type at the provider.")},
        {"unsupported_grant_type", UnsupportedGrantType,
         QT_TRANSLATE_NOOP("OAuthRequestJob",
                           "The provider does not support this kind of "
                           "sign-in.")},
        {"invalid_scope", InvalidScope,
         QT_TRANSLATE_NOOP("OAuthRequestJob", "Ask for fewer or different scopes.")},
        {"unsupported_token_type", UnsupportedTokenType,
         QT_TRANSLATE_NOOP("OAuthRequestJob", "The provider cannot revoke this kind of token.")},
    };
    for (const Known& entry : known) {
        if (m_providerError == QLatin1String(entry.code)) {
            failWith(entry.error,
                     tr("%1 (%2). %3")
                         .arg(detail, m_providerError,
                              QCoreApplication::translate("OAuthRequestJob", entry.advice)));
            return;
        }
    }
    failWith(OtherProviderError,
             tr("The provider refused the request with HTTP %1: %2 (%3).")
                 .arg(status)
                 .arg(detail, m_providerError));
}
