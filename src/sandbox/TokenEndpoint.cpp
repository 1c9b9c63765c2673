#include "sandbox/TokenEndpoint.h"

#include "oauth/ApsScopes.h"
#include "oauth/Pkce.h"
#include "sandbox/OAuthErrors.h"

#include <QJsonArray>

namespace {

HttpResponse invalidRequest(const QString& description)
{
    return OAuthErrors::oauth(400, QStringLiteral("invalid_request"), description);
}

HttpResponse invalidGrant(const QString& description)
{
    return OAuthErrors::oauth(400, QStringLiteral("invalid_grant"), description);
}

HttpResponse missingParameter(const char* name)
{
    return invalidRequest(QStringLiteral("The request is missing a required parameter '%1'.")
                              .arg(QLatin1String(name)));
}

} // namespace

TokenEndpoint::TokenEndpoint(SandboxContext& context)
    : m_context(context)
{ }

std::optional<HttpResponse> TokenEndpoint::handle(const HttpRequest& request)
{
    const QString path = request.path();
    using Method = HttpResponse (TokenEndpoint::*)(Call&);
    Method method = nullptr;
    if (path == QLatin1String("/authentication/v2/token")) {
        method = &TokenEndpoint::token;
    } else if (path == QLatin1String("/authentication/v2/introspect")) {
        method = &TokenEndpoint::introspect;
    } else if (path == QLatin1String("/authentication/v2/revoke")) {
        method = &TokenEndpoint::revoke;
    } else {
        return std::nullopt;
    }
    if (request.method != "POST") {
        HttpResponse response = invalidRequest(QStringLiteral("Use POST."));
        response.status = 405;
        response.setHeader("Allow", "POST");
        return response;
    }
    Call call;
    if (std::optional<HttpResponse> refusal = admit(request, &call)) {
        return refusal;
    }
    return (this->*method)(call);
}

std::optional<HttpResponse> TokenEndpoint::admit(const HttpRequest& request, Call* call) const
{
    call->request = &request;
    const QByteArray contentType = request.header("content-type").toLower();
    if (!contentType.startsWith("application/x-www-form-urlencoded")) {
        return invalidRequest(
            QStringLiteral("The body must be application/x-www-form-urlencoded."));
    }
    for (const auto& [name, value] : request.formFields()) {
        // RFC 6749 §3.2: a parameter must not be sent twice.
        if (call->fields.contains(name)) {
            return invalidRequest(
                QStringLiteral("The parameter '%1' was sent more than once.").arg(name));
        }
        call->fields.insert(name, value);
    }
    return authenticateClient(call);
}

std::optional<HttpResponse> TokenEndpoint::authenticateClient(Call* call) const
{
    const QByteArray authorization = call->request->header("authorization");
    QString clientId = call->fields.value(QStringLiteral("client_id"));
    QString secret = call->fields.value(QStringLiteral("client_secret"));
    const bool usesHeader = !authorization.isEmpty();
    if (usesHeader) {
        if (call->fields.contains(QStringLiteral("client_id"))
            || call->fields.contains(QStringLiteral("client_secret"))) {
            return invalidRequest(QStringLiteral("The 'client_id' is not supported in the request "
                                                 "body when Authorization headers are present."));
        }
        const QByteArray decoded = authorization.startsWith("Basic ")
            ? QByteArray::fromBase64(authorization.mid(6).trimmed())
            : QByteArray();
        const qsizetype colon = decoded.indexOf(':');
        // RFC 6749 §2.3.1: both halves are form-urlencoded before Base64.
        const auto formDecode = [](QByteArray part) {
            return QUrl::fromPercentEncoding(part.replace('+', ' '));
        };
        clientId = colon < 0 ? QString() : formDecode(decoded.left(colon));
        secret = colon < 0 ? QString() : formDecode(decoded.mid(colon + 1));
    }
    const auto unauthorized = [usesHeader](const QString& description) {
        HttpResponse response =
            OAuthErrors::oauth(401, QStringLiteral("invalid_client"), description);
        if (usesHeader) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"grantline-sandbox\"");
        }
        return response;
    };
    if (clientId.isEmpty()) {
        return unauthorized(QStringLiteral("No client credentials found."));
    }
    call->app = m_context.apps.find(clientId);
    if (!call->app) {
        return unauthorized(QStringLiteral("The client credentials are invalid."));
    }
    if (call->app->isConfidential() && secret.isEmpty()) {
        return unauthorized(QStringLiteral("No client credentials found."));
    }
    // A public app has no secret, so it never sends an Authorization header.
    if (secret != call->app->clientSecret || (usesHeader && !call->app->isConfidential())) {
        return unauthorized(QStringLiteral("The client credentials are invalid."));
    }
    return std::nullopt;
}

HttpResponse TokenEndpoint::token(Call& call)
{
    m_context.count(QStringLiteral("token_requests"));
    m_context.tokens.forgetExpired(SandboxContext::now());
    const QString grantType = call.fields.value(QStringLiteral("grant_type"));
    if (grantType.isEmpty()) {
        return invalidRequest(QStringLiteral("The token request must specify a valid "
                                             "'grant_type'."));
    }
    const bool known = grantType == QLatin1String("authorization_code")
        || grantType == QLatin1String("refresh_token")
        || grantType == QLatin1String("client_credentials");
    if (!known) {
        return OAuthErrors::oauth(
            400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("The grant type '%1' is not supported.").arg(grantType));
    }
    if (!call.app->allowsGrant(grantType)) {
        return OAuthErrors::oauth(400, QStringLiteral("unauthorized_client"),
                                  QStringLiteral("This app type may not use '%1'.").arg(grantType));
    }
    if (grantType == QLatin1String("authorization_code")) {
        return authorizationCodeGrant(call);
    }
    if (grantType == QLatin1String("refresh_token")) {
        return refreshTokenGrant(call);
    }
    return clientCredentialsGrant(call);
}

HttpResponse TokenEndpoint::authorizationCodeGrant(const Call& call)
{
    const QString code = call.fields.value(QStringLiteral("code"));
    const QString redirectUri = call.fields.value(QStringLiteral("redirect_uri"));
    if (code.isEmpty()) {
        return missingParameter("code");
    }
    if (redirectUri.isEmpty()) {
        return missingParameter("redirect_uri");
    }
    TokenRegistry::PendingCode pending;
    const auto redemption = m_context.tokens.redeemCode(code, SandboxContext::now(), &pending);
    if (redemption != TokenRegistry::Redemption::Redeemed) {
        m_context.count(redemption == TokenRegistry::Redemption::AlreadyRedeemed
                            ? QStringLiteral("codes_reused")
                            : QStringLiteral("codes_rejected"));
        return invalidGrant(QStringLiteral("The authorization code is invalid or has expired."));
    }
    if (pending.grant.clientId != call.app->clientId) {
        return invalidGrant(QStringLiteral("The grant was issued to another client."));
    }
    if (pending.redirectUri != redirectUri) {
        return invalidGrant(QStringLiteral("The 'redirect_uri' is invalid."));
    }
    if (!pending.codeChallenge.isEmpty()) {
        const QString verifier = call.fields.value(QStringLiteral("code_verifier"));
        if (verifier.isEmpty()) {
            return missingParameter("code_verifier");
        }
        if (!Pkce::isValidVerifier(verifier)
            || Pkce::challengeFor(verifier) != pending.codeChallenge) {
            m_context.count(QStringLiteral("pkce_failures"));
            return invalidGrant(QStringLiteral("PKCE verification failed."));
        }
    }
    return issueTokens(call, pending.grant, true, pending.nonce);
}

HttpResponse TokenEndpoint::refreshTokenGrant(const Call& call)
{
    const QString refreshToken = call.fields.value(QStringLiteral("refresh_token"));
    if (refreshToken.isEmpty()) {
        return missingParameter("refresh_token");
    }
    const TokenRegistry::RefreshToken* stored =
        m_context.tokens.activeRefreshToken(refreshToken, SandboxContext::now());
    if (!stored || stored->grant.clientId != call.app->clientId) {
        m_context.count(QStringLiteral("refresh_rejected"));
        return invalidGrant(QStringLiteral("The refresh token is invalid or expired."));
    }
    TokenRegistry::Grant grant = stored->grant;
    const QStringList requested =
        call.fields.value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts);
    for (const QString& scope : requested) {
        if (!grant.scopes.contains(scope)) {
            return OAuthErrors::oauth(400, QStringLiteral("invalid_scope"),
                                      QStringLiteral("The requested scope is invalid, unknown, "
                                                     "malformed or exceeds the scope granted by "
                                                     "the resource owner."));
        }
    }
    if (!requested.isEmpty()) {
        grant.scopes = requested;
    }
    // Rotation: the old refresh token dies before the new one exists.
    m_context.tokens.retireRefreshToken(refreshToken);
    m_context.count(QStringLiteral("refresh_rotations"));
    return issueTokens(call, grant, true, QString());
}

HttpResponse TokenEndpoint::clientCredentialsGrant(const Call& call)
{
    const QStringList scopes =
        call.fields.value(QStringLiteral("scope")).split(u' ', Qt::SkipEmptyParts);
    const auto invalidScope = [] {
        return OAuthErrors::oauth(400, QStringLiteral("invalid_scope"),
                                  QStringLiteral("The requested scope is invalid, unknown, "
                                                 "malformed or exceeds the scope granted by the "
                                                 "resource owner."));
    };
    if (scopes.isEmpty() || scopes.size() > ApsScopes::kMaxScopes) {
        return invalidScope();
    }
    for (const QString& scope : scopes) {
        // An app token has no user, so it cannot carry openid.
        if (!ApsScopes::isKnown(scope) || scope == QLatin1String("openid")) {
            return invalidScope();
        }
    }
    const TokenRegistry::Grant grant{call.app->clientId, QString(), scopes, QString()};
    return issueTokens(call, grant, false, QString());
}

HttpResponse TokenEndpoint::issueTokens(const Call& call, const TokenRegistry::Grant& grant,
                                        bool withRefreshToken, const QString& nonce)
{
    const int lifetime = accessTokenLifetime(*call.request);
    QString jti;
    QJsonObject body{
        {QStringLiteral("access_token"),
         QString::fromLatin1(signAccessToken(grant, SandboxContext::now() + lifetime, &jti))},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), lifetime},
    };
    if (withRefreshToken) {
        body.insert(
            QStringLiteral("refresh_token"),
            m_context.tokens.issueRefreshToken(
                grant, SandboxContext::now() + m_context.settings.refreshTokenLifetimeSeconds));
    }
    if (!nonce.isEmpty() && grant.scopes.contains(QStringLiteral("openid"))) {
        body.insert(QStringLiteral("id_token"), QString::fromLatin1(signIdToken(grant, nonce)));
    }
    m_context.count(QStringLiteral("tokens_issued"));
    HttpResponse response = HttpResponse::json(200, QJsonDocument(body));
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Pragma", "no-cache");
    return response;
}

QByteArray TokenEndpoint::signAccessToken(const TokenRegistry::Grant& grant, qint64 expiresAt,
                                          QString* jti)
{
    *jti = TokenRegistry::randomToken(32);
    QJsonObject claims{
        {QStringLiteral("scope"), QJsonArray::fromStringList(grant.scopes)},
        {QStringLiteral("client_id"), grant.clientId},
        {QStringLiteral("iss"), m_context.issuer()},
        {QStringLiteral("aud"), QStringLiteral("https://autodesk.com")},
        {QStringLiteral("jti"), *jti},
        {QStringLiteral("exp"), expiresAt},
    };
    if (!grant.userId.isEmpty()) {
        claims.insert(QStringLiteral("userid"), grant.userId);
    }
    m_context.tokens.recordAccessToken(*jti, grant, expiresAt);
    return m_context.key.signJwt(claims);
}

QByteArray TokenEndpoint::signIdToken(const TokenRegistry::Grant& grant, const QString& nonce) const
{
    const SandboxSettings::DemoUser& user = m_context.settings.user;
    const qint64 now = SandboxContext::now();
    return m_context.key.signJwt(QJsonObject{
        {QStringLiteral("iss"), m_context.issuer()},
        {QStringLiteral("aud"), grant.clientId},
        {QStringLiteral("sub"), grant.userId},
        {QStringLiteral("userid"), grant.userId},
        {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + 3600},
        {QStringLiteral("nonce"), nonce},
        {QStringLiteral("user_name"), user.username},
        {QStringLiteral("user_email"), user.username},
        {QStringLiteral("first_name"), user.givenName},
        {QStringLiteral("last_name"), user.familyName},
    });
}

int TokenEndpoint::accessTokenLifetime(const HttpRequest& request) const
{
    // Tests ask for short-lived tokens per request with ?sandbox_token_lifetime=N.
    bool ok = false;
    const int requested = request.queryValue(QStringLiteral("sandbox_token_lifetime")).toInt(&ok);
    if (ok && requested > 0) {
        m_context.count(QStringLiteral("fault_token_lifetime"));
        return requested;
    }
    return m_context.settings.accessTokenLifetimeSeconds;
}

QString TokenEndpoint::accessTokenId(const QString& token) const
{
    const std::optional<QJsonObject> claims = m_context.key.verifiedClaims(token.toLatin1());
    return claims ? claims->value(QStringLiteral("jti")).toString() : QString();
}

HttpResponse TokenEndpoint::introspect(Call& call)
{
    m_context.count(QStringLiteral("introspections"));
    const QString token = call.fields.value(QStringLiteral("token"));
    if (token.isEmpty()) {
        return missingParameter("token");
    }
    const qint64 now = SandboxContext::now();
    const QString jti = accessTokenId(token);
    const TokenRegistry::AccessToken* access = m_context.tokens.accessToken(jti);
    const TokenRegistry::RefreshToken* refresh = m_context.tokens.activeRefreshToken(token, now);
    const TokenRegistry::Grant* grant = nullptr;
    qint64 expiresAt = 0;
    if (access && m_context.tokens.isAccessTokenActive(jti, now)) {
        grant = &access->grant;
        expiresAt = access->expiresAt;
    } else if (refresh) {
        grant = &refresh->grant;
        expiresAt = refresh->expiresAt;
    }
    // Another client's token is none of this client's business.
    if (!grant || grant->clientId != call.app->clientId) {
        return HttpResponse::json(200,
                                  QJsonDocument(QJsonObject{{QStringLiteral("active"), false}}));
    }
    QJsonObject body{
        {QStringLiteral("active"), true},
        {QStringLiteral("scope"), grant->scopes.join(u' ')},
        {QStringLiteral("client_id"), grant->clientId},
        {QStringLiteral("exp"), expiresAt},
    };
    if (!grant->userId.isEmpty()) {
        body.insert(QStringLiteral("userid"), grant->userId);
    }
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse TokenEndpoint::revoke(Call& call)
{
    const QString token = call.fields.value(QStringLiteral("token"));
    if (token.isEmpty()) {
        return missingParameter("token");
    }
    const QString jti = accessTokenId(token);
    const TokenRegistry::AccessToken* access = m_context.tokens.accessToken(jti);
    if (access && access->grant.clientId == call.app->clientId) {
        m_context.tokens.revokeAccessToken(jti);
        m_context.count(QStringLiteral("revocations"));
    }
    const TokenRegistry::RefreshToken* refresh =
        m_context.tokens.activeRefreshToken(token, SandboxContext::now());
    if (refresh && refresh->grant.clientId == call.app->clientId) {
        m_context.tokens.revokeRefreshToken(token, m_context.settings.cascadeRefreshRevocation);
        m_context.count(QStringLiteral("revocations"));
    }
    // RFC 7009 §2.2: 200 even for unknown tokens.
    HttpResponse response;
    response.status = 200;
    return response;
}
