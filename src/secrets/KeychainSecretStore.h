// Secrets in the OS keychain (Secret Service on Linux) through QtKeychain.
#pragma once

#include "secrets/SecretStore.h"

#include <chrono>

class KeychainSecretStore : public SecretStore
{
public:
    static constexpr char kDefaultService[] = "grantline";
    // A missing Secret Service can stall a keychain call for about 25 s before
    // it fails; past this bound a job gives up and says so.
    static constexpr std::chrono::seconds kDefaultJobTimeout{30};

    explicit KeychainSecretStore(const QString& service = QLatin1String(kDefaultService));

    QString service() const;
    void setJobTimeout(std::chrono::milliseconds timeout);

    SecretJob* readSecret(const QString& key) override;
    SecretJob* writeSecret(const QString& key, const QByteArray& secret) override;
    SecretJob* removeSecret(const QString& key) override;
    QString displayName() const override;
    bool isPersistent() const override;

private:
    SecretJob* createJob(SecretJob::Operation operation, const QString& key) const;

    QString m_service;
    std::chrono::milliseconds m_jobTimeout = kDefaultJobTimeout;
};
