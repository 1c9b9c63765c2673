// Reads one connection's keychain entry. On Linux a locked keyring reads like
// an empty one, so "nothing stored" is only reported once the keychain has
// been asked whether it is locked: taking "locked" for "signed out" would let
// the next write drop the client secret.
#pragma once

#include "core/Job.h"
#include "oauth/ConnectionSecrets.h"

class SecretStore;

class ConnectionSecretsReadJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // The keychain is reachable and unlocked, and holds nothing for the
        // connection: it is signed out (and has no client secret stored).
        NothingStored = UserError,
        // Locked, unreachable, or it refused; keychainError() says which.
        KeychainFailed,
        // An entry is there, but not one this Grantline wrote.
        NotOurs,
    };
    Q_ENUM(Error)

    ConnectionSecretsReadJob(SecretStore* store, const QString& connectionName,
                             QObject* parent = nullptr);

    QString connectionName() const;
    // What the entry holds; empty unless error() is NoError.
    ConnectionSecrets secrets() const;
    // The SecretJob::Error behind KeychainFailed (Locked, Unavailable, …),
    // for a caller that has its own way out of an unreachable keychain.
    int keychainError() const;

protected:
    void doStart() override;
    QString activityDescription() const override;

private:
    void probeBeforeSayingNothingStored();

    SecretStore* m_store;
    QString m_name;
    ConnectionSecrets m_secrets;
    int m_keychainError = NoError;
};
