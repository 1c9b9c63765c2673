// Concurrent extraction against a sandbox with latency and jitter, over
// loopback HTTP: answers taken in the walk's order whatever order they arrive
// in (the same records, extra fields, pages and incremental state as one
// request at a time), a 429's Retry-After pausing every request to the host
// (the sandbox's own log of arrivals shows none in the pause), the
// requests-per-minute pace kept (the sandbox's timestamps), a child's 404
// ignored while its siblings load, and a fatal answer stopping everything.
#include "HttpTestClient.h"
#include "SandboxPipelines.h"
#include "http/HostThrottle.h"
#include "http/HttpServer.h"
#include "http/PageResponse.h"
#include "sandbox/SandboxServer.h"
#include "source/CredentialSet.h"
#include "source/ExtractJob.h"
#include "source/RecordSink.h"
#include "source/RequestWalk.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

// Keeps every record with its resource and extra fields, in the order given.
class OrderedSink : public RecordSink
{
public:
    QStringList seen;
    int pages = 0;

    bool accept(const QString& resource, const std::vector<simdjson::dom::element>& page,
                const QJsonObject& extraFields, QString*) override
    {
        ++pages;
        for (const simdjson::dom::element& record : page) {
            seen << resource + u' '
                    + QString::fromUtf8(QJsonDocument(PageResponse::toJson(record).toObject())
                                            .toJson(QJsonDocument::Compact))
                    + u' '
                    + QString::fromUtf8(QJsonDocument(extraFields).toJson(QJsonDocument::Compact));
        }
        return true;
    }
};

// An OrderedSink that takes nothing until opened, as a sink whose worker
// thread is behind.
class GatedSink : public OrderedSink
{
public:
    bool open = false;

    bool wantsMore() const override
    {
        return open;
    }
    void letIn()
    {
        open = true;
        notifyReady();
    }
};

struct Arrival
{
    qint64 receivedMs = 0;
    qint64 answeredMs = 0;
    QString path;
    int status = 0;
};

// The data requests the sandbox saw (token requests left out), by arrival.
QList<Arrival> arrivalsAt(const QUrl& base)
{
    HttpTestClient client;
    const QJsonArray requests = client.get(base.resolved(QUrl(u"/sandbox/requests"_s)))
                                    .json()
                                    .value(u"requests"_s)
                                    .toArray();
    QList<Arrival> arrivals;
    for (const QJsonValue& value : requests) {
        const QJsonObject request = value.toObject();
        const QString path = request.value(u"path"_s).toString();
        if (path.startsWith(u"/authentication/"_s)) {
            continue;
        }
        arrivals.append({qint64(request.value(u"received_ms"_s).toDouble()),
                         qint64(request.value(u"answered_ms"_s).toDouble()), path,
                         request.value(u"status"_s).toInt()});
    }
    return arrivals;
}

// The most requests the server held at once: received, not yet answered.
int mostAtOnce(const QList<Arrival>& arrivals)
{
    int most = 0;
    for (const Arrival& a : arrivals) {
        int overlapping = 0;
        for (const Arrival& b : arrivals) {
            overlapping += b.receivedMs <= a.receivedMs && b.answeredMs > a.receivedMs;
        }
        most = std::max(most, overlapping);
    }
    return most;
}

} // namespace

class TestConcurrentExtract : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<CredentialSet> m_credentials;

    void startSandbox(const SandboxSettings& settings)
    {
        m_sandbox = std::make_unique<SandboxServer>(settings);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_credentials = std::make_unique<CredentialSet>(
            &m_network, QHash<QString, QString>{{u"secret"_s, u"sandbox-server-secret"_s}}, nullptr,
            nullptr);
    }

    // Every level of the APS chain a table, contents incremental on its
    // modification time, with these client settings.
    PipelineFile apsChain(int pageLimit, const QJsonObject& clientSettings = {})
    {
        SandboxPipelines::ApsChainOptions options;
        options.pageLimit = pageLimit;
        options.contentsOnly = false;
        options.incrementalContents = true;
        QJsonObject json = SandboxPipelines::apsChain(
            m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash), options);
        QJsonObject source = json.value(u"source"_s).toObject();
        QJsonObject client = source.value(u"client"_s).toObject();
        for (auto it = clientSettings.begin(); it != clientSettings.end(); ++it) {
            client.insert(it.key(), it.value());
        }
        source.insert(u"client"_s, client);
        json.insert(u"source"_s, source);
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        if (!file) {
            qFatal("%s", qPrintable(problems.value(0).toString()));
        }
        return *file;
    }

    ExtractJob::Options options(int concurrentRequests)
    {
        ExtractJob::Options options;
        options.retry.backoffFactor = std::chrono::milliseconds(10);
        options.retry.maxDelay = std::chrono::milliseconds(2000);
        options.concurrentRequests = concurrentRequests;
        return options;
    }

    // Twelve parents, ids 1 to 12, at /parents.
    static bool answeredParents(const QString& path, HttpConnection* connection)
    {
        if (path != u"/parents"_s) {
            return false;
        }
        QJsonArray parents;
        for (int id = 1; id <= 12; ++id) {
            parents.append(QJsonObject{{u"id"_s, id}});
        }
        connection->respond(HttpResponse::json(200, QJsonDocument(parents)));
        return true;
    }

    // "parents" at base, one page, and the children resource given;
    // concurrent_requests when it is not 0.
    static QJsonObject parentsAndChildren(const QString& base, const QJsonObject& children,
                                          int concurrentRequests)
    {
        QJsonObject client{{u"base_url"_s, base}, {u"paginator"_s, u"single_page"_s}};
        if (concurrentRequests > 0) {
            client.insert(u"concurrent_requests"_s, concurrentRequests);
        }
        return QJsonObject{{u"pipeline_name"_s, u"t"_s},
                           {u"source"_s,
                            QJsonObject{{u"client"_s, client},
                                        {u"resources"_s,
                                         QJsonArray{QJsonObject{{u"name"_s, u"parents"_s},
                                                                {u"endpoint"_s, u"parents"_s}},
                                                    children}}}}};
    }

    void run(ExtractJob& job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.count() == 1 || finished.wait(120000));
    }

    void clearLog()
    {
        HttpTestClient client;
        QCOMPARE(client.deleteResource(m_sandbox->baseUrl().resolved(QUrl(u"/sandbox/requests"_s)))
                     .status,
                 200);
    }

private Q_SLOTS:
    void answersAreTakenInTheWalksOrderWhateverOrderTheyArriveIn()
    {
        // Answers 0 to 20 ms late: the eighth request out is often the first back.
        SandboxSettings settings;
        settings.records = 600;
        settings.tree = {2, 4, 6};
        settings.latencyMs = 10;
        settings.jitterMs = 10;
        startSandbox(settings);
        const PipelineFile file = apsChain(7);

        OrderedSink one;
        ExtractJob sequential(&m_network, file, m_credentials.get(), &one, options(1));
        run(sequential);
        QVERIFY2(sequential.error() == Job::NoError, qPrintable(sequential.errorText()));
        QCOMPARE(sequential.mostInFlight(), 1);
        QCOMPARE(mostAtOnce(arrivalsAt(m_sandbox->baseUrl())), 1);
        clearLog();

        OrderedSink many;
        ExtractJob concurrent(&m_network, file, m_credentials.get(), &many, options(8));
        run(concurrent);
        QVERIFY2(concurrent.error() == Job::NoError, qPrintable(concurrent.errorText()));
        // Over HTTP/1.1 Qt opens six connections to a host: the throttle lets
        // six out (the other two wait their turn where a pause holds them).
        QCOMPARE(concurrent.mostInFlight(), HostThrottle::kConnectionsPerHost);
        QVERIFY(mostAtOnce(arrivalsAt(m_sandbox->baseUrl())) >= 5);

        QCOMPARE(one.seen.size(), 2 + 8 + 48 + 600);
        QCOMPARE(many.seen.size(), one.seen.size());
        QCOMPARE(many.pages, one.pages);
        for (qsizetype i = 0; i < one.seen.size(); ++i) {
            QCOMPARE(many.seen.at(i), one.seen.at(i));
        }
        QCOMPARE(concurrent.state(), sequential.state());
        QVERIFY(!concurrent.state().isEmpty());
    }

    void aSinkThatTakesNoMoreHoldsTheRequestsBack()
    {
        SandboxSettings settings;
        settings.records = 3000;
        settings.tree = {2, 4, 6};
        startSandbox(settings);
        GatedSink sink;
        ExtractJob job(&m_network, apsChain(7), m_credentials.get(), &sink, options(8));
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        // Pages read ahead wait for the sink; the requests stop at the window.
        const int window = 8 * RequestWalk::kAnswersAheadPerRequest;
        QTest::qWait(1500);
        const qsizetype asked = arrivalsAt(m_sandbox->baseUrl()).size();
        QVERIFY2(asked > 8 && asked <= window + 8, qPrintable(QString::number(asked)));
        QTest::qWait(300);
        QCOMPARE(arrivalsAt(m_sandbox->baseUrl()).size(), asked);
        QCOMPARE(sink.pages, 0);
        QVERIFY(finished.isEmpty());
        sink.letIn();
        QVERIFY(finished.wait(60000));
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(sink.seen.filter(u"contents "_s).size(), 3000);
    }

    void aShortLivedTokenIsNotRenewedBeforeEveryRequest()
    {
        // 30-second app tokens: always within the minute before expiry
        // that renews them early.
        SandboxSettings settings;
        settings.records = 300;
        startSandbox(settings);
        const QString tokenUrl = m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash)
            + u"/authentication/v2/token?sandbox_token_lifetime=30"_s;
        OrderedSink sink;
        ExtractJob job(&m_network,
                       apsChain(200,
                                {{u"auth"_s,
                                  QJsonObject{{u"type"_s, u"oauth2_client_credentials"_s},
                                              {u"access_token_url"_s, tokenUrl},
                                              {u"client_id"_s, u"sandbox-server-app"_s},
                                              {u"client_secret"_s, u"{secrets.secret}"_s},
                                              {u"access_token_request_data"_s,
                                               QJsonObject{{u"scope"_s, u"data:read"_s}}}}}}),
                       m_credentials.get(), &sink, options(6));
        QSignalSpy renewed(&job, &ExtractJob::credentialsRenewed);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(sink.seen.filter(u"contents "_s).size(), 300);
        // Renewed once before the first request, then the requests went.
        QVERIFY2(renewed.count() <= 1, qPrintable(QString::number(renewed.count())));
        HttpTestClient client;
        const QJsonObject stats =
            client.get(m_sandbox->baseUrl().resolved(QUrl(u"/sandbox/stats"_s))).json();
        QVERIFY(stats.value(u"access_tokens_issued"_s).toInt() <= 2);
    }

    void a429PausesEveryRequestToTheHost()
    {
        // Every 25th data request answers 429 with Retry-After: 1.
        SandboxSettings settings;
        settings.records = 400;
        settings.tree = {2, 5, 4};
        // Slow enough that, without the pause, the requests beside the
        // limited one would go on arriving through the second.
        settings.latencyMs = 100;
        settings.globalFaults = {FaultRule{FaultRule::Kind::TooManyRequests, 25}};
        startSandbox(settings);
        OrderedSink sink;
        ExtractJob job(&m_network, apsChain(200), m_credentials.get(), &sink, options(8));
        QSignalSpy retries(&job, &ExtractJob::retrying);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY(retries.count() >= 2);

        const QList<Arrival> arrivals = arrivalsAt(m_sandbox->baseUrl());
        int limited = 0;
        for (const Arrival& answer : arrivals) {
            if (answer.status != 429) {
                continue;
            }
            ++limited;
            // Sent before the client read the 429 may still arrive just
            // after; then nothing until the second is over.
            for (const Arrival& other : arrivals) {
                QVERIFY2(other.receivedMs <= answer.answeredMs + 60
                             || other.receivedMs >= answer.answeredMs + 940,
                         qPrintable(u"%1 came %2 ms into the pause"_s.arg(other.path)
                                        .arg(other.receivedMs - answer.answeredMs)));
            }
        }
        QVERIFY(limited >= 2);
    }

    void theRequestsPerMinuteLimitHolds()
    {
        SandboxSettings settings;
        settings.records = 100;
        settings.tree = {1, 3, 5};
        startSandbox(settings);
        // 1,200 a minute: one every 50 ms, however many may be in flight.
        OrderedSink sink;
        ExtractJob job(&m_network, apsChain(200, {{u"requests_per_minute"_s, 1200}}),
                       m_credentials.get(), &sink, options(8));
        QCOMPARE(job.limits().requestsPerMinute, 1200);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        const QList<Arrival> arrivals = arrivalsAt(m_sandbox->baseUrl());
        QCOMPARE(arrivals.size(), 1 + 1 + 3 + 15);
        for (qsizetype i = 1; i < arrivals.size(); ++i) {
            const qint64 gap = arrivals.at(i).receivedMs - arrivals.at(i - 1).receivedMs;
            QVERIFY2(gap >= 40, qPrintable(u"%1 ms after the one before"_s.arg(gap)));
        }
        QVERIFY(arrivals.last().receivedMs - arrivals.first().receivedMs >= 19 * 50 - 30);
    }

    void aChildsIgnored404DoesNotStopItsSiblings()
    {
        // Twelve parents; child 5 is gone, the others answer 30 ms late.
        int atOnce = 0;
        int mostAtOnce = 0;
        HttpServer api;
        api.setHandler([&](const HttpRequest& request, HttpConnection* connection) {
            const QString path = request.path();
            if (answeredParents(path, connection)) {
                return;
            }
            const int id = path.section(u'/', -1).toInt();
            if (id == 5) {
                connection->respond(
                    HttpResponse::json(404, QJsonDocument(QJsonObject{{u"error"_s, u"gone"_s}})));
                return;
            }
            mostAtOnce = std::max(mostAtOnce, ++atOnce);
            QPointer<HttpConnection> guarded(connection);
            QTimer::singleShot(30, &api, [&atOnce, guarded, id] {
                --atOnce;
                if (guarded) {
                    guarded->respond(HttpResponse::json(
                        200, QJsonDocument(QJsonArray{QJsonObject{{u"child_of"_s, id}}})));
                }
            });
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QString base = u"http://127.0.0.1:%1/"_s.arg(api.port());
        const QJsonObject children{
            {u"name"_s, u"children"_s},
            {u"endpoint"_s,
             QJsonObject{
                 {u"path"_s, u"children/{resources.parents.id}"_s},
                 {u"response_actions"_s,
                  QJsonArray{QJsonObject{{u"status_code"_s, 404}, {u"action"_s, u"ignore"_s}}}}}}};
        const QJsonObject json = parentsAndChildren(base, children, 3);
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        QVERIFY2(file, qPrintable(problems.value(0).toString()));
        QCOMPARE(file->client.concurrentRequests, 3);
        OrderedSink sink;
        ExtractJob::Options noOverride = options(1);
        noOverride.concurrentRequests.reset();
        ExtractJob job(&m_network, *file, nullptr, &sink, noOverride);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        const QStringList loaded = sink.seen.filter(u"children "_s);
        QCOMPARE(loaded.size(), 11);
        QVERIFY(loaded.filter(u"\"child_of\":5}"_s).isEmpty());
        // In the parents' order, the gap where 5 was.
        QVERIFY(loaded.at(3).contains(u"\"child_of\":4}"_s));
        QVERIFY(loaded.at(4).contains(u"\"child_of\":6}"_s));
        // The client block's three, not the default six.
        QCOMPARE(mostAtOnce, 3);
    }

    void aFatalAnswerStopsEveryRequestInFlight()
    {
        // The same twelve children, never answered; child 5 answers 403.
        int received = 0;
        QList<QPointer<HttpConnection>> waiting;
        HttpServer api;
        api.setHandler([&](const HttpRequest& request, HttpConnection* connection) {
            ++received;
            const QString path = request.path();
            if (answeredParents(path, connection)) {
                return;
            }
            if (path.endsWith(u"/5"_s)) {
                connection->respond(HttpResponse::json(
                    403, QJsonDocument(QJsonObject{{u"message"_s, u"not yours"_s}})));
                return;
            }
            waiting << connection;
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QJsonObject json =
            parentsAndChildren(u"http://127.0.0.1:%1/"_s.arg(api.port()),
                               QJsonObject{{u"name"_s, u"children"_s},
                                           {u"endpoint"_s, u"children/{resources.parents.id}"_s}},
                               0);
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        QVERIFY(file);
        OrderedSink sink;
        ExtractJob job(&m_network, *file, nullptr, &sink, options(8));
        run(job);
        QCOMPARE(job.error(), int(ExtractJob::RequestFailed));
        QCOMPARE(job.failure().status, 403);
        // The others were cut off: their connections close, nothing more is
        // asked (the parents, and at most the six children HTTP/1.1 lets out).
        QTRY_VERIFY_WITH_TIMEOUT(
            std::none_of(waiting.cbegin(), waiting.cend(),
                         [](const QPointer<HttpConnection>& c) { return !c.isNull(); }),
            5000);
        const int asked = received;
        QVERIFY2(asked <= 1 + HostThrottle::kConnectionsPerHost,
                 qPrintable(QString::number(asked)));
        QTest::qWait(300);
        QCOMPARE(received, asked);
    }
};

QTEST_GUILESS_MAIN(TestConcurrentExtract)
#include "tst_concurrentextract.moc"
