// An app registered with the sandbox, as a developer would create it in the
// APS portal: a type, a client ID, maybe a secret, and its callback URLs.
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

struct RegisteredApp
{
    enum class Type {
        // "Desktop, Mobile, Single-Page App": no secret, PKCE required.
        Public,
        // "Traditional Web App": secret, code and client-credentials grants.
        Confidential,
        // "Server-to-Server App": secret, client credentials only.
        ServerToServer,
    };

    QString name;
    Type type = Type::Public;
    QString clientId;
    QString clientSecret;
    QStringList callbackUrls;
    QStringList logoutUrls;

    bool isConfidential() const;
    bool allowsGrant(const QString& grantType) const;

    QJsonObject toJson(bool includeSecret) const;
    // Reads one app; on error returns false with a sentence naming the field.
    static bool fromJson(const QJsonObject& json, RegisteredApp* app, QString* errorString);

    static QString typeName(Type type);
};
