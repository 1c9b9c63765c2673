// What the sandbox suites share: a running sandbox, PKCE values, and the
// whole sign-in dance reduced to one call.
#pragma once

#include "BrowserSimulator.h"
#include "HttpTestClient.h"
#include "core/Base64Url.h"
#include "sandbox/SandboxServer.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>
#include <QUrlQuery>

#include <memory>

namespace SandboxFixture {

inline const QString kDesktop = QStringLiteral("sandbox-desktop-app");
inline const QString kWeb = QStringLiteral("sandbox-web-app");
inline const QString kWebSecret = QStringLiteral("sandbox-web-secret");
inline const QString kServer = QStringLiteral("sandbox-server-app");
inline const QString kServerSecret = QStringLiteral("sandbox-server-secret");
inline const QString kUser = QStringLiteral("demo@sandbox.grantline.org");
inline const QString kPassword = QStringLiteral("sandbox");
inline const QString kCallback = QStringLiteral("http://127.0.0.1:53682/callback");

inline std::unique_ptr<SandboxServer> start(SandboxSettings settings = {})
{
    auto server = std::make_unique<SandboxServer>(settings);
    QString error;
    if (!server->start(&error)) {
        qFatal("sandbox did not start: %s", qPrintable(error));
    }
    return server;
}

struct Pkce
{
    QString verifier;
    QString challenge;

    static Pkce make()
    {
        QByteArray random(32, '\0');
        QRandomGenerator::system()->generate(random.begin(), random.end());
        Pkce pkce;
        pkce.verifier = QString::fromLatin1(Base64Url::encode(random));
        pkce.challenge = QString::fromLatin1(Base64Url::encode(
            QCryptographicHash::hash(pkce.verifier.toLatin1(), QCryptographicHash::Sha256)));
        return pkce;
    }
};

struct AuthorizeRequest
{
    QString clientId = kDesktop;
    QString redirectUri = kCallback;
    QString scope = QStringLiteral("data:read user-profile:read");
    QString state = QStringLiteral("state-123");
    QString challenge;
    QString challengeMethod = QStringLiteral("S256");
    QString nonce;

    QUrl url(const QUrl& base) const
    {
        QUrl url = base;
        url.setPath(QStringLiteral("/authentication/v2/authorize"));
        QUrlQuery query;
        const auto add = [&query](const char* name, const QString& value) {
            if (!value.isEmpty()) {
                query.addQueryItem(QLatin1String(name),
                                   QString::fromLatin1(QUrl::toPercentEncoding(value)));
            }
        };
        add("response_type", QStringLiteral("code"));
        add("client_id", clientId);
        add("redirect_uri", redirectUri);
        add("scope", scope);
        add("state", state);
        add("code_challenge", challenge);
        if (!challenge.isEmpty()) {
            add("code_challenge_method", challengeMethod);
        }
        add("nonce", nonce);
        url.setQuery(query);
        return url;
    }
};

inline QUrl endpoint(const SandboxServer& server, const char* path)
{
    QUrl url = server.baseUrl();
    url.setPath(QLatin1String(path));
    return url;
}

// Signs in through the pages and returns the code from the callback.
inline QString signInForCode(HttpTestClient& client, const SandboxServer& server,
                             const AuthorizeRequest& request)
{
    BrowserSimulator browser(client);
    const BrowserSimulator::Outcome outcome = browser.signIn(
        request.url(server.baseUrl()), kUser, kPassword, BrowserSimulator::Decision::Allow);
    return QUrlQuery(outcome.redirect).queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
}

struct Tokens
{
    int status = 0;
    QJsonObject body;
    QString access() const
    {
        return body.value(QStringLiteral("access_token")).toString();
    }
    QString refresh() const
    {
        return body.value(QStringLiteral("refresh_token")).toString();
    }
};

inline Tokens exchangeCode(HttpTestClient& client, const SandboxServer& server, const QString& code,
                           const QString& verifier, const QString& clientId = kDesktop,
                           const QString& redirectUri = kCallback)
{
    const HttpTestReply reply =
        client.postForm(endpoint(server, "/authentication/v2/token"),
                        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("code"), code},
                         {QStringLiteral("redirect_uri"), redirectUri},
                         {QStringLiteral("code_verifier"), verifier},
                         {QStringLiteral("client_id"), clientId}});
    return {reply.status, reply.json()};
}

// A full desktop sign-in: PKCE, pages, code exchange.
inline Tokens signInDesktop(HttpTestClient& client, const SandboxServer& server,
                            const QString& scope = QStringLiteral("data:read user-profile:read"))
{
    const Pkce pkce = Pkce::make();
    AuthorizeRequest request;
    request.challenge = pkce.challenge;
    request.scope = scope;
    const QString code = signInForCode(client, server, request);
    return exchangeCode(client, server, code, pkce.verifier);
}

inline Tokens clientCredentials(HttpTestClient& client, const SandboxServer& server,
                                const QString& scope, const QString& query = QString())
{
    QUrl url = endpoint(server, "/authentication/v2/token");
    url.setQuery(query);
    const HttpTestReply reply =
        client.postForm(url,
                        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("scope"), scope}},
                        {{"Authorization", HttpTestClient::basicAuth(kServer, kServerSecret)}});
    return {reply.status, reply.json()};
}

inline QJsonObject stats(HttpTestClient& client, const SandboxServer& server)
{
    return client.get(endpoint(server, "/sandbox/stats"))
        .json()
        .value(QStringLiteral("counters"))
        .toObject();
}

} // namespace SandboxFixture
