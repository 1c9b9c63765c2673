#include "secrets/KeychainSecretJob.h"

#include "core/Logging.h"

#include <qt6keychain/keychain.h>

KeychainSecretJob::KeychainSecretJob(Operation operation, const QString& service,
                                     const QString& key, QObject* parent)
    : SecretJob(operation, key, parent)
    , m_service(service)
{ }

QKeychain::Job* KeychainSecretJob::createKeychainJob() const
{
    // The QtKeychain job is deliberately not our child: libsecret calls back
    // into it asynchronously, so it must outlive a cancelled or timed-out job
    // and delete itself when the keychain answers.
    switch (operation()) {
    case Operation::Read: {
        auto* job = new QKeychain::ReadPasswordJob(m_service);
        job->setKey(key());
        return job;
    }
    case Operation::Write: {
        auto* job = new QKeychain::WritePasswordJob(m_service);
        job->setKey(key());
        job->setBinaryData(secret());
        return job;
    }
    case Operation::Remove: {
        auto* job = new QKeychain::DeletePasswordJob(m_service);
        job->setKey(key());
        return job;
    }
    }
    return nullptr;
}

void KeychainSecretJob::doStart()
{
    m_keychainJob = createKeychainJob();
    m_keychainJob->setAutoDelete(true);
    // No plaintext fallback, ever: see qt-desktop notes on insecureFallback.
    m_keychainJob->setInsecureFallback(false);
    connect(m_keychainJob, &QKeychain::Job::finished, this,
            &KeychainSecretJob::onKeychainJobFinished);
    qCDebug(lcSecrets) << "keychain" << int(operation()) << "started for key" << key();
    m_keychainJob->start();
}

void KeychainSecretJob::doCancel()
{
    if (m_keychainJob) {
        disconnect(m_keychainJob, nullptr, this, nullptr);
        m_keychainJob = nullptr;
    }
}

void KeychainSecretJob::onKeychainJobFinished(QKeychain::Job* keychainJob)
{
    m_keychainJob = nullptr;
    if (keychainJob->error() == QKeychain::NoError) {
        if (operation() == Operation::Read) {
            setSecret(static_cast<QKeychain::ReadPasswordJob*>(keychainJob)->binaryData());
        }
    } else if (keychainJob->error() == QKeychain::EntryNotFound
               && operation() == Operation::Remove) {
        // Removing what is not there leaves the keychain as the caller wants it.
    } else {
        reportKeychainError(keychainJob->error(), keychainJob->errorString());
    }
    emitResult();
}

void KeychainSecretJob::reportKeychainError(int keychainError, const QString& detail)
{
    if (keychainError != QKeychain::EntryNotFound) {
        qCWarning(lcSecrets) << "keychain error" << keychainError << detail << "for key" << key();
    }
    switch (keychainError) {
    case QKeychain::EntryNotFound:
        // An ordinary answer (nothing saved yet), not worth a warning.
        qCDebug(lcSecrets) << "keychain has no entry for key" << key();
        setError(NotFound,
                 tr("Nothing is stored in the keychain under \"%1\". If your keyring "
                    "is locked, unlock it and try again.")
                     .arg(key()));
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        if (detail.contains(QLatin1String("locked"), Qt::CaseInsensitive)) {
            setError(Locked,
                     tr("The keyring is locked. Unlock it (for example in the "
                        "Passwords and Keys application) and try again."));
        } else {
            setError(AccessDenied, tr("The keychain refused access: %1").arg(detail));
        }
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux a missing Secret Service shows up as OtherError, not
        // NoBackendAvailable (QtKeychain 0.13 with libsecret).
        setError(Unavailable,
                 tr("No keychain is reachable (%1). Start a Secret Service such as "
                    "GNOME Keyring or KWallet, then try again.")
                     .arg(detail));
        return;
    default:
        setError(Failed, tr("The keychain reported an error: %1").arg(detail));
        return;
    }
}
