// Test request end to end over loopback HTTP: against the sandbox, a parent
// and a child (and grandchild) endpoint through client credentials, with the
// data selector and paginator the file gives or detection finds; against a
// local API, every failure a person meets (401, 403, 404, 429, 5xx, an HTML
// page, broken JSON, no answer, a parent without records) as its sentence,
// sent once, and never a secret in any field of the result.
#include "SandboxFixture.h"
#include "SandboxPipelines.h"
#include "http/HttpServer.h"
#include "sandbox/RecordGenerator.h"
#include "source/CredentialSet.h"
#include "source/TestRequestJob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kToken = "t0ken-never-to-be-shown-4711";

struct Outcome
{
    int error = -1;
    QString errorText;
    TestResponse response;
    // Every secret value of the run, the tokens fetched during it included.
    QList<QByteArray> secrets;
};

// Which field of the response holds one of the secrets (its name, never the
// secret: a failing test must not print it); empty when none does.
QByteArray fieldShowingASecret(const TestResponse& response, const QList<QByteArray>& secrets)
{
    QList<QPair<QByteArray, QByteArray>> fields{
        {"url", response.url.toUtf8()},
        {"body", response.body},
        {"problem", response.problem.toUtf8()},
        {"method", response.method.toUtf8()},
        {"data selector", response.dataSelector.toUtf8()},
        {"paginator", QJsonDocument::fromVariant(response.paginator.toVariant()).toJson()}};
    for (const auto& [name, value] : response.headers) {
        fields.append({"header " + name, name + value});
    }
    for (const QByteArray& secret : secrets) {
        for (const auto& [name, field] : std::as_const(fields)) {
            if (field.contains(secret)) {
                return name;
            }
        }
    }
    return QByteArray();
}

} // namespace

class TestTestRequest : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    HttpServer m_api;
    QHash<QString, int> m_hits;
    QNetworkAccessManager m_network;

    Outcome run(const QJsonObject& json, const QString& resource,
                const QHash<QString, QString>& secrets)
    {
        Outcome outcome;
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        if (!file) {
            qWarning() << "pipeline not read:" << problems.value(0).toString();
            return outcome;
        }
        CredentialSet credentials(&m_network, secrets, nullptr, nullptr);
        TestRequestJob job(&m_network, *file, resource, &credentials);
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        if (!finished.wait(20000)) {
            qWarning() << "the test request did not finish";
        }
        outcome.error = job.error();
        outcome.response = job.response();
        outcome.secrets = credentials.secretValues();
        outcome.errorText = job.errorText();
        return outcome;
    }

    Outcome runSandbox(const QJsonObject& json, const QString& resource)
    {
        return run(json, resource, {{QStringLiteral("secret"), SandboxFixture::kServerSecret}});
    }

    // The APS chain with neither data selector nor paginator: both detected.
    QJsonObject undetectedChain(int pageLimit)
    {
        SandboxPipelines::ApsChainOptions options;
        options.pageLimit = pageLimit;
        QJsonObject json = SandboxPipelines::apsChain(m_sandbox->baseUrl().toString(), options);
        QJsonObject source = json.value(QStringLiteral("source")).toObject();
        QJsonObject client = source.value(QStringLiteral("client")).toObject();
        client.remove(QStringLiteral("paginator"));
        source.insert(QStringLiteral("client"), client);
        source.insert(
            QStringLiteral("resource_defaults"),
            QJsonObject{{QStringLiteral("endpoint"),
                         QJsonObject{{QStringLiteral("params"),
                                      QJsonObject{{QStringLiteral("page[limit]"), pageLimit}}}}}});
        json.insert(QStringLiteral("source"), source);
        return json;
    }

    // A pipeline over the local API: one resource per path, with a bearer
    // token; resources are {"name": path} unless given whole.
    QJsonObject localPipeline(const QJsonArray& resources, quint16 port = 0)
    {
        const QString base = QStringLiteral("http://127.0.0.1:%1/").arg(port ? port : m_api.port());
        return QJsonObject{
            {QStringLiteral("pipeline_name"), QStringLiteral("local")},
            {QStringLiteral("source"),
             QJsonObject{
                 {QStringLiteral("client"),
                  QJsonObject{
                      {QStringLiteral("base_url"), base},
                      {QStringLiteral("auth"),
                       QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                                   {QStringLiteral("token"), QStringLiteral("{secrets.token}")}}}}},
                 {QStringLiteral("resources"), resources}}}};
    }

    Outcome runLocal(const QString& resource)
    {
        return runLocal(QJsonArray{resource}, resource);
    }

    Outcome runLocal(const QJsonArray& resources, const QString& resource, quint16 port = 0)
    {
        return run(localPipeline(resources, port), resource,
                   {{QStringLiteral("token"), QString::fromLatin1(kToken)}});
    }

    // Answers by path; every answer echoes the credentials it was sent, in a
    // header and a cookie, as careless APIs do.
    void serve(const HttpRequest& request, HttpConnection* connection)
    {
        const QString path = request.path();
        ++m_hits[path];
        const QByteArray auth = request.header("authorization");
        HttpResponse response;
        if (path == QLatin1String("/unauthorized")) {
            response = HttpResponse::json(401, "{\"message\": \"token " + auth + " expired\"}");
            response.addHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        } else if (path == QLatin1String("/forbidden")) {
            response = HttpResponse::json(403, QByteArray("{\"message\": \"scope missing\"}"));
        } else if (path == QLatin1String("/limited")) {
            response = HttpResponse::json(429, QByteArray("{\"message\": \"slow down\"}"));
            response.addHeader("Retry-After", "7");
        } else if (path == QLatin1String("/failing")) {
            response = HttpResponse::json(503, QByteArray("{\"message\": \"down\"}"));
        } else if (path == QLatin1String("/html")) {
            response = HttpResponse::html(200, QStringLiteral("<html><body>Sign in</body></html>"));
        } else if (path == QLatin1String("/broken")) {
            response = HttpResponse::json(200, QByteArray("{\n  \"data\": [1, 2,\n  ]\n}"));
        } else if (path == QLatin1String("/echo")) {
            response = HttpResponse::json(
                200, "{\"data\": [{\"seen\": \"" + auth + "\"}], \"next\": null}");
        } else if (path == QLatin1String("/parents")) {
            response = HttpResponse::json(200, QByteArray("{\"data\": []}"));
        } else {
            response = HttpResponse::json(404, QByteArray("{\"message\": \"no such thing\"}"));
        }
        response.addHeader("X-Echo", auth);
        response.addHeader("Set-Cookie", "session=cookie-value-42; HttpOnly");
        connection->respond(response);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = SandboxFixture::start();
        m_api.setHandler([this](const HttpRequest& request, HttpConnection* connection) {
            serve(request, connection);
        });
        QVERIFY(m_api.listen(QHostAddress::LocalHost, 0));
    }

    void init()
    {
        m_hits.clear();
    }

    void parentWithTheFilesSelectorAndPaginator()
    {
        const QJsonObject json = SandboxPipelines::apsChain(m_sandbox->baseUrl().toString());
        const Outcome outcome = runSandbox(json, QStringLiteral("hubs"));
        const TestResponse& response = outcome.response;
        QCOMPARE(outcome.error, int(Job::NoError));
        QVERIFY(response.problem.isEmpty());
        QCOMPARE(response.resource, QStringLiteral("hubs"));
        QCOMPARE(response.method, QStringLiteral("GET"));
        QCOMPARE(response.status, 200);
        QVERIFY2(response.url.startsWith(m_sandbox->baseUrl().toString() + u"/project/v1/hubs"_s),
                 qPrintable(response.url));
        QVERIFY(response.url.contains(QStringLiteral("page%5Blimit%5D=200"))
                || response.url.contains(QStringLiteral("page[limit]=200")));
        QVERIFY(response.isJson);
        QCOMPARE(response.bytes, response.body.size());
        QVERIFY(response.milliseconds >= 0);
        const QJsonArray hubs = QJsonDocument::fromJson(response.body)[u"data"_s].toArray();
        QCOMPARE(hubs.size(), RecordGenerator::kHubCount);
        QCOMPARE(response.dataSelector, QStringLiteral("data"));
        QVERIFY(!response.dataSelectorDetected);
        QCOMPARE(response.recordCount, RecordGenerator::kHubCount);
        const QJsonObject paginator = response.paginator.toObject();
        QCOMPARE(paginator.value(QStringLiteral("type")).toString(), QStringLiteral("json_link"));
        QCOMPARE(paginator.value(QStringLiteral("next_url_path")).toString(),
                 QStringLiteral("links.next.href"));
        QVERIFY(!response.paginatorDetected);
        bool contentType = false;
        for (const auto& [name, value] : response.headers) {
            contentType =
                contentType || (name.toLower() == "content-type" && value.contains("json"));
        }
        QVERIFY(contentType);
        // The client secret and the token fetched with it: neither is shown.
        QVERIFY(outcome.secrets.size() >= 2);
        QCOMPARE(fieldShowingASecret(response, outcome.secrets), QByteArray());
    }

    void parentWithDetection()
    {
        const Outcome outcome = runSandbox(undetectedChain(200), QStringLiteral("hubs"));
        QCOMPARE(outcome.error, int(Job::NoError));
        QCOMPARE(outcome.response.status, 200);
        QCOMPARE(outcome.response.dataSelector, QStringLiteral("data"));
        QVERIFY(outcome.response.dataSelectorDetected);
        QCOMPARE(outcome.response.recordCount, RecordGenerator::kHubCount);
        // The hubs list has no next link: one page.
        QVERIFY(outcome.response.paginatorDetected);
        QCOMPARE(outcome.response.paginator.toString(), QStringLiteral("single_page"));
    }

    void childUsesTheFirstParentRecord()
    {
        const QJsonObject json = undetectedChain(2);
        const Outcome hubs = runSandbox(json, QStringLiteral("hubs"));
        const QString firstHub =
            QJsonDocument::fromJson(hubs.response.body)[u"data"_s][0][u"id"_s].toString();
        QVERIFY(!firstHub.isEmpty());
        const Outcome outcome = runSandbox(json, QStringLiteral("projects"));
        const TestResponse& response = outcome.response;
        QCOMPARE(outcome.error, int(Job::NoError));
        QCOMPARE(response.resource, QStringLiteral("projects"));
        QVERIFY2(
            response.url.contains(QStringLiteral("/project/v1/hubs/%1/projects").arg(firstHub)),
            qPrintable(response.url));
        QCOMPARE(response.status, 200);
        QCOMPARE(response.dataSelector, QStringLiteral("data"));
        QCOMPARE(response.recordCount, 2);
        // Three projects a hub, two a page: a next link, found.
        QVERIFY(response.paginatorDetected);
        QCOMPARE(response.paginatorConfidence, 1.0);
        const QJsonObject paginator = response.paginator.toObject();
        QCOMPARE(paginator.value(QStringLiteral("type")).toString(), QStringLiteral("json_link"));
        QCOMPARE(paginator.value(QStringLiteral("next_url_path")).toString(),
                 QStringLiteral("links.next.href"));
        QCOMPARE(fieldShowingASecret(response, outcome.secrets), QByteArray());
    }

    void grandchildUsesTheFirstRecordOfEachLevel()
    {
        const QJsonObject json = SandboxPipelines::apsChain(m_sandbox->baseUrl().toString());
        const Outcome projects = runSandbox(json, QStringLiteral("projects"));
        const QJsonValue firstProject =
            QJsonDocument::fromJson(projects.response.body)[u"data"_s][0];
        const QString projectId = firstProject[u"id"_s].toString();
        const QString projectsUrl = projects.response.url;
        // projects' URL names the first hub; top_folders takes it from there.
        const QString hubId = projectsUrl.section(QStringLiteral("/hubs/"), 1).section(u'/', 0, 0);
        QVERIFY(!projectId.isEmpty() && !hubId.isEmpty());
        const Outcome folders = runSandbox(json, QStringLiteral("top_folders"));
        QCOMPARE(folders.error, int(Job::NoError));
        QVERIFY2(
            folders.response.url.contains(
                QStringLiteral("/project/v1/hubs/%1/projects/%2/topFolders").arg(hubId, projectId)),
            qPrintable(folders.response.url));
        QCOMPARE(folders.response.recordCount, RecordGenerator::kTopFoldersPerProject);
    }

    void parentWithoutRecords()
    {
        const QJsonArray resources{
            QStringLiteral("parents"),
            QJsonObject{
                {QStringLiteral("name"), QStringLiteral("children")},
                {QStringLiteral("endpoint"), QStringLiteral("children/{resources.parents.id}")}}};
        const Outcome outcome = runLocal(resources, QStringLiteral("children"));
        QCOMPARE(outcome.error, int(TestRequestJob::NoParentRecord));
        QVERIFY2(outcome.response.problem.contains(QStringLiteral("\"parents\" has no records")),
                 qPrintable(outcome.response.problem));
        QVERIFY(
            outcome.response.problem.contains(QStringLiteral("children/{resources.parents.id}")));
        // What is shown is the parent's answer; the child was never asked.
        QCOMPARE(outcome.response.resource, QStringLiteral("parents"));
        QCOMPARE(m_hits.value(QStringLiteral("/parents")), 1);
        QCOMPARE(m_hits.size(), 1);
    }

    void failures_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("401") << u"unauthorized"_s << int(TestRequestJob::RequestFailed) << 401
                             << QStringList{u"refused the credentials"_s, u"Sign in again"_s};
        QTest::newRow("403") << u"forbidden"_s << int(TestRequestJob::RequestFailed) << 403
                             << QStringList{u"does not allow"_s, u"scopes"_s};
        QTest::newRow("404") << u"missing"_s << int(TestRequestJob::RequestFailed) << 404
                             << QStringList{u"HTTP 404"_s, u"path, \"missing\""_s};
        QTest::newRow("429") << u"limited"_s << int(TestRequestJob::RequestFailed) << 429
                             << QStringList{u"HTTP 429"_s, u"Wait 7 second"_s};
        QTest::newRow("503") << u"failing"_s << int(TestRequestJob::RequestFailed) << 503
                             << QStringList{u"HTTP 503"_s, u"server's side"_s,
                                            u"Try again later"_s};
        QTest::newRow("html") << u"html"_s << int(TestRequestJob::ResponseFailed) << 200
                              << QStringList{u"HTML page"_s, u"base_url"_s};
        QTest::newRow("malformed") << u"broken"_s << int(TestRequestJob::ResponseFailed) << 200
                                   << QStringList{u"not valid JSON"_s, u"line 3, column 3"_s};
    }

    void failures()
    {
        QFETCH(QString, resource);
        QFETCH(int, error);
        QFETCH(int, status);
        QFETCH(QStringList, words);
        const Outcome outcome = runLocal(resource);
        const TestResponse& response = outcome.response;
        QCOMPARE(outcome.error, error);
        QCOMPARE(response.status, status);
        // The job's own text is the same sentence.
        QCOMPARE(outcome.errorText, response.problem);
        for (const QString& word : std::as_const(words)) {
            QVERIFY2(response.problem.contains(word), qPrintable(response.problem));
        }
        QVERIFY(!response.isJson || status >= 400);
        // Sent once: a 429 or 5xx is shown, not retried behind the person's back.
        QCOMPARE(m_hits.value(QLatin1Char('/') + resource), 1);
        QVERIFY(!response.body.isEmpty());
        QVERIFY(outcome.secrets.contains(kToken));
        QCOMPARE(fieldShowingASecret(response, outcome.secrets), QByteArray());
    }

    void headersAndBodyHideSecrets()
    {
        const Outcome outcome = runLocal(QStringLiteral("echo"));
        const TestResponse& response = outcome.response;
        QCOMPARE(outcome.error, int(Job::NoError));
        QCOMPARE(response.recordCount, 1);
        // The API echoed "Bearer <token>" in a header and in the body.
        // (The body is not printed on failure: it would hold the token then.)
        QVERIFY(response.body.contains("\"seen\": \"Bearer ***\""));
        QByteArray echo;
        QByteArray cookie;
        for (const auto& [name, value] : response.headers) {
            if (name.toLower() == "x-echo") {
                echo = value;
            } else if (name.toLower() == "set-cookie") {
                cookie = value;
            }
        }
        // Not QCOMPARE: on failure it would print the token.
        QVERIFY(echo == "Bearer ***");
        QVERIFY(cookie == "***");
        QCOMPARE(fieldShowingASecret(response, outcome.secrets), QByteArray());
    }

    void networkFailure()
    {
        HttpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const quint16 port = closed.port();
        closed.close();
        const Outcome outcome =
            runLocal(QJsonArray{QStringLiteral("gone")}, QStringLiteral("gone"), port);
        QCOMPARE(outcome.error, int(TestRequestJob::RequestFailed));
        QCOMPARE(outcome.response.status, 0);
        QVERIFY2(outcome.response.problem.contains(QStringLiteral("No answer came from")),
                 qPrintable(outcome.response.problem));
        QVERIFY(outcome.response.problem.contains(QStringLiteral(":%1/gone").arg(port)));
        QCOMPARE(fieldShowingASecret(outcome.response, outcome.secrets), QByteArray());
    }

    void unknownResource()
    {
        const Outcome outcome =
            runLocal(QJsonArray{QStringLiteral("echo")}, QStringLiteral("nope"));
        QCOMPARE(outcome.error, int(TestRequestJob::RequestFailed));
        QVERIFY(outcome.response.problem.contains(QStringLiteral("no resource named \"nope\"")));
        QVERIFY(m_hits.isEmpty());
    }

    void selectorHelper()
    {
        const QByteArray body =
            R"({"data": [{"id": 1}, {"id": 2}, {"id": 3}], "meta": {"total": 3}})";
        TestRequestJob::Selection data = TestRequestJob::select(body, QStringLiteral("data"), 2);
        QVERIFY(data.problem.isEmpty());
        QCOMPARE(data.count, 3);
        QCOMPARE(data.firstRecords,
                 (QJsonArray{QJsonObject{{u"id"_s, 1}}, QJsonObject{{u"id"_s, 2}}}));
        const TestRequestJob::Selection ids =
            TestRequestJob::select(body, QStringLiteral("$.data[*].id"));
        QCOMPARE(ids.count, 3);
        QCOMPARE(ids.firstRecords, (QJsonArray{1, 2, 3}));
        QCOMPARE(TestRequestJob::select(body, QStringLiteral("meta")).count, 1);
        QCOMPARE(TestRequestJob::select(body, QStringLiteral("nothing")).count, 0);
        // The whole body: one record.
        QCOMPARE(TestRequestJob::select(body, QString()).count, 1);
        const TestRequestJob::Selection bad = TestRequestJob::select(body, QStringLiteral("data["));
        QVERIFY(!bad.problem.isEmpty());
        QCOMPARE(bad.count, 0);
        QVERIFY(!TestRequestJob::select(QByteArray("<html>"), QStringLiteral("data"))
                     .problem.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTestRequest)
#include "tst_testrequest.moc"
