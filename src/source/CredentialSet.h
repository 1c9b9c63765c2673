// The credentials of one run: secret values already looked up, a way to
// reach Grantline connections, and one RequestAuth per distinct auth config —
// so resources that share the client's auth share its token too.
#pragma once

#include "source/AuthConfig.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QString>

#include <memory>

class ConnectionStore;
class QNetworkAccessManager;
class RequestAuth;
class SecretStore;

class CredentialSet
{
    Q_DECLARE_TR_FUNCTIONS(CredentialSet)

public:
    // connections and secrets may be null when no config uses a connection.
    CredentialSet(QNetworkAccessManager* network, const QHash<QString, QString>& secretValues,
                  const ConnectionStore* connections, SecretStore* secrets);
    ~CredentialSet();

    // The auth for a config (the same object for the same config), or
    // nullptr with a sentence when it cannot be built.
    RequestAuth* authFor(const AuthConfig& config, QString* error);
    // {"secrets.NAME": value}, for "{secrets.NAME}" in headers.
    QHash<QString, QJsonValue> secretPlaceholders() const;
    // Every secret value, for hiding wherever requests are shown.
    QList<QByteArray> secretValues() const;

private:
    std::optional<QString> field(const AuthConfig& config, const QString& name,
                                 QString* error) const;
    std::unique_ptr<RequestAuth> build(const AuthConfig& config, QString* error);

    QNetworkAccessManager* m_network;
    QHash<QString, QString> m_secretValues;
    const ConnectionStore* m_connections;
    SecretStore* m_secrets;
    std::vector<std::unique_ptr<RequestAuth>> m_auths;
    QHash<QByteArray, RequestAuth*> m_byConfig;
};
