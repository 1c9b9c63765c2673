// A session-only store that can be "locked" the way a Linux keyring is: reads
// then find nothing and writes are refused with SecretJob::Locked. For the
// logic above the SecretStore interface (the real locked keyring is tested
// in the keychain suites).
#pragma once

#include "secrets/MemorySecretStore.h"

class LockableSecretStore : public SecretStore
{
public:
    void setLocked(bool locked);
    // Only writes refused (reads still work): a keyring locked between them.
    void setWritesRefused(bool refused);

    SecretJob* readSecret(const QString& key) override;
    SecretJob* writeSecret(const QString& key, const QByteArray& secret) override;
    SecretJob* removeSecret(const QString& key) override;
    QString displayName() const override;
    bool isPersistent() const override;

private:
    MemorySecretStore m_contents;
    bool m_locked = false;
    bool m_writesRefused = false;
};
