// RFC 7009: asks the provider to revoke an access or refresh token. HTTP 200
// means done, also for a token the provider did not know, whatever the body
// (§2.2: the client ignores it; some providers answer "ok" or HTML).
#pragma once

#include "oauth/OAuthRequestJob.h"

class RevocationJob : public OAuthRequestJob
{
    Q_OBJECT

public:
    RevocationJob(QNetworkAccessManager* network, const QUrl& endpoint,
                  const ClientRegistration& client, const QString& clientSecret,
                  const QString& token, const QString& tokenTypeHint, QObject* parent = nullptr);

protected:
    bool needsJsonAnswer() const override;
};
