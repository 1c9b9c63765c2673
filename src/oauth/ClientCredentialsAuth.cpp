#include "oauth/ClientCredentialsAuth.h"

#include "core/Clock.h"
#include "oauth/AccessTokenJob.h"
#include "oauth/TokenRequestJob.h"

#include <QNetworkRequest>

#include <algorithm>

namespace {

// A job that is finished as soon as it starts: the token is already there.
class ReadyJob : public Job
{
protected:
    void doStart() override
    {
        emitResult();
    }
};

// Finishes with another job: for whoever asks while a fetch is running.
class FollowingJob : public Job
{
public:
    explicit FollowingJob(Job* leader)
        : m_leader(leader)
    { }

protected:
    void doStart() override
    {
        if (!m_leader || m_leader->isFinished()) {
            emitResult();
            return;
        }
        connect(m_leader, &Job::finished, this, [this](Job* leader) {
            setError(leader->error(), leader->errorText());
            emitResult();
        });
    }

private:
    QPointer<Job> m_leader;
};

} // namespace

ClientCredentialsAuth::ClientCredentialsAuth(QNetworkAccessManager* network,
                                             const Settings& settings, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
{ }

int ClientCredentialsAuth::tokensFetched() const
{
    return m_fetched;
}

bool ClientCredentialsAuth::needsRenewal() const
{
    return m_token.isEmpty() || Clock::now().secsTo(m_expiresAt) <= m_renewLeadSeconds;
}

Job* ClientCredentialsAuth::prepare()
{
    if (!needsRenewal()) {
        return new ReadyJob;
    }
    return fetch();
}

Job* ClientCredentialsAuth::renew()
{
    // The old token stays until the new one comes: requests that wait to be
    // sent meanwhile (concurrent ones, at the throttle) must not go with none.
    return fetch();
}

Job* ClientCredentialsAuth::fetch()
{
    if (m_fetching && !m_fetching->isFinished()) {
        return new FollowingJob(m_fetching);
    }
    ClientRegistration client;
    client.clientId = m_settings.clientId;
    client.type = ClientRegistration::ClientType::ServerToServer;
    client.tokenAuth = ClientRegistration::TokenAuth::ClientSecretPost;
    OAuthRequestJob::Fields fields{
        {QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    for (auto it = m_settings.extraFields.begin(); it != m_settings.extraFields.end(); ++it) {
        const QString value =
            it.value().isString() ? it.value().toString() : it.value().toVariant().toString();
        fields.removeIf([&it](const auto& field) { return field.first == it.key(); });
        fields.append({it.key(), value});
    }
    auto* job = new TokenRequestJob(m_network, m_settings.tokenUrl, client, m_settings.clientSecret,
                                    fields, this);
    m_fetching = job;
    connect(job, &Job::finished, this, [this, job] {
        if (job->error() != Job::NoError) {
            return;
        }
        ++m_fetched;
        const TokenSet tokens = job->tokens();
        m_token = tokens.accessToken;
        m_expiresAt = tokens.hasKnownExpiry()
            ? tokens.expiresAt
            : Clock::now().addSecs(m_settings.defaultExpirySeconds);
        // A fifth of a shorter lifetime, as for a connection's tokens.
        m_renewLeadSeconds = AccessTokenJob::refreshLeadFor(Clock::now().secsTo(m_expiresAt),
                                                            std::chrono::seconds(kRenewLeadSeconds))
                                 .count();
    });
    return job;
}

void ClientCredentialsAuth::apply(QNetworkRequest& request, QUrl&) const
{
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
}

QString ClientCredentialsAuth::description() const
{
    return tr("App token for %1 (client credentials)").arg(m_settings.clientId);
}

QList<QByteArray> ClientCredentialsAuth::secrets() const
{
    return {m_token.toUtf8(), m_settings.clientSecret.toUtf8()};
}
