// The back-channel side of the sandbox's provider: /token (authorization code
// with PKCE, refresh with rotation, client credentials), /introspect and
// /revoke, with APS's client-authentication rules and error messages.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "sandbox/SandboxContext.h"

#include <QJsonObject>
#include <optional>

class TokenEndpoint
{
public:
    explicit TokenEndpoint(SandboxContext& context);

    std::optional<HttpResponse> handle(const HttpRequest& request);

private:
    struct Call
    {
        const HttpRequest* request = nullptr;
        QHash<QString, QString> fields;
        const RegisteredApp* app = nullptr;
    };

    HttpResponse token(Call& call);
    HttpResponse introspect(Call& call);
    HttpResponse revoke(Call& call);

    // Parses the form and authenticates the client; a response means refusal.
    std::optional<HttpResponse> admit(const HttpRequest& request, Call* call) const;
    std::optional<HttpResponse> authenticateClient(Call* call) const;

    HttpResponse authorizationCodeGrant(const Call& call);
    HttpResponse refreshTokenGrant(const Call& call);
    HttpResponse clientCredentialsGrant(const Call& call);
    HttpResponse issueTokens(const Call& call, const TokenRegistry::Grant& grant,
                             bool withRefreshToken, const QString& nonce);
    QByteArray signAccessToken(const TokenRegistry::Grant& grant, qint64 expiresAt, QString* jti);
    QByteArray signIdToken(const TokenRegistry::Grant& grant, const QString& nonce) const;
    int accessTokenLifetime(const HttpRequest& request) const;
    // The access token's registry entry, if the text is a live token this key signed.
    QString accessTokenId(const QString& token) const;

    SandboxContext& m_context;
};
