#include "sandbox/BearerAuthenticator.h"

#include "sandbox/OAuthErrors.h"

#include <QJsonArray>

BearerAuthenticator::BearerAuthenticator(SandboxContext& context)
    : m_context(context)
{ }

std::optional<QJsonObject> BearerAuthenticator::verifiedClaims(const QByteArray& token) const
{
    if (const auto known = m_verified.constFind(token); known != m_verified.constEnd()) {
        return *known;
    }
    std::optional<QJsonObject> claims = m_context.key.verifiedClaims(token);
    if (claims) {
        if (m_verified.size() >= 64) {
            m_verified.clear();
        }
        m_verified.insert(token, *claims);
    }
    return claims;
}

BearerAuthenticator::Result BearerAuthenticator::check(const HttpRequest& request,
                                                       const QString& requiredScope) const
{
    Result result;
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7) {
        m_context.count(QStringLiteral("auth_missing"));
        result.refusal = OAuthErrors::gateway(401, QStringLiteral("AUTH-006"),
                                              QStringLiteral("The access token is missing."));
        result.refusal->setHeader("WWW-Authenticate", "Bearer");
        return result;
    }
    const std::optional<QJsonObject> claims = verifiedClaims(authorization.mid(7).trimmed());
    const QString jti = claims ? claims->value(QStringLiteral("jti")).toString() : QString();
    if (!claims || !m_context.tokens.isAccessTokenActive(jti, SandboxContext::now())) {
        m_context.count(QStringLiteral("auth_rejected"));
        result.refusal = OAuthErrors::gateway(
            401, QStringLiteral("AUTH-006"),
            QStringLiteral("The access token provided is invalid or has expired."));
        result.refusal->setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        return result;
    }
    const QJsonArray scopes = claims->value(QStringLiteral("scope")).toArray();
    if (!requiredScope.isEmpty() && !scopes.contains(requiredScope)) {
        m_context.count(QStringLiteral("auth_insufficient_scope"));
        result.refusal = OAuthErrors::gateway(
            403, QStringLiteral("AUTH-010"),
            QStringLiteral("The access token does not have the required privileges (%1).")
                .arg(requiredScope));
        return result;
    }
    result.claims = *claims;
    return result;
}
