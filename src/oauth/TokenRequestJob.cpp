#include "oauth/TokenRequestJob.h"

#include "core/Clock.h"

#include <QDateTime>

TokenRequestJob::TokenRequestJob(QNetworkAccessManager* network, const QUrl& tokenEndpoint,
                                 const ClientRegistration& client, const QString& clientSecret,
                                 const Fields& fields, QObject* parent)
    : OAuthRequestJob(network, tokenEndpoint, client, clientSecret,
                      fields + client.extraTokenParameters, parent)
    , m_requestedScopes(client.scopes)
{ }

TokenSet TokenRequestJob::tokens() const
{
    return m_tokens;
}

OAuthRequestJob::Fields TokenRequestJob::authorizationCodeFields(const QString& code,
                                                                 const QString& redirectUri,
                                                                 const QString& verifier)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), redirectUri},
            {QStringLiteral("code_verifier"), verifier}};
}

OAuthRequestJob::Fields TokenRequestJob::refreshFields(const QString& refreshToken,
                                                       const QStringList& scopes)
{
    // RFC 6749 §6: no redirect_uri on refresh.
    Fields fields{{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                  {QStringLiteral("refresh_token"), refreshToken}};
    if (!scopes.isEmpty()) {
        fields.append({QStringLiteral("scope"), scopes.join(u' ')});
    }
    return fields;
}

OAuthRequestJob::Fields TokenRequestJob::clientCredentialsFields(const QStringList& scopes)
{
    return {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
            {QStringLiteral("scope"), scopes.join(u' ')}};
}

OAuthRequestJob::Fields TokenRequestJob::appTokenFields(const ClientRegistration& client)
{
    if (client.grantType == QLatin1String("client_credentials")) {
        return clientCredentialsFields(client.scopes);
    }
    return {{QStringLiteral("grant_type"), client.grantType},
            {QStringLiteral("scope"), client.scopes.join(u' ')}};
}

void TokenRequestJob::acceptResponse()
{
    QString problem;
    m_tokens = TokenSet::fromResponse(response(), Clock::now(), m_requestedScopes, &problem);
    if (m_tokens.isEmpty()) {
        failWith(MalformedResponse, problem);
        return;
    }
    emitResult();
}
