#include "secrets/MemorySecretJob.h"

MemorySecretJob::MemorySecretJob(Operation operation, const QString& key,
                                 std::shared_ptr<Secrets> secrets, QObject* parent)
    : SecretJob(operation, key, parent)
    , m_secrets(std::move(secrets))
{ }

void MemorySecretJob::doStart()
{
    switch (operation()) {
    case Operation::Read: {
        const auto found = m_secrets->constFind(key());
        if (found == m_secrets->constEnd()) {
            setError(NotFound, tr("Nothing is stored for this session under \"%1\".").arg(key()));
        } else {
            setSecret(found.value());
        }
        break;
    }
    case Operation::Write:
        m_secrets->insert(key(), secret());
        break;
    case Operation::Remove:
        m_secrets->remove(key());
        break;
    }
    emitResult();
}
