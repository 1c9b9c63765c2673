#include "oauth/AccessTokenJob.h"

#include "core/Clock.h"
#include "core/Logging.h"

#include "oauth/ConnectionSecretsReadJob.h"
#include "oauth/TokenHistory.h"
#include "oauth/TokenRequestJob.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QDateTime>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QTimer>
#include <algorithm>

namespace {

// The job working on each connection right now. Jobs for one connection run
// one after another from the keychain read on: two jobs that both read an
// expiring token would both refresh with the same refresh token, and the
// provider's rotation would end the sign-in for the slower one.
QHash<QString, QPointer<AccessTokenJob>>& jobsInFlight()
{
    static QHash<QString, QPointer<AccessTokenJob>> jobs;
    return jobs;
}

} // namespace

AccessTokenJob::AccessTokenJob(QNetworkAccessManager* network, SecretStore* secrets,
                               const Connection& connection, bool forceRefresh, QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_connection(connection)
    , m_forceRefresh(forceRefresh)
{ }

AccessTokenJob::~AccessTokenJob()
{
    // Deleted mid-way (its owner went away): end it properly, so jobs waiting
    // for this connection move on instead of waiting forever.
    if (isStarted() && !isFinished()) {
        cancel();
    }
    leaveJobsInFlight();
}

void AccessTokenJob::leaveJobsInFlight()
{
    if (jobsInFlight().value(m_connection.name) == this) {
        jobsInFlight().remove(m_connection.name);
    }
}

void AccessTokenJob::finishWithTokens()
{
    // Out of the registry and the lock before finished(): jobs waiting on
    // this one, here or in another process, look again as soon as it is out.
    m_lock.reset();
    leaveJobsInFlight();
    emitResult();
}

QString AccessTokenJob::accessToken() const
{
    return m_current.tokens.accessToken;
}

TokenSet AccessTokenJob::tokens() const
{
    return m_current.tokens;
}

bool AccessTokenJob::didRefresh() const
{
    return m_didRefresh;
}

QString AccessTokenJob::activityDescription() const
{
    return tr("Getting a token for \"%1\"").arg(m_connection.name);
}

void AccessTokenJob::doStart()
{
    readSecrets();
}

void AccessTokenJob::readSecrets()
{
    // Another job is working on this connection: wait, then read its result.
    const QPointer<AccessTokenJob> leader = jobsInFlight().value(m_connection.name);
    if (leader && leader != this) {
        connect(leader, &Job::finished, this, [this, leader] {
            if (isFinished()) {
                return;
            }
            // The 401 this job saw was for the token the other job replaced.
            if (leader && leader->didRefresh() && leader->error() == NoError) {
                m_forceRefresh = false;
            }
            readSecrets();
        });
        return;
    }
    jobsInFlight().insert(m_connection.name, this);
    readStored([this](const ConnectionSecrets& secrets) { decide(secrets); });
}

void AccessTokenJob::readStored(std::function<void(const ConnectionSecrets&)> then)
{
    auto* read = new ConnectionSecretsReadJob(m_secrets, m_connection.name, this);
    startSubjob(read, [this, then](Job* job) {
        if (job->error() == ConnectionSecretsReadJob::NothingStored) {
            finishWith(SignedOut,
                       tr("\"%1\" is not signed in. Sign in again.").arg(m_connection.name));
            return;
        }
        if (job->error() != NoError) {
            finishWith(KeychainFailed, job->errorText());
            return;
        }
        then(static_cast<ConnectionSecretsReadJob*>(job)->secrets());
    });
}

QString AccessTokenJob::lockFilePath() const
{
    if (m_historyHome.isEmpty()) {
        return QString();
    }
    // Beside the connection file: every process using this home sees it.
    return QDir(m_historyHome)
        .filePath(QStringLiteral("connections/%1.refresh.lock").arg(m_connection.name));
}

void AccessTokenJob::lockAgainstOtherProcesses(const ConnectionSecrets& seen)
{
    const QString path = lockFilePath();
    if (path.isEmpty() || !QDir().mkpath(QFileInfo(path).absolutePath())) {
        // No home (this process alone uses the store) or none writable: the
        // invalid_grant check still keeps a rotation made elsewhere.
        m_locked = true;
        m_unlocked = !path.isEmpty();
        refresh(seen);
        return;
    }
    m_lock = std::make_unique<QLockFile>(path);
    // A refresh takes seconds; a lock this old belongs to a hung process.
    m_lock->setStaleLockTime(kLockStaleAfter);
    m_lockWait.start();
    tryLock(seen.tokens.accessToken);
}

void AccessTokenJob::tryLock(const QString& accessTokenSeen)
{
    if (isFinished()) {
        return;
    }
    if (m_lock->tryLock(0)) {
        m_locked = true;
        // Read again under the lock: another process may have refreshed
        // while this one waited, and its rotation must be the one used.
        readStored([this, accessTokenSeen](const ConnectionSecrets& secrets) {
            if (secrets.tokens.accessToken != accessTokenSeen) {
                m_forceRefresh = false; // a 401 was for the token replaced meanwhile
            }
            decide(secrets);
        });
        return;
    }
    if (m_lock->error() != QLockFile::LockFailedError
        || m_lockWait.hasExpired(std::chrono::milliseconds(kLockWaitLimit).count())) {
        // Cannot lock (read-only home) or another process hangs: go on, the
        // invalid_grant check below still keeps a rotated token.
        qCWarning(lcOAuth) << "refreshing" << m_connection.name << "without the refresh lock";
        m_lock.reset();
        m_locked = true;
        m_unlocked = true;
        readStored([this](const ConnectionSecrets& secrets) { decide(secrets); });
        return;
    }
    QTimer::singleShot(kLockRetryInterval, this,
                       [this, accessTokenSeen] { tryLock(accessTokenSeen); });
}

std::chrono::seconds AccessTokenJob::refreshLeadFor(const TokenSet& tokens)
{
    if (!tokens.hasKnownExpiry() || !tokens.obtainedAt.isValid()) {
        return kRefreshLead;
    }
    return refreshLeadFor(tokens.obtainedAt.secsTo(tokens.expiresAt), kRefreshLead);
}

std::chrono::seconds AccessTokenJob::refreshLeadFor(qint64 lifetimeSeconds,
                                                    std::chrono::seconds most)
{
    return std::chrono::seconds(std::clamp<qint64>(lifetimeSeconds / 5, 0, qint64(most.count())));
}

bool AccessTokenJob::isDueForRefresh(const TokenSet& tokens, const QDateTime& now)
{
    if (tokens.accessToken.isEmpty()) {
        return true;
    }
    return tokens.hasKnownExpiry()
        && now.secsTo(tokens.expiresAt) <= refreshLeadFor(tokens).count();
}

bool AccessTokenJob::needsRefresh(const TokenSet& tokens) const
{
    return m_forceRefresh || isDueForRefresh(tokens, Clock::now());
}

void AccessTokenJob::decide(const ConnectionSecrets& secrets)
{
    m_current = secrets;
    if (!needsRefresh(secrets.tokens)) {
        finishWithTokens();
        return;
    }
    if (secrets.tokens.refreshToken.isEmpty() && m_connection.client.isUserGrant()) {
        finishWith(SignedOut,
                   m_forceRefresh
                       ? tr("\"%1\" has no refresh token to renew its sign-in with. Sign in "
                            "again.")
                             .arg(m_connection.name)
                       : tr("The sign-in of \"%1\" has run out and cannot be renewed "
                            "without you. Sign in again.")
                             .arg(m_connection.name));
        return;
    }
    if (!m_locked) {
        // Two processes refreshing with one refresh token: the provider's
        // rotation would end the sign-in for the slower one.
        lockAgainstOtherProcesses(secrets);
        return;
    }
    refresh(secrets);
}

void AccessTokenJob::refresh(const ConnectionSecrets& secrets)
{
    m_didRefresh = true;
    // App tokens (client credentials, custom grants) are simply fetched anew:
    // a refresh token some providers add would only expire into a "sign in
    // again" for an app that has no user.
    auto* request = new TokenRequestJob(
        m_network, m_connection.endpoints.token, m_connection.client, secrets.clientSecret,
        m_connection.client.isUserGrant()
            ? TokenRequestJob::refreshFields(secrets.tokens.refreshToken)
            : TokenRequestJob::appTokenFields(m_connection.client),
        this);
    startSubjob(request, [this](Job* done) { onRefreshed(static_cast<TokenRequestJob*>(done)); });
}

void AccessTokenJob::onRefreshed(TokenRequestJob* request)
{
    if (request->error() == OAuthRequestJob::InvalidGrant) {
        onRefreshRefused(request->providerError());
        return;
    }
    if (request->error() != NoError) {
        // Network trouble and the like: keep the tokens, the caller may retry.
        finishWith(RefreshFailed, request->errorText());
        return;
    }
    ConnectionSecrets renewed = m_current;
    const TokenSet old = renewed.tokens;
    renewed.tokens = request->tokens();
    if (renewed.tokens.refreshToken.isEmpty()) {
        // No rotation from this provider: the old refresh token stays valid.
        renewed.tokens.refreshToken = old.refreshToken;
    }
    if (renewed.tokens.idToken.isEmpty()) {
        // A refresh brings no new ID token (APS, most OIDC providers); the
        // sign-in it describes is still the same.
        renewed.tokens.idToken = old.idToken;
    }
    save(renewed, NoError, QString());
}

void AccessTokenJob::onRefreshRefused(const QString& providerError)
{
    const QString usedRefreshToken = m_current.tokens.refreshToken;
    readStored([this, usedRefreshToken, providerError](const ConnectionSecrets& stored) {
        if (!m_retriedWithNewerToken && !stored.tokens.refreshToken.isEmpty()
            && stored.tokens.refreshToken != usedRefreshToken) {
            // Another process rotated the token under us (one that does not
            // take the lock): its newer token is the one to go on with.
            m_retriedWithNewerToken = true;
            m_forceRefresh = false;
            decide(stored);
            return;
        }
        if (m_unlocked) {
            // Another process may hold the lock and save a rotation any
            // moment: clearing the entry now could wipe it.
            finishWith(SignInEnded,
                       tr("The provider ended the sign-in of \"%1\" (%2). Sign in again.")
                           .arg(m_connection.name, providerError));
            return;
        }
        // The old tokens are dead: forget them rather than keep failing with them.
        ConnectionSecrets cleared = stored;
        cleared.tokens = TokenSet();
        save(cleared, SignInEnded,
             tr("The provider ended the sign-in of \"%1\" (%2). Sign in again.")
                 .arg(m_connection.name, providerError));
    });
}

void AccessTokenJob::setHistoryHome(const QString& home)
{
    m_historyHome = home;
}

void AccessTokenJob::recordInHistory(TokenHistory::Event event) const
{
    if (m_historyHome.isEmpty()) {
        return;
    }
    QString error;
    // The history is a convenience: failing to write it loses no token.
    if (!TokenHistory(m_historyHome)
             .record(m_connection.name, {event, Clock::now(), m_current.tokens.expiresAt},
                     &error)) {
        qCWarning(lcOAuth).noquote() << error;
    }
}

void AccessTokenJob::save(const ConnectionSecrets& secrets, int errorOnSuccess, const QString& text)
{
    // Not a subjob, so a cancel does not stop it: a rotated refresh token
    // is the only one the provider still accepts, and must be kept.
    SecretJob* job =
        m_secrets->writeSecret(ConnectionSecrets::keyFor(m_connection.name), secrets.serialize());
    m_save = job;
    connect(job, &Job::finished, this, [this, job, secrets, errorOnSuccess, text] {
        if (job->error() != NoError) {
            // Not handing out a token whose refresh token could not be kept.
            finishWith(KeychainFailed, job->errorText());
            return;
        }
        m_current = secrets;
        recordInHistory(errorOnSuccess == SignInEnded ? TokenHistory::Event::SignedOut
                                                      : TokenHistory::Event::Refreshed);
        if (errorOnSuccess != NoError) {
            finishWith(errorOnSuccess, text);
            return;
        }
        finishWithTokens();
    });
    job->start();
}

void AccessTokenJob::finishWith(int error, const QString& text)
{
    if (error != NoError) {
        m_current.tokens = TokenSet();
    }
    setError(error, text);
    finishWithTokens();
}

void AccessTokenJob::doCancel()
{
    // The keychain read or token request in flight is a subjob: Job cancels
    // it. A save runs on; only its answer is dropped. Like a failed job, a
    // cancelled one hands out no token.
    m_current.tokens = TokenSet();
    m_lock.reset();
    leaveJobsInFlight();
    if (m_save) {
        disconnect(m_save, nullptr, this, nullptr);
    }
}
