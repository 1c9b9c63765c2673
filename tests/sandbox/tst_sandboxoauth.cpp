// The sandbox's authorization server through HTTP only: the whole code flow
// with PKCE and the sign-in form, client authentication, refresh rotation,
// introspection and revocation, and every error a client must meet.
#include "JwksVerifier.h"
#include "SandboxFixture.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryFile>

#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace SandboxFixture;

namespace {

// Writes a fresh RSA private key of the given size as PEM.
bool writeRsaKey(QTemporaryFile& file, int bits)
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    BIO* bio = BIO_new(BIO_s_mem());
    const bool written =
        key && PEM_write_bio_PrivateKey(bio, key, nullptr, nullptr, 0, nullptr, nullptr) == 1;
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    const bool saved = written && file.open() && file.write(data, size) == size;
    file.close();
    BIO_free(bio);
    EVP_PKEY_free(key);
    return saved;
}

} // namespace

class TestSandboxOAuth : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<HttpTestClient> m_client;

    QUrl url(const char* path) const
    {
        return endpoint(*m_sandbox, path);
    }

    HttpTestReply token(const QList<QPair<QString, QString>>& fields,
                        const HttpTestClient::Headers& headers = {})
    {
        return m_client->postForm(url("/authentication/v2/token"), fields, headers);
    }

    HttpTestReply introspect(const QString& token, const QString& clientId = kDesktop)
    {
        return m_client->postForm(
            url("/authentication/v2/introspect"),
            {{QStringLiteral("token"), token}, {QStringLiteral("client_id"), clientId}});
    }

    int hubsStatus(const QString& accessToken)
    {
        return m_client->getWithBearer(url("/project/v1/hubs"), accessToken).status;
    }

    static void expectOAuthError(const HttpTestReply& reply, int status, const char* error,
                                 const char* description = nullptr)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.json().value(QStringLiteral("error")).toString(), QLatin1String(error));
        if (description) {
            QCOMPARE(reply.json().value(QStringLiteral("error_description")).toString(),
                     QLatin1String(description));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = start();
    }
    // Each test is a new browser and client: no cookies carried over.
    void init()
    {
        m_client = std::make_unique<HttpTestClient>();
    }

    void discoveryPointsAtItsOwnUrls()
    {
        const HttpTestReply reply = m_client->get(url("/.well-known/openid-configuration"));
        QCOMPARE(reply.status, 200);
        const QJsonObject document = reply.json();
        const QString base = m_sandbox->baseUrl().toString();
        QCOMPARE(document.value(QStringLiteral("issuer")).toString(), base);
        for (const char* key :
             {"authorization_endpoint", "token_endpoint", "jwks_uri", "introspection_endpoint",
              "revocation_endpoint", "userinfo_endpoint", "end_session_endpoint"}) {
            QVERIFY2(document.value(QLatin1String(key)).toString().startsWith(base + u'/'), key);
        }
        QCOMPARE(document.value(QStringLiteral("code_challenge_methods_supported")).toArray(),
                 QJsonArray{QStringLiteral("S256")});
    }

    void desktopAppSignsInWithPkce()
    {
        const Pkce pkce = Pkce::make();
        AuthorizeRequest request;
        request.challenge = pkce.challenge;
        BrowserSimulator browser(*m_client);
        const BrowserSimulator::Outcome outcome = browser.signIn(
            request.url(m_sandbox->baseUrl()), kUser, kPassword, BrowserSimulator::Decision::Allow);
        QCOMPARE(outcome.redirect.toString(QUrl::RemoveQuery), kCallback);
        const QUrlQuery callback(outcome.redirect);
        QCOMPARE(callback.queryItemValue(QStringLiteral("state")), QStringLiteral("state-123"));
        const QString code = callback.queryItemValue(QStringLiteral("code"));
        QCOMPARE(code.size(), 40);

        const HttpTestReply reply =
            token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), kCallback},
                   {QStringLiteral("code_verifier"), pkce.verifier},
                   {QStringLiteral("client_id"), kDesktop}});
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject body = reply.json();
        QCOMPARE(body.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(body.value(QStringLiteral("expires_in")).toInt(), 3599);
        QVERIFY(!body.value(QStringLiteral("refresh_token")).toString().isEmpty());
        QVERIFY(!body.contains(QStringLiteral("id_token")));

        const QByteArray jwt = body.value(QStringLiteral("access_token")).toString().toLatin1();
        const QJsonObject jwks = m_client->get(url("/authentication/v2/keys")).json();
        QString why;
        QVERIFY2(JwksVerifier::verify(jwt, jwks, &why), qPrintable(why));
        QCOMPARE(JwksVerifier::header(jwt).value(QStringLiteral("alg")).toString(),
                 QStringLiteral("RS256"));
        const QJsonObject claims = JwksVerifier::claims(jwt);
        QCOMPARE(claims.value(QStringLiteral("scope")).toArray(),
                 QJsonArray({QStringLiteral("data:read"), QStringLiteral("user-profile:read")}));
        QCOMPARE(claims.value(QStringLiteral("client_id")).toString(), kDesktop);
        QCOMPARE(claims.value(QStringLiteral("iss")).toString(), m_sandbox->baseUrl().toString());
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(),
                 QStringLiteral("https://autodesk.com"));
        QCOMPARE(claims.value(QStringLiteral("userid")).toString(), QStringLiteral("SANDBOXUSER1"));
        QVERIFY(!claims.value(QStringLiteral("jti")).toString().isEmpty());
        const qint64 expiresIn = qint64(claims.value(QStringLiteral("exp")).toDouble())
            - QDateTime::currentSecsSinceEpoch();
        QVERIFY2(expiresIn > 3590 && expiresIn <= 3599, qPrintable(QString::number(expiresIn)));

        QCOMPARE(hubsStatus(QString::fromLatin1(jwt)), 200);
    }

    void tamperedTokenFailsJwksVerification()
    {
        const QByteArray jwt = signInDesktop(*m_client, *m_sandbox).access().toLatin1();
        QByteArray tampered = jwt;
        tampered[tampered.size() - 5] = tampered[tampered.size() - 5] == 'A' ? 'B' : 'A';
        const QJsonObject jwks = m_client->get(url("/authentication/v2/keys")).json();
        QVERIFY(!JwksVerifier::verify(tampered, jwks));
        QCOMPARE(hubsStatus(QString::fromLatin1(tampered)), 401);
    }

    void stateComesBackExactly()
    {
        const Pkce pkce = Pkce::make();
        AuthorizeRequest request;
        request.challenge = pkce.challenge;
        request.state = QStringLiteral("a b&c=d/é%25+");
        BrowserSimulator browser(*m_client);
        const auto outcome = browser.signIn(request.url(m_sandbox->baseUrl()), kUser, kPassword,
                                            BrowserSimulator::Decision::Allow);
        QCOMPARE(
            QUrlQuery(outcome.redirect).queryItemValue(QStringLiteral("state"), QUrl::FullyDecoded),
            request.state);
    }

    void consentPageListsTheRequestedScopes()
    {
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        request.scope = QStringLiteral("data:read bucket:read");
        BrowserSimulator browser(*m_client);
        const HttpTestReply signInPage = m_client->get(request.url(m_sandbox->baseUrl()));
        QVERIFY(signInPage.body.contains("name=\"username\""));
        const HttpTestReply signedIn =
            m_client->postForm(url("/authentication/v2/login"),
                               {{QStringLiteral("transaction"),
                                 BrowserSimulator::formValue(QString::fromUtf8(signInPage.body),
                                                             QStringLiteral("transaction"))},
                                {QStringLiteral("username"), kUser},
                                {QStringLiteral("password"), kPassword}});
        QCOMPARE(signedIn.status, 303);
        const QString consent =
            QString::fromUtf8(m_client->get(url("/").resolved(signedIn.location())).body);
        QVERIFY2(consent.contains(QStringLiteral("<code>data:read</code> — read all your data")),
                 qPrintable(consent));
        QVERIFY(
            consent.contains(QStringLiteral("<code>bucket:read</code> — list storage buckets")));
        QVERIFY(!consent.contains(QStringLiteral("data:write")));
        QVERIFY(consent.contains(QStringLiteral("value=\"allow\"")));
        QVERIFY(consent.contains(QStringLiteral("value=\"deny\"")));
    }

    void scopeWrittenWithPlusSignsIsUnderstood()
    {
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        // What many encoders produce: "+" for the spaces between scopes.
        QUrl target = request.url(m_sandbox->baseUrl());
        QByteArray encoded = target.toEncoded();
        encoded.replace("data%3Aread%20user-profile%3Aread", "data:read+user-profile:read");
        const HttpTestReply page = m_client->get(QUrl::fromEncoded(encoded));
        QVERIFY2(page.status == 200, page.body.constData());
    }

    void unknownOrMissingScopeIsInvalidScope_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::newRow("unknown") << QStringLiteral("data:read teleport:all");
        QTest::newRow("missing") << QString();
    }

    void unknownOrMissingScopeIsInvalidScope()
    {
        QFETCH(QString, scope);
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        request.scope = scope;
        const HttpTestReply reply = m_client->get(request.url(m_sandbox->baseUrl()));
        QCOMPARE(reply.status, 302);
        QCOMPARE(QUrlQuery(reply.location()).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("invalid_scope"));
    }

    void signedInBrowserGoesStraightToConsent()
    {
        signInDesktop(*m_client, *m_sandbox);
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        const HttpTestReply page = m_client->get(request.url(m_sandbox->baseUrl()));
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("name=\"decision\""));
        QVERIFY(!page.body.contains("name=\"password\""));
    }

    void openIdGivesAnIdTokenWithTheNonce()
    {
        const Pkce pkce = Pkce::make();
        AuthorizeRequest request;
        request.challenge = pkce.challenge;
        request.scope = QStringLiteral("openid data:read");
        request.nonce = QStringLiteral("nonce-42");
        const QString code = signInForCode(*m_client, *m_sandbox, request);
        const Tokens tokens = exchangeCode(*m_client, *m_sandbox, code, pkce.verifier);
        QCOMPARE(tokens.status, 200);
        const QByteArray idToken =
            tokens.body.value(QStringLiteral("id_token")).toString().toLatin1();
        QVERIFY(
            JwksVerifier::verify(idToken, m_client->get(url("/authentication/v2/keys")).json()));
        const QJsonObject claims = JwksVerifier::claims(idToken);
        QCOMPARE(claims.value(QStringLiteral("nonce")).toString(), QStringLiteral("nonce-42"));
        QCOMPARE(claims.value(QStringLiteral("aud")).toString(), kDesktop);
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("SANDBOXUSER1"));
    }

    void openIdWithoutNonceIsRefused()
    {
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        request.scope = QStringLiteral("openid");
        const HttpTestReply reply = m_client->get(request.url(m_sandbox->baseUrl()));
        QCOMPARE(reply.status, 302);
        QCOMPARE(QUrlQuery(reply.location()).queryItemValue(QStringLiteral("error")),
                 QStringLiteral("invalid_request"));
    }

    void confidentialAppAuthenticatesWithBasicOrPost()
    {
        for (const bool basic : {true, false}) {
            m_client = std::make_unique<HttpTestClient>();
            const Pkce pkce = Pkce::make();
            AuthorizeRequest request;
            request.clientId = kWeb;
            request.challenge = pkce.challenge;
            const QString code = signInForCode(*m_client, *m_sandbox, request);
            QList<QPair<QString, QString>> fields{
                {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                {QStringLiteral("code"), code},
                {QStringLiteral("redirect_uri"), kCallback},
                {QStringLiteral("code_verifier"), pkce.verifier}};
            HttpTestClient::Headers headers;
            if (basic) {
                headers.append({"Authorization", HttpTestClient::basicAuth(kWeb, kWebSecret)});
            } else {
                fields.append({QStringLiteral("client_id"), kWeb});
                fields.append({QStringLiteral("client_secret"), kWebSecret});
            }
            const HttpTestReply reply = token(fields, headers);
            QVERIFY2(reply.status == 200, reply.body.constData());
            QVERIFY(!reply.json().value(QStringLiteral("refresh_token")).toString().isEmpty());
        }
    }

    void bothClientAuthMethodsAtOnceIs400()
    {
        const HttpTestReply reply =
            token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                   {QStringLiteral("scope"), QStringLiteral("data:read")},
                   {QStringLiteral("client_id"), kServer}},
                  {{"Authorization", HttpTestClient::basicAuth(kServer, kServerSecret)}});
        expectOAuthError(reply, 400, "invalid_request",
                         "The 'client_id' is not supported in the request body when "
                         "Authorization headers are present.");
    }

    void badClientCredentialsAre401()
    {
        const QList<QPair<QString, QString>> grant{
            {QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
            {QStringLiteral("scope"), QStringLiteral("data:read")}};
        const HttpTestReply wrongSecret = token(
            grant, {{"Authorization", HttpTestClient::basicAuth(kServer, QStringLiteral("nope"))}});
        expectOAuthError(wrongSecret, 401, "invalid_client", "The client credentials are invalid.");
        QVERIFY(wrongSecret.header("WWW-Authenticate").startsWith("Basic"));
        const HttpTestReply unknown =
            token(grant,
                  {{"Authorization",
                    HttpTestClient::basicAuth(QStringLiteral("who"), QStringLiteral("x"))}});
        expectOAuthError(unknown, 401, "invalid_client", "The client credentials are invalid.");
        auto noSecret = grant;
        noSecret.append({QStringLiteral("client_id"), kServer});
        expectOAuthError(token(noSecret), 401, "invalid_client", "No client credentials found.");
        expectOAuthError(token(grant), 401, "invalid_client", "No client credentials found.");
    }

    void secretWithReservedCharactersWorksInBasicAuth()
    {
        QTemporaryFile apps;
        QVERIFY(apps.open());
        apps.write(R"({"apps":[{"name":"Odd","type":"server","client_id":"odd:id+1",
                    "client_secret":"s:e+c%r/e t"}]})");
        apps.close();
        SandboxSettings settings;
        settings.appsPath = apps.fileName();
        const auto sandbox = start(settings);
        const HttpTestReply reply = m_client->postForm(
            endpoint(*sandbox, "/authentication/v2/token"),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("scope"), QStringLiteral("data:read")}},
            {{"Authorization",
              HttpTestClient::basicAuth(QStringLiteral("odd:id+1"),
                                        QStringLiteral("s:e+c%r/e t"))}});
        QVERIFY2(reply.status == 200, reply.body.constData());
    }

    void givenSigningKeyIsUsedAndBadKeysAreRefused()
    {
        QTemporaryFile pem;
        QVERIFY(writeRsaKey(pem, 2048));
        SandboxSettings settings;
        settings.signingKeyPath = pem.fileName();
        const auto first = start(settings);
        const auto second = start(settings);
        const QJsonObject firstKeys =
            m_client->get(endpoint(*first, "/authentication/v2/keys")).json();
        QCOMPARE(firstKeys, m_client->get(endpoint(*second, "/authentication/v2/keys")).json());
        // A token from one verifies against the other's JWKS: the key is the file's.
        const Tokens tokens = clientCredentials(*m_client, *first, QStringLiteral("data:read"));
        QVERIFY(JwksVerifier::verify(tokens.access().toLatin1(),
                                     m_client->get(url("/authentication/v2/keys")).json())
                == false);
        QVERIFY(JwksVerifier::verify(tokens.access().toLatin1(), firstKeys));
        QCOMPARE(m_client->get(endpoint(*first, "/authentication/v2/keys")).header("Cache-Control"),
                 QByteArray("max-age=604800"));

        QTemporaryFile weak;
        QVERIFY(writeRsaKey(weak, 1024));
        settings.signingKeyPath = weak.fileName();
        SandboxServer refused(settings);
        QString error;
        QVERIFY(!refused.start(&error));
        QVERIFY2(error.contains(QStringLiteral("2048")), qPrintable(error));

        QTemporaryFile garbage;
        QVERIFY(garbage.open());
        garbage.write("-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----\n");
        garbage.close();
        settings.signingKeyPath = garbage.fileName();
        SandboxServer unreadable(settings);
        QVERIFY(!unreadable.start(&error));
        QVERIFY2(error.contains(QStringLiteral("cannot use the signing key")), qPrintable(error));
    }

    void serverAppGetsAnAppOnlyToken()
    {
        const Tokens tokens =
            clientCredentials(*m_client, *m_sandbox, QStringLiteral("data:read bucket:read"));
        QCOMPARE(tokens.status, 200);
        QVERIFY(!tokens.body.contains(QStringLiteral("refresh_token")));
        const QJsonObject claims = JwksVerifier::claims(tokens.access().toLatin1());
        QVERIFY(!claims.contains(QStringLiteral("userid")));
        QCOMPARE(claims.value(QStringLiteral("client_id")).toString(), kServer);
        QCOMPARE(hubsStatus(tokens.access()), 200);
    }

    void clientCredentialsNeedKnownAppScopes_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::newRow("none") << QString();
        QTest::newRow("unknown") << QStringLiteral("data:read teleport:all");
        QTest::newRow("openid") << QStringLiteral("openid data:read");
    }

    void clientCredentialsNeedKnownAppScopes()
    {
        QFETCH(QString, scope);
        const Tokens tokens = clientCredentials(*m_client, *m_sandbox, scope);
        QCOMPARE(tokens.status, 400);
        QCOMPARE(tokens.body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_scope"));
    }

    void publicAppMustNotSendBasicAuth()
    {
        const HttpTestReply reply =
            token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("refresh_token"), QStringLiteral("whatever")}},
                  {{"Authorization", HttpTestClient::basicAuth(kDesktop, QString())}});
        expectOAuthError(reply, 401, "invalid_client", "The client credentials are invalid.");
    }

    void webAppWithoutItsSecretIs401()
    {
        expectOAuthError(
            token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                   {QStringLiteral("scope"), QStringLiteral("data:read")},
                   {QStringLiteral("client_id"), kWeb}}),
            401, "invalid_client", "No client credentials found.");
    }

    void expiredCodeAndRefreshTokenAreInvalidGrants()
    {
        SandboxSettings settings;
        settings.codeLifetimeSeconds = 0;
        const auto expiringCodes = start(settings);
        const Pkce pkce = Pkce::make();
        AuthorizeRequest request;
        request.challenge = pkce.challenge;
        const QString code = signInForCode(*m_client, *expiringCodes, request);
        QVERIFY(!code.isEmpty());
        const Tokens late = exchangeCode(*m_client, *expiringCodes, code, pkce.verifier);
        QCOMPARE(late.status, 400);
        QCOMPARE(late.body.value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("The authorization code is invalid or has expired."));

        settings.codeLifetimeSeconds = 300;
        settings.refreshTokenLifetimeSeconds = 0;
        const auto expiringRefresh = start(settings);
        m_client = std::make_unique<HttpTestClient>();
        const Tokens tokens = signInDesktop(*m_client, *expiringRefresh);
        QCOMPARE(tokens.status, 200);
        const HttpTestReply refreshed =
            m_client->postForm(endpoint(*expiringRefresh, "/authentication/v2/token"),
                               {{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("refresh_token"), tokens.refresh()},
                                {QStringLiteral("client_id"), kDesktop}});
        expectOAuthError(refreshed, 400, "invalid_grant",
                         "The refresh token is invalid or expired.");
    }

    void refreshTokenOfAnotherClientIsRefused()
    {
        const Tokens tokens = signInDesktop(*m_client, *m_sandbox);
        const HttpTestReply reply =
            token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                   {QStringLiteral("refresh_token"), tokens.refresh()}},
                  {{"Authorization", HttpTestClient::basicAuth(kWeb, kWebSecret)}});
        expectOAuthError(reply, 400, "invalid_grant", "The refresh token is invalid or expired.");
        // …and the rightful owner can still use it.
        QCOMPARE(token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                        {QStringLiteral("refresh_token"), tokens.refresh()},
                        {QStringLiteral("client_id"), kDesktop}})
                     .status,
                 200);
    }

    void publicAppCannotUseClientCredentials()
    {
        expectOAuthError(
            token({{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                   {QStringLiteral("scope"), QStringLiteral("data:read")},
                   {QStringLiteral("client_id"), kDesktop}}),
            400, "unauthorized_client");
    }

    void wrongRedirectUriShowsAPageAndNeverRedirects()
    {
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        request.redirectUri = QStringLiteral("http://127.0.0.1:53682/elsewhere");
        const HttpTestReply reply = m_client->get(request.url(m_sandbox->baseUrl()));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QVERIFY(reply.body.contains("Invalid redirect_uri"));
    }

    void unknownClientShowsAPage()
    {
        AuthorizeRequest request;
        request.clientId = QStringLiteral("nobody");
        const HttpTestReply reply = m_client->get(request.url(m_sandbox->baseUrl()));
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QVERIFY(reply.body.contains("nobody"));
    }

    void loopbackCallbacksMatchAnyPortUnlessStrict()
    {
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        request.redirectUri = QStringLiteral("http://127.0.0.1:40123/callback");
        QCOMPARE(m_client->get(request.url(m_sandbox->baseUrl())).status, 200);

        SandboxSettings strictSettings;
        strictSettings.strictCallbacks = true;
        const auto strict = start(strictSettings);
        QCOMPARE(m_client->get(request.url(strict->baseUrl())).status, 400);
        request.redirectUri = QStringLiteral("http://localhost:8765/callback");
        QCOMPARE(m_client->get(request.url(strict->baseUrl())).status, 200);
    }

    void publicClientNeedsPkce_data()
    {
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<QString>("method");
        QTest::newRow("no challenge") << QString() << QString();
        QTest::newRow("plain") << QStringLiteral("abcdefghijabcdefghijabcdefghijabcdefghij123")
                               << QStringLiteral("plain");
    }

    void publicClientNeedsPkce()
    {
        QFETCH(QString, challenge);
        QFETCH(QString, method);
        AuthorizeRequest request;
        request.challenge = challenge;
        request.challengeMethod = method;
        const HttpTestReply reply = m_client->get(request.url(m_sandbox->baseUrl()));
        QCOMPARE(reply.status, 302);
        const QUrlQuery query(reply.location());
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("invalid_request"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("state-123"));
    }

    void deniedConsentRedirectsWithAccessDenied()
    {
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        BrowserSimulator browser(*m_client);
        const auto outcome = browser.signIn(request.url(m_sandbox->baseUrl()), kUser, kPassword,
                                            BrowserSimulator::Decision::Deny);
        const QUrlQuery query(outcome.redirect);
        QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded),
                 QStringLiteral("User Denied Authorization"));
        QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("state-123"));
        QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    }

    void wrongPasswordShowsTheFormAgain()
    {
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        BrowserSimulator browser(*m_client);
        const auto outcome =
            browser.signIn(request.url(m_sandbox->baseUrl()), kUser, QStringLiteral("wrong"),
                           BrowserSimulator::Decision::Allow);
        QCOMPARE(outcome.status, 401);
        QVERIFY(outcome.page.contains(QStringLiteral("name=\"password\"")));
        QVERIFY(outcome.page.contains(QStringLiteral("wrong")));
        QVERIFY(outcome.redirect.isEmpty());
    }

    void unknownOrReusedCodeIsInvalidGrant()
    {
        const Pkce pkce = Pkce::make();
        const Tokens unknown =
            exchangeCode(*m_client, *m_sandbox, QStringLiteral("made-up"), pkce.verifier);
        QCOMPARE(unknown.status, 400);
        QCOMPARE(unknown.body.value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("The authorization code is invalid or has expired."));

        AuthorizeRequest request;
        request.challenge = pkce.challenge;
        const QString code = signInForCode(*m_client, *m_sandbox, request);
        const Tokens first = exchangeCode(*m_client, *m_sandbox, code, pkce.verifier);
        QCOMPARE(first.status, 200);
        QCOMPARE(hubsStatus(first.access()), 200);
        const Tokens second = exchangeCode(*m_client, *m_sandbox, code, pkce.verifier);
        QCOMPARE(second.status, 400);
        QCOMPARE(second.body.value(QStringLiteral("error")).toString(),
                 QStringLiteral("invalid_grant"));
        // A replayed code revokes what the first exchange produced (RFC 6749 §4.1.2).
        QCOMPARE(hubsStatus(first.access()), 401);
        QCOMPARE(introspect(first.refresh()).json().value(QStringLiteral("active")).toBool(),
                 false);
    }

    void pkceMistakesAreRefused()
    {
        const Pkce pkce = Pkce::make();
        AuthorizeRequest request;
        request.challenge = pkce.challenge;
        const QString code = signInForCode(*m_client, *m_sandbox, request);
        const QList<QPair<QString, QString>> base{
            {QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code},
            {QStringLiteral("redirect_uri"), kCallback},
            {QStringLiteral("client_id"), kDesktop}};
        expectOAuthError(token(base), 400, "invalid_request",
                         "The request is missing a required parameter 'code_verifier'.");

        m_client = std::make_unique<HttpTestClient>();
        const QString code2 = signInForCode(*m_client, *m_sandbox, request);
        auto wrong = base;
        wrong[1].second = code2;
        wrong.append({QStringLiteral("code_verifier"), Pkce::make().verifier});
        expectOAuthError(token(wrong), 400, "invalid_grant", "PKCE verification failed.");
    }

    void redirectUriMustMatchAtTheTokenEndpoint()
    {
        const Pkce pkce = Pkce::make();
        AuthorizeRequest request;
        request.challenge = pkce.challenge;
        const QString code = signInForCode(*m_client, *m_sandbox, request);
        const Tokens tokens = exchangeCode(*m_client, *m_sandbox, code, pkce.verifier, kDesktop,
                                           QStringLiteral("http://127.0.0.1:1/callback"));
        QCOMPARE(tokens.status, 400);
        QCOMPARE(tokens.body.value(QStringLiteral("error_description")).toString(),
                 QStringLiteral("The 'redirect_uri' is invalid."));
    }

    void codeIssuedToAnotherClientIsRefused()
    {
        const Pkce pkce = Pkce::make();
        AuthorizeRequest request;
        request.challenge = pkce.challenge;
        const QString code = signInForCode(*m_client, *m_sandbox, request);
        const HttpTestReply reply =
            token({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                   {QStringLiteral("code"), code},
                   {QStringLiteral("redirect_uri"), kCallback},
                   {QStringLiteral("code_verifier"), pkce.verifier}},
                  {{"Authorization", HttpTestClient::basicAuth(kWeb, kWebSecret)}});
        expectOAuthError(reply, 400, "invalid_grant", "The grant was issued to another client.");
    }

    void refreshRotatesAndTheOldTokenDiesAtOnce()
    {
        const Tokens signedIn = signInDesktop(*m_client, *m_sandbox);
        const auto refresh = [this](const QString& refreshToken, const QString& scope) {
            QList<QPair<QString, QString>> fields{
                {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                {QStringLiteral("refresh_token"), refreshToken},
                {QStringLiteral("client_id"), kDesktop}};
            if (!scope.isEmpty()) {
                fields.append({QStringLiteral("scope"), scope});
            }
            return token(fields);
        };
        const int rotationsBefore =
            stats(*m_client, *m_sandbox).value(QStringLiteral("refresh_rotations")).toInt();
        const HttpTestReply rotated = refresh(signedIn.refresh(), QString());
        QCOMPARE(rotated.status, 200);
        const QString newRefresh = rotated.json().value(QStringLiteral("refresh_token")).toString();
        QVERIFY(!newRefresh.isEmpty());
        QVERIFY(newRefresh != signedIn.refresh());
        QVERIFY(!rotated.json().contains(QStringLiteral("id_token")));

        expectOAuthError(refresh(signedIn.refresh(), QString()), 400, "invalid_grant",
                         "The refresh token is invalid or expired.");
        expectOAuthError(refresh(newRefresh, QStringLiteral("data:read data:write")), 400,
                         "invalid_scope");
        const HttpTestReply narrowed = refresh(newRefresh, QStringLiteral("data:read"));
        QCOMPARE(narrowed.status, 200);
        QCOMPARE(JwksVerifier::claims(
                     narrowed.json().value(QStringLiteral("access_token")).toString().toLatin1())
                     .value(QStringLiteral("scope"))
                     .toArray(),
                 QJsonArray{QStringLiteral("data:read")});
        QCOMPARE(stats(*m_client, *m_sandbox).value(QStringLiteral("refresh_rotations")).toInt(),
                 rotationsBefore + 2);
    }

    void expiredAccessTokenIsRejected()
    {
        const Tokens tokens = clientCredentials(*m_client, *m_sandbox, QStringLiteral("data:read"),
                                                QStringLiteral("sandbox_token_lifetime=1"));
        QCOMPARE(tokens.body.value(QStringLiteral("expires_in")).toInt(), 1);
        QVERIFY(stats(*m_client, *m_sandbox)[QStringLiteral("fault_token_lifetime")].toInt() >= 1);
        QCOMPARE(hubsStatus(tokens.access()), 200);
        QTest::qWait(2100);
        const HttpTestReply reply =
            m_client->getWithBearer(url("/project/v1/hubs"), tokens.access());
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("AUTH-006"));
        QVERIFY(reply.json().contains(QStringLiteral("developerMessage")));
        QVERIFY(reply.json().contains(QStringLiteral("moreInfo")));
    }

    void missingScopeIsForbidden()
    {
        const Tokens tokens =
            clientCredentials(*m_client, *m_sandbox, QStringLiteral("bucket:read"));
        const HttpTestReply reply =
            m_client->getWithBearer(url("/project/v1/hubs"), tokens.access());
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QStringLiteral("errorCode")).toString(),
                 QStringLiteral("AUTH-010"));
    }

    void missingTokenIs401WithChallenge()
    {
        const HttpTestReply reply = m_client->get(url("/project/v1/hubs"));
        QCOMPARE(reply.status, 401);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    }

    void introspectionBeforeAndAfterRevocation()
    {
        const Tokens tokens = signInDesktop(*m_client, *m_sandbox);
        const QJsonObject active = introspect(tokens.access()).json();
        QCOMPARE(active.value(QStringLiteral("active")).toBool(), true);
        QCOMPARE(active.value(QStringLiteral("scope")).toString(),
                 QStringLiteral("data:read user-profile:read"));
        QCOMPARE(active.value(QStringLiteral("client_id")).toString(), kDesktop);
        QCOMPARE(active.value(QStringLiteral("userid")).toString(), QStringLiteral("SANDBOXUSER1"));
        QVERIFY(active.value(QStringLiteral("exp")).toDouble()
                > QDateTime::currentSecsSinceEpoch());
        // Another client learns nothing about this client's token.
        const HttpTestReply foreign = m_client->postForm(
            url("/authentication/v2/introspect"), {{QStringLiteral("token"), tokens.access()}},
            {{"Authorization", HttpTestClient::basicAuth(kWeb, kWebSecret)}});
        QCOMPARE(foreign.json(), QJsonObject({{QStringLiteral("active"), false}}));

        const HttpTestReply revoked =
            m_client->postForm(url("/authentication/v2/revoke"),
                               {{QStringLiteral("token"), tokens.access()},
                                {QStringLiteral("token_type_hint"), QStringLiteral("access_token")},
                                {QStringLiteral("client_id"), kDesktop}});
        QCOMPARE(revoked.status, 200);
        QVERIFY(revoked.body.isEmpty());
        QCOMPARE(introspect(tokens.access()).json(),
                 QJsonObject({{QStringLiteral("active"), false}}));
        QCOMPARE(hubsStatus(tokens.access()), 401);
        // The refresh token lives on until it is revoked itself.
        QCOMPARE(introspect(tokens.refresh()).json().value(QStringLiteral("active")).toBool(),
                 true);
    }

    void revokingTheRefreshTokenEndsTheSignIn()
    {
        const Tokens tokens = signInDesktop(*m_client, *m_sandbox);
        QCOMPARE(
            m_client
                ->postForm(url("/authentication/v2/revoke"),
                           {{QStringLiteral("token"), tokens.refresh()},
                            {QStringLiteral("token_type_hint"), QStringLiteral("refresh_token")},
                            {QStringLiteral("client_id"), kDesktop}})
                .status,
            200);
        QCOMPARE(introspect(tokens.refresh()).json().value(QStringLiteral("active")).toBool(),
                 false);
        QCOMPARE(hubsStatus(tokens.access()), 401);
    }

    void revokingAnUnknownTokenStillAnswers200()
    {
        const HttpTestReply reply =
            m_client->postForm(url("/authentication/v2/revoke"),
                               {{QStringLiteral("token"), QStringLiteral("nope")},
                                {QStringLiteral("client_id"), kDesktop}});
        QCOMPARE(reply.status, 200);
        expectOAuthError(m_client->postForm(url("/authentication/v2/revoke"),
                                            {{QStringLiteral("client_id"), kDesktop}}),
                         400, "invalid_request");
    }

    void logoutRedirectsOnlyToRegisteredUrls()
    {
        signInDesktop(*m_client, *m_sandbox);
        QUrl bad = url("/authentication/v2/logout");
        bad.setQuery(QStringLiteral("post_logout_redirect_uri=https%3A%2F%2Fevil.example%2Fx"));
        const HttpTestReply refused = m_client->get(bad);
        QCOMPARE(refused.status, 400);
        QVERIFY(refused.header("Location").isEmpty());

        QUrl good = url("/authentication/v2/logout");
        good.setQuery(
            QStringLiteral("post_logout_redirect_uri=http%3A%2F%2F127.0.0.1%3A9999%2Fsigned-out"));
        const HttpTestReply reply = m_client->get(good);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.location(), QUrl(QStringLiteral("http://127.0.0.1:9999/signed-out")));
        // The browser session is gone: the next authorize asks for the password.
        AuthorizeRequest request;
        request.challenge = Pkce::make().challenge;
        QVERIFY(
            m_client->get(request.url(m_sandbox->baseUrl())).body.contains("name=\"password\""));
    }

    void userInfoNeedsAUserToken()
    {
        const Tokens user = signInDesktop(*m_client, *m_sandbox);
        const HttpTestReply info = m_client->getWithBearer(url("/userinfo"), user.access());
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(QStringLiteral("sub")).toString(),
                 QStringLiteral("SANDBOXUSER1"));
        QCOMPARE(info.json().value(QStringLiteral("email")).toString(), kUser);
        const Tokens app = clientCredentials(*m_client, *m_sandbox, QStringLiteral("data:read"));
        QCOMPARE(m_client->getWithBearer(url("/userinfo"), app.access()).status, 401);
    }

    void tokenEndpointRefusesMalformedRequests()
    {
        const QUrl tokenUrl = url("/authentication/v2/token");
        QCOMPARE(m_client->get(tokenUrl).status, 405);
        expectOAuthError(m_client->post(tokenUrl, R"({"grant_type":"client_credentials"})",
                                        {{"Content-Type", "application/json"}}),
                         400, "invalid_request");
        expectOAuthError(token({{QStringLiteral("client_id"), kDesktop}}), 400, "invalid_request",
                         "The token request must specify a valid 'grant_type'.");
        expectOAuthError(token({{QStringLiteral("grant_type"), QStringLiteral("password")},
                                {QStringLiteral("client_id"), kDesktop}}),
                         400, "unsupported_grant_type");
        expectOAuthError(token({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                                {QStringLiteral("client_id"), kDesktop}}),
                         400, "invalid_request");
    }

    void revokeAllEndsEveryToken()
    {
        const Tokens user = signInDesktop(*m_client, *m_sandbox);
        const Tokens app = clientCredentials(*m_client, *m_sandbox, QStringLiteral("data:read"));
        QCOMPARE(m_client->post(url("/sandbox/revoke-all"), {}).status, 200);
        QCOMPARE(hubsStatus(user.access()), 401);
        QCOMPARE(hubsStatus(app.access()), 401);
        QCOMPARE(introspect(user.refresh()).json().value(QStringLiteral("active")).toBool(), false);
        QVERIFY(stats(*m_client, *m_sandbox).value(QStringLiteral("revoke_all")).toInt() >= 1);
    }
};

QTEST_GUILESS_MAIN(TestSandboxOAuth)
#include "tst_sandboxoauth.moc"
