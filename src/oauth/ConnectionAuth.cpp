#include "oauth/ConnectionAuth.h"

#include "core/Clock.h"
#include "oauth/AccessTokenJob.h"

#include <QNetworkRequest>

ConnectionAuth::ConnectionAuth(QNetworkAccessManager* network, SecretStore* secrets,
                               const Connection& connection, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_connection(connection)
{ }

Job* ConnectionAuth::fetch(bool forceRefresh)
{
    auto* job = new AccessTokenJob(m_network, m_secrets, m_connection, forceRefresh, this);
    job->setHistoryHome(m_historyHome);
    connect(job, &Job::finished, this, [this, job] {
        if (job->error() == Job::NoError) {
            m_tokens = job->tokens();
        }
    });
    return job;
}

void ConnectionAuth::setHistoryHome(const QString& home)
{
    m_historyHome = home;
}

Job* ConnectionAuth::prepare()
{
    return fetch(false);
}

bool ConnectionAuth::needsRenewal() const
{
    // The same rule the access-token job applies, so that a token it keeps
    // is not asked for again before every request.
    return AccessTokenJob::isDueForRefresh(m_tokens, Clock::now());
}

Job* ConnectionAuth::renew()
{
    return fetch(true);
}

void ConnectionAuth::apply(QNetworkRequest& request, QUrl&) const
{
    request.setRawHeader("Authorization", "Bearer " + m_tokens.accessToken.toUtf8());
}

QString ConnectionAuth::description() const
{
    return tr("Sign-in of connection \"%1\"").arg(m_connection.name);
}

QList<QByteArray> ConnectionAuth::secrets() const
{
    return {m_tokens.accessToken.toUtf8()};
}
