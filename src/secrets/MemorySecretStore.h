// Secrets kept in memory for this session only: the explicit, labelled choice
// offered when no keychain is reachable. Never a silent fallback.
#pragma once

#include "secrets/MemorySecretJob.h"
#include "secrets/SecretStore.h"

#include <memory>

class MemorySecretStore : public SecretStore
{
public:
    MemorySecretStore();

    SecretJob* readSecret(const QString& key) override;
    SecretJob* writeSecret(const QString& key, const QByteArray& secret) override;
    SecretJob* removeSecret(const QString& key) override;
    QString displayName() const override;
    bool isPersistent() const override;

private:
    // Shared with running jobs so that a job outliving the store stays valid.
    std::shared_ptr<MemorySecretJob::Secrets> m_secrets;
};
