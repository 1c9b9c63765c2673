#include "oauth/TokenVerificationJob.h"

#include "core/Clock.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

TokenVerificationJob::TokenVerificationJob(QNetworkAccessManager* network, const QUrl& jwksUrl,
                                           const QByteArray& token,
                                           const JwtVerifier::Expectations& expectations,
                                           QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_jwksUrl(jwksUrl)
    , m_token(token)
    , m_expectations(expectations)
{
    setTimeout(std::chrono::seconds(60));
}

JwtVerification TokenVerificationJob::verification() const
{
    return m_verification;
}

int TokenVerificationJob::fetchCount() const
{
    return m_fetches;
}

QString TokenVerificationJob::activityDescription() const
{
    return tr("Checking the token's signature");
}

void TokenVerificationJob::doStart()
{
    if (m_jwksUrl.isEmpty()) {
        setError(KeysUnavailable,
                 tr("The provider publishes no key set (jwks_uri), so the "
                    "signature cannot be checked."));
        emitResult();
        return;
    }
    fetch();
}

void TokenVerificationJob::fetch()
{
    ++m_fetches;
    QNetworkRequest request(m_jwksUrl);
    request.setRawHeader("Accept", "application/json");
    // The second fetch must not be answered from a cache.
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &TokenVerificationJob::onFetched);
}

void TokenVerificationJob::onFetched()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (status != 200 || !document.isObject()) {
        setError(KeysUnavailable,
                 tr("The provider's key set at %1 could not be read (%2).")
                     .arg(m_jwksUrl.toString(),
                          status == 0 ? reply->errorString() : tr("HTTP %1").arg(status)));
        emitResult();
        return;
    }
    m_verification = JwtVerifier::verify(m_token, document.object(), m_expectations, Clock::now());
    if (m_verification.status == JwtVerification::Status::KeyNotFound && m_fetches == 1) {
        fetch();
        return;
    }
    if (!m_verification.isValid()) {
        setError(NotVerified, m_verification.message);
    }
    emitResult();
}

void TokenVerificationJob::doCancel()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}
