#include "secrets/MemorySecretStore.h"

#include <QCoreApplication>

MemorySecretStore::MemorySecretStore()
    : m_secrets(std::make_shared<MemorySecretJob::Secrets>())
{ }

SecretJob* MemorySecretStore::readSecret(const QString& key)
{
    return new MemorySecretJob(SecretJob::Operation::Read, key, m_secrets);
}

SecretJob* MemorySecretStore::writeSecret(const QString& key, const QByteArray& secret)
{
    auto* job = new MemorySecretJob(SecretJob::Operation::Write, key, m_secrets);
    job->setSecret(secret);
    return job;
}

SecretJob* MemorySecretStore::removeSecret(const QString& key)
{
    return new MemorySecretJob(SecretJob::Operation::Remove, key, m_secrets);
}

QString MemorySecretStore::displayName() const
{
    return QCoreApplication::translate("MemorySecretStore", "This session only (not saved)");
}

bool MemorySecretStore::isPersistent() const
{
    return false;
}
