#include "oauth/UserInfoJob.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

UserInfoJob::UserInfoJob(QNetworkAccessManager* network, const QUrl& endpoint,
                         const QString& accessToken, QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_endpoint(endpoint)
    , m_accessToken(accessToken)
{
    setTimeout(std::chrono::seconds(60));
}

QJsonObject UserInfoJob::profile() const
{
    return m_profile;
}

QString UserInfoJob::displayName() const
{
    return displayNameOf(m_profile);
}

QString UserInfoJob::displayNameOf(const QJsonObject& claims)
{
    for (const char* key : {"name", "preferred_username", "email", "sub"}) {
        const QString value = claims.value(QLatin1String(key)).toString();
        if (!value.isEmpty()) {
            return value;
        }
    }
    return {};
}

QString UserInfoJob::activityDescription() const
{
    return tr("Asking %1 who is signed in").arg(m_endpoint.host());
}

void UserInfoJob::doStart()
{
    QNetworkRequest request(m_endpoint);
    request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    request.setRawHeader("Accept", "application/json");
    // The token must never follow a redirect to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::finished, this, &UserInfoJob::onFinished);
}

void UserInfoJob::onFinished()
{
    QNetworkReply* reply = m_reply;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonDocument document = QJsonDocument::fromJson(reply->readAll());
    if (status == 401) {
        setError(NotAuthorized,
                 tr("The provider did not accept the token for the user's profile "
                    "(it may have expired, been revoked, or belong to an app "
                    "without a user)."));
    } else if (status != 200 || !document.isObject()) {
        setError(Failed,
                 tr("The user's profile could not be read from %1 (%2).")
                     .arg(m_endpoint.host(),
                          status == 0 ? reply->errorString() : tr("HTTP %1").arg(status)));
    } else {
        m_profile = document.object();
    }
    emitResult();
}

void UserInfoJob::doCancel()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}
