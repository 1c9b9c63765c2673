// The tokens one sign-in or refresh produced, as the token endpoint sent them.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

struct TokenSet
{
    QString accessToken;
    QString tokenType;
    QString refreshToken;
    QString idToken;
    // What the provider granted; the requested scopes when it did not say.
    QStringList scopes;
    QDateTime obtainedAt;
    // Invalid when the provider sent no expires_in: the expiry is unknown.
    QDateTime expiresAt;

    bool isEmpty() const
    {
        return accessToken.isEmpty();
    }
    bool hasKnownExpiry() const
    {
        return expiresAt.isValid();
    }

    // RFC 6749 §5.1: access_token and a Bearer token_type are required.
    static TokenSet fromResponse(const QJsonObject& response, const QDateTime& now,
                                 const QStringList& requestedScopes, QString* errorString);

    // For the keychain entry only: this holds secrets.
    QJsonObject toJson() const;
    static TokenSet fromJson(const QJsonObject& json);
};
