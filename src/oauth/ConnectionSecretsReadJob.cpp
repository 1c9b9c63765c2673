#include "oauth/ConnectionSecretsReadJob.h"

#include "secrets/KeychainStatusJob.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

ConnectionSecretsReadJob::ConnectionSecretsReadJob(SecretStore* store,
                                                   const QString& connectionName, QObject* parent)
    : Job(parent)
    , m_store(store)
    , m_name(connectionName)
{ }

QString ConnectionSecretsReadJob::connectionName() const
{
    return m_name;
}

ConnectionSecrets ConnectionSecretsReadJob::secrets() const
{
    return m_secrets;
}

int ConnectionSecretsReadJob::keychainError() const
{
    return m_keychainError;
}

QString ConnectionSecretsReadJob::activityDescription() const
{
    return tr("Reading the keychain entry of \"%1\"").arg(m_name);
}

void ConnectionSecretsReadJob::doStart()
{
    // A cancel drops the keychain's answer: a read cannot be taken back.
    startSubjob(m_store->readSecret(ConnectionSecrets::keyFor(m_name)), [this](Job* done) {
        auto* job = static_cast<SecretJob*>(done);
        if (job->error() == SecretJob::NotFound) {
            probeBeforeSayingNothingStored();
            return;
        }
        if (job->error() != NoError) {
            m_keychainError = job->error();
            setError(KeychainFailed, job->errorText());
        } else if (const std::optional<ConnectionSecrets> parsed =
                       ConnectionSecrets::parse(job->secret())) {
            m_secrets = *parsed;
        } else {
            setError(NotOurs,
                     tr("The keychain entry of \"%1\" was not written by this Grantline; sign in "
                        "again to replace it.")
                         .arg(m_name));
        }
        emitResult();
    });
}

void ConnectionSecretsReadJob::probeBeforeSayingNothingStored()
{
    startSubjob(new KeychainStatusJob(m_store, this), [this](Job* done) {
        auto* probe = static_cast<KeychainStatusJob*>(done);
        switch (probe->status()) {
        case KeychainStatusJob::Status::Available:
            setError(NothingStored, tr("\"%1\" is not signed in.").arg(m_name));
            break;
        case KeychainStatusJob::Status::Locked:
            m_keychainError = SecretJob::Locked;
            setError(KeychainFailed, probe->statusText());
            break;
        case KeychainStatusJob::Status::Unavailable:
            m_keychainError = SecretJob::Unavailable;
            setError(KeychainFailed, probe->statusText());
            break;
        default:
            m_keychainError = SecretJob::Failed;
            setError(KeychainFailed, probe->statusText());
            break;
        }
        emitResult();
    });
}
