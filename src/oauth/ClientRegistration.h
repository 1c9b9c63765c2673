// The app a user registered with a provider, as Grantline needs to know it:
// the client ID, its type, how it authenticates at the token endpoint, the
// scopes and redirect URI. The client secret is never part of it: that lives
// in the keychain.
#pragma once

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

struct ClientRegistration
{
    enum class ClientType { Public, Confidential, ServerToServer };
    enum class TokenAuth { ClientSecretBasic, ClientSecretPost, None };

    QString clientId;
    ClientType type = ClientType::Public;
    TokenAuth tokenAuth = TokenAuth::None;
    QStringList scopes;
    // Empty: http://127.0.0.1:<any free port>/callback.
    QString redirectUri;
    QString grantType = QStringLiteral("authorization_code");
    // For providers that want more than the standard fields.
    QList<QPair<QString, QString>> extraTokenParameters;

    bool needsSecret() const
    {
        return tokenAuth != TokenAuth::None;
    }
    // A person signs in (in the browser); otherwise the app gets its own
    // tokens (client credentials or a custom grant), which are not refreshed.
    bool isUserGrant() const
    {
        return grantType == QLatin1String("authorization_code");
    }

    // What an app of this type does unless told otherwise: public apps send
    // no secret, the others send it with HTTP Basic; server-to-server apps
    // get app tokens (client credentials), the others sign a person in.
    static TokenAuth defaultTokenAuth(ClientType type);
    static QString defaultGrantType(ClientType type);

    QJsonObject toJson() const;
    static ClientRegistration fromJson(const QJsonObject& json);
    static QString tokenAuthName(TokenAuth method);
    static QString clientTypeName(ClientType type);
};
