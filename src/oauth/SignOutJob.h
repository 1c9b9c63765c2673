// Ends a connection's tokens, for the GUI and grantline-cli alike: revokes
// them at the provider (RFC 7009, the refresh token first: revoking it ends
// the whole grant) and forgets them in the keychain. One rule when the
// provider refuses or cannot be reached: the tokens the person asked to be
// gone are forgotten here all the same, and the job ends with NotConfirmed,
// saying why, since the provider may honour them until they expire.
#pragma once

#include "core/Job.h"
#include "oauth/Connection.h"
#include "oauth/ConnectionSecrets.h"

class QNetworkAccessManager;
class SecretStore;

class SignOutJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // Revoke only: the provider publishes no revocation endpoint, so
        // nothing was sent and nothing forgotten.
        NoRevocationEndpoint = UserError,
        // Revoke only: none of the chosen tokens is stored.
        NothingToRevoke,
        // The keychain could not be read (locked, unreachable) or updated.
        KeychainFailed,
        // Forgotten here, but the provider did not confirm the revocation.
        NotConfirmed,
    };
    Q_ENUM(Error)

    enum Token { AccessToken = 0x1, RefreshToken = 0x2 };
    Q_DECLARE_FLAGS(Tokens, Token)

    enum class Purpose {
        // Both tokens; without a revocation endpoint they are only forgotten.
        SignOut,
        // The chosen tokens, at a provider that can revoke them.
        Revoke,
    };

    SignOutJob(QNetworkAccessManager* network, SecretStore* secrets, const Connection& connection,
               Purpose purpose, Tokens tokens = Tokens(AccessToken | RefreshToken),
               QObject* parent = nullptr);

    // Records the sign-out (or revocation) in the token history of this
    // Grantline home, for the inspector's timeline.
    void setHistoryHome(const QString& home);

    // How many tokens the provider confirmed it revoked.
    int revokedCount() const;
    // How many tokens were forgotten in the keychain.
    int forgottenCount() const;
    // What the keychain holds for the connection once the job is done.
    ConnectionSecrets remaining() const;
    // With KeychainFailed: the SecretJob::Error behind it (Locked, Unavailable…).
    int keychainError() const;

protected:
    void doStart() override;
    QString activityDescription() const override;

private:
    struct Target
    {
        Token token;
        QString value;
    };

    void onRead(const ConnectionSecrets& secrets);
    void revokeNext();
    void forget();
    void recordInHistory() const;
    void finishForgotten();

    QNetworkAccessManager* m_network;
    SecretStore* m_secrets;
    Connection m_connection;
    Purpose m_purpose;
    Tokens m_tokens;
    QString m_historyHome;
    ConnectionSecrets m_current;
    QList<Target> m_targets;
    qsizetype m_next = 0;
    int m_revoked = 0;
    int m_forgotten = 0;
    int m_keychainError = NoError;
    // The provider's first refusal, for the NotConfirmed sentence.
    QString m_refusal;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(SignOutJob::Tokens)
