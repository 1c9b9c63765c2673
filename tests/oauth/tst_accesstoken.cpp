// Tokens handed out for API calls: kept while fresh, refreshed shortly before
// expiry or after a 401, one refresh per connection at a time, rotation saved,
// and a sign-in the provider ended is forgotten.
#include "HttpTestClient.h"
#include "LockableSecretStore.h"
#include "ScopedTestClock.h"
#include "http/HttpServer.h"
#include "oauth/AccessTokenJob.h"
#include "oauth/ConnectionAuth.h"
#include "oauth/DiscoveryJob.h"
#include "oauth/TokenHistory.h"
#include "oauth/TokenRequestJob.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

class TestAccessToken : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    MemorySecretStore m_secrets;
    Connection m_user;
    Connection m_app;
    // Set by the tests that need a token near its end; real time otherwise.
    std::unique_ptr<ScopedTestClock> m_clock;

    static void run(Job& job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(30000));
    }

    int counter(const char* name)
    {
        HttpTestClient client;
        return client.get(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/sandbox/stats"))))
            .json()[QStringLiteral("counters")][QLatin1String(name)]
            .toInt();
    }

    void store(const Connection& connection, const ConnectionSecrets& secrets)
    {
        std::unique_ptr<SecretJob> job(
            m_secrets.writeSecret(ConnectionSecrets::keyFor(connection.name), secrets.serialize()));
        run(*job);
    }

    ConnectionSecrets stored(const Connection& connection)
    {
        std::unique_ptr<SecretJob> job(
            m_secrets.readSecret(ConnectionSecrets::keyFor(connection.name)));
        run(*job);
        return ConnectionSecrets::parse(job->secret()).value_or(ConnectionSecrets());
    }

    // Signs the user in with the web app (client credentials need no browser
    // here, so the user's tokens come from a code exchange in the sandbox).
    TokenSet userTokens(const QString& lifetimeQuery)
    {
        HttpTestClient client;
        // A refresh token comes only from a three-legged sign-in; get one via
        // the sandbox's pages, then shorten the access token by refreshing with
        // the lifetime asked for.
        QUrl authorize =
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/authorize")));
        authorize.setQuery(
            QStringLiteral("response_type=code&client_id=sandbox-web-app&scope=data:read"
                           "&state=s&redirect_uri=http%3A%2F%2F127.0.0.1%3A9%2Fcallback"));
        const QString html = QString::fromUtf8(client.get(authorize).body);
        const QString transaction =
            html.section(QStringLiteral("name=\"transaction\" value=\""), 1).section(u'"', 0, 0);
        const HttpTestReply signedIn = client.postForm(
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/login"))),
            {{QStringLiteral("transaction"), transaction},
             {QStringLiteral("username"), QStringLiteral("demo@sandbox.grantline.org")},
             {QStringLiteral("password"), QStringLiteral("sandbox")}});
        const HttpTestReply decided = client.postForm(
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/consent"))),
            {{QStringLiteral("transaction"), transaction},
             {QStringLiteral("decision"), QStringLiteral("allow")}});
        Q_UNUSED(signedIn);
        const QString code = QUrlQuery(decided.location()).queryItemValue(QStringLiteral("code"));
        QUrl token = m_user.endpoints.token;
        token.setQuery(lifetimeQuery);
        TokenRequestJob exchange(
            &m_network, token, m_user.client, QStringLiteral("sandbox-web-secret"),
            {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
             {QStringLiteral("code"), code},
             {QStringLiteral("redirect_uri"), QStringLiteral("http://127.0.0.1:9/callback")}});
        exchange.setAutoDelete(false);
        QSignalSpy finished(&exchange, &Job::finished);
        exchange.start();
        finished.wait(30000);
        return exchange.tokens();
    }

    // An hour's token in its last minute by the app's clock (moved forward,
    // not slept through): inside the five-minute refresh lead.
    TokenSet hourTokenWithAMinuteLeft()
    {
        TokenSet tokens = userTokens(QString());
        m_clock = std::make_unique<ScopedTestClock>(tokens.expiresAt.addSecs(-60));
        return tokens;
    }

private Q_SLOTS:
    void cleanup()
    {
        m_clock.reset();
    }

    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        DiscoveryJob discovery(&m_network, m_sandbox->baseUrl().toString());
        run(discovery);
        QVERIFY(discovery.error() == Job::NoError);
        m_user.name = QStringLiteral("user");
        m_user.provider = QStringLiteral("sandbox");
        m_user.endpoints = discovery.endpoints();
        m_user.client.clientId = QStringLiteral("sandbox-web-app");
        m_user.client.type = ClientRegistration::ClientType::Confidential;
        m_user.client.tokenAuth = ClientRegistration::TokenAuth::ClientSecretBasic;
        m_user.client.scopes = {QStringLiteral("data:read")};
        m_app = m_user;
        m_app.name = QStringLiteral("app");
        m_app.client.clientId = QStringLiteral("sandbox-server-app");
        m_app.client.type = ClientRegistration::ClientType::ServerToServer;
        m_app.client.grantType = QStringLiteral("client_credentials");
    }

    void freshTokenIsHandedOutAsIs()
    {
        const TokenSet tokens = userTokens(QString());
        QVERIFY(!tokens.refreshToken.isEmpty());
        store(m_user, {QStringLiteral("sandbox-web-secret"), tokens});
        const int before = counter("token_requests");
        AccessTokenJob job(&m_network, &m_secrets, m_user, false);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.accessToken(), tokens.accessToken);
        QVERIFY(!job.didRefresh());
        QCOMPARE(counter("token_requests"), before);
    }

    void nearlyExpiredTokenIsRefreshedAndRotationSaved()
    {
        // Sixty seconds left of an hour is inside the refresh lead.
        const TokenSet tokens = hourTokenWithAMinuteLeft();
        store(m_user, {QStringLiteral("sandbox-web-secret"), tokens});
        AccessTokenJob job(&m_network, &m_secrets, m_user, false);
        QTemporaryDir home;
        job.setHistoryHome(home.path());
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY(job.didRefresh());
        QVERIFY(job.accessToken() != tokens.accessToken);
        const ConnectionSecrets saved = stored(m_user);
        // The timeline learns of the refresh, times only.
        const QList<TokenHistory::Entry> history = TokenHistory(home.path()).entries(m_user.name);
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().event, TokenHistory::Event::Refreshed);
        // Kept to the second.
        QVERIFY(qAbs(history.first().expiresAt.msecsTo(saved.tokens.expiresAt)) < 1000);
        QCOMPARE(saved.tokens.accessToken, job.accessToken());
        QVERIFY(saved.tokens.refreshToken != tokens.refreshToken);
        QCOMPARE(saved.clientSecret, QStringLiteral("sandbox-web-secret"));
    }

    void a401ForcesOneRefresh()
    {
        store(m_user, {QStringLiteral("sandbox-web-secret"), userTokens(QString())});
        AccessTokenJob job(&m_network, &m_secrets, m_user, true);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY(job.didRefresh());
    }

    void concurrentCallersShareOneRefresh()
    {
        store(m_user, {QStringLiteral("sandbox-web-secret"), userTokens(QString())});
        const int before = counter("refresh_rotations");
        QList<AccessTokenJob*> jobs;
        for (int i = 0; i < 3; ++i) {
            jobs.append(new AccessTokenJob(&m_network, &m_secrets, m_user, i == 0, this));
            jobs.last()->setAutoDelete(false);
        }
        // The first one forces a refresh; the others start while it runs.
        jobs[0]->start();
        QTRY_VERIFY(jobs[0]->didRefresh() || jobs[0]->isFinished());
        jobs[1]->start();
        jobs[2]->start();
        QTRY_VERIFY(jobs[0]->isFinished() && jobs[1]->isFinished() && jobs[2]->isFinished());
        QCOMPARE(counter("refresh_rotations"), before + 1);
        for (AccessTokenJob* job : jobs) {
            QVERIFY2(job->error() == Job::NoError, qPrintable(job->errorText()));
            QCOMPARE(job->accessToken(), jobs[0]->accessToken());
        }
        qDeleteAll(jobs);
    }

    void jobsStartedTogetherRefreshOnce()
    {
        // All three read the keychain at the same moment and find a token
        // inside the refresh lead; only one may spend the refresh token, or
        // the provider's rotation would end the sign-in for the others.
        const TokenSet tokens = hourTokenWithAMinuteLeft();
        store(m_user, {QStringLiteral("sandbox-web-secret"), tokens});
        const int before = counter("refresh_rotations");
        const int reusedBefore = counter("refresh_rejected");
        std::vector<std::unique_ptr<AccessTokenJob>> jobs;
        for (int i = 0; i < 3; ++i) {
            jobs.push_back(std::make_unique<AccessTokenJob>(&m_network, &m_secrets, m_user, false));
            jobs.back()->setAutoDelete(false);
        }
        for (const auto& job : jobs) {
            job->start();
        }
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(jobs.begin(), jobs.end(),
                                             [](const auto& job) { return job->isFinished(); }),
                                 30000);
        QCOMPARE(counter("refresh_rotations"), before + 1);
        QCOMPARE(counter("refresh_rejected"), reusedBefore);
        for (const auto& job : jobs) {
            QVERIFY2(job->error() == Job::NoError, qPrintable(job->errorText()));
            QCOMPARE(job->accessToken(), jobs.front()->accessToken());
        }
        QCOMPARE(stored(m_user).tokens.accessToken, jobs.front()->accessToken());
    }

    void cancelledWaiterStaysCancelled()
    {
        store(m_user, {QStringLiteral("sandbox-web-secret"), userTokens(QString())});
        // The first job's refresh takes a second, so the second job is
        // certainly still waiting when it is cancelled.
        Connection slow = m_user;
        slow.endpoints.token.setQuery(QStringLiteral("sandbox_fault=slow&sandbox_delay_ms=1000"));
        AccessTokenJob first(&m_network, &m_secrets, slow, true);
        AccessTokenJob second(&m_network, &m_secrets, m_user, false);
        first.setAutoDelete(false);
        second.setAutoDelete(false);
        QSignalSpy secondFinished(&second, &Job::finished);
        first.start();
        second.start();
        QTRY_VERIFY(first.didRefresh());
        QVERIFY(!first.isFinished());
        second.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(first.isFinished(), 10000);
        QVERIFY2(first.error() == Job::NoError, qPrintable(first.errorText()));
        QTest::qWait(50);
        QCOMPARE(secondFinished.count(), 1);
        QCOMPARE(second.error(), int(Job::Cancelled));
        QVERIFY(second.accessToken().isEmpty());
    }

    void waitersMoveOnWhenTheFirstJobIsDeleted()
    {
        store(m_user, {QStringLiteral("sandbox-web-secret"), userTokens(QString())});
        Connection slow = m_user;
        slow.endpoints.token.setQuery(QStringLiteral("sandbox_fault=slow&sandbox_delay_ms=3000"));
        auto* first = new AccessTokenJob(&m_network, &m_secrets, slow, true);
        first->setAutoDelete(false);
        AccessTokenJob second(&m_network, &m_secrets, m_user, false);
        second.setAutoDelete(false);
        QSignalSpy secondFinished(&second, &Job::finished);
        first->start();
        second.start();
        QTRY_VERIFY(first->didRefresh());
        // Its owner goes away mid-refresh, without cancelling it.
        delete first;
        QVERIFY(secondFinished.wait(2000));
        QVERIFY2(second.error() == Job::NoError, qPrintable(second.errorText()));
        QVERIFY(!second.accessToken().isEmpty());
    }

    void customGrantAppTokenIsFetchedAgain()
    {
        // A provider with its own grant type for app tokens, over a real socket.
        QList<QByteArray> bodies;
        HttpServer provider;
        provider.setHandler([&bodies](const HttpRequest& request, HttpConnection* connection) {
            bodies.append(request.body);
            connection->respond(HttpResponse::json(
                200,
                QJsonDocument(QJsonObject{
                    {QStringLiteral("access_token"), QStringLiteral("fresh-%1").arg(bodies.size())},
                    {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                    {QStringLiteral("expires_in"), 3600}})));
        });
        QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
        Connection custom = m_app;
        custom.name = QStringLiteral("custom-grant");
        custom.endpoints.token = QUrl(QStringLiteral("http://127.0.0.1:%1/t").arg(provider.port()));
        custom.client.grantType = QStringLiteral("urn:example:app-token");
        custom.client.extraTokenParameters = {{QStringLiteral("audience"), QStringLiteral("api")}};
        TokenSet expiring;
        expiring.accessToken = QStringLiteral("old");
        expiring.tokenType = QStringLiteral("Bearer");
        expiring.expiresAt = QDateTime::currentDateTimeUtc().addSecs(10);
        store(custom, {QStringLiteral("s"), expiring});
        AccessTokenJob job(&m_network, &m_secrets, custom, false);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.accessToken(), QStringLiteral("fresh-1"));
        QCOMPARE(bodies.size(), 1);
        QVERIFY2(bodies.first().contains("grant_type=urn%3Aexample%3Aapp-token"),
                 bodies.first().constData());
        QVERIFY(bodies.first().contains("audience=api"));
        QVERIFY(!bodies.first().contains("refresh_token"));
        QCOMPARE(stored(custom).tokens.accessToken, QStringLiteral("fresh-1"));
    }

    void refreshWithoutRotationKeepsTheRefreshToken()
    {
        // A provider that does not rotate: its answer has no refresh_token.
        QByteArray asked;
        HttpServer provider;
        provider.setHandler([&asked](const HttpRequest& request, HttpConnection* connection) {
            asked = request.body;
            connection->respond(HttpResponse::json(
                200,
                QJsonDocument(QJsonObject{{QStringLiteral("access_token"), QStringLiteral("a2")},
                                          {QStringLiteral("token_type"), QStringLiteral("bearer")},
                                          {QStringLiteral("expires_in"), 3600}})));
        });
        QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
        Connection steady = m_user;
        steady.name = QStringLiteral("no-rotation");
        steady.endpoints.token = QUrl(QStringLiteral("http://127.0.0.1:%1/t").arg(provider.port()));
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("a1");
        tokens.tokenType = QStringLiteral("Bearer");
        tokens.refreshToken = QStringLiteral("r1");
        tokens.idToken = QStringLiteral("id1");
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30);
        store(steady, {QStringLiteral("s"), tokens});
        AccessTokenJob job(&m_network, &m_secrets, steady, false);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY2(asked.contains("grant_type=refresh_token") && asked.contains("refresh_token=r1"),
                 asked.constData());
        // RFC 6749 §6 sends no redirect_uri on refresh.
        QVERIFY(!asked.contains("redirect_uri"));
        const ConnectionSecrets saved = stored(steady);
        QCOMPARE(saved.tokens.accessToken, QStringLiteral("a2"));
        QCOMPARE(saved.tokens.refreshToken, QStringLiteral("r1"));
        QCOMPARE(saved.tokens.idToken, QStringLiteral("id1"));
    }

    void networkTroubleKeepsTheTokens()
    {
        Connection unreachable = m_user;
        unreachable.name = QStringLiteral("offline");
        unreachable.endpoints.token = QUrl(QStringLiteral("http://127.0.0.1:1/t"));
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("a1");
        tokens.tokenType = QStringLiteral("Bearer");
        tokens.refreshToken = QStringLiteral("r1");
        tokens.expiresAt = QDateTime::currentDateTimeUtc().addSecs(30);
        store(unreachable, {QStringLiteral("s"), tokens});
        AccessTokenJob job(&m_network, &m_secrets, unreachable, false);
        run(job);
        QCOMPARE(job.error(), int(AccessTokenJob::RefreshFailed));
        // Not "sign in again": the refresh token is still good for a later try.
        QCOMPARE(stored(unreachable).tokens.refreshToken, QStringLiteral("r1"));
    }

    void rotationThatCannotBeSavedIsNotHandedOut()
    {
        // The provider has already rotated; if the new refresh token cannot be
        // kept, handing out the access token would lose the sign-in later.
        LockableSecretStore secrets;
        const TokenSet tokens = hourTokenWithAMinuteLeft();
        std::unique_ptr<SecretJob> write(secrets.writeSecret(
            ConnectionSecrets::keyFor(m_user.name),
            ConnectionSecrets{QStringLiteral("sandbox-web-secret"), tokens}.serialize()));
        run(*write);
        secrets.setWritesRefused(true);
        AccessTokenJob job(&m_network, &secrets, m_user, false);
        run(job);
        QCOMPARE(job.error(), int(AccessTokenJob::KeychainFailed));
        QVERIFY2(job.errorText().contains(QStringLiteral("locked")), qPrintable(job.errorText()));
        QVERIFY(job.accessToken().isEmpty());
    }

    void lockedKeychainIsNotSignedOut()
    {
        LockableSecretStore secrets;
        secrets.setLocked(true);
        AccessTokenJob job(&m_network, &secrets, m_user, false);
        run(job);
        QCOMPARE(job.error(), int(AccessTokenJob::KeychainFailed));
        QVERIFY2(job.errorText().contains(QStringLiteral("locked")), qPrintable(job.errorText()));
    }

    void endedSignInIsForgotten()
    {
        store(m_user, {QStringLiteral("sandbox-web-secret"), userTokens(QString())});
        HttpTestClient admin;
        admin.post(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/sandbox/revoke-all"))), {});
        AccessTokenJob job(&m_network, &m_secrets, m_user, true);
        QTemporaryDir home;
        job.setHistoryHome(home.path());
        run(job);
        QCOMPARE(job.error(), int(AccessTokenJob::SignInEnded));
        QCOMPARE(TokenHistory(home.path()).entries(m_user.name).last().event,
                 TokenHistory::Event::SignedOut);
        QVERIFY(job.accessToken().isEmpty());
        const ConnectionSecrets saved = stored(m_user);
        QVERIFY(saved.tokens.isEmpty());
        QVERIFY(saved.tokens.refreshToken.isEmpty());
        QCOMPARE(saved.clientSecret, QStringLiteral("sandbox-web-secret"));
    }

    void appTokenIsFetchedAgainWithoutRefreshToken()
    {
        TokenSet expiring;
        expiring.accessToken = QStringLiteral("old");
        expiring.tokenType = QStringLiteral("Bearer");
        expiring.expiresAt = QDateTime::currentDateTimeUtc().addSecs(10);
        // A refresh token some providers add to app tokens is not used: it
        // would expire into "sign in again" for an app that has no user.
        expiring.refreshToken = QStringLiteral("stale-refresh-token");
        store(m_app, {QStringLiteral("sandbox-server-secret"), expiring});
        AccessTokenJob job(&m_network, &m_secrets, m_app, false);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY(job.accessToken() != QLatin1String("old"));
        QCOMPARE(job.accessToken().count(u'.'), 2);
    }

    void aForcedRefreshWithoutRefreshTokenSaysSo()
    {
        TokenSet valid;
        valid.accessToken = QStringLiteral("still-valid");
        valid.tokenType = QStringLiteral("Bearer");
        valid.expiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
        store(m_user, {QStringLiteral("sandbox-web-secret"), valid});
        AccessTokenJob job(&m_network, &m_secrets, m_user, true);
        run(job);
        QCOMPARE(job.error(), int(AccessTokenJob::SignedOut));
        QVERIFY2(job.errorText().contains(QStringLiteral("no refresh token")),
                 qPrintable(job.errorText()));
    }

    void nothingStoredIsSignedOut()
    {
        Connection unknown = m_user;
        unknown.name = QStringLiteral("never-signed-in");
        AccessTokenJob job(&m_network, &m_secrets, unknown, false);
        run(job);
        QCOMPARE(job.error(), int(AccessTokenJob::SignedOut));
        QVERIFY(job.errorText().contains(QStringLiteral("Sign in again")));
    }

    void theRefreshLeadScalesWithTheTokensLifetime()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("a");
        tokens.obtainedAt = now;
        tokens.expiresAt = now.addSecs(3600);
        QCOMPARE(AccessTokenJob::refreshLeadFor(tokens), AccessTokenJob::kRefreshLead);
        tokens.expiresAt = now.addSecs(300);
        QCOMPARE(AccessTokenJob::refreshLeadFor(tokens), std::chrono::seconds(60));
        // Fresh out of the token endpoint, a 5-minute token is not due...
        QVERIFY(!AccessTokenJob::isDueForRefresh(tokens, now));
        QVERIFY(!AccessTokenJob::isDueForRefresh(tokens, now.addSecs(239)));
        // ...but it is in its last fifth.
        QVERIFY(AccessTokenJob::isDueForRefresh(tokens, now.addSecs(241)));
        // Unknown issue time: the full lead, as before.
        tokens.obtainedAt = QDateTime();
        QCOMPARE(AccessTokenJob::refreshLeadFor(tokens), AccessTokenJob::kRefreshLead);
    }

    void aShortLivedTokenIsNotRefreshedBeforeEveryRequest()
    {
        // Keycloak's default: 5-minute access tokens. An extraction asks the
        // connection's auth before each request; it used to refresh each time
        // (2,052 refreshes and 1,024 keychain writes in one run).
        const TokenSet tokens = userTokens(QStringLiteral("sandbox_token_lifetime=300"));
        QVERIFY(tokens.hasKnownExpiry());
        store(m_user, {QStringLiteral("sandbox-web-secret"), tokens});
        ConnectionAuth auth(&m_network, &m_secrets, m_user);
        const int before = counter("token_requests");
        int renewals = 0;
        for (int request = 0; request < 50; ++request) {
            if (!auth.needsRenewal()) {
                continue;
            }
            ++renewals;
            Job* job = auth.prepare();
            QSignalSpy finished(job, &Job::finished);
            job->start();
            QVERIFY(finished.wait(30000));
        }
        // Only the first request had to read the token from the keychain.
        QCOMPARE(renewals, 1);
        QCOMPARE(counter("token_requests"), before);
        QNetworkRequest request;
        QUrl url;
        auth.apply(request, url);
        QCOMPARE(request.rawHeader("Authorization"), "Bearer " + tokens.accessToken.toUtf8());
    }

    void aRefreshTokenRotatedByAnotherProcessIsPickedUp()
    {
        // Another program (one without the refresh lock) refreshes with the
        // same refresh token a moment earlier and saves its rotation. The
        // provider then refuses this job's refresh (invalid_grant); the newer
        // token in the keychain must be used, not thrown away with a sign-out.
        const TokenSet tokens = hourTokenWithAMinuteLeft();
        store(m_user, {QStringLiteral("sandbox-web-secret"), tokens});
        TokenSet rotatedElsewhere;
        HttpServer tokenEndpoint;
        tokenEndpoint.setHandler([&](const HttpRequest& request, HttpConnection* connection) {
            // The other process goes first, with the same refresh token...
            TokenRequestJob other(&m_network, m_user.endpoints.token, m_user.client,
                                  QStringLiteral("sandbox-web-secret"),
                                  TokenRequestJob::refreshFields(tokens.refreshToken));
            other.setAutoDelete(false);
            QSignalSpy done(&other, &Job::finished);
            other.start();
            QVERIFY(done.wait(30000));
            rotatedElsewhere = other.tokens();
            store(m_user, {QStringLiteral("sandbox-web-secret"), rotatedElsewhere});
            // ...then this job's request reaches the provider, too late.
            HttpTestClient client;
            const HttpTestReply reply =
                client.post(m_user.endpoints.token, request.body,
                            {{"Authorization", request.header("authorization")},
                             {"Content-Type", request.header("content-type")}});
            connection->respond(HttpResponse::json(reply.status, reply.body));
        });
        QVERIFY(tokenEndpoint.listen(QHostAddress::LocalHost, 0));
        Connection viaRace = m_user;
        viaRace.endpoints.token =
            QUrl(QStringLiteral("http://127.0.0.1:%1/token").arg(tokenEndpoint.port()));
        const int signOutsBefore = counter("refresh_rejected");
        AccessTokenJob job(&m_network, &m_secrets, viaRace, false);
        run(job);
        QVERIFY(!rotatedElsewhere.isEmpty());
        QCOMPARE(counter("refresh_rejected"), signOutsBefore + 1);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.accessToken(), rotatedElsewhere.accessToken);
        QCOMPARE(stored(m_user).tokens.refreshToken, rotatedElsewhere.refreshToken);
    }
};

QTEST_GUILESS_MAIN(TestAccessToken)
#include "tst_accesstoken.moc"
