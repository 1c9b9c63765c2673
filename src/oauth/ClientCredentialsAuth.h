// dlt's oauth2_client_credentials, done better: one token per pipeline run
// shared by every resource (dlt fetches one per resource), renewed a minute
// before it expires and once after a 401. Credentials go in the form body
// (client_secret_post), as dlt sends them; access_token_request_data is
// merged on top, so it can add a scope or an audience or change the grant.
#pragma once

#include "core/Job.h"
#include "http/RequestAuth.h"

#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class TokenRequestJob;

class ClientCredentialsAuth : public QObject, public RequestAuth
{
    Q_OBJECT

public:
    struct Settings
    {
        QUrl tokenUrl;
        QString clientId;
        QString clientSecret;
        QJsonObject extraFields;
        qint64 defaultExpirySeconds = 3600;
    };

    ClientCredentialsAuth(QNetworkAccessManager* network, const Settings& settings,
                          QObject* parent = nullptr);

    Job* prepare() override;
    bool needsRenewal() const override;
    void apply(QNetworkRequest& request, QUrl& url) const override;
    Job* renew() override;
    QString description() const override;
    QList<QByteArray> secrets() const override;

    int tokensFetched() const;

private:
    Job* fetch();

    QNetworkAccessManager* m_network;
    Settings m_settings;
    QString m_token;
    QDateTime m_expiresAt;
    // Renew this long before the token runs out, so no request leaves with a
    // token that dies on the way (dlt renews only once it has expired).
    static constexpr qint64 kRenewLeadSeconds = 60;
    // How long before m_expiresAt the token is renewed.
    qint64 m_renewLeadSeconds = kRenewLeadSeconds;
    int m_fetched = 0;
    // A fetch already running, shared by everyone who asks meanwhile.
    QPointer<Job> m_fetching;
};
