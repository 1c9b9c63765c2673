// oauth2_authorization_code: a Grantline connection's sign-in as the API's
// credentials. The access token comes from AccessTokenJob, so it is
// refreshed before it expires, after a 401, with rotation saved to the
// keychain first — the same path every other part of Grantline takes.
#pragma once

#include "core/Job.h"
#include "http/RequestAuth.h"
#include "oauth/Connection.h"
#include "oauth/TokenSet.h"

#include <QDateTime>
#include <QObject>
#include <QString>

class QNetworkAccessManager;
class SecretStore;

class ConnectionAuth : public QObject, public RequestAuth
{
    Q_OBJECT

public:
    ConnectionAuth(QNetworkAccessManager* network, SecretStore* secrets,
                   const Connection& connection, QObject* parent = nullptr);

    // Where refreshes are recorded for the token timeline; empty: nowhere.
    void setHistoryHome(const QString& home);

    Job* prepare() override;
    bool needsRenewal() const override;
    void apply(QNetworkRequest& request, QUrl& url) const override;
    Job* renew() override;
    QString description() const override;
    QList<QByteArray> secrets() const override;

private:
    Job* fetch(bool forceRefresh);

    QNetworkAccessManager* m_network;
    SecretStore* m_secrets;
    Connection m_connection;
    TokenSet m_tokens;
    QString m_historyHome;
};
