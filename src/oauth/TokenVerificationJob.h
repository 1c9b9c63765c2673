// Fetches the provider's JWKS and verifies a token against it; when the key
// is not found, fetches once more, since the provider may have rotated keys.
#pragma once

#include "core/Job.h"
#include "oauth/JwtVerifier.h"

#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

class TokenVerificationJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // The JWKS could not be fetched or read.
        KeysUnavailable = UserError,
        // The token failed verification; verification() says how.
        NotVerified,
    };
    Q_ENUM(Error)

    TokenVerificationJob(QNetworkAccessManager* network, const QUrl& jwksUrl,
                         const QByteArray& token, const JwtVerifier::Expectations& expectations,
                         QObject* parent = nullptr);

    JwtVerification verification() const;
    int fetchCount() const;

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    void fetch();
    void onFetched();

    QNetworkAccessManager* m_network;
    QUrl m_jwksUrl;
    QByteArray m_token;
    JwtVerifier::Expectations m_expectations;
    QPointer<QNetworkReply> m_reply;
    JwtVerification m_verification;
    int m_fetches = 0;
};
