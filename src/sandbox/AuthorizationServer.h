// The browser side of the sandbox's OAuth 2.0 / OIDC provider: discovery,
// /authorize with its sign-in and consent pages, JWKS, logout and userinfo.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "sandbox/BearerAuthenticator.h"
#include "sandbox/SandboxContext.h"

#include <optional>

class AuthorizationServer
{
public:
    explicit AuthorizationServer(SandboxContext& context);

    // The response for paths this part serves; nullopt for any other path.
    std::optional<HttpResponse> handle(const HttpRequest& request);

private:
    // One /authorize request waiting for the user to sign in and consent.
    struct Transaction
    {
        QString clientId;
        QString redirectUri;
        QStringList scopes;
        QString state;
        QString codeChallenge;
        QString nonce;
        QString userId;
        qint64 createdAt = 0;
    };

    HttpResponse discovery() const;
    HttpResponse keys() const;
    HttpResponse authorize(const HttpRequest& request);
    HttpResponse login(const HttpRequest& request);
    HttpResponse showConsent(const HttpRequest& request);
    HttpResponse decideConsent(const HttpRequest& request);
    HttpResponse logout(const HttpRequest& request);
    HttpResponse userInfo(const HttpRequest& request) const;

    std::optional<HttpResponse> rejectAuthorizeRequest(const HttpRequest& request,
                                                       Transaction* transaction) const;
    HttpResponse redirectWithError(const Transaction& transaction, const QString& error,
                                   const QString& description) const;
    HttpResponse redirectWithCode(const Transaction& transaction);
    HttpResponse consentPage(const QString& id, const Transaction& transaction) const;
    QString sessionUser(const HttpRequest& request) const;

    SandboxContext& m_context;
    BearerAuthenticator m_bearer;
    QHash<QString, Transaction> m_transactions;
};
