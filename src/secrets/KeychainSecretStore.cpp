#include "secrets/KeychainSecretStore.h"

#include "secrets/KeychainSecretJob.h"

#include <QCoreApplication>

KeychainSecretStore::KeychainSecretStore(const QString& service)
    : m_service(service)
{ }

QString KeychainSecretStore::service() const
{
    return m_service;
}

void KeychainSecretStore::setJobTimeout(std::chrono::milliseconds timeout)
{
    m_jobTimeout = timeout;
}

SecretJob* KeychainSecretStore::readSecret(const QString& key)
{
    return createJob(SecretJob::Operation::Read, key);
}

SecretJob* KeychainSecretStore::writeSecret(const QString& key, const QByteArray& secret)
{
    SecretJob* job = createJob(SecretJob::Operation::Write, key);
    job->setSecret(secret);
    return job;
}

SecretJob* KeychainSecretStore::removeSecret(const QString& key)
{
    return createJob(SecretJob::Operation::Remove, key);
}

QString KeychainSecretStore::displayName() const
{
    return QCoreApplication::translate("KeychainSecretStore", "System keychain");
}

bool KeychainSecretStore::isPersistent() const
{
    return true;
}

SecretJob* KeychainSecretStore::createJob(SecretJob::Operation operation, const QString& key) const
{
    auto* job = new KeychainSecretJob(operation, m_service, key);
    job->setTimeout(m_jobTimeout);
    return job;
}
