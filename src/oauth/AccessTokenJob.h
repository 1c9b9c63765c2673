// Hands out an access token a request can use now: the stored one while it
// has time left, otherwise a refreshed one (or a new app token for client
// credentials). The rotated refresh token is saved before the new access
// token is handed out, and jobs for one connection run one at a time: later
// jobs wait and take the result of the refresh the first one made. Across
// processes (the app, grantline-cli, a scheduled run) a lock file beside the
// connection serialises refreshes, and a refused refresh token is checked
// against the keychain before the sign-in is given up.
#pragma once

#include "core/Job.h"
#include "oauth/Connection.h"
#include "oauth/ConnectionSecrets.h"
#include "oauth/TokenHistory.h"

#include <QElapsedTimer>
#include <QPointer>
#include <chrono>
#include <functional>
#include <memory>

class QLockFile;

class QNetworkAccessManager;
class SecretStore;
class TokenRequestJob;

class AccessTokenJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // No tokens stored: the connection needs a sign-in.
        SignedOut = UserError,
        // The provider ended the sign-in (invalid_grant); tokens were cleared.
        SignInEnded,
        KeychainFailed,
        RefreshFailed,
    };
    Q_ENUM(Error)

    // Refresh this long before expiry, so a request never leaves with a token
    // that dies on the way...
    static constexpr std::chrono::seconds kRefreshLead{300};
    // ...or a fifth of a shorter lifetime: a 5-minute token (Keycloak's
    // default) would otherwise be refreshed before every request.
    static std::chrono::seconds refreshLeadFor(const TokenSet& tokens);
    // The same rule for any token: a fifth of its lifetime, at most most (a
    // 30-second token would otherwise be due again the moment it came).
    static std::chrono::seconds refreshLeadFor(qint64 lifetimeSeconds, std::chrono::seconds most);
    // True when these tokens should be renewed before the next request; an
    // unknown expiry is trusted until the API says 401.
    static bool isDueForRefresh(const TokenSet& tokens, const QDateTime& now);

    // forceRefresh: the API just answered 401 to the stored token.
    AccessTokenJob(QNetworkAccessManager* network, SecretStore* secrets,
                   const Connection& connection, bool forceRefresh, QObject* parent = nullptr);
    ~AccessTokenJob() override;

    // Records each refresh (and a sign-in the provider ended) in the token
    // history of this Grantline home, for the inspector's timeline, and
    // takes the home's refresh lock for the connection.
    void setHistoryHome(const QString& home);

    QString accessToken() const;
    TokenSet tokens() const;
    // True when this job (not a job it waited for) asked the provider.
    bool didRefresh() const;

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    void readSecrets();
    void readStored(std::function<void(const ConnectionSecrets&)> then);
    QString lockFilePath() const;
    void lockAgainstOtherProcesses(const ConnectionSecrets& seen);
    void tryLock(const QString& accessTokenSeen);
    void onRefreshRefused(const QString& providerError);
    void decide(const ConnectionSecrets& secrets);
    void refresh(const ConnectionSecrets& secrets);
    void onRefreshed(TokenRequestJob* request);
    void save(const ConnectionSecrets& secrets, int errorOnSuccess, const QString& text);
    bool needsRefresh(const TokenSet& tokens) const;
    void recordInHistory(TokenHistory::Event event) const;
    void finishWith(int error, const QString& text);
    void finishWithTokens();
    void leaveJobsInFlight();

    QNetworkAccessManager* m_network;
    SecretStore* m_secrets;
    Connection m_connection;
    bool m_forceRefresh;
    bool m_didRefresh = false;
    ConnectionSecrets m_current;
    QString m_historyHome;
    // The keychain write of new tokens, which a cancel does not stop.
    QPointer<Job> m_save;
    std::unique_ptr<QLockFile> m_lock;
    QElapsedTimer m_lockWait;
    bool m_locked = false;
    // Went on without the lock (it could not be taken): another process may
    // be saving a rotation, so a refused token is not wiped from here.
    bool m_unlocked = false;
    bool m_retriedWithNewerToken = false;

    static constexpr std::chrono::milliseconds kLockRetryInterval{50};
    // A lock this old belongs to a hung process (a refresh is one token
    // request, 60 s at most, and two keychain calls); a waiting process
    // gives up a little after that, when the lock has been found stale.
    static constexpr std::chrono::seconds kLockStaleAfter{120};
    static constexpr std::chrono::seconds kLockWaitLimit{150};
};
