// Pipeline files written as dlt scripts: Python literals, secrets read from
// dlt.secrets, a connection's sign-in as a requests-oauthlib session, and the
// whole script executed by Python (with stand-ins for dlt and
// requests-oauthlib) to check that its config is exactly the pipeline's.
#include "oauth/Connection.h"
#include "source/DltScriptWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

PipelineFile pipeline(const char* json)
{
    ConfigProblems problems;
    const std::optional<PipelineFile> file =
        PipelineFile::read(QJsonDocument::fromJson(json).object(), &problems);
    if (!file) {
        qFatal("bad pipeline in test: %s", qPrintable(problems.value(0).toString()));
    }
    return *file;
}

// The script run by Python; the printed JSON, or an empty object.
QJsonObject runScript(const QString& script)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("pipeline.py")));
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    file.write(script.toUtf8());
    file.close();
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral(GRANTLINE_TEST_SOURCE_DIR "/run_dlt_script.py"), file.fileName()});
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

// The source JSON with each "{secrets.NAME}" as the stand-in gives it back.
QJsonValue withSecretsShown(const QJsonValue& value, const QString& source)
{
    if (value.isString()) {
        QString text = value.toString();
        static const QRegularExpression secret(QStringLiteral("\\{secrets\\.([^}]+)\\}"));
        text.replace(secret, QStringLiteral("<sources.%1.\\1>").arg(source));
        return text;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(withSecretsShown(item, source));
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source_ = value.toObject();
        for (auto it = source_.begin(); it != source_.end(); ++it) {
            object.insert(it.key(), withSecretsShown(it.value(), source));
        }
        return object;
    }
    return value;
}

} // namespace

class TestDltScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pythonLiterals()
    {
        const QJsonValue value =
            QJsonDocument::fromJson(
                "{\"a\": true, \"b\": null, \"c\": [1, 2.5, \"x\\\"y\"], \"d\": {}}")
                .object();
        const QString literal = DltScriptWriter::pythonLiteral(value, QStringLiteral("src"));
        QVERIFY2(literal.contains(QStringLiteral("\"a\": True")), qPrintable(literal));
        QVERIFY(literal.contains(QStringLiteral("\"b\": None")));
        QVERIFY(literal.contains(QStringLiteral("2.5")));
        QVERIFY(literal.contains(QStringLiteral("\"x\\\"y\"")));
        QVERIFY(literal.contains(QStringLiteral("\"d\": {}")));
        QCOMPARE(DltScriptWriter::pythonLiteral(QStringLiteral("{secrets.t}"), QStringLiteral("s")),
                 QStringLiteral("dlt.secrets[\"sources.s.t\"]"));
        QCOMPARE(DltScriptWriter::pythonLiteral(QStringLiteral("Token {secrets.t}!"),
                                                QStringLiteral("s")),
                 QStringLiteral("\"Token \" + dlt.secrets[\"sources.s.t\"] + \"!\""));
        // dlt's own placeholders stay for dlt to fill.
        QCOMPARE(DltScriptWriter::pythonLiteral(QStringLiteral("a/{resources.p.id}/b"),
                                                QStringLiteral("s")),
                 QStringLiteral("\"a/{resources.p.id}/b\""));
    }

    void grantlinesOwnRequestLimitsStayOutOfTheScript()
    {
        // dlt's client takes no such keys: the script would not start.
        const PipelineFile file = pipeline(R"({"pipeline_name": "shop",
          "source": {"client": {"base_url": "https:\/\/api.example/v1/",
                                "concurrent_requests": 8, "requests_per_minute": 600},
                     "resources": ["users"]}})");
        const QString script = DltScriptWriter::write(file, {}, QStringLiteral("shop.json"));
        QVERIFY(script.contains(QStringLiteral("https://api.example/v1/")));
        QVERIFY(!script.contains(QStringLiteral("concurrent_requests")));
        QVERIFY(!script.contains(QStringLiteral("requests_per_minute")));
    }

    void scriptRunsWithTheSameConfig()
    {
        const PipelineFile file = pipeline(R"({"pipeline_name": "shop",
          "destination": {"type": "sqlite", "path": "shop.db"},
          "source": {"name": "shop",
            "client": {"base_url": "https:\/\/api.example/v1/",
                       "headers": {"X-Key": "Key {secrets.api_key}"},
                       "auth": {"type": "oauth2_client_credentials",
                                "access_token_url": "https:\/\/auth.example/token",
                                "client_id": "app", "client_secret": "{secrets.secret}"},
                       "paginator": {"type": "offset", "limit": 50, "total_path": null}},
            "resources": ["users",
              {"name": "orders", "primary_key": ["id"], "write_disposition": "merge",
               "endpoint": {"path": "orders", "params": {"active": true, "since":
                 "{incremental.start_value}"}, "incremental": {"cursor_path": "updated",
                 "initial_value": 0}}},
              {"name": "items", "endpoint": "orders/{resources.orders.id}/items",
               "include_from_parent": ["id"]}]}})");
        const QString script = DltScriptWriter::write(file, {}, QStringLiteral("shop.json"));
        QVERIFY(
            script.contains(QStringLiteral("from dlt.sources.rest_api import rest_api_source")));
        QVERIFY(script.contains(
            QStringLiteral("destination=dlt.destinations.sqlalchemy(\"sqlite:///shop.db\")")));
        QVERIFY(script.contains(QStringLiteral("rest_api_source(config, name=\"shop\")")));
        // The tables in the file itself, where Grantline loads them.
        QVERIFY(script.contains(QStringLiteral("dataset_name=\"main\"")));
        QVERIFY(!script.contains(QStringLiteral("OAuth2Session")));
        const QJsonObject ran = runScript(script);
        QVERIFY2(!ran.isEmpty(), qPrintable(script));
        QCOMPARE(ran.value(QStringLiteral("config")),
                 withSecretsShown(file.sourceJson(), QStringLiteral("shop")));
        QVERIFY(ran.value(QStringLiteral("session")).isNull());
    }

    void aPostgresDestinationBecomesDltsWithThePasswordFromItsSecrets()
    {
        const PipelineFile file = pipeline(
            "{\"pipeline_name\": \"shop\", \"dataset_name\": \"raw\", \"destination\": "
            "{\"type\": \"postgres\", \"credentials\": "
            "\"postgresql://loader@db.example:6543/warehouse?sslmode=require\", \"password\": "
            "\"{secrets.pg_password}\"}, \"source\": {\"client\": {\"base_url\": "
            "\"https://api.example/\"}, \"resources\": [\"users\"]}}");
        const QString script = DltScriptWriter::write(file, {}, QStringLiteral("shop.json"));
        QVERIFY(script.contains(QStringLiteral("pip install \"dlt[postgres]\"")));
        QVERIFY(script.contains(QStringLiteral("dataset_name=\"raw\"")));
        QVERIFY(script.contains(QStringLiteral("keychain as secret/pg_password")));
        const QJsonObject ran = runScript(script);
        QVERIFY2(!ran.isEmpty(), qPrintable(script));
        const QJsonObject credentials = ran.value(QStringLiteral("destination"))
                                            .toObject()
                                            .value(QStringLiteral("postgres"))
                                            .toObject()
                                            .value(QStringLiteral("credentials"))
                                            .toObject();
        const QJsonObject expected{
            {QStringLiteral("drivername"), QStringLiteral("postgresql")},
            {QStringLiteral("database"), QStringLiteral("warehouse")},
            {QStringLiteral("username"), QStringLiteral("loader")},
            {QStringLiteral("host"), QStringLiteral("db.example")},
            {QStringLiteral("port"), 6543},
            {QStringLiteral("connect_timeout"), 15},
            {QStringLiteral("password"),
             QStringLiteral("<destination.postgres.credentials.password>")},
            {QStringLiteral("query"),
             QJsonObject{{QStringLiteral("sslmode"), QStringLiteral("require")}}}};
        QCOMPARE(credentials, expected);
    }

    void aConnectionBecomesARefreshingSession()
    {
        const PipelineFile file = pipeline(R"({"pipeline_name": "aps", "source": {"name": "aps",
          "client": {"base_url": "https:\/\/developer.api.autodesk.com/",
                     "auth": {"type": "oauth2_authorization_code", "connection": "my-acc.1"}},
          "resources": ["hubs"]}})");
        Connection connection;
        // Not a Python identifier as it stands.
        connection.name = QStringLiteral("my-acc.1");
        connection.client.clientId = QStringLiteral("my-client");
        connection.endpoints.token =
            QUrl(QStringLiteral("https://developer.api.autodesk.com/authentication/v2/token"));
        const QString script = DltScriptWriter::write(
            file, {{QStringLiteral("my-acc.1"), connection}}, QStringLiteral("aps.json"));
        QVERIFY(script.contains(QStringLiteral("requests-oauthlib")));
        const QJsonObject ran = runScript(script);
        QVERIFY2(!ran.isEmpty(), qPrintable(script));
        const QJsonObject session = ran.value(QStringLiteral("session"))
                                        .toObject()
                                        .value(QStringLiteral("session"))
                                        .toObject();
        QCOMPARE(session.value(QStringLiteral("client_id")).toString(),
                 QStringLiteral("my-client"));
        QCOMPARE(session.value(QStringLiteral("auto_refresh_url")).toString(),
                 connection.endpoints.token.toString());
        QCOMPARE(session.value(QStringLiteral("token"))
                     .toObject()
                     .value(QStringLiteral("refresh_token"))
                     .toString(),
                 QStringLiteral("<sources.aps.my-acc.1_refresh_token>"));
        // dlt has no such auth type: the session takes its place.
        QVERIFY(!ran.value(QStringLiteral("config"))
                     .toObject()
                     .value(QStringLiteral("client"))
                     .toObject()
                     .contains(QStringLiteral("auth")));
    }
};

QTEST_GUILESS_MAIN(TestDltScript)
#include "tst_dltscript.moc"
