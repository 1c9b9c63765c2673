// Pipeline files read the way dlt reads its REST API config: defaults merged
// in dlt's order, parents found from placeholders, and every mistake reported
// with its exact path (source.resources[2].endpoint.paginatr) before anything
// runs.
#include "source/PipelineFile.h"
#include "source/ResourceGraph.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

namespace {

// URLs inside raw strings are written https:\/\/… (valid JSON): moc reads a
// "//" in a raw string as the start of a comment and loses the class.
QJsonObject parse(const char* json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    }
    return document.object();
}

// A pipeline around the given source.
QJsonObject pipeline(const QJsonObject& source)
{
    return QJsonObject{{QStringLiteral("pipeline_name"), QStringLiteral("demo")},
                       {QStringLiteral("destination"), QStringLiteral("sqlite")},
                       {QStringLiteral("source"), source}};
}

QJsonObject sourceWith(const QJsonArray& resources, const QJsonObject& client = {})
{
    QJsonObject clientJson = client;
    if (!clientJson.contains(QStringLiteral("base_url"))) {
        clientJson.insert(QStringLiteral("base_url"), QStringLiteral("https://api.example/v1/"));
    }
    return QJsonObject{{QStringLiteral("client"), clientJson},
                       {QStringLiteral("resources"), resources}};
}

// The problems reading this pipeline reports, as "path: message" lines.
QStringList problemsOf(const QJsonObject& json)
{
    ConfigProblems problems;
    const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
    QStringList lines;
    for (const ConfigProblem& problem : problems) {
        lines << problem.toString();
    }
    if (file && !problems.isEmpty()) {
        lines << QStringLiteral("<file returned despite problems>");
    }
    return lines;
}

bool anyContains(const QStringList& lines, const QString& text)
{
    return std::any_of(lines.begin(), lines.end(),
                       [&text](const QString& line) { return line.contains(text); });
}

} // namespace

class TestPipelineFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dltExampleReadsWithDefaultsMerged()
    {
        const QJsonObject json = parse(R"({
          "pipeline_name": "shop", "destination": {"type": "sqlite", "path": "shop.db"},
          "source": {
            "client": {"base_url": "https:\/\/api.example.com/v1/",
                       "auth": {"type": "oauth2_client_credentials",
                                "access_token_url": "https:\/\/auth.example.com/token",
                                "client_id": "shop-app", "client_secret": "{secrets.shop_secret}"},
                       "paginator": {"type": "json_link", "next_url_path": "paging.next"}},
            "resource_defaults": {"primary_key": "id", "write_disposition": "merge",
                                  "endpoint": {"params": {"per_page": 100}}},
            "resources": [
              "users",
              {"name": "orders",
               "endpoint": {"path": "orders", "data_selector": "data",
                            "params": {"updated_since": "{incremental.start_value}"},
                            "incremental": {"cursor_path": "updated_at",
                                            "initial_value": "2024-01-01T00:00:00Z"}}},
              {"name": "order_items", "endpoint": "orders/{resources.orders.id}/items",
               "include_from_parent": ["id"]}
            ]
          }
        })");
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        QVERIFY2(file, qPrintable(problems.value(0).toString()));
        QCOMPARE(file->datasetName, QStringLiteral("shop_dataset"));
        QCOMPARE(file->destinationPath, QStringLiteral("shop.db"));
        QCOMPARE(file->sourceName, QStringLiteral("rest_api"));
        QCOMPARE(file->resources.size(), 3);

        const ResourceConfig* users = file->resource(QStringLiteral("users"));
        QCOMPARE(users->endpoint.path, QStringLiteral("users"));
        QCOMPARE(users->primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(users->writeDisposition, QStringLiteral("merge"));
        QCOMPARE(users->endpoint.params.value(QStringLiteral("per_page")).toInt(), 100);

        // params merge one level: the default stays beside the resource's own.
        const ResourceConfig* orders = file->resource(QStringLiteral("orders"));
        QCOMPARE(orders->endpoint.params.value(QStringLiteral("per_page")).toInt(), 100);
        QCOMPARE(orders->endpoint.params.value(QStringLiteral("updated_since")).toString(),
                 QStringLiteral("{incremental.start_value}"));
        QCOMPARE(orders->endpoint.incremental->cursorPath, QStringLiteral("updated_at"));
        QCOMPARE(orders->endpoint.dataSelector.value_or(QString()), QStringLiteral("data"));

        const ResourceConfig* items = file->resource(QStringLiteral("order_items"));
        QCOMPARE(items->parent, QStringLiteral("orders"));
        QCOMPARE(ResourceGraph::parentFields(*items), QStringList{QStringLiteral("id")});
        QCOMPARE(file->extractionOrder(),
                 QStringList({QStringLiteral("users"), QStringLiteral("orders"),
                              QStringLiteral("order_items")}));
        QCOMPARE(file->secretNames(), QStringList{QStringLiteral("shop_secret")});
        QCOMPARE(file->client.paginator->type, QStringLiteral("json_link"));
    }

    void childrenComeAfterTheirParents()
    {
        // Listed child first: extraction still starts with the parent.
        const QJsonObject json = pipeline(sourceWith(QJsonArray{
            parse(R"({"name": "comments", "endpoint": "posts/{resources.posts.id}/comments"})"),
            QStringLiteral("posts")}));
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        QVERIFY(file);
        QCOMPARE(file->extractionOrder(),
                 QStringList({QStringLiteral("posts"), QStringLiteral("comments")}));
    }

    void singleEntityPathIsReadWholeAndNotPaginated()
    {
        const QJsonObject json = pipeline(sourceWith(
            QJsonArray{QStringLiteral("users"),
                       parse(R"({"name": "user", "endpoint": "users/{resources.users.id}"})")},
            parse(R"({"base_url": "https:\/\/api.example/", "paginator": "json_link"})")));
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        QVERIFY(file);
        const ResourceConfig* user = file->resource(QStringLiteral("user"));
        QCOMPARE(user->endpoint.dataSelector.value_or(QString()), QStringLiteral("$"));
        // This overrides the client's paginator, as in dlt.
        QCOMPARE(user->endpoint.paginator->type, QStringLiteral("single_page"));
        QVERIFY(!file->resource(QStringLiteral("users"))->endpoint.paginator);
    }

    void legacyResolveParamsFindTheParent()
    {
        const QJsonObject json = pipeline(sourceWith(QJsonArray{
            QStringLiteral("issues"),
            parse(R"({"name": "comments", "endpoint": {"path": "issues/{issue_number}/comments",
                      "params": {"issue_number": {"type": "resolve", "resource": "issues",
                                                  "field": "number"}}}})")}));
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        QVERIFY2(file, qPrintable(problems.value(0).toString()));
        QCOMPARE(file->resource(QStringLiteral("comments"))->parent, QStringLiteral("issues"));
        QCOMPARE(ResourceGraph::parentFields(*file->resource(QStringLiteral("comments"))),
                 QStringList{QStringLiteral("number")});
    }

    void problemsNameTheirPath_data()
    {
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        const QByteArray client = R"("client": {"base_url": "https:\/\/api.example/"})";
        QTest::newRow("unknown endpoint key with suggestion")
            << QByteArray("{" + client + R"(, "resources": ["a", "b",
                 {"name": "c", "endpoint": {"path": "c", "paginatr": "json_link"}}]})")
            << QStringLiteral("source.resources[2].endpoint.paginatr: unknown key; did you mean "
                              "\"paginator\"?");
        QTest::newRow("unknown top-level source key")
            << QByteArray("{" + client + R"(, "resources": ["a"], "resource_default": {}})")
            << QStringLiteral("source.resource_default: unknown key; did you mean "
                              "\"resource_defaults\"?");
        QTest::newRow("wrong type")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "selected": "yes"}]})")
            << QStringLiteral("source.resources[0].selected: must be true or false, not a string");
        QTest::newRow("unknown paginator")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint": {"paginator":
                               {"type": "jsonlink"}}}]})")
            << QStringLiteral("source.resources[0].endpoint.paginator.type: \"jsonlink\" is not a "
                              "paginator; did you mean \"json_link\"?");
        QTest::newRow("offset needs its limit")
            << QByteArray(
                   "{" + client
                   + R"(, "resources": [{"name": "a", "endpoint": {"paginator": "offset"}}]})")
            << QStringLiteral("source.resources[0].endpoint.paginator.limit: is required, so "
                              "\"offset\" needs the object form");
        QTest::newRow("paginator that never stops")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint": {"paginator":
                 {"type": "page_number", "total_path": null, "stop_after_empty_page": false}}}]})")
            << QStringLiteral("source.resources[0].endpoint.paginator: this paginator would never "
                              "stop");
        QTest::newRow("lower-case method")
            << QByteArray("{" + client
                          + R"(, "resources": [{"name": "a", "endpoint": {"method": "get"}}]})")
            << QStringLiteral("source.resources[0].endpoint.method: must be one of GET, POST, not "
                              "\"get\"");
        QTest::newRow("json and data")
            << QByteArray("{" + client
                          + R"(, "resources": [{"name": "a", "endpoint": {"method": "POST",
                               "json": {"q": 1}, "data": "q=1"}}]})")
            << QStringLiteral("source.resources[0].endpoint.data: cannot be used together with "
                              "\"json\"");
        QTest::newRow("secret written into the file")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/",
                 "auth": {"type": "bearer", "token": "ghp_realtoken"}}, "resources": ["a"]})")
            << QStringLiteral("source.client.auth.token: holds a secret written into the file");
        QTest::newRow("cyclic resolve")
            << QByteArray("{" + client + R"(, "resources": [
                 {"name": "a", "endpoint": "a/{resources.b.id}"},
                 {"name": "b", "endpoint": "b/{resources.a.id}"}]})")
            << QStringLiteral("source.resources[0].endpoint: resources depend on each other in a "
                              "circle: a → b → a");
        QTest::newRow("multi-parent resolve")
            << QByteArray("{" + client + R"(, "resources": ["a", "b",
                 {"name": "c", "endpoint": "a/{resources.a.id}/b/{resources.b.id}"}]})")
            << QStringLiteral("source.resources[2].endpoint: takes values from several resources "
                              "(a, b); a resource has one parent");
        QTest::newRow("unknown parent")
            << QByteArray("{" + client
                          + R"(, "resources": [{"name": "c", "endpoint": "x/{resources.x.id}"}]})")
            << QStringLiteral("source.resources[0].endpoint: there is no resource named \"x\"");
        QTest::newRow("include_from_parent without parent")
            << QByteArray("{" + client
                          + R"(, "resources": [{"name": "c", "include_from_parent": ["id"]}]})")
            << QStringLiteral("source.resources[0].include_from_parent: needs a parent resource");
        QTest::newRow("resolve param missing from the path")
            << QByteArray("{" + client + R"(, "resources": ["issues", {"name": "c", "endpoint":
                 {"path": "comments", "params": {"n": {"type": "resolve", "resource": "issues",
                 "field": "number"}}}}]})")
            << QStringLiteral("source.resources[1].endpoint.params.n: is resolved from the parent "
                              "but the path has no {n}");
        QTest::newRow("incremental placeholder without incremental")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint":
                 {"params": {"since": "{incremental.start_value}"}}}]})")
            << QStringLiteral("source.resources[0].endpoint.params: uses "
                              "{incremental.start_value} but the endpoint has no \"incremental\"");
        QTest::newRow("unknown placeholder in params")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint":
                 {"params": {"q": "{today}"}}}]})")
            << QStringLiteral("{today} is not a placeholder Grantline knows");
        QTest::newRow("secret written into a header")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/",
                 "headers": {"Authorization": "Bearer ghp_abc"}}, "resources": ["a"]})")
            << QStringLiteral("source.client.headers.Authorization: holds a secret written into "
                              "the file");
        QTest::newRow("secret written into a param")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint":
                 {"params": {"api_key": "abc123"}}}]})")
            << QStringLiteral("source.resources[0].endpoint.params.api_key: holds a secret");
        QTest::newRow("form body")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint":
                 {"method": "POST", "data": "a=1"}}]})")
            << QStringLiteral("source.resources[0].endpoint.data: form bodies are not supported");
        QTest::newRow("secret in an address")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint":
                 {"path": "a/{secrets.token}"}}]})")
            << QStringLiteral("source.resources[0].endpoint.path: {secrets.token}: secrets go only "
                              "into headers and auth");
        QTest::newRow("bad data selector")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint":
                 {"data_selector": "$..items"}}]})")
            << QStringLiteral("source.resources[0].endpoint.data_selector: \"$..items\" is not a "
                              "JSONPath");
        QTest::newRow("python processing steps")
            << QByteArray("{" + client
                          + R"(, "resources": [{"name": "a", "processing_steps": []}]})")
            << QStringLiteral("source.resources[0].processing_steps: are Python functions");
        QTest::newRow("duplicate resource")
            << QByteArray("{" + client + R"(, "resources": ["a", {"name": "a"}]})")
            << QStringLiteral("source.resources[1].name: \"a\" is used by another resource");
        QTest::newRow("no resources")
            << QByteArray("{" + client + R"(, "resources": []})")
            << QStringLiteral("source.resources: must list at least one resource");
        QTest::newRow("credentials over plain http")
            << QByteArray(R"({"client": {"base_url": "http:\/\/api.example/",
                 "auth": {"token": "{secrets.t}"}}, "resources": ["a"]})")
            << QStringLiteral("source.client.base_url: credentials would travel unencrypted");
        QTest::newRow("secret header over plain http")
            << QByteArray(R"({"client": {"base_url": "http:\/\/api.example/",
                 "headers": {"X-Api-Key": "{secrets.k}"}}, "resources": ["a"]})")
            << QStringLiteral("source.client.base_url: credentials would travel unencrypted");
        QTest::newRow("a host only named like loopback")
            << QByteArray(R"({"client": {"base_url": "http:\/\/127.example.com/",
                 "auth": {"token": "{secrets.t}"}}, "resources": ["a"]})")
            << QStringLiteral("source.client.base_url: credentials would travel unencrypted");
        QTest::newRow("token url over plain http")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/",
                 "auth": {"type": "oauth2_client_credentials",
                          "access_token_url": "http:\/\/auth.example/token",
                          "client_id": "id", "client_secret": "{secrets.s}"}},
                 "resources": ["a"]})")
            << QStringLiteral("source.client.auth.access_token_url: \"http://auth.example/token\" "
                              "does not use https");
        QTest::newRow("absolute path elsewhere with the client's auth")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/v1/",
                 "auth": {"token": "{secrets.t}"}},
                 "resources": [{"name": "a", "endpoint": {"path": "https:\/\/other.example/a"}}]})")
            << QStringLiteral("source.resources[0].endpoint.path: is on https://other.example:443, "
                              "not on the origin of base_url (https://api.example:443); "
                              "credentials and headers go only to base_url's origin, unless the "
                              "resource has an \"auth\" of its own for that host");
        QTest::newRow("absolute path on another port with headers")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/",
                 "headers": {"Accept": "application/json"}},
                 "resources": ["a", {"name": "b", "endpoint": "https:\/\/api.example:8443/b"}]})")
            << QStringLiteral(
                   "source.resources[1].endpoint: is on https://api.example:8443, not on "
                   "the origin of base_url (https://api.example:443)");
        QTest::newRow("absolute plain-http path with an auth of its own")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/v1/"},
                 "resources": [{"name": "a", "endpoint": {"path": "http:\/\/other.example/a",
                   "auth": {"token": "{secrets.t}"}}}]})")
            << QStringLiteral("source.resources[0].endpoint.path: credentials would travel "
                              "unencrypted");
        QTest::newRow("absolute plain-http path with a secret header")
            << QByteArray(R"({"client": {"base_url": "http:\/\/127.0.0.1:8080/",
                 "headers": {"X-Api-Key": "{secrets.k}"}},
                 "resources": ["a", {"name": "b", "endpoint": "http:\/\/127.0.0.1:8080/b"},
                   {"name": "c", "endpoint": "http:\/\/127.example.com:8080/c"}]})")
            << QStringLiteral("source.resources[2].endpoint: is on http://127.example.com:8080");
        QTest::newRow("end value without initial value")
            << QByteArray("{" + client + R"(, "resources": [{"name": "a", "endpoint":
                 {"incremental": {"cursor_path": "t", "end_value": 5}}}]})")
            << QStringLiteral("source.resources[0].endpoint.incremental.end_value: needs an "
                              "initial_value");
        QTest::newRow("no request at once")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/",
                 "concurrent_requests": 0}, "resources": ["a"]})")
            << QStringLiteral("source.client.concurrent_requests: must be a whole number of at "
                              "least 1");
        QTest::newRow("more requests at once than allowed")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/",
                 "concurrent_requests": 33}, "resources": ["a"]})")
            << QStringLiteral("source.client.concurrent_requests: must be at most 32");
        QTest::newRow("a fraction of a request a minute")
            << QByteArray(R"({"client": {"base_url": "https:\/\/api.example/",
                 "requests_per_minute": 2.5}, "resources": ["a"]})")
            << QStringLiteral("source.client.requests_per_minute: must be a whole number of at "
                              "least 0");
        QTest::newRow("bad default")
            << QByteArray("{" + client + R"(, "resource_defaults": {"write_disposition": "upsert"},
                 "resources": ["a"]})")
            << QStringLiteral("source.resource_defaults.write_disposition: must be one of append, "
                              "replace, merge, skip");
    }

    void problemsNameTheirPath()
    {
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        const QStringList problems = problemsOf(pipeline(parse(source.constData())));
        QVERIFY2(anyContains(problems, expected), qPrintable(problems.join(u'\n')));
        QVERIFY(!problems.contains(QStringLiteral("<file returned despite problems>")));
    }

    void postgresDestinationsAreReadAsDltWritesThem()
    {
        QJsonObject json = pipeline(sourceWith({QStringLiteral("users")}));
        json.insert(QStringLiteral("dataset_name"), QStringLiteral("raw"));
        json.insert(
            QStringLiteral("destination"),
            QJsonObject{{QStringLiteral("type"), QStringLiteral("postgres")},
                        {QStringLiteral("credentials"),
                         QStringLiteral("postgresql://loader@db.example:6543/warehouse?sslmode="
                                        "verify-full&connect_timeout=5")},
                        {QStringLiteral("password"), QStringLiteral("{secrets.pg}")}});
        ConfigProblems problems;
        std::optional<PipelineFile> file = PipelineFile::read(json, &problems);
        QVERIFY2(file, qPrintable(problems.value(0).toString()));
        QVERIFY(file->loadsIntoPostgres());
        QCOMPARE(file->postgres->host, QStringLiteral("db.example"));
        QCOMPARE(file->postgres->port, 6543);
        QCOMPARE(file->postgres->database, QStringLiteral("warehouse"));
        QCOMPARE(file->postgres->user, QStringLiteral("loader"));
        QCOMPARE(file->postgres->sslmode, QStringLiteral("verify-full"));
        QCOMPARE(file->postgres->connectTimeout, 5);
        QCOMPARE(file->postgres->passwordSecret, QStringLiteral("pg"));
        // A run asks for the password; extracting and test requests do not.
        QVERIFY(file->secretNames().isEmpty());
        QCOMPARE(file->postgres->url(),
                 QStringLiteral("postgresql://loader@db.example:6543/"
                                "warehouse?sslmode=verify-full&connect_timeout=5"));
        QCOMPARE(file->postgres->displayUrl(true),
                 QStringLiteral("postgresql://loader:***@db.example:6543/warehouse"));
        // dlt's credentials object, the password inside it.
        json.insert(QStringLiteral("destination"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("postgres")},
                                {QStringLiteral("credentials"),
                                 QJsonObject{{QStringLiteral("database"), QStringLiteral("dw")},
                                             {QStringLiteral("username"), QStringLiteral("etl")},
                                             {QStringLiteral("password"),
                                              QStringLiteral("{secrets.etl_pw}")},
                                             {QStringLiteral("host"), QStringLiteral("pg.local")},
                                             {QStringLiteral("port"), 5433}}}});
        file = PipelineFile::read(json, &problems);
        QVERIFY2(file, qPrintable(problems.value(0).toString()));
        QCOMPARE(file->postgres->describe(), QStringLiteral("database dw on pg.local:5433"));
        QCOMPARE(file->postgres->passwordSecret, QStringLiteral("etl_pw"));
        QCOMPARE(file->postgres->connectTimeout, 15);
    }

    void destinationProblemsNameTheirPath_data()
    {
        QTest::addColumn<QJsonValue>("destination");
        QTest::addColumn<QString>("expected");
        const auto server = [](const QString& url, const QString& password = QString()) {
            QJsonObject destination{{QStringLiteral("type"), QStringLiteral("postgres")},
                                    {QStringLiteral("credentials"), url}};
            if (!password.isEmpty()) {
                destination.insert(QStringLiteral("password"), password);
            }
            return QJsonValue(destination);
        };
        QTest::newRow("a password in the URL")
            << server(QStringLiteral("postgresql://loader:hunter2@db/x"))
            << QStringLiteral("destination.credentials: holds a password in plain text");
        QTest::newRow("a password in the query")
            << server(QStringLiteral("postgresql://loader@db/x?password=hunter2"))
            << QStringLiteral("destination.credentials: holds a password in plain text");
        QTest::newRow("a password written out")
            << server(QStringLiteral("postgresql://loader@db/x"), QStringLiteral("hunter2"))
            << QStringLiteral("destination.password: holds a secret written into the file");
        const auto fields = [](const QString& password, const QString& beside = QString()) {
            QJsonObject destination{
                {QStringLiteral("type"), QStringLiteral("postgres")},
                {QStringLiteral("credentials"),
                 QJsonObject{{QStringLiteral("database"), QStringLiteral("dw")},
                             {QStringLiteral("username"), QStringLiteral("etl")},
                             {QStringLiteral("host"), QStringLiteral("db")},
                             {QStringLiteral("password"), password}}}};
            if (!beside.isEmpty()) {
                destination.insert(QStringLiteral("password"), beside);
            }
            return QJsonValue(destination);
        };
        QTest::newRow("a password written into dlt's credentials")
            << fields(QStringLiteral("hunter2"))
            << QStringLiteral("destination.credentials.password: holds a secret written into the "
                              "file");
        QTest::newRow("a password given twice")
            << fields(QStringLiteral("{secrets.pg}"), QStringLiteral("{secrets.hunter2}"))
            << QStringLiteral("destination.password: is given twice: here and in \"credentials\"");
        QTest::newRow("no credentials")
            << QJsonValue(QJsonObject{{QStringLiteral("type"), QStringLiteral("postgres")}})
            << QStringLiteral("destination.credentials: is required for postgres");
        QTest::newRow("postgres without its server")
            << QJsonValue(QStringLiteral("postgres"))
            << QStringLiteral("destination: postgres needs its server");
        QTest::newRow("an sslmode libpq does not know")
            << server(QStringLiteral("postgresql://loader@db/x?sslmode=sometimes"))
            << QStringLiteral("sslmode \"sometimes\" is not one of disable, allow");
        QTest::newRow("an unknown parameter")
            << server(QStringLiteral("postgresql://loader@db/x?fsync=off"))
            << QStringLiteral("\"fsync\" is not a connection parameter Grantline passes on");
        QTest::newRow("not a PostgreSQL URL")
            << server(QStringLiteral("mysql://loader@db/x"))
            << QStringLiteral("destination.credentials: is not a PostgreSQL URL "
                              "(postgresql://USER@HOST:PORT/DATABASE)");
        // Typos that put the password where a URL has none are refused
        // without repeating it.
        QTest::newRow("the scheme left out")
            << server(QStringLiteral("loader:hunter2@db/analytics"))
            << QStringLiteral("destination.credentials: is not a PostgreSQL URL");
        QTest::newRow("the slashes left out")
            << server(QStringLiteral("postgresql:loader:hunter2@db/x"))
            << QStringLiteral("destination.credentials: is not a PostgreSQL URL");
        QTest::newRow("the slashes and the database left out")
            << server(QStringLiteral("postgresql:loader:hunter2@db"))
            << QStringLiteral("destination.credentials: is not a PostgreSQL URL");
        QTest::newRow("no server, the password as the database")
            << server(QStringLiteral("postgresql:///loader:hunter2@db"))
            << QStringLiteral("destination.credentials: is not a PostgreSQL URL");
        QTest::newRow("a slash in the database")
            << server(QStringLiteral("postgresql://loader@db/x/hunter2"))
            << QStringLiteral("destination.credentials: names a database with \"/\" in it");
        QTest::newRow("no database")
            << server(QStringLiteral("postgresql://loader@db"))
            << QStringLiteral("destination.credentials: names no database");
        QTest::newRow("an unknown destination")
            << QJsonValue(QStringLiteral("duckdb"))
            << QStringLiteral("\"duckdb\" is not a destination Grantline loads into (sqlite, "
                              "postgres)");
        QTest::newRow("a SQLite key on postgres")
            << QJsonValue(QJsonObject{
                   {QStringLiteral("type"), QStringLiteral("postgres")},
                   {QStringLiteral("credentials"), QStringLiteral("postgresql://loader@db/x")},
                   {QStringLiteral("path"), QStringLiteral("x.db")}})
            << QStringLiteral("destination.path: unknown key");
    }

    void destinationProblemsNameTheirPath()
    {
        QFETCH(QJsonValue, destination);
        QFETCH(QString, expected);
        QJsonObject json = pipeline(sourceWith({QStringLiteral("users")}));
        json.insert(QStringLiteral("destination"), destination);
        const QStringList problems = problemsOf(json);
        QVERIFY2(anyContains(problems, expected), qPrintable(problems.join(u'\n')));
        QVERIFY(!problems.contains(QStringLiteral("<file returned despite problems>")));
        // A password written where it must not be is never repeated.
        QVERIFY(!anyContains(problems, QStringLiteral("hunter2")));
    }

    void anEndpointKnowsEveryPlaceholderItsRequestHolds_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        const QJsonValue since(
            QJsonObject{{QStringLiteral("since"), QStringLiteral("{incremental.last_value}")}});
        QTest::newRow("in the path")
            << QStringLiteral("path")
            << QJsonValue(QStringLiteral("items/{incremental.last_value}"));
        QTest::newRow("in params") << QStringLiteral("params") << since;
        QTest::newRow("in the JSON body") << QStringLiteral("json") << since;
        QTest::newRow("in a header") << QStringLiteral("headers") << since;
    }

    void anEndpointKnowsEveryPlaceholderItsRequestHolds()
    {
        // Whether a request may go out before its turn depends on it.
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QJsonObject endpoint{
            {QStringLiteral("path"), QStringLiteral("items")},
            {QStringLiteral("incremental"),
             QJsonObject{{QStringLiteral("cursor_path"), QStringLiteral("updated")},
                         {QStringLiteral("initial_value"), 0}}}};
        endpoint.insert(key, value);
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(
            pipeline(sourceWith({QJsonObject{{QStringLiteral("name"), QStringLiteral("items")},
                                             {QStringLiteral("endpoint"), endpoint}}})),
            &problems);
        QVERIFY2(file, qPrintable(problems.value(0).toString()));
        const EndpointConfig& read = file->resources.first().endpoint;
        QVERIFY(read.mentions(QStringLiteral("incremental.last_value")));
        QVERIFY(!read.mentions(QStringLiteral("incremental.end_value")));
    }

    void theClientsRequestLimitsAreRead()
    {
        ConfigProblems problems;
        std::optional<PipelineFile> file = PipelineFile::read(
            parse(
                R"({"pipeline_name": "p", "source": {"client": {"base_url": "https:\/\/a.example/",
                 "concurrent_requests": 8, "requests_per_minute": 600}, "resources": ["a"]}})"),
            &problems);
        QVERIFY2(file, qPrintable(problems.value(0).toString()));
        QCOMPARE(file->client.concurrentRequests, 8);
        QCOMPARE(file->client.requestsPerMinute, 600);
        file = PipelineFile::read(
            parse(
                R"({"pipeline_name": "p", "source": {"client": {"base_url": "https:\/\/a.example/"},
                 "resources": ["a"]}})"),
            &problems);
        QVERIFY(file);
        QVERIFY(!file->client.concurrentRequests);
        QVERIFY(!file->client.requestsPerMinute);
    }

    void everyProblemIsReportedAtOnce()
    {
        const QStringList problems = problemsOf(parse(R"({
          "pipeline_nam": "x",
          "source": {"client": {"base_url": "ftp:\/\/x"},
                     "resources": [{"name": "a", "max_table_nesting": -1, "primary_key": 5}]}
        })"));
        QVERIFY2(problems.size() >= 5, qPrintable(problems.join(u'\n')));
        QVERIFY(anyContains(problems, QStringLiteral("pipeline_nam: unknown key")));
        QVERIFY(anyContains(problems, QStringLiteral("pipeline_name: is required")));
        QVERIFY(anyContains(problems, QStringLiteral("source.client.base_url")));
        QVERIFY(anyContains(problems, QStringLiteral("max_table_nesting: must be a whole number")));
        QVERIFY(anyContains(problems, QStringLiteral("primary_key: must be a list of strings")));
    }

    void numbersBeyondAnIntegerAreRefused()
    {
        // Found by fuzzing: 1e300 was cast to qint64 before being checked
        // (undefined behaviour).
        for (const char* number : {"1e300", "-1e300", "9223372036854775808"}) {
            const QByteArray json = QByteArray(R"({"pipeline_name": "p", "source": {"client":
                   {"base_url": "https:\/\/api.example/"}, "max_table_nesting": )")
                + number + R"(, "resources": ["a"]}})";
            const QStringList problems = problemsOf(parse(json.constData()));
            QVERIFY2(
                anyContains(problems,
                            QStringLiteral("source.max_table_nesting: must be a whole number")),
                qPrintable(problems.join(u'\n')));
        }
    }

    void aNameUsedAsThePathIsCheckedAsAPath()
    {
        // Found by fuzzing: a name with a lone brace became the path unchecked.
        // Not a raw string: moc miscounts a lone brace inside one.
        const QStringList problems =
            problemsOf(parse("{\"pipeline_name\": \"p\", \"source\": {\"client\": "
                             "{\"base_url\": \"https://api.example/\"}, \"resources\": "
                             "[\"users\x7d\", {\"name\": \"ok\", \"endpoint\": \"items\"}]}}"));
        QCOMPARE(problems,
                 QStringList{
                     QStringLiteral("source.resources[0].name: has an unpaired \"{\" or \"}\"")});
    }

    void loopbackApisMayUsePlainHttp()
    {
        const QJsonObject json = pipeline(sourceWith(
            QJsonArray{QStringLiteral("a")},
            parse(
                R"({"base_url": "http:\/\/127.0.0.1:8080/", "auth": {"token": "{secrets.t}"}})")));
        ConfigProblems problems;
        QVERIFY2(PipelineFile::read(json, &problems), qPrintable(problems.value(0).toString()));
    }

    // Without credentials or headers a resource may read another host; with
    // them, an absolute path on base_url's own origin is fine.
    void absolutePathsCarryCredentialsOnlyOnTheOrigin()
    {
        const QJsonObject bare =
            pipeline(parse(R"({"client": {"base_url": "https:\/\/api.example/"},
            "resources": [{"name": "a", "endpoint": {"path": "https:\/\/other.example/a"}}]})"));
        ConfigProblems problems;
        QVERIFY2(PipelineFile::read(bare, &problems), qPrintable(problems.value(0).toString()));
        const QJsonObject same =
            pipeline(parse(R"({"client": {"base_url": "https:\/\/api.example/v1",
            "auth": {"token": "{secrets.t}"}},
            "resources": [{"name": "a", "endpoint": {"path": "https:\/\/API.example:443/v2/a"}}]})"));
        QVERIFY2(PipelineFile::read(same, &problems), qPrintable(problems.value(0).toString()));
        // Another host written out in the file over https, with an auth of
        // its own: the author's choice.
        const QJsonObject named =
            pipeline(parse(R"({"client": {"base_url": "https:\/\/api.example/v1",
            "auth": {"token": "{secrets.t}"}},
            "resources": [{"name": "me", "endpoint": {"path": "https:\/\/profile.example/me",
                           "auth": {"token": "{secrets.t}"}}}]})"));
        QVERIFY2(PipelineFile::read(named, &problems), qPrintable(problems.value(0).toString()));
        const QJsonObject tokenOnLoopback = pipeline(parse(R"({"client": {
            "base_url": "https:\/\/api.example/", "auth": {"type": "oauth2_client_credentials",
            "access_token_url": "http:\/\/127.0.0.1:9/token", "client_id": "id",
            "client_secret": "{secrets.s}"}}, "resources": ["a"]})"));
        QVERIFY2(PipelineFile::read(tokenOnLoopback, &problems),
                 qPrintable(problems.value(0).toString()));
    }

    void malformedFileNamesLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"pipeline_name\": \"x\",\n  \"source\": {,}\n}\n");
        file.close();
        ConfigProblems problems;
        QVERIFY(!PipelineFile::load(path, &problems));
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(QStringLiteral("line 3")),
                 qPrintable(problems.first().message));
        QVERIFY(!PipelineFile::load(dir.filePath(QStringLiteral("missing.json")), &problems));
        QVERIFY(problems.last().message.contains(QStringLiteral("cannot read")));
    }

    void sourceJsonReadsBackTheSame()
    {
        const QJsonObject json = pipeline(parse(R"({
          "client": {"base_url": "https:\/\/api.example/", "paginator": {"type": "offset",
                     "limit": 50, "total_path": null}},
          "resources": ["a", {"name": "b", "table_name": "bees", "primary_key": ["id", "v"],
                              "write_disposition": {"disposition": "merge", "strategy": "upsert"},
                              "endpoint": {"path": "b/{resources.a.id}", "method": "POST",
                                           "json": {"q": "{resources.a.id}"},
                                           "response_actions": [{"status_code": 404,
                                                                 "action": "ignore"}]},
                              "include_from_parent": ["id"], "selected": false}]
        })"));
        ConfigProblems problems;
        const std::optional<PipelineFile> first = PipelineFile::read(json, &problems);
        QVERIFY2(first, qPrintable(problems.value(0).toString()));
        QJsonObject again = json;
        again.insert(QStringLiteral("source"), first->sourceJson());
        const std::optional<PipelineFile> second = PipelineFile::read(again, &problems);
        QVERIFY2(second, qPrintable(problems.value(0).toString()));
        QCOMPARE(second->sourceJson(), first->sourceJson());
        const ResourceConfig* b = second->resource(QStringLiteral("b"));
        QCOMPARE(b->table(), QStringLiteral("bees"));
        QCOMPARE(b->mergeStrategy, QStringLiteral("upsert"));
        QCOMPARE(b->endpoint.responseActions.value(0).statusCode, 404);
        QVERIFY(!b->selected);
        QCOMPARE(second->client.paginator->parameters.value(QStringLiteral("limit")).toInt(), 50);
    }
};

QTEST_GUILESS_MAIN(TestPipelineFile)
#include "tst_pipelinefile.moc"
