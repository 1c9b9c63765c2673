// The whole three-legged sign-in against the sandbox: discovery, loopback
// listener, the "browser" signing in and consenting, the code exchange, and
// the page the browser tab ends on. Plus every way it can go wrong.
#include "BrowserSimulator.h"
#include "DebugLogCapture.h"
#include "http/HttpServer.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DiscoveryJob.h"
#include "oauth/OAuthRequestJob.h"
#include "oauth/Pkce.h"
#include "oauth/UserInfoJob.h"
#include "sandbox/SandboxServer.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

namespace {

// Plays the system browser: opened with the authorization URL, it signs in,
// answers the consent page and follows the redirect to the loopback receiver.
class SandboxBrowser
{
public:
    BrowserSimulator::Decision decision = BrowserSimulator::Decision::Allow;
    bool opens = true;
    QUrl openedUrl;
    HttpTestReply finalPage;
    bool done = false;

    AuthorizationCodeFlow::BrowserLauncher launcher()
    {
        return [this](const QUrl& url) {
            openedUrl = url;
            if (!opens) {
                return false;
            }
            QTimer::singleShot(0, [this, url] { visit(url); });
            return true;
        };
    }

    void visit(const QUrl& url)
    {
        BrowserSimulator browser(m_client);
        const auto outcome = browser.signIn(url, QStringLiteral("demo@sandbox.grantline.org"),
                                            QStringLiteral("sandbox"), decision);
        if (!outcome.redirect.isEmpty()) {
            // The provider sends the browser back to Grantline's loopback port.
            finalPage = m_client.get(outcome.redirect);
        }
        done = true;
    }

    HttpTestClient& client()
    {
        return m_client;
    }

private:
    HttpTestClient m_client;
};

// A token endpoint whose ID token carries these claims under a signature
// nobody made.
void answerWithUnsignedIdToken(HttpServer& server, std::function<QJsonObject()> claims)
{
    server.setHandler([claims](const HttpRequest&, HttpConnection* connection) {
        const QByteArray payload =
            QJsonDocument(claims())
                .toJson(QJsonDocument::Compact)
                .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        connection->respond(HttpResponse::json(
            200,
            QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("a")},
                                      {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                      {QStringLiteral("id_token"),
                                       QStringLiteral("eyJhbGciOiJSUzI1NiJ9.%1.c2ln")
                                           .arg(QString::fromLatin1(payload))}})));
    });
}

} // namespace

class TestAuthorizationCodeFlow : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    ProviderEndpoints m_endpoints;

    static ClientRegistration desktopApp()
    {
        ClientRegistration client;
        client.clientId = QStringLiteral("sandbox-desktop-app");
        client.scopes = {QStringLiteral("data:read"), QStringLiteral("openid")};
        return client;
    }

    static void run(Job& job, int waitMs = 30000)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.count() == 1 || finished.wait(waitMs));
    }

    int tokenRequests()
    {
        HttpTestClient client;
        return client.get(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/sandbox/stats"))))
            .json()
            .value(QStringLiteral("counters"))
            .toObject()
            .value(QStringLiteral("token_requests"))
            .toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        DiscoveryJob discovery(&m_network, m_sandbox->baseUrl().toString());
        run(discovery);
        QVERIFY2(discovery.error() == Job::NoError, qPrintable(discovery.errorText()));
        m_endpoints = discovery.endpoints();
        QCOMPARE(m_endpoints.codeChallengeMethods, QStringList{QStringLiteral("S256")});
    }

    void signsInAndAnswersTheBrowser()
    {
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, m_endpoints, desktopApp(), QString(),
                                   browser.launcher());
        QSignalSpy exchanging(&flow, &AuthorizationCodeFlow::exchangingCode);
        run(flow);
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
        QCOMPARE(exchanging.count(), 1);
        const TokenSet tokens = flow.tokens();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(!tokens.refreshToken.isEmpty());
        QVERIFY(!tokens.idToken.isEmpty());
        QTRY_VERIFY(browser.done);
        QCOMPARE(browser.finalPage.status, 200);
        QVERIFY(browser.finalPage.body.contains("You can close this tab"));

        // What was asked for: PKCE S256, a long random state, the loopback URI.
        const QUrlQuery asked(browser.openedUrl);
        QCOMPARE(asked.queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));
        QVERIFY(asked.queryItemValue(QStringLiteral("state")).size() >= 43);
        QVERIFY(!asked.queryItemValue(QStringLiteral("nonce")).isEmpty());
        QVERIFY(asked.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded)
                    .startsWith(QStringLiteral("http://127.0.0.1:")));

        // Who signed in, as the provider's userinfo endpoint tells it.
        UserInfoJob whoAmI(&m_network, m_endpoints.userInfo, tokens.accessToken);
        run(whoAmI);
        QVERIFY2(whoAmI.error() == Job::NoError, qPrintable(whoAmI.errorText()));
        QCOMPARE(whoAmI.profile().value(QStringLiteral("email")).toString(),
                 QStringLiteral("demo@sandbox.grantline.org"));
        QVERIFY(!whoAmI.displayName().isEmpty());
    }

    void eachAttemptUsesFreshSecrets()
    {
        QStringList states;
        QStringList challenges;
        for (int i = 0; i < 2; ++i) {
            SandboxBrowser browser;
            AuthorizationCodeFlow flow(&m_network, m_endpoints, desktopApp(), QString(),
                                       browser.launcher());
            run(flow);
            QCOMPARE(flow.error(), int(Job::NoError));
            const QUrlQuery asked(browser.openedUrl);
            states << asked.queryItemValue(QStringLiteral("state"));
            challenges << asked.queryItemValue(QStringLiteral("code_challenge"));
        }
        QVERIFY(states[0] != states[1]);
        QVERIFY(challenges[0] != challenges[1]);
    }

    void deniedConsentMakesNoTokenRequest()
    {
        const int before = tokenRequests();
        SandboxBrowser browser;
        browser.decision = BrowserSimulator::Decision::Deny;
        AuthorizationCodeFlow flow(&m_network, m_endpoints, desktopApp(), QString(),
                                   browser.launcher());
        run(flow);
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::AccessDenied));
        QVERIFY2(flow.errorText().contains(QStringLiteral("Allow")), qPrintable(flow.errorText()));
        QTRY_VERIFY(browser.done);
        QVERIFY(browser.finalPage.body.contains("Access denied"));
        QCOMPARE(tokenRequests(), before);
        QVERIFY(flow.tokens().isEmpty());
    }

    void portInUseIsAClearError()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        ClientRegistration client = desktopApp();
        client.redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(taken.serverPort());
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, m_endpoints, client, QString(), browser.launcher());
        run(flow);
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::PortUnavailable));
        QVERIFY2(flow.errorText().contains(QString::number(taken.serverPort())),
                 qPrintable(flow.errorText()));
        QVERIFY(browser.openedUrl.isEmpty());
    }

    void fixedPortIsUsedWhenRegistered()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        ClientRegistration client = desktopApp();
        client.redirectUri = QStringLiteral("http://localhost:%1/callback").arg(port);
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, m_endpoints, client, QString(), browser.launcher());
        run(flow);
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
        QCOMPARE(QUrlQuery(browser.openedUrl)
                     .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 client.redirectUri);
    }

    void nonLoopbackRedirectUriIsRefused()
    {
        ClientRegistration client = desktopApp();
        client.redirectUri = QStringLiteral("https://example.com/callback");
        AuthorizationCodeFlow flow(&m_network, m_endpoints, client, QString(), {});
        run(flow);
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::UnusableRedirectUri));
    }

    void browserThatDoesNotOpenLeavesTheUrlToCopy()
    {
        SandboxBrowser browser;
        browser.opens = false;
        AuthorizationCodeFlow flow(&m_network, m_endpoints, desktopApp(), QString(),
                                   browser.launcher());
        flow.setAutoDelete(false);
        QSignalSpy failedToOpen(&flow, &AuthorizationCodeFlow::browserLaunchFailed);
        QSignalSpy finished(&flow, &Job::finished);
        flow.start();
        QTRY_COMPARE(failedToOpen.count(), 1);
        QCOMPARE(finished.count(), 0);
        // The person copies the URL into a browser by hand.
        browser.visit(failedToOpen.first().first().toUrl());
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
    }

    void issuerMismatchIsRefused()
    {
        ProviderEndpoints strict = m_endpoints;
        strict.sendsIssuerInResponse = true;
        // The sandbox never sends iss, so a provider that promised to is not it.
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, strict, desktopApp(), QString(), browser.launcher());
        run(flow);
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::IssuerMismatch));
        QTRY_VERIFY(browser.done);
        QVERIFY(browser.finalPage.body.contains("Sign-in refused"));

        // A response naming another issuer is refused even when iss is optional.
        bool launched = false;
        AuthorizationCodeFlow forged(&m_network, m_endpoints, desktopApp(), QString(),
                                     [&launched](const QUrl&) { return launched = true; });
        forged.setAutoDelete(false);
        QSignalSpy finished(&forged, &Job::finished);
        forged.start();
        QTRY_VERIFY(launched);
        HttpTestClient attacker;
        QUrl callback(forged.redirectUri());
        callback.setQuery(
            QStringLiteral("code=x&iss=https%3A%2F%2Fevil.example&state=")
            + QUrlQuery(forged.authorizationUrl()).queryItemValue(QStringLiteral("state")));
        attacker.get(callback);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(forged.error(), int(AuthorizationCodeFlow::IssuerMismatch));
    }

    void tokenEndpointFailureReachesTheBrowserToo()
    {
        ProviderEndpoints broken = m_endpoints;
        broken.token.setQuery(QStringLiteral("sandbox_fault=500"));
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, broken, desktopApp(), QString(), browser.launcher());
        run(flow);
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::TokenExchangeFailed));
        QCOMPARE(flow.tokenError(), int(OAuthRequestJob::ServerFailed));
        QTRY_VERIFY(browser.done);
        QVERIFY(browser.finalPage.body.contains("Sign-in failed"));
    }

    void idTokenWithAnotherNonceIsRefused()
    {
        // A token endpoint that answers with an ID token minted for another sign-in.
        HttpServer replaying;
        const QString issuer = m_endpoints.issuer;
        answerWithUnsignedIdToken(replaying, [issuer] {
            return QJsonObject{
                {QStringLiteral("nonce"), QStringLiteral("someone-else")},
                {QStringLiteral("exp"), double(QDateTime::currentSecsSinceEpoch() + 3600)},
                {QStringLiteral("iss"), issuer},
                {QStringLiteral("aud"), QStringLiteral("sandbox-desktop-app")},
                {QStringLiteral("sub"), QStringLiteral("x")}};
        });
        QVERIFY(replaying.listen(QHostAddress::LocalHost, 0));
        ProviderEndpoints endpoints = m_endpoints;
        endpoints.token = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(replaying.port()));
        // No key set: the claims are still checked.
        endpoints.jwks.clear();
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, endpoints, desktopApp(), QString(),
                                   browser.launcher());
        run(flow);
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::IdTokenRefused));
        QVERIFY2(flow.errorText().contains(QStringLiteral("nonce")), qPrintable(flow.errorText()));
        QVERIFY(flow.tokens().isEmpty());
        QTRY_VERIFY(browser.done);
        QVERIFY(browser.finalPage.body.contains("Sign-in refused"));
    }

    void idTokenIsVerifiedAgainstTheProvidersKeys()
    {
        // Right nonce, right audience, but signed by nobody the provider knows.
        AuthorizationCodeFlow* current = nullptr;
        HttpServer forging;
        answerWithUnsignedIdToken(forging, [&current] {
            return QJsonObject{
                {QStringLiteral("nonce"),
                 QUrlQuery(current->authorizationUrl()).queryItemValue(QStringLiteral("nonce"))},
                {QStringLiteral("aud"), QStringLiteral("sandbox-desktop-app")},
                {QStringLiteral("sub"), QStringLiteral("x")}};
        });
        QVERIFY(forging.listen(QHostAddress::LocalHost, 0));
        ProviderEndpoints endpoints = m_endpoints;
        endpoints.token = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(forging.port()));
        endpoints.issuer.clear();
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, endpoints, desktopApp(), QString(),
                                   browser.launcher());
        current = &flow;
        run(flow);
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::IdTokenRefused));
        QVERIFY2(flow.errorText().contains(QStringLiteral("key")), qPrintable(flow.errorText()));
        QVERIFY(flow.tokens().isEmpty());
    }

    void openidWithoutIdTokenIsRefused()
    {
        HttpServer forgetful;
        forgetful.setHandler([](const HttpRequest&, HttpConnection* connection) {
            connection->respond(
                HttpResponse::json(200,
                                   QJsonDocument(QJsonObject{
                                       {QStringLiteral("access_token"), QStringLiteral("a")},
                                       {QStringLiteral("token_type"), QStringLiteral("Bearer")}})));
        });
        QVERIFY(forgetful.listen(QHostAddress::LocalHost, 0));
        ProviderEndpoints endpoints = m_endpoints;
        endpoints.token = QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(forgetful.port()));
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, endpoints, desktopApp(), QString(),
                                   browser.launcher());
        run(flow);
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::IdTokenRefused));
        QVERIFY2(flow.errorText().contains(QStringLiteral("openid")), qPrintable(flow.errorText()));
    }

    void confidentialAppSignsInWithItsSecret()
    {
        ClientRegistration web;
        web.clientId = QStringLiteral("sandbox-web-app");
        web.type = ClientRegistration::ClientType::Confidential;
        web.tokenAuth = ClientRegistration::TokenAuth::ClientSecretBasic;
        web.scopes = {QStringLiteral("data:read"), QStringLiteral("openid")};
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, m_endpoints, web,
                                   QStringLiteral("sandbox-web-secret"), browser.launcher());
        run(flow);
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
        QVERIFY(!flow.tokens().refreshToken.isEmpty());
        QVERIFY(!flow.tokens().idToken.isEmpty());
        // PKCE is sent by confidential clients too (RFC 9700 §2.1.1).
        QCOMPARE(
            QUrlQuery(browser.openedUrl).queryItemValue(QStringLiteral("code_challenge_method")),
            QStringLiteral("S256"));

        // The same app with a wrong secret gets nothing, and the browser hears why.
        SandboxBrowser second;
        AuthorizationCodeFlow wrong(&m_network, m_endpoints, web, QStringLiteral("not-it"),
                                    second.launcher());
        run(wrong);
        QCOMPARE(wrong.error(), int(AuthorizationCodeFlow::TokenExchangeFailed));
        QCOMPARE(wrong.tokenError(), int(OAuthRequestJob::InvalidClient));
        QTRY_VERIFY(second.done);
        QVERIFY(second.finalPage.body.contains("Sign-in failed"));
    }

    void cancelDuringTheCodeExchangeIsACancel()
    {
        ProviderEndpoints slow = m_endpoints;
        slow.token.setQuery(QStringLiteral("sandbox_fault=slow&sandbox_delay_ms=3000"));
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, slow, desktopApp(), QString(), browser.launcher());
        QSignalSpy exchanging(&flow, &AuthorizationCodeFlow::exchangingCode);
        // The browser waits for its answer meanwhile; the user clicks Cancel.
        connect(&flow, &AuthorizationCodeFlow::exchangingCode, &flow,
                [&flow] { QTimer::singleShot(200, &flow, [&flow] { flow.cancel(); }); });
        run(flow);
        QCOMPARE(exchanging.count(), 1);
        QCOMPARE(flow.error(), int(Job::Cancelled));
        QVERIFY(flow.tokens().isEmpty());
        QTRY_VERIFY(browser.done);
        QVERIFY2(browser.finalPage.body.contains("Sign-in cancelled"),
                 browser.finalPage.body.constData());
        QVERIFY(!browser.finalPage.body.contains("failed"));
    }

    void browserClosingTheTabMidExchangeStillSignsIn()
    {
        // ownCloud #6057: the tab went away while the code was being exchanged.
        ProviderEndpoints slow = m_endpoints;
        slow.token.setQuery(QStringLiteral("sandbox_fault=slow&sandbox_delay_ms=500"));
        QUrl authorize;
        AuthorizationCodeFlow flow(&m_network, slow, desktopApp(), QString(),
                                   [&authorize](const QUrl& url) {
                                       authorize = url;
                                       return true;
                                   });
        flow.setAutoDelete(false);
        QSignalSpy finished(&flow, &Job::finished);
        flow.start();
        QTRY_VERIFY(!authorize.isEmpty());
        HttpTestClient client;
        BrowserSimulator browser(client);
        const auto outcome =
            browser.signIn(authorize, QStringLiteral("demo@sandbox.grantline.org"),
                           QStringLiteral("sandbox"), BrowserSimulator::Decision::Allow);
        QTcpSocket tab;
        tab.connectToHost(QHostAddress::LocalHost, quint16(outcome.redirect.port()));
        QVERIFY(tab.waitForConnected(5000));
        tab.write("GET " + outcome.redirect.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority)
                  + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QVERIFY(tab.waitForBytesWritten(5000));
        QTest::qWait(100);
        tab.abort();
        QVERIFY(finished.wait(10000));
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
        QVERIFY(!flow.tokens().accessToken.isEmpty());
    }

    void discoveryWarnsWhenPkceIsNotAdvertised()
    {
        HttpServer provider;
        QString issuer;
        provider.setHandler([&issuer](const HttpRequest&, HttpConnection* connection) {
            connection->respond(HttpResponse::json(
                200,
                QJsonDocument(QJsonObject{
                    {QStringLiteral("issuer"), issuer},
                    {QStringLiteral("authorization_endpoint"), issuer + QStringLiteral("/a")},
                    {QStringLiteral("token_endpoint"), issuer + QStringLiteral("/t")}})));
        });
        QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
        issuer = QStringLiteral("http://127.0.0.1:%1").arg(provider.port());
        DiscoveryJob discovery(&m_network, issuer);
        run(discovery);
        QVERIFY2(discovery.error() == Job::NoError, qPrintable(discovery.errorText()));
        QCOMPARE(discovery.warnings().size(), 1);
        QVERIFY(discovery.warnings().first().contains(QStringLiteral("PKCE")));
        DiscoveryJob sandbox(&m_network, m_sandbox->baseUrl().toString());
        run(sandbox);
        QVERIFY(sandbox.warnings().isEmpty());
    }

    void cancelWhileWaitingForTheBrowser()
    {
        AuthorizationCodeFlow flow(&m_network, m_endpoints, desktopApp(), QString(),
                                   [](const QUrl&) { return true; });
        flow.setAutoDelete(false);
        QSignalSpy ready(&flow, &AuthorizationCodeFlow::authorizationUrlReady);
        flow.start();
        QTRY_COMPARE(ready.count(), 1);
        const QUrl redirect(flow.redirectUri());
        flow.cancel();
        QCOMPARE(flow.error(), int(Job::Cancelled));
        // Nothing listens any more.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, quint16(redirect.port()));
        QTRY_COMPARE(socket.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void discoveryRefusesAnotherIssuer()
    {
        // The sandbox announces its base URL as issuer; asking under another
        // name (localhost) must not be accepted.
        QUrl other = m_sandbox->baseUrl();
        other.setHost(QStringLiteral("localhost"));
        DiscoveryJob discovery(&m_network, other.toString());
        run(discovery);
        QCOMPARE(discovery.error(), int(DiscoveryJob::Untrusted));
        DiscoveryJob nowhere(&m_network, QStringLiteral("http://127.0.0.1:1"));
        run(nowhere);
        QCOMPARE(nowhere.error(), int(DiscoveryJob::NotFound));
        DiscoveryJob plain(&m_network, QStringLiteral("http://idp.example"));
        run(plain);
        QCOMPARE(plain.error(), int(DiscoveryJob::Untrusted));
    }

    void theEndpointsOwnQueryIsKept()
    {
        // RFC 6749 §3.1: an authorization endpoint may carry its own query
        // (a tenant, a policy); the sign-in adds to it, never replaces it.
        ProviderEndpoints endpoints = m_endpoints;
        QUrlQuery own;
        own.addQueryItem(QStringLiteral("tenant"), QStringLiteral("acme"));
        own.addQueryItem(QStringLiteral("p"), QStringLiteral("B2C_1_sign-in"));
        endpoints.authorization.setQuery(own);
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, endpoints, desktopApp(), QString(),
                                   browser.launcher());
        run(flow);
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
        const QUrlQuery asked(browser.openedUrl);
        QCOMPARE(asked.queryItemValue(QStringLiteral("tenant")), QStringLiteral("acme"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("p")), QStringLiteral("B2C_1_sign-in"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("response_type")), QStringLiteral("code"));
        QCOMPARE(asked.queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("sandbox-desktop-app"));
        QCOMPARE(browser.openedUrl.path(), m_endpoints.authorization.path());
    }

    void debugLoggingNeverShowsTheVerifierCodeOrTokens()
    {
        // The code exchange goes to a token endpoint that records what it got,
        // so the test knows the exact verifier and code the flow sent.
        QList<HttpRequest::Field> exchange;
        HttpServer tokenEndpoint;
        tokenEndpoint.setHandler(
            [&exchange](const HttpRequest& request, HttpConnection* connection) {
                exchange = request.formFields();
                connection->respond(HttpResponse::json(
                    200,
                    QJsonDocument(QJsonObject{
                        {QStringLiteral("access_token"), QStringLiteral("at-9f8e7d6c5b4a")},
                        {QStringLiteral("refresh_token"), QStringLiteral("rt-1a2b3c4d5e6f")},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), 3600}})));
            });
        QVERIFY(tokenEndpoint.listen(QHostAddress::LocalHost, 0));
        ProviderEndpoints endpoints = m_endpoints;
        endpoints.token =
            QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(tokenEndpoint.port()));
        ClientRegistration client = desktopApp();
        client.scopes = {QStringLiteral("data:read")};

        DebugLogCapture log;
        SandboxBrowser browser;
        AuthorizationCodeFlow flow(&m_network, endpoints, client, QString(), browser.launcher());
        run(flow);
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
        const auto sent = [&exchange](const char* name) {
            for (const auto& [field, value] : std::as_const(exchange)) {
                if (field == QLatin1String(name)) {
                    return value;
                }
            }
            return QString();
        };
        const QString verifier = sent("code_verifier");
        // The very verifier behind the challenge the browser carried.
        QCOMPARE(Pkce::challengeFor(verifier),
                 QUrlQuery(browser.openedUrl).queryItemValue(QStringLiteral("code_challenge")));
        // Debug output was on and the flow did write some: not a vacuous pass.
        QVERIFY(log.count(QStringLiteral("grantline.oauth")) > 0);
        for (const QString& secret :
             {verifier, sent("code"), flow.tokens().accessToken, flow.tokens().refreshToken}) {
            QVERIFY(secret.size() >= 12);
            QVERIFY2(log.find(secret).isEmpty(), qPrintable(log.find(secret)));
        }
    }
};

QTEST_GUILESS_MAIN(TestAuthorizationCodeFlow)
#include "tst_authorizationcodeflow.moc"
