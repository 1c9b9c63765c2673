#include "oauth/DiscoveryJob.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

DiscoveryJob::DiscoveryJob(QNetworkAccessManager* network, const QString& issuer, QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_issuer(issuer)
{
    setTimeout(std::chrono::seconds(60));
}

ProviderEndpoints DiscoveryJob::endpoints() const
{
    return m_endpoints;
}

QJsonObject DiscoveryJob::metadata() const
{
    return m_metadata;
}

QString DiscoveryJob::activityDescription() const
{
    return tr("Looking up the provider %1").arg(m_issuer);
}

void DiscoveryJob::doStart()
{
    const QString refusal = ProviderEndpoints::refusalFor(QUrl(m_issuer));
    if (!refusal.isEmpty()) {
        setError(Untrusted, refusal);
        emitResult();
        return;
    }
    m_candidates = ProviderEndpoints::metadataUrls(m_issuer);
    tryNext();
}

void DiscoveryJob::tryNext()
{
    if (m_candidates.isEmpty()) {
        setError(NotFound,
                 tr("No provider metadata was found for %1 (%2). Check the issuer URL, "
                    "or enter the endpoints by hand.")
                     .arg(m_issuer, m_problems.join(QStringLiteral("; "))));
        emitResult();
        return;
    }
    QNetworkRequest request(m_candidates.takeFirst());
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &DiscoveryJob::onFinished);
}

void DiscoveryJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString where = reply->url().toString();
    if (status != 200) {
        m_problems << (status == 0 ? tr("%1: %2").arg(where, reply->errorString())
                                   : tr("%1: HTTP %2").arg(where).arg(status));
        tryNext();
        return;
    }
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (!document.isObject()) {
        m_problems << tr("%1: not a JSON object").arg(where);
        tryNext();
        return;
    }
    QString problem;
    m_endpoints = ProviderEndpoints::fromMetadata(document.object(), m_issuer, &problem);
    if (m_endpoints.token.isEmpty()) {
        // Found, but not trustworthy: say why rather than trying elsewhere.
        setError(Untrusted, problem);
        emitResult();
        return;
    }
    m_metadata = document.object();
    if (m_endpoints.codeChallengeMethods.isEmpty()) {
        // RFC 8414 leaves it optional; Grantline sends S256 anyway.
        m_warnings << tr("The provider does not say whether it supports PKCE; Grantline sends "
                         "it anyway. If sign-in fails, the provider may not support it.");
    }
    emitResult();
}

QStringList DiscoveryJob::warnings() const
{
    return m_warnings;
}

void DiscoveryJob::doCancel()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}
