// What a person can do to a signed-in connection — refresh, revoke, sign out,
// introspect, verify — as background jobs whose outcome comes back as a
// sentence. Shared by the token inspector and the navigation's context menu.
#pragma once

#include "oauth/JwtVerifier.h"
#include "oauth/SignOutJob.h"

#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <functional>

class AppContext;
class ConnectionRegistry;
struct Connection;
struct ConnectionSecrets;

class ConnectionActions : public QObject
{
    Q_OBJECT

public:
    enum class Action { Refresh, Revoke, SignOut, Introspect, Verify };
    Q_ENUM(Action)

    explicit ConnectionActions(AppContext* context, QObject* parent = nullptr);
    ~ConnectionActions() override;

    // A new access token now, with the refresh token (or the app's credentials).
    void refresh(const QString& name);
    // RFC 7009, the refresh token first: the provider then ends the grant.
    void revoke(const QString& name, bool accessToken, bool refreshToken);
    // Revokes both (when the provider can), forgets the tokens, and opens
    // the provider's logout page when it has one.
    void signOut(const QString& name);
    // RFC 7662 on the access token (or the refresh token when there is none).
    void introspect(const QString& name);
    // The token's signature against the provider's JWKS.
    void verify(const QString& name, const QByteArray& token, bool isIdToken);

Q_SIGNALS:
    void started(const QString& name, ConnectionActions::Action action);
    void finished(const QString& name, ConnectionActions::Action action, bool ok,
                  const QString& message);
    void introspected(const QString& name, bool active, const QJsonObject& details);
    void verified(const QString& name, const QByteArray& token,
                  const JwtVerification& verification);

private:
    using Then = std::function<void(const Connection&, const ConnectionSecrets&)>;
    // Marks the connection busy, reads its keychain entry afresh, then runs
    // the action on it; reports and frees the connection when it cannot.
    void begin(const QString& name, Action action, Then then);
    // Revokes and forgets the tokens through the job the CLI uses too.
    void endTokens(const Connection& connection, Action action, SignOutJob::Tokens tokens);
    void report(const QString& name, Action action, bool ok, const QString& message);

    AppContext* m_context;
    ConnectionRegistry* m_registry;
    // The connections this object has marked busy in the registry.
    QSet<QString> m_running;
};
