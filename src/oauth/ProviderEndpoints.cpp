#include "oauth/ProviderEndpoints.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QUrlQuery>

namespace {

QStringList strings(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

bool isLoopbackHost(const QString& host)
{
    if (host == QLatin1String("localhost")) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace

ProviderEndpoints ProviderEndpoints::aps()
{
    const QString host = QStringLiteral("https://developer.api.autodesk.com");
    ProviderEndpoints endpoints;
    endpoints.issuer = host;
    endpoints.authorization = QUrl(host + QStringLiteral("/authentication/v2/authorize"));
    endpoints.token = QUrl(host + QStringLiteral("/authentication/v2/token"));
    endpoints.jwks = QUrl(host + QStringLiteral("/authentication/v2/keys"));
    endpoints.introspection = QUrl(host + QStringLiteral("/authentication/v2/introspect"));
    endpoints.revocation = QUrl(host + QStringLiteral("/authentication/v2/revoke"));
    endpoints.userInfo = QUrl(QStringLiteral("https://api.userprofile.autodesk.com/userinfo"));
    endpoints.endSession = QUrl(host + QStringLiteral("/authentication/v2/logout"));
    endpoints.tokenAuthMethods = {QStringLiteral("client_secret_basic"),
                                  QStringLiteral("client_secret_post")};
    endpoints.codeChallengeMethods = {QStringLiteral("S256")};
    return endpoints;
}

QUrl ProviderEndpoints::logoutUrl(const QString& clientId) const
{
    if (endSession.isEmpty()) {
        return QUrl();
    }
    QUrl url = endSession;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("client_id"),
                       QString::fromLatin1(QUrl::toPercentEncoding(clientId)));
    url.setQuery(query);
    return url;
}

QList<QUrl> ProviderEndpoints::metadataUrls(const QString& issuer)
{
    const QUrl base(issuer);
    QString path = base.path();
    if (path.endsWith(u'/')) {
        path.chop(1);
    }
    // RFC 8414: the well-known part goes before the issuer's path…
    QUrl rfc8414 = base;
    rfc8414.setPath(QStringLiteral("/.well-known/oauth-authorization-server") + path);
    // …OpenID Connect Discovery appends it.
    QUrl openId = base;
    openId.setPath(path + QStringLiteral("/.well-known/openid-configuration"));
    return {openId, rfc8414};
}

ProviderEndpoints ProviderEndpoints::fromJson(const QJsonObject& metadata)
{
    const auto url = [&metadata](const char* key) {
        return QUrl(metadata.value(QLatin1String(key)).toString());
    };
    ProviderEndpoints endpoints;
    endpoints.issuer = metadata.value(QStringLiteral("issuer")).toString();
    endpoints.authorization = url("authorization_endpoint");
    endpoints.token = url("token_endpoint");
    endpoints.jwks = url("jwks_uri");
    endpoints.introspection = url("introspection_endpoint");
    endpoints.revocation = url("revocation_endpoint");
    endpoints.userInfo = url("userinfo_endpoint");
    endpoints.endSession = url("end_session_endpoint");
    endpoints.tokenAuthMethods =
        strings(metadata.value(QStringLiteral("token_endpoint_auth_methods_supported")));
    endpoints.codeChallengeMethods =
        strings(metadata.value(QStringLiteral("code_challenge_methods_supported")));
    endpoints.sendsIssuerInResponse =
        metadata.value(QStringLiteral("authorization_response_iss_parameter_supported")).toBool();
    return endpoints;
}

ProviderEndpoints ProviderEndpoints::fromMetadata(const QJsonObject& metadata,
                                                  const QString& expectedIssuer,
                                                  QString* errorString)
{
    const ProviderEndpoints endpoints = fromJson(metadata);
    if (endpoints.issuer != expectedIssuer) {
        *errorString = QCoreApplication::translate(
                           "ProviderEndpoints",
                           "The provider's metadata names the issuer \"%1\", not \"%2\": it "
                           "cannot be trusted for this connection.")
                           .arg(endpoints.issuer, expectedIssuer);
        return {};
    }
    if (endpoints.token.isEmpty()) {
        *errorString = QCoreApplication::translate(
            "ProviderEndpoints", "The provider's metadata has no token_endpoint.");
        return {};
    }
    const QString refusal = endpoints.refusal();
    if (!refusal.isEmpty()) {
        *errorString = refusal;
        return {};
    }
    return endpoints;
}

QString ProviderEndpoints::refusalFor(const QUrl& endpoint)
{
    if (!endpoint.isValid() || endpoint.host().isEmpty()) {
        return QCoreApplication::translate("ProviderEndpoints",
                                           "\"%1\" is not a valid endpoint URL.")
            .arg(endpoint.toString());
    }
    if (endpoint.scheme() == QLatin1String("https")) {
        return {};
    }
    if (endpoint.scheme() == QLatin1String("http") && isLoopbackHost(endpoint.host())) {
        return {};
    }
    return QCoreApplication::translate(
               "ProviderEndpoints",
               "\"%1\" does not use https. Grantline sends secrets only over TLS, except to "
               "this computer (127.0.0.1).")
        .arg(endpoint.toString());
}

QString ProviderEndpoints::refusal() const
{
    for (const QUrl& endpoint :
         {authorization, token, jwks, introspection, revocation, userInfo, endSession}) {
        if (!endpoint.isEmpty()) {
            const QString reason = refusalFor(endpoint);
            if (!reason.isEmpty()) {
                return reason;
            }
        }
    }
    return {};
}

QJsonObject ProviderEndpoints::toJson() const
{
    return QJsonObject{
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("authorization_endpoint"), authorization.toString()},
        {QStringLiteral("token_endpoint"), token.toString()},
        {QStringLiteral("jwks_uri"), jwks.toString()},
        {QStringLiteral("introspection_endpoint"), introspection.toString()},
        {QStringLiteral("revocation_endpoint"), revocation.toString()},
        {QStringLiteral("userinfo_endpoint"), userInfo.toString()},
        {QStringLiteral("end_session_endpoint"), endSession.toString()},
        {QStringLiteral("token_endpoint_auth_methods_supported"),
         QJsonArray::fromStringList(tokenAuthMethods)},
        {QStringLiteral("code_challenge_methods_supported"),
         QJsonArray::fromStringList(codeChallengeMethods)},
        {QStringLiteral("authorization_response_iss_parameter_supported"), sendsIssuerInResponse},
    };
}
