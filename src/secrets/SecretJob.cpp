#include "secrets/SecretJob.h"

SecretJob::SecretJob(Operation operation, const QString& key, QObject* parent)
    : Job(parent)
    , m_operation(operation)
    , m_key(key)
{ }

SecretJob::Operation SecretJob::operation() const
{
    return m_operation;
}

QString SecretJob::key() const
{
    return m_key;
}

QByteArray SecretJob::secret() const
{
    return m_secret;
}

void SecretJob::setSecret(const QByteArray& secret)
{
    m_secret = secret;
}

QString SecretJob::activityDescription() const
{
    switch (m_operation) {
    case Operation::Read:
        return tr("Reading \"%1\" from the keychain").arg(m_key);
    case Operation::Write:
        return tr("Saving \"%1\" to the keychain").arg(m_key);
    case Operation::Remove:
        return tr("Removing \"%1\" from the keychain").arg(m_key);
    }
    return Job::activityDescription();
}
