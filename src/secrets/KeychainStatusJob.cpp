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
    // A cancel drops the keychain's answers (a call under way still runs):
    // a check cancelled mid-write may leave its probe behind, as a check
    // deleted mid-write always did.
    startSubjob(m_store->writeSecret(key, "probe"), [this, key](Job* write) {
        switch (write->error()) {
        case NoError:
            removeProbe(key);
            return;
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
}

void KeychainStatusJob::removeProbe(const QString& key)
{
    startSubjob(m_store->removeSecret(key), [this](Job*) {
        m_status = Status::Available;
        m_statusText = tr("The keychain (%1) is available.").arg(m_store->displayName());
        emitResult();
    });
}
