// A SecretJob carried out by QtKeychain against the OS keychain.
#pragma once

#include "secrets/SecretJob.h"

namespace QKeychain {
class Job;
}

class KeychainSecretJob : public SecretJob
{
    Q_OBJECT

public:
    KeychainSecretJob(Operation operation, const QString& service, const QString& key,
                      QObject* parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    QKeychain::Job* createKeychainJob() const;
    void onKeychainJobFinished(QKeychain::Job* keychainJob);
    void reportKeychainError(int keychainError, const QString& detail);

    QString m_service;
    QKeychain::Job* m_keychainJob = nullptr;
};
