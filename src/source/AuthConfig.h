// How requests authenticate, as a pipeline file says it: dlt's auth types
// (bearer, api_key, http_basic, oauth2_client_credentials) plus
// oauth2_authorization_code, which uses a Grantline connection's sign-in.
// Secret fields hold "{secrets.NAME}" references, never the secret itself.
#pragma once

#include "source/ConfigSection.h"

#include <QJsonObject>
#include <QString>

#include <optional>

struct AuthConfig
{
    QString type;
    // The fields as written (secret references unresolved), type excluded.
    QJsonObject fields;

    static QStringList types();
    // The fields of a type that hold secrets and so must be references.
    static QStringList secretFields(const QString& type);
    // "{secrets.NAME}" and nothing else.
    static bool isSecretReference(const QString& value);
    static std::optional<AuthConfig> read(const QJsonValue& value, const QString& path,
                                          ConfigProblems* problems);
    // The names of the secrets it needs ("github_token"), in field order.
    QStringList secretNames() const;
    QJsonObject toJson() const;
};
