// A connection: which provider, which registered app, saved as JSON in the
// Grantline home. It never holds a secret; those are in the keychain.
#pragma once

#include "oauth/ClientRegistration.h"
#include "oauth/ProviderEndpoints.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct Connection
{
    QString name;
    // "aps", "oidc", "manual" or "sandbox".
    QString provider;
    ProviderEndpoints endpoints;
    ClientRegistration client;
    QDateTime createdAt;

    QJsonObject toJson() const;
    // False with a sentence naming the field when the file is not usable.
    static bool fromJson(const QJsonObject& json, Connection* connection, QString* errorString);
    // Letters, digits, ".", "_" and "-", 1 to 64 characters: it names a file.
    static bool isValidName(const QString& name);
    static bool isKnownProvider(const QString& provider);
};
