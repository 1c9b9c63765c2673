#include "LockableSecretStore.h"

namespace {

// Finishes at once with the error a locked libsecret keyring gives.
class RefusedSecretJob : public SecretJob
{
public:
    RefusedSecretJob(Operation operation, const QString& key, int error)
        : SecretJob(operation, key)
        , m_error(error)
    { }

protected:
    void doStart() override
    {
        setError(m_error,
                 m_error == Locked ? QStringLiteral("The keyring is locked.")
                                   : QStringLiteral("Nothing is stored."));
        emitResult();
    }

private:
    int m_error;
};

} // namespace

void LockableSecretStore::setLocked(bool locked)
{
    m_locked = locked;
}

void LockableSecretStore::setWritesRefused(bool refused)
{
    m_writesRefused = refused;
}

SecretJob* LockableSecretStore::readSecret(const QString& key)
{
    // libsecret answers a read from a locked collection with "not found".
    return m_locked ? new RefusedSecretJob(SecretJob::Operation::Read, key, SecretJob::NotFound)
                    : m_contents.readSecret(key);
}

SecretJob* LockableSecretStore::writeSecret(const QString& key, const QByteArray& secret)
{
    return m_locked || m_writesRefused
        ? new RefusedSecretJob(SecretJob::Operation::Write, key, SecretJob::Locked)
        : m_contents.writeSecret(key, secret);
}

SecretJob* LockableSecretStore::removeSecret(const QString& key)
{
    return m_contents.removeSecret(key);
}

QString LockableSecretStore::displayName() const
{
    return QStringLiteral("Lockable test store");
}

bool LockableSecretStore::isPersistent() const
{
    return false;
}
