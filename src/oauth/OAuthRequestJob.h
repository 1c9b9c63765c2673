// One form POST to a provider's back channel (token, introspection or
// revocation endpoint) with the app's client authentication, and the answer
// sorted into success or an error a person can act on.
#pragma once

#include "core/Job.h"
#include "oauth/ClientRegistration.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

class OAuthRequestJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        NetworkFailed = UserError,
        // An HTML page, a redirect, or JSON that is not what OAuth promises.
        MalformedResponse,
        ServerFailed,
        RateLimited,
        InvalidRequest,
        InvalidClient,
        InvalidGrant,
        UnauthorizedClient,
        UnsupportedGrantType,
        InvalidScope,
        UnsupportedTokenType,
        OtherProviderError,
    };
    Q_ENUM(Error)

    using Fields = QList<QPair<QString, QString>>;

    OAuthRequestJob(QNetworkAccessManager* network, const QUrl& endpoint,
                    const ClientRegistration& client, const QString& clientSecret,
                    const Fields& fields, QObject* parent = nullptr);

    int httpStatus() const;
    // The JSON answer on success (empty for an empty 200, as /revoke sends).
    QJsonObject response() const;
    // The provider's own error code ("invalid_grant"), when it sent one.
    QString providerError() const;

    // The form body and headers as they would be sent; for tests of client
    // authentication encoding.
    static QByteArray basicCredentials(const QString& clientId, const QString& secret);

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;
    // Checks a 200 answer; subclasses that need more than JSON override it.
    virtual void acceptResponse();
    // Whether a 2xx answer must be a JSON object (false: its status says it all).
    virtual bool needsJsonAnswer() const;

    void failWith(int error, const QString& text);

private:
    void onFinished();
    void classifyProviderError(int status, const QJsonObject& body);

    QNetworkAccessManager* m_network;
    QUrl m_endpoint;
    ClientRegistration m_client;
    QString m_secret;
    Fields m_fields;
    QPointer<QNetworkReply> m_reply;
    int m_status = 0;
    QJsonObject m_response;
    QString m_providerError;
};
