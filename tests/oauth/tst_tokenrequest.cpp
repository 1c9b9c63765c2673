// Token, refresh and client-credentials requests against the sandbox over
// loopback HTTP, and the odd answers real providers give, each turned into a
// clear error.
#include "BrowserSimulator.h"
#include "http/HttpServer.h"
#include "oauth/IntrospectionJob.h"
#include "oauth/Pkce.h"
#include "oauth/RevocationJob.h"
#include "oauth/TokenRequestJob.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

namespace {

ClientRegistration serverApp(ClientRegistration::TokenAuth auth)
{
    ClientRegistration client;
    client.clientId = QStringLiteral("sandbox-server-app");
    client.type = ClientRegistration::ClientType::ServerToServer;
    client.tokenAuth = auth;
    client.grantType = QStringLiteral("client_credentials");
    client.scopes = {QStringLiteral("data:read"), QStringLiteral("bucket:read")};
    return client;
}

ClientRegistration desktopApp()
{
    ClientRegistration client;
    client.clientId = QStringLiteral("sandbox-desktop-app");
    client.scopes = {QStringLiteral("data:read")};
    return client;
}

} // namespace

class TestTokenRequest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;

    QUrl tokenUrl(const QString& query = QString()) const
    {
        QUrl url = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/token")));
        url.setQuery(query);
        return url;
    }

    // Runs a job to its end; the job is deleted afterwards by the caller's scope.
    static void run(OAuthRequestJob& job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(30000));
    }

    QString signInForCode(const QString& challenge, const QString& redirectUri)
    {
        HttpTestClient browserClient;
        BrowserSimulator browser(browserClient);
        QUrl authorize =
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/authorize")));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), QStringLiteral("sandbox-desktop-app"));
        query.addQueryItem(QStringLiteral("redirect_uri"),
                           QString::fromLatin1(QUrl::toPercentEncoding(redirectUri)));
        query.addQueryItem(QStringLiteral("scope"), QStringLiteral("data:read"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("s"));
        query.addQueryItem(QStringLiteral("code_challenge"), challenge);
        query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
        authorize.setQuery(query);
        const auto outcome =
            browser.signIn(authorize, QStringLiteral("demo@sandbox.grantline.org"),
                           QStringLiteral("sandbox"), BrowserSimulator::Decision::Allow);
        return QUrlQuery(outcome.redirect).queryItemValue(QStringLiteral("code"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void clientCredentialsWithBasicOrPost_data()
    {
        QTest::addColumn<int>("auth");
        QTest::newRow("client_secret_basic")
            << int(ClientRegistration::TokenAuth::ClientSecretBasic);
        QTest::newRow("client_secret_post") << int(ClientRegistration::TokenAuth::ClientSecretPost);
    }

    void clientCredentialsWithBasicOrPost()
    {
        QFETCH(int, auth);
        const ClientRegistration client = serverApp(ClientRegistration::TokenAuth(auth));
        TokenRequestJob job(&m_network, tokenUrl(), client, QStringLiteral("sandbox-server-secret"),
                            TokenRequestJob::clientCredentialsFields(client.scopes));
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        const TokenSet tokens = job.tokens();
        QVERIFY(!tokens.accessToken.isEmpty());
        QVERIFY(tokens.refreshToken.isEmpty());
        // APS sends no scope back: the requested ones stand.
        QCOMPARE(tokens.scopes, client.scopes);
        const qint64 lifetime = tokens.obtainedAt.secsTo(tokens.expiresAt);
        QCOMPARE(lifetime, qint64(3599));
    }

    void basicAuthEncodesReservedCharacters()
    {
        QCOMPARE(
            OAuthRequestJob::basicCredentials(QStringLiteral("id:1"), QStringLiteral("a+b %c")),
            QByteArray("Basic ") + QByteArray("id%3A1:a%2Bb+%25c").toBase64());
        QTemporaryFile apps;
        QVERIFY(apps.open());
        apps.write(
            R"({"apps":[{"type":"server","client_id":"odd:id+1","client_secret":"s:e+c%r/e t"}]})");
        apps.close();
        SandboxSettings settings;
        settings.appsPath = apps.fileName();
        SandboxServer odd(settings);
        QString error;
        QVERIFY(odd.start(&error));
        ClientRegistration client = serverApp(ClientRegistration::TokenAuth::ClientSecretBasic);
        client.clientId = QStringLiteral("odd:id+1");
        TokenRequestJob job(
            &m_network, odd.baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/token"))),
            client, QStringLiteral("s:e+c%r/e t"),
            TokenRequestJob::clientCredentialsFields({QStringLiteral("data:read")}));
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
    }

    void codeExchangeAndRefreshRotation()
    {
        const Pkce pkce = Pkce::generate();
        const QString redirect = QStringLiteral("http://127.0.0.1:47001/callback");
        const QString code = signInForCode(pkce.challenge, redirect);
        QVERIFY(!code.isEmpty());
        TokenRequestJob exchange(
            &m_network, tokenUrl(), desktopApp(), QString(),
            TokenRequestJob::authorizationCodeFields(code, redirect, pkce.verifier));
        run(exchange);
        QVERIFY2(exchange.error() == Job::NoError, qPrintable(exchange.errorText()));
        const TokenSet first = exchange.tokens();
        QVERIFY(!first.refreshToken.isEmpty());

        TokenRequestJob refresh(&m_network, tokenUrl(), desktopApp(), QString(),
                                TokenRequestJob::refreshFields(first.refreshToken));
        run(refresh);
        QVERIFY2(refresh.error() == Job::NoError, qPrintable(refresh.errorText()));
        QVERIFY(refresh.tokens().refreshToken != first.refreshToken);

        TokenRequestJob reuse(&m_network, tokenUrl(), desktopApp(), QString(),
                              TokenRequestJob::refreshFields(first.refreshToken));
        run(reuse);
        QCOMPARE(reuse.error(), int(OAuthRequestJob::InvalidGrant));
        QCOMPARE(reuse.providerError(), QStringLiteral("invalid_grant"));
        QVERIFY2(reuse.errorText().contains(QStringLiteral("sign in again")),
                 qPrintable(reuse.errorText()));
    }

    void introspectRevokeIntrospect()
    {
        const Pkce pkce = Pkce::generate();
        const QString redirect = QStringLiteral("http://127.0.0.1:47002/callback");
        TokenRequestJob exchange(
            &m_network, tokenUrl(), desktopApp(), QString(),
            TokenRequestJob::authorizationCodeFields(signInForCode(pkce.challenge, redirect),
                                                     redirect, pkce.verifier));
        run(exchange);
        QVERIFY2(exchange.error() == Job::NoError, qPrintable(exchange.errorText()));
        const TokenSet tokens = exchange.tokens();
        const QUrl introspect =
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/introspect")));
        const QUrl revoke =
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/revoke")));

        IntrospectionJob before(&m_network, introspect, desktopApp(), QString(), tokens.accessToken,
                                QStringLiteral("access_token"));
        run(before);
        QVERIFY2(before.error() == Job::NoError, qPrintable(before.errorText()));
        QVERIFY(before.isActive());
        QCOMPARE(before.details().value(QStringLiteral("scope")).toString(),
                 QStringLiteral("data:read"));

        RevocationJob revokeAccess(&m_network, revoke, desktopApp(), QString(), tokens.accessToken,
                                   QStringLiteral("access_token"));
        run(revokeAccess);
        QVERIFY2(revokeAccess.error() == Job::NoError, qPrintable(revokeAccess.errorText()));

        IntrospectionJob after(&m_network, introspect, desktopApp(), QString(), tokens.accessToken,
                               QStringLiteral("access_token"));
        run(after);
        QCOMPARE(after.error(), int(Job::NoError));
        QVERIFY(!after.isActive());
        QVERIFY(after.details().isEmpty());

        RevocationJob revokeRefresh(&m_network, revoke, desktopApp(), QString(),
                                    tokens.refreshToken, QStringLiteral("refresh_token"));
        run(revokeRefresh);
        QCOMPARE(revokeRefresh.error(), int(Job::NoError));
        TokenRequestJob refresh(&m_network, tokenUrl(), desktopApp(), QString(),
                                TokenRequestJob::refreshFields(tokens.refreshToken));
        run(refresh);
        QCOMPARE(refresh.error(), int(OAuthRequestJob::InvalidGrant));
    }

    void oddIntrospectionAndRevocationAnswers()
    {
        QByteArray body;
        int status = 200;
        HttpServer odd;
        odd.setHandler([&](const HttpRequest&, HttpConnection* connection) {
            HttpResponse response = HttpResponse::json(status, QJsonDocument());
            response.body = body;
            connection->respond(response);
        });
        QVERIFY(odd.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/x").arg(odd.port()));

        body = R"({"scope":"everything"})";
        IntrospectionJob noActive(&m_network, url, desktopApp(), QString(), QStringLiteral("t"),
                                  QString());
        run(noActive);
        QCOMPARE(noActive.error(), int(OAuthRequestJob::MalformedResponse));

        // An inactive answer's other fields are not to be trusted.
        body = R"({"active":false,"scope":"admin"})";
        IntrospectionJob inactive(&m_network, url, desktopApp(), QString(), QStringLiteral("t"),
                                  QString());
        run(inactive);
        QCOMPARE(inactive.error(), int(Job::NoError));
        QVERIFY(inactive.details().isEmpty());

        status = 400;
        body = R"({"error":"unsupported_token_type"})";
        RevocationJob unsupported(&m_network, url, desktopApp(), QString(), QStringLiteral("t"),
                                  QStringLiteral("refresh_token"));
        run(unsupported);
        QCOMPARE(unsupported.error(), int(OAuthRequestJob::UnsupportedTokenType));

        status = 401;
        body = R"({"error":"invalid_client"})";
        IntrospectionJob notAllowed(&m_network, url, desktopApp(), QString(), QStringLiteral("t"),
                                    QString());
        run(notAllowed);
        QCOMPARE(notAllowed.error(), int(OAuthRequestJob::InvalidClient));
    }

    // RFC 7009 §2.2: 200 means revoked, whatever the body says or is.
    void revocationAnsweredTwoHundredWithTextSucceeds_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("plain text") << QByteArray("ok");
        QTest::newRow("html") << QByteArray("<html><body>Revoked</body></html>");
        QTest::newRow("empty") << QByteArray();
    }

    void revocationAnsweredTwoHundredWithTextSucceeds()
    {
        QFETCH(QByteArray, body);
        QByteArray received;
        HttpServer provider;
        provider.setHandler([&](const HttpRequest& request, HttpConnection* connection) {
            received = request.body;
            connection->respond(HttpResponse::text(200, body));
        });
        QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/revoke").arg(provider.port()));
        RevocationJob job(&m_network, url, desktopApp(), QString(), QStringLiteral("t0ken"),
                          QStringLiteral("refresh_token"));
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.httpStatus(), 200);
        QVERIFY(received.contains("token=t0ken"));
    }

    void wrongSecretIsInvalidClient()
    {
        const ClientRegistration client =
            serverApp(ClientRegistration::TokenAuth::ClientSecretBasic);
        TokenRequestJob job(&m_network, tokenUrl(), client, QStringLiteral("wrong"),
                            TokenRequestJob::clientCredentialsFields(client.scopes));
        run(job);
        QCOMPARE(job.error(), int(OAuthRequestJob::InvalidClient));
        QCOMPARE(job.httpStatus(), 401);
        QVERIFY2(job.errorText().contains(QStringLiteral("client ID and secret")),
                 qPrintable(job.errorText()));
        // The secret never shows up in what a person is told.
        QVERIFY(!job.errorText().contains(QStringLiteral("wrong")));
    }

    void providerFailuresBecomeClearErrors_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("500 gateway json")
            << QStringLiteral("500") << int(OAuthRequestJob::ServerFailed)
            << QStringLiteral("HTTP 500");
        QTest::newRow("html page with 200")
            << QStringLiteral("html") << int(OAuthRequestJob::MalformedResponse)
            << QStringLiteral("not JSON");
        QTest::newRow("truncated json")
            << QStringLiteral("malformed") << int(OAuthRequestJob::MalformedResponse)
            << QStringLiteral("not JSON");
        QTest::newRow("429") << QStringLiteral("429") << int(OAuthRequestJob::RateLimited)
                             << QStringLiteral("wait 1 s");
        QTest::newRow("503") << QStringLiteral("503") << int(OAuthRequestJob::RateLimited)
                             << QStringLiteral("busy");
        QTest::newRow("dropped") << QStringLiteral("drop") << int(OAuthRequestJob::NetworkFailed)
                                 << QStringLiteral("Could not reach");
    }

    void providerFailuresBecomeClearErrors()
    {
        QFETCH(QString, fault);
        QFETCH(int, error);
        QFETCH(QString, mentions);
        const ClientRegistration client =
            serverApp(ClientRegistration::TokenAuth::ClientSecretBasic);
        TokenRequestJob job(&m_network, tokenUrl(QStringLiteral("sandbox_fault=") + fault), client,
                            QStringLiteral("sandbox-server-secret"),
                            TokenRequestJob::clientCredentialsFields(client.scopes));
        run(job);
        QCOMPARE(job.error(), error);
        QVERIFY2(job.errorText().contains(mentions), qPrintable(job.errorText()));
        QVERIFY(job.tokens().isEmpty());
    }

    void answersThatAreNotTokensAreRefused_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no token_type")
            << 200 << QByteArray(R"({"access_token":"a"})") << QStringLiteral("Bearer");
        QTest::newRow("mac token")
            << 200 << QByteArray(R"({"access_token":"a","token_type":"mac"})")
            << QStringLiteral("\"mac\"");
        QTest::newRow("no access_token")
            << 200 << QByteArray(R"({"token_type":"bearer"})") << QStringLiteral("access_token");
        QTest::newRow("json array") << 200 << QByteArray("[1,2]") << QStringLiteral("not JSON");
        QTest::newRow("redirect") << 302 << QByteArray() << QStringLiteral("redirect");
        QTest::newRow("400 html") << 400 << QByteArray("<html>bad</html>")
                                  << QStringLiteral("not an OAuth error");
        QTest::newRow("400 invalid_client") << 400 << QByteArray(R"({"error":"invalid_client"})")
                                            << QStringLiteral("Check the client ID and secret");
        QTest::newRow("500 html") << 500 << QByteArray("<html><h1>Internal error</h1></html>")
                                  << QStringLiteral("HTTP 500");
        QTest::newRow("unknown error code")
            << 400 << QByteArray(R"({"error":"slow_down","error_description":"Later."})")
            << QStringLiteral("Later. (slow_down)");
    }

    void answersThatAreNotTokensAreRefused()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        // A provider that answers whatever this test says, over a real socket.
        HttpServer odd;
        odd.setHandler([&](const HttpRequest&, HttpConnection* connection) {
            HttpResponse response = HttpResponse::json(status, QJsonDocument());
            response.body = body;
            if (status == 302) {
                response.setHeader("Location", "https://elsewhere.example/token");
            }
            connection->respond(response);
        });
        QVERIFY(odd.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/token").arg(odd.port()));
        TokenRequestJob job(&m_network, url, desktopApp(), QString(),
                            TokenRequestJob::refreshFields(QStringLiteral("r")));
        run(job);
        QVERIFY(job.error() != Job::NoError);
        QVERIFY2(job.errorText().contains(mentions), qPrintable(job.errorText()));
        QVERIFY(job.tokens().isEmpty());
    }

    void extraTokenParametersAreSent()
    {
        QByteArray received;
        HttpServer recorder;
        recorder.setHandler([&received](const HttpRequest& request, HttpConnection* connection) {
            received = request.body;
            connection->respond(
                HttpResponse::json(200,
                                   QJsonDocument(QJsonObject{
                                       {QStringLiteral("access_token"), QStringLiteral("a")},
                                       {QStringLiteral("token_type"), QStringLiteral("bearer")}})));
        });
        QVERIFY(recorder.listen(QHostAddress::LocalHost, 0));
        ClientRegistration client = desktopApp();
        client.extraTokenParameters = {
            {QStringLiteral("audience"), QStringLiteral("https://api x")}};
        TokenRequestJob job(
            &m_network, QUrl(QStringLiteral("http://127.0.0.1:%1/t").arg(recorder.port())), client,
            QString(), {{QStringLiteral("grant_type"), QStringLiteral("urn:custom")}});
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY2(received.contains("grant_type=urn%3Acustom"), received.constData());
        QVERIFY2(received.contains("audience=https%3A%2F%2Fapi+x"), received.constData());
        QVERIFY(received.contains("client_id=sandbox-desktop-app"));
        // Expiry unknown when the provider does not say.
        QVERIFY(!job.tokens().hasKnownExpiry());
    }

    void cancellingStopsTheRequest()
    {
        const ClientRegistration client =
            serverApp(ClientRegistration::TokenAuth::ClientSecretBasic);
        TokenRequestJob job(&m_network,
                            tokenUrl(QStringLiteral("sandbox_fault=slow&sandbox_delay_ms=2000")),
                            client, QStringLiteral("sandbox-server-secret"),
                            TokenRequestJob::clientCredentialsFields(client.scopes));
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTest::qWait(100);
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error(), int(Job::Cancelled));
        QTest::qWait(50);
        QCOMPARE(finished.count(), 1);
    }

    void revocationSaysWhichTokenItIs()
    {
        // RFC 7009 §2.1: token_type_hint tells the provider where to look first.
        QList<QList<HttpRequest::Field>> received;
        HttpServer recorder;
        recorder.setHandler([&received](const HttpRequest& request, HttpConnection* connection) {
            received.append(request.formFields());
            connection->respond(HttpResponse::json(200, QJsonDocument(QJsonObject())));
        });
        QVERIFY(recorder.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/revoke").arg(recorder.port()));
        for (const QString& hint :
             {QStringLiteral("refresh_token"), QStringLiteral("access_token")}) {
            RevocationJob job(&m_network, url, desktopApp(), QString(),
                              QStringLiteral("tok-") + hint, hint);
            run(job);
            QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        }
        QCOMPARE(received.size(), 2);
        const QList<HttpRequest::Field> first = received.at(0);
        QVERIFY(first.contains(
            HttpRequest::Field(QStringLiteral("token"), QStringLiteral("tok-refresh_token"))));
        QVERIFY(first.contains(HttpRequest::Field(QStringLiteral("token_type_hint"),
                                                  QStringLiteral("refresh_token"))));
        QVERIFY(received.at(1).contains(
            HttpRequest::Field(QStringLiteral("token_type_hint"), QStringLiteral("access_token"))));
    }

    void everyProviderErrorCodeGetsItsOwnAdvice()
    {
        // RFC 6749 §5.2 and RFC 7009 §2.2.1: each code has its own remedy, in
        // a sentence a person can act on, beside the provider's own words.
        const QList<std::tuple<QByteArray, int, QString>> codes{
            {"invalid_request", OAuthRequestJob::InvalidRequest,
             QStringLiteral("likely a provider setting")},
            {"invalid_client", OAuthRequestJob::InvalidClient,
             QStringLiteral("Check the client ID and secret")},
            {"invalid_grant", OAuthRequestJob::InvalidGrant,
             QStringLiteral("no longer valid; sign in again")},
            {"unauthorized_client", OAuthRequestJob::UnauthorizedClient,
             QStringLiteral("not allowed to sign in this way")},
            {"unsupported_grant_type", OAuthRequestJob::UnsupportedGrantType,
             QStringLiteral("does not support this kind of sign-in")},
            {"invalid_scope", OAuthRequestJob::InvalidScope,
             QStringLiteral("fewer or different scopes")},
            {"unsupported_token_type", OAuthRequestJob::UnsupportedTokenType,
             QStringLiteral("cannot revoke this kind of token")},
        };
        QByteArray code;
        HttpServer provider;
        provider.setHandler([&code](const HttpRequest&, HttpConnection* connection) {
            connection->respond(HttpResponse::json(
                400,
                QJsonDocument(QJsonObject{
                    {QStringLiteral("error"), QString::fromLatin1(code)},
                    {QStringLiteral("error_description"), QStringLiteral("Said so.")}})));
        });
        QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/token").arg(provider.port()));
        QSet<QString> sentences;
        for (const auto& [name, error, advice] : codes) {
            code = name;
            TokenRequestJob job(&m_network, url, desktopApp(), QString(),
                                TokenRequestJob::refreshFields(QStringLiteral("r")));
            run(job);
            QCOMPARE(job.error(), error);
            QCOMPARE(job.providerError(), QString::fromLatin1(name));
            QVERIFY2(job.errorText().contains(advice), qPrintable(job.errorText()));
            QVERIFY2(job.errorText().contains(
                         QStringLiteral("Said so. (%1)").arg(QString::fromLatin1(name))),
                     qPrintable(job.errorText()));
            sentences.insert(job.errorText());
        }
        QCOMPARE(sentences.size(), codes.size());
    }

    void theScopeGrantedReplacesTheOneAsked()
    {
        // RFC 6749 §5.1: a scope in the answer is what was granted, which may
        // be less than what was asked; without one, what was asked stands.
        QJsonObject answer{{QStringLiteral("access_token"), QStringLiteral("a")},
                           {QStringLiteral("token_type"), QStringLiteral("Bearer")}};
        HttpServer provider;
        provider.setHandler([&answer](const HttpRequest&, HttpConnection* connection) {
            connection->respond(HttpResponse::json(200, QJsonDocument(answer)));
        });
        QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/token").arg(provider.port()));
        ClientRegistration client = desktopApp();
        client.scopes = {QStringLiteral("data:read"), QStringLiteral("data:write")};

        answer.insert(QStringLiteral("scope"), QStringLiteral("data:read  bucket:read"));
        TokenRequestJob narrowed(&m_network, url, client, QString(),
                                 TokenRequestJob::refreshFields(QStringLiteral("r")));
        run(narrowed);
        QVERIFY2(narrowed.error() == Job::NoError, qPrintable(narrowed.errorText()));
        QCOMPARE(narrowed.tokens().scopes,
                 (QStringList{QStringLiteral("data:read"), QStringLiteral("bucket:read")}));

        answer.remove(QStringLiteral("scope"));
        TokenRequestJob unsaid(&m_network, url, client, QString(),
                               TokenRequestJob::refreshFields(QStringLiteral("r")));
        run(unsaid);
        QVERIFY2(unsaid.error() == Job::NoError, qPrintable(unsaid.errorText()));
        QCOMPARE(unsaid.tokens().scopes, client.scopes);
    }
};

QTEST_GUILESS_MAIN(TestTokenRequest)
#include "tst_tokenrequest.moc"
