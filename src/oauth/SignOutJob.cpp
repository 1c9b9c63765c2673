#include "oauth/SignOutJob.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "oauth/ConnectionSecretsReadJob.h"
#include "oauth/RevocationJob.h"
#include "oauth/TokenHistory.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

SignOutJob::SignOutJob(QNetworkAccessManager* network, SecretStore* secrets,
                       const Connection& connection, Purpose purpose, Tokens tokens,
                       QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_secrets(secrets)
    , m_connection(connection)
    , m_purpose(purpose)
    , m_tokens(purpose == Purpose::SignOut ? Tokens(AccessToken | RefreshToken) : tokens)
{ }

void SignOutJob::setHistoryHome(const QString& home)
{
    m_historyHome = home;
}

int SignOutJob::revokedCount() const
{
    return m_revoked;
}

int SignOutJob::forgottenCount() const
{
    return m_forgotten;
}

ConnectionSecrets SignOutJob::remaining() const
{
    return m_current;
}

int SignOutJob::keychainError() const
{
    return m_keychainError;
}

QString SignOutJob::activityDescription() const
{
    return m_purpose == Purpose::SignOut ? tr("Signing out of \"%1\"").arg(m_connection.name)
                                         : tr("Revoking tokens of \"%1\"").arg(m_connection.name);
}

void SignOutJob::doStart()
{
    if (m_purpose == Purpose::Revoke && m_connection.endpoints.revocation.isEmpty()) {
        setError(NoRevocationEndpoint,
                 tr("The provider of \"%1\" has no revocation endpoint; signing out forgets the "
                    "tokens here.")
                     .arg(m_connection.name));
        emitResult();
        return;
    }
    // What the keychain holds now, not a cached copy: another process may
    // have rotated the refresh token meanwhile.
    startSubjob(new ConnectionSecretsReadJob(m_secrets, m_connection.name, this),
                [this](Job* done) {
                    auto* read = static_cast<ConnectionSecretsReadJob*>(done);
                    if (read->error() == NoError
                        || read->error() == ConnectionSecretsReadJob::NothingStored) {
                        onRead(read->secrets());
                        return;
                    }
                    m_keychainError = read->keychainError();
                    setError(KeychainFailed, read->errorText());
                    emitResult();
                });
}

void SignOutJob::onRead(const ConnectionSecrets& secrets)
{
    m_current = secrets;
    const TokenSet& tokens = secrets.tokens;
    // The refresh token first: revoking it ends the grant, and with it (at
    // most providers) the access tokens it brought.
    if (m_tokens.testFlag(RefreshToken) && !tokens.refreshToken.isEmpty()) {
        m_targets.append({RefreshToken, tokens.refreshToken});
    }
    if (m_tokens.testFlag(AccessToken) && !tokens.accessToken.isEmpty()) {
        m_targets.append({AccessToken, tokens.accessToken});
    }
    if (m_targets.isEmpty() && m_purpose == Purpose::Revoke) {
        setError(NothingToRevoke, tr("\"%1\" has no such token to revoke.").arg(m_connection.name));
        emitResult();
        return;
    }
    if (m_connection.endpoints.revocation.isEmpty()) {
        forget();
        return;
    }
    revokeNext();
}

void SignOutJob::revokeNext()
{
    if (m_next >= m_targets.size()) {
        forget();
        return;
    }
    const Target& target = m_targets.at(m_next++);
    auto* job = new RevocationJob(m_network, m_connection.endpoints.revocation, m_connection.client,
                                  m_current.clientSecret, target.value,
                                  target.token == RefreshToken ? QStringLiteral("refresh_token")
                                                               : QStringLiteral("access_token"),
                                  this);
    startSubjob(job, [this](Job* done) {
        if (done->error() == NoError) {
            ++m_revoked;
        } else if (m_refusal.isEmpty()) {
            m_refusal = done->errorText();
        }
        revokeNext();
    });
}

void SignOutJob::forget()
{
    if (m_targets.isEmpty()) {
        // Signed out already: nothing to write, nothing to record.
        emitResult();
        return;
    }
    ConnectionSecrets kept = m_current;
    if (m_tokens.testFlag(AccessToken)) {
        kept.tokens.accessToken.clear();
        // The ID token describes the sign-in the access token came from.
        kept.tokens.idToken.clear();
    }
    if (m_tokens.testFlag(RefreshToken)) {
        kept.tokens.refreshToken.clear();
    }
    if (kept.tokens.accessToken.isEmpty() && kept.tokens.refreshToken.isEmpty()) {
        kept.tokens = TokenSet();
    }
    // A cancel drops the write's answer; a write under way still lands.
    SecretJob* job =
        m_secrets->writeSecret(ConnectionSecrets::keyFor(m_connection.name), kept.serialize());
    startSubjob(job, [this, kept](Job* write) {
        if (write->error() != NoError) {
            m_keychainError = write->error();
            setError(KeychainFailed,
                     tr("The keychain could not be updated: %1").arg(write->errorText()));
            emitResult();
            return;
        }
        m_current = kept;
        m_forgotten = int(m_targets.size());
        recordInHistory();
        finishForgotten();
    });
}

void SignOutJob::recordInHistory() const
{
    if (m_historyHome.isEmpty()) {
        return;
    }
    const TokenHistory::Event event = m_purpose == Purpose::SignOut ? TokenHistory::Event::SignedOut
                                                                    : TokenHistory::Event::Revoked;
    QString error;
    // The history is a convenience: failing to write it loses no token.
    if (!TokenHistory(m_historyHome)
             .record(m_connection.name, {event, Clock::now(), m_current.tokens.expiresAt},
                     &error)) {
        qCWarning(lcOAuth).noquote() << error;
    }
}

void SignOutJob::finishForgotten()
{
    if (!m_refusal.isEmpty()) {
        setError(NotConfirmed,
                 tr("The tokens of \"%1\" are forgotten here, but the provider did not confirm "
                    "their revocation and may accept them until they expire. %2")
                     .arg(m_connection.name, m_refusal));
    }
    emitResult();
}
