#include "sandbox/AuthorizationServer.h"

#include "oauth/ApsScopes.h"
#include "sandbox/OAuthErrors.h"
#include "sandbox/SandboxPages.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

const QByteArray kSessionCookie = "sandbox_session";

QString field(const QList<HttpRequest::Field>& fields, const QString& name)
{
    for (const auto& [key, value] : fields) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

} // namespace

AuthorizationServer::AuthorizationServer(SandboxContext& context)
    : m_context(context)
    , m_bearer(context)
{ }

std::optional<HttpResponse> AuthorizationServer::handle(const HttpRequest& request)
{
    const QString path = request.path();
    const bool get = request.method == "GET" || request.method == "HEAD";
    const bool post = request.method == "POST";
    if (path == QLatin1String("/.well-known/openid-configuration") && get) {
        return discovery();
    }
    if (path == QLatin1String("/authentication/v2/keys") && get) {
        return keys();
    }
    if (path == QLatin1String("/authentication/v2/authorize") && get) {
        return authorize(request);
    }
    if (path == QLatin1String("/authentication/v2/login") && post) {
        return login(request);
    }
    if (path == QLatin1String("/authentication/v2/consent") && get) {
        return showConsent(request);
    }
    if (path == QLatin1String("/authentication/v2/consent") && post) {
        return decideConsent(request);
    }
    if (path == QLatin1String("/authentication/v2/logout") && get) {
        return logout(request);
    }
    if (path == QLatin1String("/userinfo") && get) {
        return userInfo(request);
    }
    return std::nullopt;
}

HttpResponse AuthorizationServer::discovery() const
{
    const auto endpoint = [this](const char* path) {
        return m_context.url(QLatin1String(path)).toString();
    };
    QJsonObject document{
        {QStringLiteral("issuer"), m_context.issuer()},
        {QStringLiteral("authorization_endpoint"), endpoint("/authentication/v2/authorize")},
        {QStringLiteral("token_endpoint"), endpoint("/authentication/v2/token")},
        {QStringLiteral("userinfo_endpoint"), endpoint("/userinfo")},
        {QStringLiteral("jwks_uri"), endpoint("/authentication/v2/keys")},
        {QStringLiteral("revocation_endpoint"), endpoint("/authentication/v2/revoke")},
        {QStringLiteral("introspection_endpoint"), endpoint("/authentication/v2/introspect")},
        {QStringLiteral("end_session_endpoint"), endpoint("/authentication/v2/logout")},
        {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(ApsScopes::all())},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("response_modes_supported"), QJsonArray{QStringLiteral("query")}},
        {QStringLiteral("grant_types_supported"),
         QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("client_credentials"),
                    QStringLiteral("refresh_token")}},
        {QStringLiteral("subject_types_supported"), QJsonArray{QStringLiteral("public")}},
        {QStringLiteral("id_token_signing_alg_values_supported"),
         QJsonArray{QStringLiteral("RS256")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post"),
                    QStringLiteral("none")}},
        {QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")}},
    };
    return HttpResponse::json(200, QJsonDocument(document));
}

HttpResponse AuthorizationServer::keys() const
{
    HttpResponse response =
        HttpResponse::json(200,
                           QJsonDocument(QJsonObject{
                               {QStringLiteral("keys"), QJsonArray{m_context.key.publicJwk()}}}));
    response.setHeader("Cache-Control", "max-age=604800");
    return response;
}

std::optional<HttpResponse>
AuthorizationServer::rejectAuthorizeRequest(const HttpRequest& request,
                                            Transaction* transaction) const
{
    const QUrlQuery query = request.query();
    const auto value = [&query](const char* name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    transaction->clientId = value("client_id");
    transaction->redirectUri = value("redirect_uri");
    transaction->state = value("state");
    const RegisteredApp* app = m_context.apps.find(transaction->clientId);
    // Until the redirect URI is known to be the app's, errors go to the browser
    // only: redirecting them would make the sandbox an open redirector.
    if (!app) {
        return HttpResponse::html(
            400,
            SandboxPages::error(QStringLiteral("Unknown application"),
                                QStringLiteral("No app is registered with client_id \"%1\".")
                                    .arg(transaction->clientId)));
    }
    if (!m_context.apps.isRegisteredCallback(*app, transaction->redirectUri)) {
        return HttpResponse::html(
            400,
            SandboxPages::error(
                QStringLiteral("400 – Invalid redirect_uri"),
                QStringLiteral("\"%1\" is not a callback URL registered for %2. Register it "
                               "exactly, including the port and path.")
                    .arg(transaction->redirectUri, app->name)));
    }
    if (value("response_type") != QLatin1String("code")) {
        return redirectWithError(*transaction, QStringLiteral("unsupported_response_type"),
                                 QStringLiteral("Only response_type=code is supported."));
    }
    if (!app->allowsGrant(QStringLiteral("authorization_code"))) {
        return redirectWithError(*transaction, QStringLiteral("unauthorized_client"),
                                 QStringLiteral("This app type cannot sign users in."));
    }
    transaction->scopes = value("scope").split(u' ', Qt::SkipEmptyParts);
    if (transaction->scopes.isEmpty() || transaction->scopes.size() > ApsScopes::kMaxScopes) {
        return redirectWithError(*transaction, QStringLiteral("invalid_scope"),
                                 QStringLiteral("The request must name from 1 to %1 scopes.")
                                     .arg(ApsScopes::kMaxScopes));
    }
    for (const QString& scope : std::as_const(transaction->scopes)) {
        if (!ApsScopes::isKnown(scope)) {
            return redirectWithError(*transaction, QStringLiteral("invalid_scope"),
                                     QStringLiteral("Unknown scope \"%1\".").arg(scope));
        }
    }
    transaction->codeChallenge = value("code_challenge");
    const QString method = value("code_challenge_method");
    if (!transaction->codeChallenge.isEmpty() && method != QLatin1String("S256")) {
        return redirectWithError(*transaction, QStringLiteral("invalid_request"),
                                 QStringLiteral("code_challenge_method must be S256."));
    }
    if (transaction->codeChallenge.isEmpty() && !app->isConfidential()) {
        return redirectWithError(*transaction, QStringLiteral("invalid_request"),
                                 QStringLiteral("PKCE (code_challenge with S256) is required for "
                                                "this app."));
    }
    transaction->nonce = value("nonce");
    if (transaction->scopes.contains(QStringLiteral("openid")) && transaction->nonce.isEmpty()) {
        return redirectWithError(*transaction, QStringLiteral("invalid_request"),
                                 QStringLiteral("A nonce is required with the openid scope."));
    }
    return std::nullopt;
}

HttpResponse AuthorizationServer::authorize(const HttpRequest& request)
{
    m_context.count(QStringLiteral("authorize_requests"));
    Transaction transaction;
    if (std::optional<HttpResponse> rejection = rejectAuthorizeRequest(request, &transaction)) {
        m_context.count(QStringLiteral("authorize_rejected"));
        return *rejection;
    }
    // A sign-in page left open for an hour is abandoned; forget it.
    const qint64 now = SandboxContext::now();
    m_transactions.removeIf(
        [now](const auto& entry) { return now - entry.value().createdAt > 3600; });
    transaction.createdAt = now;
    const QString id = TokenRegistry::randomToken(24);
    const bool forceLogin = request.queryValue(QStringLiteral("prompt")) == QLatin1String("login");
    transaction.userId = forceLogin ? QString() : sessionUser(request);
    m_transactions.insert(id, transaction);
    if (!transaction.userId.isEmpty()) {
        return consentPage(id, transaction);
    }
    const RegisteredApp* app = m_context.apps.find(transaction.clientId);
    return HttpResponse::html(200, SandboxPages::signIn(id, app->name, QString(), QString()));
}

HttpResponse AuthorizationServer::login(const HttpRequest& request)
{
    const QList<HttpRequest::Field> fields = request.formFields();
    const QString id = field(fields, QStringLiteral("transaction"));
    const auto found = m_transactions.find(id);
    if (found == m_transactions.end()) {
        return HttpResponse::html(
            400,
            SandboxPages::error(QStringLiteral("Sign-in expired"),
                                QStringLiteral("This sign-in page is no longer valid. Start "
                                               "again from the app.")));
    }
    const QString username = field(fields, QStringLiteral("username"));
    const SandboxSettings::DemoUser& user = m_context.settings.user;
    const RegisteredApp* app = m_context.apps.find(found->clientId);
    if (username != user.username || field(fields, QStringLiteral("password")) != user.password) {
        m_context.count(QStringLiteral("sign_in_failures"));
        return HttpResponse::html(
            401,
            SandboxPages::signIn(id, app ? app->name : QString(), username,
                                 QStringLiteral("The email or password is wrong.")));
    }
    found->userId = user.userId;
    // A sandbox has one user; past this many browser sessions, start over.
    if (m_context.sessions.size() > 10000) {
        m_context.sessions.clear();
    }
    const QString session = TokenRegistry::randomToken(24);
    m_context.sessions.insert(session, user.userId);
    QUrl consent = m_context.url(QStringLiteral("/authentication/v2/consent"));
    consent.setQuery(QUrlQuery{{QStringLiteral("transaction"), id}});
    HttpResponse response = HttpResponse::redirect(consent, 303);
    response.addHeader("Set-Cookie",
                       kSessionCookie + '=' + session.toLatin1()
                           + "; Path=/; HttpOnly; SameSite=Lax");
    return response;
}

HttpResponse AuthorizationServer::showConsent(const HttpRequest& request)
{
    const QString id = request.queryValue(QStringLiteral("transaction"));
    const auto found = m_transactions.constFind(id);
    if (found == m_transactions.constEnd() || found->userId.isEmpty()) {
        return HttpResponse::html(
            400,
            SandboxPages::error(QStringLiteral("Sign-in expired"),
                                QStringLiteral("This consent page is no longer valid. Start "
                                               "again from the app.")));
    }
    return consentPage(id, *found);
}

HttpResponse AuthorizationServer::consentPage(const QString& id,
                                              const Transaction& transaction) const
{
    QList<QPair<QString, QString>> scopes;
    for (const QString& scope : transaction.scopes) {
        scopes.append({scope, ApsScopes::describe(scope)});
    }
    const RegisteredApp* app = m_context.apps.find(transaction.clientId);
    const SandboxSettings::DemoUser& user = m_context.settings.user;
    return HttpResponse::html(200,
                              SandboxPages::consent(id, app ? app->name : transaction.clientId,
                                                    user.givenName + u' ' + user.familyName,
                                                    scopes));
}

HttpResponse AuthorizationServer::decideConsent(const HttpRequest& request)
{
    const QList<HttpRequest::Field> fields = request.formFields();
    const auto found = m_transactions.find(field(fields, QStringLiteral("transaction")));
    if (found == m_transactions.end() || found->userId.isEmpty()) {
        return HttpResponse::html(
            400,
            SandboxPages::error(QStringLiteral("Sign-in expired"),
                                QStringLiteral("This consent page is no longer valid. Start "
                                               "again from the app.")));
    }
    const Transaction transaction = *found;
    m_transactions.erase(found);
    if (field(fields, QStringLiteral("decision")) != QLatin1String("allow")) {
        m_context.count(QStringLiteral("consent_denied"));
        return redirectWithError(transaction, QStringLiteral("access_denied"),
                                 QStringLiteral("User Denied Authorization"));
    }
    return redirectWithCode(transaction);
}

HttpResponse AuthorizationServer::redirectWithCode(const Transaction& transaction)
{
    TokenRegistry::PendingCode code;
    code.grant = {transaction.clientId, transaction.userId, transaction.scopes,
                  TokenRegistry::randomToken(12)};
    code.redirectUri = transaction.redirectUri;
    code.codeChallenge = transaction.codeChallenge;
    code.nonce = transaction.nonce;
    code.expiresAt = SandboxContext::now() + m_context.settings.codeLifetimeSeconds;
    m_context.count(QStringLiteral("codes_issued"));

    QUrl target(transaction.redirectUri);
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("code"), m_context.tokens.issueCode(code));
    if (!transaction.state.isEmpty()) {
        query.addQueryItem(QStringLiteral("state"),
                           QString::fromLatin1(QUrl::toPercentEncoding(transaction.state)));
    }
    target.setQuery(query);
    return HttpResponse::redirect(target);
}

HttpResponse AuthorizationServer::redirectWithError(const Transaction& transaction,
                                                    const QString& error,
                                                    const QString& description) const
{
    QUrl target(transaction.redirectUri);
    QUrlQuery query(target);
    query.addQueryItem(QStringLiteral("error"), error);
    query.addQueryItem(QStringLiteral("error_description"),
                       QString::fromLatin1(QUrl::toPercentEncoding(description)));
    if (!transaction.state.isEmpty()) {
        query.addQueryItem(QStringLiteral("state"),
                           QString::fromLatin1(QUrl::toPercentEncoding(transaction.state)));
    }
    target.setQuery(query);
    return HttpResponse::redirect(target);
}

HttpResponse AuthorizationServer::logout(const HttpRequest& request)
{
    const QString target = request.queryValue(QStringLiteral("post_logout_redirect_uri"));
    bool allowed = target.isEmpty();
    for (const RegisteredApp& app : m_context.apps.apps()) {
        allowed = allowed || m_context.apps.isRegisteredLogoutUrl(app, target);
    }
    if (!allowed) {
        return HttpResponse::html(
            400,
            SandboxPages::error(
                QStringLiteral("Invalid logout redirect"),
                QStringLiteral("\"%1\" is not a registered logout URL.").arg(target)));
    }
    m_context.sessions.remove(QString::fromLatin1(request.cookie(kSessionCookie)));
    m_context.count(QStringLiteral("logouts"));
    HttpResponse response = target.isEmpty() ? HttpResponse::html(200, SandboxPages::signedOut())
                                             : HttpResponse::redirect(QUrl(target));
    response.addHeader("Set-Cookie", kSessionCookie + "=; Path=/; Max-Age=0");
    return response;
}

HttpResponse AuthorizationServer::userInfo(const HttpRequest& request) const
{
    const BearerAuthenticator::Result auth = m_bearer.check(request, QString());
    if (auth.refusal) {
        return *auth.refusal;
    }
    const QString userId = auth.claims.value(QStringLiteral("userid")).toString();
    if (userId.isEmpty()) {
        return OAuthErrors::gateway(401, QStringLiteral("AUTH-006"),
                                    QStringLiteral("User context is required: this is a "
                                                   "2-legged token."));
    }
    const SandboxSettings::DemoUser& user = m_context.settings.user;
    return HttpResponse::json(200,
                              QJsonDocument(QJsonObject{
                                  {QStringLiteral("sub"), userId},
                                  {QStringLiteral("name"), user.givenName + u' ' + user.familyName},
                                  {QStringLiteral("given_name"), user.givenName},
                                  {QStringLiteral("family_name"), user.familyName},
                                  {QStringLiteral("preferred_username"), user.username},
                                  {QStringLiteral("email"), user.username},
                                  {QStringLiteral("email_verified"), true},
                                  {QStringLiteral("locale"), QStringLiteral("en-US")},
                                  {QStringLiteral("language"), QStringLiteral("en")},
                                  {QStringLiteral("country_code"), QStringLiteral("CH")},
                                  {QStringLiteral("is_2fa_enabled"), false},
                                  {QStringLiteral("updated_at"), qint64(1700000000)},
                              }));
}

QString AuthorizationServer::sessionUser(const HttpRequest& request) const
{
    return m_context.sessions.value(QString::fromLatin1(request.cookie(kSessionCookie)));
}
