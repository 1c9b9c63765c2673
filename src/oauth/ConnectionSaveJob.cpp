#include "oauth/ConnectionSaveJob.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "oauth/ConnectionStore.h"
#include "oauth/TokenHistory.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

ConnectionSaveJob::ConnectionSaveJob(SecretStore* secrets, ConnectionStore* store,
                                     const Connection& connection,
                                     const ConnectionSecrets& connectionSecrets, QObject* parent)
    : Job(parent)
    , m_secrets(secrets)
    , m_store(store)
    , m_connection(connection)
    , m_connectionSecrets(connectionSecrets)
{ }

QString ConnectionSaveJob::activityDescription() const
{
    return tr("saving the connection \"%1\"").arg(m_connection.name);
}

void ConnectionSaveJob::doStart()
{
    if (m_store->exists(m_connection.name)) {
        setError(NameTaken,
                 tr("A connection named \"%1\" exists already; nothing was changed. "
                    "Choose another name.")
                     .arg(m_connection.name));
        emitResult();
        return;
    }
    // Not subjobs (which a cancel would stop): the write must run on so that
    // doCancel() can take it back once it has landed, and so must a removal.
    SecretJob* job = m_secrets->writeSecret(ConnectionSecrets::keyFor(m_connection.name),
                                            m_connectionSecrets.serialize());
    m_secretJob = job;
    connect(job, &Job::finished, this, &ConnectionSaveJob::onSecretsWritten);
    job->start();
}

void ConnectionSaveJob::onSecretsWritten(Job* job)
{
    m_secretJob = nullptr;
    if (job->error() == Job::TimedOut) {
        // The keychain may still store it after we gave up: ask it to take
        // the entry back out, so that no secret outlives this failure.
        takeBackLater(m_secrets, m_connection.name);
    }
    if (job->error() != Job::NoError) {
        setError(KeychainFailed,
                 tr("The tokens could not be stored in the keychain: %1 Nothing was saved; "
                    "sign in again once the keychain works.")
                     .arg(job->errorText()));
        emitResult();
        return;
    }
    if (m_store->save(m_connection, &m_fileError)) {
        recordSignIn();
        emitResult();
        return;
    }
    // Take the secrets back out, so that no keychain entry outlives a
    // connection that was never saved.
    SecretJob* removal = m_secrets->removeSecret(ConnectionSecrets::keyFor(m_connection.name));
    m_secretJob = removal;
    connect(removal, &Job::finished, this, &ConnectionSaveJob::onRolledBack);
    removal->start();
}

void ConnectionSaveJob::recordSignIn() const
{
    if (m_connectionSecrets.tokens.isEmpty()) {
        return;
    }
    QString error;
    // The timeline is a convenience: the connection is saved either way.
    if (!TokenHistory(m_store->home())
             .record(m_connection.name,
                     {TokenHistory::Event::SignedIn, Clock::now(),
                      m_connectionSecrets.tokens.expiresAt},
                     &error)) {
        qCWarning(lcOAuth).noquote() << error;
    }
}

void ConnectionSaveJob::onRolledBack()
{
    m_secretJob = nullptr;
    setError(FileFailed,
             tr("The connection could not be saved: %1 Nothing was kept.").arg(m_fileError));
    emitResult();
}

void ConnectionSaveJob::doCancel()
{
    if (!m_secretJob) {
        return;
    }
    // A keychain call cannot be stopped half way: once the write has landed,
    // remove the entry again. The secret job outlives this one for that.
    m_secretJob->disconnect(this);
    if (qobject_cast<SecretJob*>(m_secretJob)->operation() == SecretJob::Operation::Write) {
        SecretStore* secrets = m_secrets;
        const QString name = m_connection.name;
        connect(m_secretJob, &Job::finished, m_secretJob, [secrets, name](Job* write) {
            if (write->error() == Job::NoError) {
                takeBackLater(secrets, name);
            }
        });
    }
}

void ConnectionSaveJob::takeBackLater(SecretStore* secrets, const QString& name)
{
    secrets->removeSecret(ConnectionSecrets::keyFor(name))->start();
}
