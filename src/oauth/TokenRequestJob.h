// A request to the token endpoint whose answer must be a token set: used for
// the code exchange, refresh, client credentials and custom grants.
#pragma once

#include "oauth/OAuthRequestJob.h"
#include "oauth/TokenSet.h"

class TokenRequestJob : public OAuthRequestJob
{
    Q_OBJECT

public:
    TokenRequestJob(QNetworkAccessManager* network, const QUrl& tokenEndpoint,
                    const ClientRegistration& client, const QString& clientSecret,
                    const Fields& fields, QObject* parent = nullptr);

    // Valid once finished without error.
    TokenSet tokens() const;

    // The fields of the standard grants.
    static Fields authorizationCodeFields(const QString& code, const QString& redirectUri,
                                          const QString& verifier);
    static Fields refreshFields(const QString& refreshToken, const QStringList& scopes = {});
    static Fields clientCredentialsFields(const QStringList& scopes);
    // A token for the app itself: client credentials, or the custom grant a
    // non-standard provider wants (its extra fields come from the client).
    static Fields appTokenFields(const ClientRegistration& client);

protected:
    void acceptResponse() override;

private:
    TokenSet m_tokens;
    QStringList m_requestedScopes;
};
