// OpenID Connect userinfo: who signed in, asked with the access token.
#pragma once

#include "core/Job.h"

#include <QJsonObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

class UserInfoJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // 401: expired, revoked, or an app token without a user.
        NotAuthorized = UserError,
        Failed,
    };
    Q_ENUM(Error)

    UserInfoJob(QNetworkAccessManager* network, const QUrl& endpoint, const QString& accessToken,
                QObject* parent = nullptr);

    QJsonObject profile() const;
    // The best name to show: name, then preferred_username, email, sub.
    QString displayName() const;
    // The same rule for any set of OpenID Connect claims (an ID token's).
    static QString displayNameOf(const QJsonObject& claims);

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    void onFinished();

    QNetworkAccessManager* m_network;
    QUrl m_endpoint;
    QString m_accessToken;
    QPointer<QNetworkReply> m_reply;
    QJsonObject m_profile;
};
