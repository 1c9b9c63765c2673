#include "common/ConnectionActions.h"

#include "common/AppContext.h"
#include "common/ConnectionRegistry.h"
#include "core/Clock.h"
#include "oauth/AccessTokenJob.h"
#include "oauth/ConnectionStore.h"
#include "oauth/IntrospectionJob.h"
#include "oauth/SignOutJob.h"
#include "oauth/TokenInspection.h"
#include "oauth/TokenVerificationJob.h"

#include <QPointer>

ConnectionActions::ConnectionActions(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_registry(context->registry())
{ }

ConnectionActions::~ConnectionActions()
{
    // Jobs die with this object: what they held must not stay locked.
    for (const QString& name : std::as_const(m_running)) {
        m_registry->setBusy(name, false);
    }
}

void ConnectionActions::report(const QString& name, Action action, bool ok, const QString& message)
{
    if (action != Action::Verify && m_running.remove(name)) {
        m_registry->setBusy(name, false);
    }
    Q_EMIT finished(name, action, ok, message);
}

void ConnectionActions::begin(const QString& name, Action action, Then then)
{
    if (!m_registry->connection(name)) {
        const QString problem = m_registry->problem(name);
        report(name, action, false,
               problem.isEmpty() ? tr("The connection \"%1\" is gone.").arg(name) : problem);
        return;
    }
    if (m_registry->isBusy(name)) {
        Q_EMIT finished(name, action, false,
                        tr("Another action on \"%1\" is still running; try again when it has "
                           "finished.")
                            .arg(name));
        return;
    }
    m_registry->setBusy(name, true);
    m_running.insert(name);
    Q_EMIT started(name, action);
    // grantline-cli or a pipeline run may have rotated the tokens since the
    // cache was filled: act on what the keychain holds now, never write back
    // a refresh token that is already dead.
    m_registry->reloadSecrets(
        name, std::nullopt,
        [self = QPointer<ConnectionActions>(this), name, action, then](bool ok,
                                                                       const QString& error) {
            if (!self) {
                return;
            }
            const std::optional<Connection> connection = self->m_registry->connection(name);
            const std::optional<ConnectionSecrets> secrets = self->m_registry->secrets(name);
            if (!ok || !connection || !secrets) {
                self->report(name, action, false,
                             error.isEmpty()
                                 ? tr("The keychain did not answer for \"%1\".").arg(name)
                                 : error);
                return;
            }
            then(*connection, *secrets);
        });
}

void ConnectionActions::refresh(const QString& name)
{
    begin(name, Action::Refresh, [=, this](const Connection& connection, const ConnectionSecrets&) {
        // The job every API call uses: the rotated refresh token is saved first.
        auto* job =
            new AccessTokenJob(m_context->network(), m_context->secrets(), connection, true, this);
        job->setHistoryHome(m_context->connections().home());
        connect(job, &Job::finished, this, [this, name, job] {
            QString text;
            if (job->error() == Job::NoError) {
                text = tr("Refreshed: the new access token %1.")
                           .arg(TokenInspection::expiryText(job->tokens().expiresAt, Clock::now()));
            } else if (job->error() == AccessTokenJob::SignInEnded
                       || job->error() == AccessTokenJob::SignedOut) {
                text = tr("%1 Sign in again to go on.").arg(job->errorText());
            } else {
                text = job->errorText();
            }
            // Finished only once the cache holds what the job saved, so that the
            // next action never starts from the old tokens.
            const bool ok = job->error() == Job::NoError;
            // The job recorded the refresh in the history itself.
            m_registry->reloadSecrets(
                name, std::nullopt,
                [self = QPointer<ConnectionActions>(this), name, ok, text](bool, const QString&) {
                    if (self) {
                        self->report(name, Action::Refresh, ok, text);
                    }
                });
        });
        job->start();
    });
}

void ConnectionActions::revoke(const QString& name, bool accessToken, bool refreshToken)
{
    SignOutJob::Tokens tokens;
    tokens.setFlag(SignOutJob::AccessToken, accessToken);
    tokens.setFlag(SignOutJob::RefreshToken, refreshToken);
    begin(name, Action::Revoke, [=, this](const Connection& connection, const ConnectionSecrets&) {
        endTokens(connection, Action::Revoke, tokens);
    });
}

void ConnectionActions::signOut(const QString& name)
{
    begin(name, Action::SignOut, [=, this](const Connection& connection, const ConnectionSecrets&) {
        const QUrl logout = connection.endpoints.logoutUrl(connection.client.clientId);
        if (!logout.isEmpty()) {
            // The provider's own session in the browser ends too.
            m_context->openInBrowser(logout);
        }
        endTokens(connection, Action::SignOut, {});
    });
}

void ConnectionActions::endTokens(const Connection& connection, Action action,
                                  SignOutJob::Tokens tokens)
{
    // The job grantline-cli uses too: the same order, the same rule when the
    // provider refuses (forgotten here, reported as not confirmed).
    auto* job = new SignOutJob(m_context->network(), m_context->secrets(), connection,
                               action == Action::SignOut ? SignOutJob::Purpose::SignOut
                                                         : SignOutJob::Purpose::Revoke,
                               tokens, this);
    job->setHistoryHome(m_context->connections().home());
    const QString name = connection.name;
    connect(job, &Job::finished, this, [this, name, action, job] {
        const bool ok = job->error() == Job::NoError;
        const TokenSet left = job->remaining().tokens;
        QString text = job->errorText();
        if (ok && action == Action::SignOut) {
            text = tr("Signed out of \"%1\".").arg(name);
        } else if (ok) {
            text = left.accessToken.isEmpty() && left.refreshToken.isEmpty()
                ? tr("Revoked: \"%1\" has no tokens left; sign in again to use it.").arg(name)
                : tr("Revoked.");
        }
        // Finished only once the cache holds what the job saved, so that the
        // next action never starts from the old tokens.
        m_registry->reloadSecrets(name, std::nullopt,
                                  [self = QPointer<ConnectionActions>(this), name, action, ok,
                                   text](bool, const QString&) {
                                      if (self) {
                                          self->report(name, action, ok, text);
                                      }
                                  });
    });
    job->start();
}

void ConnectionActions::introspect(const QString& name)
{
    begin(name, Action::Introspect,
          [=, this](const Connection& connection, const ConnectionSecrets& secrets) {
              if (connection.endpoints.introspection.isEmpty()) {
                  report(name, Action::Introspect, false,
                         tr("The provider of \"%1\" has no introspection endpoint.").arg(name));
                  return;
              }
              const bool access = !secrets.tokens.accessToken.isEmpty();
              const QString token =
                  access ? secrets.tokens.accessToken : secrets.tokens.refreshToken;
              if (token.isEmpty()) {
                  report(name, Action::Introspect, false, tr("There is no token to ask about."));
                  return;
              }
              auto* job = new IntrospectionJob(
                  m_context->network(), connection.endpoints.introspection, connection.client,
                  secrets.clientSecret, token,
                  access ? QStringLiteral("access_token") : QStringLiteral("refresh_token"), this);
              connect(job, &Job::finished, this, [this, name, job] {
                  if (job->error() != Job::NoError) {
                      report(name, Action::Introspect, false, job->errorText());
                      return;
                  }
                  Q_EMIT introspected(name, job->isActive(), job->details());
                  report(name, Action::Introspect, true,
                         job->isActive() ? tr("The provider says the token is active.")
                                         : tr("The provider says the token is not active (expired, "
                                              "revoked or unknown)."));
              });
              job->start();
          });
}

void ConnectionActions::verify(const QString& name, const QByteArray& token, bool isIdToken)
{
    const std::optional<Connection> connection = m_registry->connection(name);
    if (!connection || connection->endpoints.jwks.isEmpty()) {
        report(name, Action::Verify, false,
               tr("The provider publishes no signing keys (JWKS), so the signature cannot be "
                  "checked here."));
        return;
    }
    Q_EMIT started(name, Action::Verify);
    JwtVerifier::Expectations expectations;
    expectations.issuer = connection->endpoints.issuer;
    if (isIdToken) {
        expectations.audience = connection->client.clientId;
        expectations.isIdToken = true;
    }
    auto* job = new TokenVerificationJob(m_context->network(), connection->endpoints.jwks, token,
                                         expectations, this);
    job->setTimeout(std::chrono::seconds(30));
    connect(job, &Job::finished, this, [this, name, token, job] {
        if (job->error() != Job::NoError && job->error() != TokenVerificationJob::NotVerified) {
            report(name, Action::Verify, false, job->errorText());
            return;
        }
        Q_EMIT verified(name, token, job->verification());
        // A verdict was reached, valid or not: verified() carries it.
        report(name, Action::Verify, true, job->verification().message);
    });
    job->start();
}
