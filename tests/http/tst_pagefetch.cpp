// Fetching pages over loopback HTTP against the sandbox and small local
// servers: dlt's retry rules (429 with Retry-After in seconds or as a date,
// 5xx with backoff, dropped and slow connections, giving up), errors that
// name the URL without its secrets, credentials renewed once on a 401 and
// never sent to another host after a redirect.
#include "BrowserSimulator.h"
#include "HttpTestClient.h"
#include "core/TranslationLoader.h"
#include "http/FixedCredentialsAuth.h"
#include "http/HttpServer.h"
#include "http/PageFetchJob.h"
#include "http/UrlRedactor.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/ClientCredentialsAuth.h"
#include "oauth/ConnectionAuth.h"
#include "oauth/ConnectionSecrets.h"
#include "oauth/DiscoveryJob.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

class TestPageFetch : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    RetryPolicy m_fast;
    TranslationLoader m_translations;

    static void run(Job& job, int waitMs = 30000)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.count() == 1 || finished.wait(waitMs));
    }

    QUrl sandboxUrl(const QString& pathAndQuery) const
    {
        return m_sandbox->baseUrl().resolved(QUrl(pathAndQuery));
    }

    PageRequest request(const QString& pathAndQuery) const
    {
        PageRequest page;
        page.url = sandboxUrl(pathAndQuery);
        return page;
    }

    int counter(const char* name)
    {
        HttpTestClient client;
        return client.get(sandboxUrl(QStringLiteral("/sandbox/stats")))
            .json()[QStringLiteral("counters")][QLatin1String(name)]
            .toInt();
    }

    ClientCredentialsAuth::Settings serverApp(const QString& scope) const
    {
        ClientCredentialsAuth::Settings settings;
        settings.tokenUrl = sandboxUrl(QStringLiteral("/authentication/v2/token"));
        settings.clientId = QStringLiteral("sandbox-server-app");
        settings.clientSecret = QStringLiteral("sandbox-server-secret");
        settings.extraFields = {{QStringLiteral("scope"), scope}};
        return settings;
    }

    // An app of a test provider at base, whose token endpoint is /token.
    static ClientCredentialsAuth::Settings appAt(const QString& base)
    {
        ClientCredentialsAuth::Settings settings;
        settings.tokenUrl = QUrl(base + QStringLiteral("/token"));
        settings.clientId = QStringLiteral("app");
        settings.clientSecret = QStringLiteral("s");
        return settings;
    }

    static PageRequest request(const QString& base, const QString& path)
    {
        PageRequest page;
        page.url = QUrl(base + path);
        return page;
    }

    // A job from prepare()/renew(), run to its end.
    static int runAuthJob(Job* job)
    {
        job->setAutoDelete(false);
        QSignalSpy finished(job, &Job::finished);
        job->start();
        if (finished.count() == 0) {
            finished.wait(30000);
        }
        const int error = job->error();
        delete job;
        return error;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translations.load(QLocale(QLocale::English)));
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_fast.backoffFactor = std::chrono::milliseconds(10);
        m_fast.maxDelay = std::chrono::milliseconds(3000);
        m_fast.timeout = std::chrono::milliseconds(5000);
    }

    void retryPolicyFollowsDlt()
    {
        RetryPolicy policy;
        const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
        QCOMPARE(policy.delayAfter(1, {}, now).count(), 1000);
        QCOMPARE(policy.delayAfter(4, {}, now).count(), 8000);
        QCOMPARE(policy.delayAfter(30, {}, now).count(), 300000);
        QCOMPARE(policy.delayAfter(1, "7", now).count(), 7000);
        QCOMPARE(policy.delayAfter(1, "Sun, 22 Nov 2026 12:00:30 GMT", now).count(), 30000);
        QCOMPARE(policy.delayAfter(1, "100000", now).count(), 300000);
        QCOMPARE(policy.delayAfter(2, "soon", now).count(), 2000);
        QVERIFY(RetryPolicy::isRetriableStatus(429) && RetryPolicy::isRetriableStatus(503));
        QVERIFY(!RetryPolicy::isRetriableStatus(404) && !RetryPolicy::isRetriableStatus(401));
    }

    void tooManyRequestsIsRetriedAfterRetryAfter()
    {
        const int before = counter("fault_429");
        PageFetchJob job(&m_network,
                         request(QStringLiteral("/playground/single?records=3&sandbox_fault=429:2"
                                                "&sandbox_retry_after=0")),
                         {}, nullptr, m_fast);
        QSignalSpy retrying(&job, &PageFetchJob::retrying);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.attempts(), 3);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(retrying.first().at(0).value<RetryEvent>().waitMs, 0);
        // Each retry is an event a log can show: attempt, status, reason.
        const RetryEvent first = retrying.first().at(0).value<RetryEvent>();
        QCOMPARE(first.attempt, 1);
        QCOMPARE(first.status, 429);
        QVERIFY2(first.reason.contains(QLatin1String("429")), qPrintable(first.reason));
        QVERIFY(first.url.contains(QLatin1String("/playground/single")));
        QCOMPARE(retrying.at(1).at(0).value<RetryEvent>().attempt, 2);
        QCOMPARE(counter("fault_429"), before + 2);
        QVERIFY(job.body().startsWith("{\"items\":["));
    }

    void retryAfterAsAnHttpDateIsHonoured()
    {
        PageFetchJob job(&m_network,
                         request(QStringLiteral("/playground/single?records=1"
                                                "&sandbox_fault=429-date:1&sandbox_retry_after=2")),
                         {}, nullptr, m_fast);
        QSignalSpy retrying(&job, &PageFetchJob::retrying);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(retrying.count(), 1);
        // Two seconds from the server's clock, to the second: not the 10 ms backoff.
        const qint64 waited = retrying.first().at(0).value<RetryEvent>().waitMs;
        QVERIFY2(waited > 900 && waited <= 2000, qPrintable(QString::number(waited)));
    }

    void serverErrorsBackOffExponentially()
    {
        PageFetchJob job(
            &m_network, request(QStringLiteral("/playground/single?records=1&sandbox_fault=502:2")),
            {}, nullptr, m_fast);
        QSignalSpy retrying(&job, &PageFetchJob::retrying);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(retrying.at(0).at(0).value<RetryEvent>().waitMs, 10);
        QCOMPARE(retrying.at(1).at(0).value<RetryEvent>().waitMs, 20);
    }

    void givesUpAfterFiveAttempts()
    {
        const int before = counter("fault_503");
        PageFetchJob job(&m_network,
                         request(QStringLiteral("/playground/single?records=1&sandbox_fault=503"
                                                "&sandbox_retry_after=0")),
                         {}, nullptr, m_fast);
        run(job);
        QCOMPARE(job.error(), int(PageFetchJob::HttpFailed));
        QCOMPARE(job.attempts(), 5);
        QCOMPARE(counter("fault_503"), before + 5);
        QVERIFY2(job.errorText().contains(QStringLiteral("HTTP 503")), qPrintable(job.errorText()));
        QVERIFY2(job.errorText().contains(QStringLiteral("gave up after 5 attempts")),
                 qPrintable(job.errorText()));
    }

    void droppedAndSlowConnectionsAreRetried()
    {
        // Qt itself retries a dropped GET once; the rest are ours.
        const int before = counter("fault_drop");
        PageFetchJob dropped(
            &m_network,
            request(QStringLiteral("/playground/single?records=1&sandbox_fault=drop:3")), {},
            nullptr, m_fast);
        run(dropped);
        QVERIFY2(dropped.error() == Job::NoError, qPrintable(dropped.errorText()));
        QCOMPARE(counter("fault_drop"), before + 3);
        QVERIFY(dropped.attempts() >= 2);

        RetryPolicy impatient = m_fast;
        impatient.timeout = std::chrono::milliseconds(300);
        PageFetchJob slow(&m_network,
                          request(QStringLiteral("/playground/single?records=1"
                                                 "&sandbox_fault=slow:1&sandbox_delay_ms=3000")),
                          {}, nullptr, impatient);
        run(slow);
        QVERIFY2(slow.error() == Job::NoError, qPrintable(slow.errorText()));
        QCOMPARE(slow.attempts(), 2);
    }

    void notFoundIsNotRetriedAndHidesSecretsInTheUrl()
    {
        FixedCredentialsAuth key = FixedCredentialsAuth::apiKey(
            QStringLiteral("api_key"), QStringLiteral("s3cret"), QStringLiteral("query"));
        PageFetchJob job(&m_network, request(QStringLiteral("/playground/nothing-here")), {}, &key,
                         m_fast);
        run(job);
        QCOMPARE(job.error(), int(PageFetchJob::HttpFailed));
        QCOMPARE(job.attempts(), 1);
        QCOMPARE(job.status(), 404);
        QVERIFY2(job.errorText().contains(QStringLiteral("/playground/nothing-here")),
                 qPrintable(job.errorText()));
        QVERIFY(!job.errorText().contains(QStringLiteral("s3cret")));
        // Wherever a URL with a secret is shown, the value is hidden.
        QCOMPARE(UrlRedactor::redact(QUrl(QStringLiteral(
                     "https://u:p@api.example/i?api_key=s3cret&page=2&access_token=t"))),
                 QStringLiteral("https://api.example/i?api_key=***&page=2&access_token=***"));
    }

    void missingScopeShowsTheApisMessage()
    {
        ClientCredentialsAuth auth(&m_network, serverApp(QStringLiteral("data:read")));
        QCOMPARE(runAuthJob(auth.prepare()), int(Job::NoError));
        PageFetchJob job(&m_network, request(QStringLiteral("/oss/v2/buckets")), {}, &auth, m_fast);
        run(job);
        QCOMPARE(job.error(), int(PageFetchJob::HttpFailed));
        QCOMPARE(job.status(), 403);
        // "HTTP 403 from …: <the gateway's developerMessage>"
        QVERIFY2(job.errorText().section(QStringLiteral("buckets: "), 1).size() > 10,
                 qPrintable(job.errorText()));
    }

    void appTokenIsSharedAndRenewedOnceAfterA401()
    {
        ClientCredentialsAuth auth(&m_network, serverApp(QStringLiteral("bucket:read")));
        // Two resources asking at once share one token request.
        Job* first = auth.prepare();
        Job* second = auth.prepare();
        first->setAutoDelete(false);
        second->setAutoDelete(false);
        QSignalSpy done(second, &Job::finished);
        first->start();
        second->start();
        QTRY_VERIFY(first->isFinished() && second->isFinished());
        QCOMPARE(second->error(), int(Job::NoError));
        delete first;
        delete second;
        QCOMPARE(auth.tokensFetched(), 1);
        QCOMPARE(runAuthJob(auth.prepare()), int(Job::NoError));
        QCOMPARE(auth.tokensFetched(), 1);

        PageFetchJob fine(&m_network, request(QStringLiteral("/oss/v2/buckets")), {}, &auth,
                          m_fast);
        run(fine);
        QVERIFY2(fine.error() == Job::NoError, qPrintable(fine.errorText()));

        HttpTestClient admin;
        admin.post(sandboxUrl(QStringLiteral("/sandbox/revoke-all")), {});
        PageFetchJob renewed(&m_network, request(QStringLiteral("/oss/v2/buckets")), {}, &auth,
                             m_fast);
        run(renewed);
        QVERIFY2(renewed.error() == Job::NoError, qPrintable(renewed.errorText()));
        QCOMPARE(auth.tokensFetched(), 2);
        QCOMPARE(renewed.attempts(), 1);
    }

    void fixedCredentialsRefusedAre401()
    {
        FixedCredentialsAuth bearer = FixedCredentialsAuth::bearer(QStringLiteral("not-a-token"));
        PageFetchJob job(&m_network, request(QStringLiteral("/project/v1/hubs")), {}, &bearer,
                         m_fast);
        run(job);
        QCOMPARE(job.error(), int(PageFetchJob::Unauthorized));
        QCOMPARE(job.attempts(), 1);
    }

    void connectionTokenIsRefreshedAfterA401()
    {
        // Sign in for real, then spoil the stored access token: the API says
        // 401, the connection refreshes (rotation saved) and the page comes.
        DiscoveryJob discovery(&m_network, m_sandbox->baseUrl().toString());
        run(discovery);
        Connection connection;
        connection.name = QStringLiteral("dm");
        connection.provider = QStringLiteral("sandbox");
        connection.endpoints = discovery.endpoints();
        connection.client.clientId = QStringLiteral("sandbox-desktop-app");
        connection.client.scopes = {QStringLiteral("data:read")};
        HttpTestClient browserClient;
        AuthorizationCodeFlow flow(&m_network, connection.endpoints, connection.client, QString(),
                                   [&browserClient](const QUrl& url) {
                                       QTimer::singleShot(0, [&browserClient, url] {
                                           BrowserSimulator browser(browserClient);
                                           const auto outcome = browser.signIn(
                                               url, QStringLiteral("demo@sandbox.grantline.org"),
                                               QStringLiteral("sandbox"),
                                               BrowserSimulator::Decision::Allow);
                                           browserClient.get(outcome.redirect);
                                       });
                                       return true;
                                   });
        run(flow);
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
        MemorySecretStore secrets;
        ConnectionSecrets stored;
        stored.tokens = flow.tokens();
        const QString firstRefresh = stored.tokens.refreshToken;
        stored.tokens.accessToken = QStringLiteral("spoiled");
        std::unique_ptr<SecretJob> write(
            secrets.writeSecret(ConnectionSecrets::keyFor(connection.name), stored.serialize()));
        run(*write);

        ConnectionAuth auth(&m_network, &secrets, connection);
        QCOMPARE(runAuthJob(auth.prepare()), int(Job::NoError));
        PageFetchJob job(&m_network, request(QStringLiteral("/project/v1/hubs")), {}, &auth,
                         m_fast);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        std::unique_ptr<SecretJob> read(
            secrets.readSecret(ConnectionSecrets::keyFor(connection.name)));
        run(*read);
        const ConnectionSecrets after = *ConnectionSecrets::parse(read->secret());
        QVERIFY(after.tokens.accessToken != QLatin1String("spoiled"));
        QVERIFY(after.tokens.refreshToken != firstRefresh);
    }

    void redirectsKeepCredentialsOnlyOnTheirOrigin()
    {
        // 127.0.0.2 is another host on this machine's loopback.
        QByteArray seenElsewhere = "<none>";
        HttpServer elsewhere;
        elsewhere.setHandler(
            [&seenElsewhere](const HttpRequest& request, HttpConnection* connection) {
                seenElsewhere = request.header("authorization");
                connection->respond(HttpResponse::json(200, QJsonDocument(QJsonArray{1})));
            });
        QVERIFY(elsewhere.listen(QHostAddress(QStringLiteral("127.0.0.2")), 0));
        QByteArray seenHere;
        HttpServer here;
        here.setHandler([&](const HttpRequest& request, HttpConnection* connection) {
            if (request.path() == QLatin1String("/moved")) {
                seenHere = request.header("authorization");
                connection->respond(HttpResponse::json(200, QJsonDocument(QJsonArray{2})));
                return;
            }
            HttpResponse redirect = HttpResponse::json(302, QJsonDocument(QJsonObject{}));
            redirect.setHeader(
                "Location",
                request.path() == QLatin1String("/local")
                    ? QByteArray("/moved")
                    : QStringLiteral("http://127.0.0.2:%1/x").arg(elsewhere.port()).toLatin1());
            connection->respond(redirect);
        });
        QVERIFY(here.listen(QHostAddress::LocalHost, 0));
        FixedCredentialsAuth bearer = FixedCredentialsAuth::bearer(QStringLiteral("t0ken"));
        PageRequest local;
        local.url = QUrl(QStringLiteral("http://127.0.0.1:%1/local").arg(here.port()));
        PageFetchJob same(&m_network, local, {}, &bearer, m_fast);
        run(same);
        QVERIFY2(same.error() == Job::NoError, qPrintable(same.errorText()));
        QCOMPARE(seenHere, QByteArray("Bearer t0ken"));
        PageRequest away = local;
        away.url.setPath(QStringLiteral("/away"));
        PageFetchJob other(&m_network, away, {}, &bearer, m_fast);
        run(other);
        QVERIFY2(other.error() == Job::NoError, qPrintable(other.errorText()));
        QCOMPARE(other.body(), QByteArray("[1]"));
        QCOMPARE(seenElsewhere, QByteArray());
        QCOMPARE(other.url().host(), QStringLiteral("127.0.0.2"));
    }

    void a401EvenAfterRenewalIsAClearError()
    {
        int tokens = 0;
        HttpServer provider;
        provider.setHandler([&tokens](const HttpRequest& request, HttpConnection* connection) {
            if (request.path() == QLatin1String("/token")) {
                ++tokens;
                connection->respond(HttpResponse::json(
                    200,
                    QJsonDocument(QJsonObject{
                        {QStringLiteral("access_token"), QStringLiteral("t%1").arg(tokens)},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), 3600}})));
                return;
            }
            connection->respond(HttpResponse::json(
                401,
                QJsonDocument(QJsonObject{
                    {QStringLiteral("message"), QStringLiteral("token not accepted")}})));
        });
        QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(provider.port());
        ClientCredentialsAuth auth(&m_network, appAt(base));
        QCOMPARE(runAuthJob(auth.prepare()), int(Job::NoError));
        PageFetchJob job(&m_network, request(base, QStringLiteral("/api")), {}, &auth, m_fast);
        run(job);
        QCOMPARE(job.error(), int(PageFetchJob::Unauthorized));
        QCOMPARE(tokens, 2);
        QVERIFY2(job.errorText().contains(QStringLiteral("even with renewed credentials")),
                 qPrintable(job.errorText()));
        QVERIFY(job.errorText().contains(QStringLiteral("token not accepted")));
    }

    void tokensEchoedByTheApiAreHidden()
    {
        // The API repeats the bearer token it got (fetched by the auth, not
        // known when the job was made) and a fixed secret in its error.
        HttpServer provider;
        provider.setHandler([](const HttpRequest& request, HttpConnection* connection) {
            if (request.path() == QLatin1String("/token")) {
                connection->respond(HttpResponse::json(
                    200,
                    QJsonDocument(QJsonObject{
                        {QStringLiteral("access_token"), QStringLiteral("fetched-t0ken-42")},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), 3600}})));
                return;
            }
            connection->respond(HttpResponse::json(
                400,
                QJsonDocument(QJsonObject{
                    {QStringLiteral("message"),
                     QStringLiteral("bad request for %1 with key fixed-s3cret-9")
                         .arg(QString::fromLatin1(request.header("authorization")))}})));
        });
        QVERIFY(provider.listen(QHostAddress::LocalHost, 0));
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(provider.port());
        ClientCredentialsAuth auth(&m_network, appAt(base));
        QCOMPARE(runAuthJob(auth.prepare()), int(Job::NoError));
        PageFetchJob job(&m_network, request(base, QStringLiteral("/api")), {}, &auth, m_fast);
        job.setSecretValues({QByteArrayLiteral("fixed-s3cret-9")});
        run(job);
        QCOMPARE(job.error(), int(PageFetchJob::HttpFailed));
        QVERIFY2(job.errorText().contains(QStringLiteral("bad request for Bearer ***")),
                 qPrintable(job.errorText()));
        QVERIFY(!job.errorText().contains(QStringLiteral("fetched-t0ken-42")));
        QVERIFY(!job.errorText().contains(QStringLiteral("fixed-s3cret-9")));
    }

    void secretValuesAreHiddenInAnyText()
    {
        const QList<QByteArray> secrets{QByteArrayLiteral("p@ss word/1"), QByteArrayLiteral("ab")};
        // Plain and percent-encoded; values too short to be secrets stay.
        QCOMPARE(
            UrlRedactor::redact(QStringLiteral("x p@ss word/1 y p%40ss%20word%2F1 ab"), secrets),
            QStringLiteral("x *** y *** ab"));
        // In a body (Test request shows one), also as JSON writes it: "\/".
        QCOMPARE(
            UrlRedactor::redact(QByteArray("{\"t\": \"p@ss word\\/1\", \"u\": \"p@ss word/1\", "
                                           "\"q\": \"p%40ss%20word%2F1\", \"k\": \"ab\"}"),
                                secrets),
            QByteArray("{\"t\": \"***\", \"u\": \"***\", \"q\": \"***\", \"k\": \"ab\"}"));
        QVERIFY(UrlRedactor::isSecretName(QStringLiteral("X-Amz-Signature")));
        QVERIFY(UrlRedactor::isSecretName(QStringLiteral("auth_token")));
        QVERIFY(UrlRedactor::isSecretName(QStringLiteral("code")));
        QVERIFY(!UrlRedactor::isSecretName(QStringLiteral("page")));
        QVERIFY(!UrlRedactor::isSecretName(QStringLiteral("country_code")));
    }

    void compressedAnswersAreDecoded()
    {
        QByteArray askedFor;
        HttpServer api;
        api.setHandler([&askedFor](const HttpRequest& request, HttpConnection* connection) {
            askedFor = request.header("accept-encoding");
            HttpResponse response = HttpResponse::json(200, QJsonDocument());
            // zlib's stream without Qt's four-byte length prefix: "deflate".
            response.body = qCompress(QByteArray("{\"items\":[1,2,3]}")).mid(4);
            response.setHeader("Content-Encoding", "deflate");
            connection->respond(response);
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        PageRequest page;
        page.url = QUrl(QStringLiteral("http://127.0.0.1:%1/items").arg(api.port()));
        PageFetchJob job(&m_network, page, {}, nullptr, m_fast);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY2(askedFor.contains("gzip") && askedFor.contains("deflate"), askedFor.constData());
        QCOMPARE(job.body(), QByteArray("{\"items\":[1,2,3]}"));
    }

    void tlsErrorsAreNeverIgnored()
    {
        // A certificate nobody trusts, made for this test.
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("cert.pem"))});
        QVERIFY(openssl.waitForFinished(60000) && openssl.exitCode() == 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
        QSslServer server;
        server.setSslConfiguration(tls);
        int requests = 0;
        connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&] {
            while (QTcpSocket* socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [&requests] { ++requests; });
            }
        });
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        FixedCredentialsAuth bearer = FixedCredentialsAuth::bearer(QStringLiteral("t0ken"));
        PageRequest page;
        page.url = QUrl(QStringLiteral("https://127.0.0.1:%1/items").arg(server.serverPort()));
        PageFetchJob job(&m_network, page, {}, &bearer, m_fast);
        run(job);
        QCOMPARE(job.error(), int(PageFetchJob::Unsafe));
        QVERIFY2(job.errorText().contains(QStringLiteral("TLS")), qPrintable(job.errorText()));
        // Nothing was sent over the connection it refused.
        QCOMPARE(requests, 0);
        QCOMPARE(job.attempts(), 1);
    }

    void cancelWhileWaitingToRetry()
    {
        RetryPolicy patient = m_fast;
        patient.backoffFactor = std::chrono::milliseconds(5000);
        PageFetchJob job(&m_network,
                         request(QStringLiteral("/playground/single?records=1&sandbox_fault=500")),
                         {}, nullptr, patient);
        job.setAutoDelete(false);
        QSignalSpy retrying(&job, &PageFetchJob::retrying);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(retrying.wait(10000));
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error(), int(Job::Cancelled));
        QTest::qWait(100);
        QCOMPARE(job.attempts(), 1);
    }
};

QTEST_GUILESS_MAIN(TestPageFetch)
#include "tst_pagefetch.moc"
