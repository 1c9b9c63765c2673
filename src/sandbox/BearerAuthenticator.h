// Checks the bearer token of a resource request the way the APS gateway does:
// signature, expiry, revocation, scope.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "sandbox/SandboxContext.h"

#include <QHash>
#include <QJsonObject>
#include <optional>

class BearerAuthenticator
{
public:
    explicit BearerAuthenticator(SandboxContext& context);

    struct Result
    {
        // The token's claims when it is accepted.
        QJsonObject claims;
        // The 401/403 to send when it is not.
        std::optional<HttpResponse> refusal;
    };

    // requiredScope empty: any valid token will do.
    Result check(const HttpRequest& request, const QString& requiredScope) const;

private:
    std::optional<QJsonObject> verifiedClaims(const QByteArray& token) const;

    SandboxContext& m_context;
    // Tokens whose signature was checked: a signature never changes, so a
    // page request need not verify RSA again (expiry and revocation are
    // still checked every time). Bounded; cleared when full.
    mutable QHash<QByteArray, QJsonObject> m_verified;
};
