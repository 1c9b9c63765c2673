#include "secrets/KeychainStatusJob.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QRandomGenerator>

KeychainStatusJob::KeychainStatusJob(SecretStore* store, QObject* parent)
    : Job(parent)
    , m_store(store)
{ }

KeychainStatusJob::Status KeychainStatusJob::status() const
{
    return m_status;
}

QString KeychainStatusJob::statusText() const
{
    return m_statusText;
}

QString KeychainStatusJob::activityDescription() const
{
    return tr("Checking the keychain");
}

void KeychainStatusJob::doStart()
{
    const QString key =
        QStringLiteral("grantline-probe/%1").arg(QRandomGenerator::global()->generate());
    SecretJob* write = m_store->writeSecret(key, "probe");
    connect(write, &Job::finished, this, [this, write, key] {
        switch (write->error()) {
        case NoError: {
            SecretJob* remove = m_store->removeSecret(key);
            connect(remove, &Job::finished, this, [this] {
                m_status = Status::Available;
                m_statusText = tr("The keychain (%1) is available.").arg(m_store->displayName());
                emitResult();
            });
            remove->start();
            return;
        }
        case SecretJob::Locked:
            m_status = Status::Locked;
            break;
        case SecretJob::Unavailable:
            m_status = Status::Unavailable;
            break;
        default:
            m_status = Status::Failed;
            break;
        }
        m_statusText = write->errorText();
        // The status is the answer; the job itself did its work.
        emitResult();
    });
    write->start();
}
