// grantline-cli extract and secret end to end: the shipped APS preset walked
// through hubs → projects → top folders → folder contents → versions on the
// sandbox with a signed-in connection, secrets taken from the keychain and
// the environment (and never printed), every config mistake listed, and the
// built-in presets written out for a connection.
#include "CliTestCase.h"
#include "http/HttpServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

class TestCliExtract : public CliTestCase
{
    Q_OBJECT

private:
    // The preset with the sandbox in place of Autodesk's hosts.
    QString presetForSandbox()
    {
        QFile preset(QStringLiteral(GRANTLINE_PRESETS_DIR "/aps-data-management.json"));
        if (!preset.open(QIODevice::ReadOnly)) {
            return QString();
        }
        QString text = QString::fromUtf8(preset.readAll());
        const QString sandbox = issuer();
        text.replace(QStringLiteral("https://developer.api.autodesk.com"), sandbox);
        text.replace(QStringLiteral("https://api.userprofile.autodesk.com"), sandbox);
        const QString path = m_home->filePath(QStringLiteral("aps.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return QString();
        }
        file.write(text.toUtf8());
        return path;
    }

    QString writePipeline(const QByteArray& json)
    {
        const QString path = m_home->filePath(QStringLiteral("pipeline.json"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return QString();
        }
        file.write(json);
        return path;
    }

    // "name: 12 records in 1 page" lines of the summary.
    static qint64 recordsOf(const QByteArray& err, const QByteArray& resource)
    {
        for (const QByteArray& line : err.split('\n')) {
            if (line.startsWith(resource + ": ")) {
                return line.mid(resource.size() + 2).split(' ').first().toLongLong();
            }
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
    }

    void apsPresetWalksTheWholeChain()
    {
        const CliRun added =
            cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("aps"),
                 QStringLiteral("--provider"), QStringLiteral("sandbox"),
                 QStringLiteral("--issuer"), issuer(), QStringLiteral("--client-id"),
                 QStringLiteral("sandbox-desktop-app"), QStringLiteral("--scope"),
                 QStringLiteral("data:read"), QStringLiteral("--scope"), QStringLiteral("openid")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(loginThroughBrowser(QStringLiteral("aps"), BrowserSimulator::Decision::Allow), 0);
        const QString pipeline = presetForSandbox();
        QVERIFY(!pipeline.isEmpty());
        const CliRun run = cli({QStringLiteral("extract"), pipeline});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Two hubs, three projects each, two top folders per project.
        QCOMPARE(recordsOf(run.err, "hubs"), qint64(2));
        QCOMPARE(recordsOf(run.err, "projects"), qint64(6));
        QCOMPARE(recordsOf(run.err, "top_folders"), qint64(12));
        QVERIFY2(recordsOf(run.err, "folder_contents") > 0, run.err.constData());
        QVERIFY2(recordsOf(run.err, "item_versions") > 0, run.err.constData());
        QCOMPARE(recordsOf(run.err, "user_profile"), qint64(1));
        QVERIFY2(recordsOf(run.err, "signing_keys") >= 1, run.err.constData());
        // Not selected by default: it needs an app's secret.
        QCOMPARE(recordsOf(run.err, "oss_buckets"), qint64(-1));
        // Each version names the item it belongs to, as dlt's include_from_parent does.
        qint64 versions = 0;
        for (const QByteArray& line : run.out.split('\n')) {
            const QJsonObject record = QJsonDocument::fromJson(line).object();
            if (record.contains(QStringLiteral("_folder_contents_id"))) {
                ++versions;
            }
        }
        QCOMPARE(versions, recordsOf(run.err, "item_versions"));
    }

    // preset writes a built-in file for a connection: its name in every
    // connection auth, its issuer as the base URL where the preset asks.
    void presetsAreMadeOutForAConnection()
    {
        addDesktopApp(QStringLiteral("mine"));
        const CliRun aps = cli({QStringLiteral("preset"), QStringLiteral("aps-data-management"),
                                QStringLiteral("--connection"), QStringLiteral("mine")});
        QVERIFY2(aps.exitCode == 0, aps.err.constData());
        const QJsonObject apsClient =
            QJsonDocument::fromJson(aps.out)[QStringLiteral("source")][QStringLiteral("client")]
                .toObject();
        QCOMPARE(apsClient[QStringLiteral("auth")][QStringLiteral("connection")].toString(),
                 QStringLiteral("mine"));
        QCOMPARE(apsClient[QStringLiteral("base_url")].toString(),
                 QStringLiteral("https://developer.api.autodesk.com/"));

        const QString path = m_home->filePath(QStringLiteral("sandbox.json"));
        const CliRun sandbox = cli({QStringLiteral("preset"), QStringLiteral("sandbox"),
                                    QStringLiteral("--connection"), QStringLiteral("mine"),
                                    QStringLiteral("--output"), path});
        QVERIFY2(sandbox.exitCode == 0, sandbox.err.constData());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject client =
            QJsonDocument::fromJson(
                file.readAll())[QStringLiteral("source")][QStringLiteral("client")]
                .toObject();
        QCOMPARE(client[QStringLiteral("base_url")].toString(),
                 QUrl(issuer()).adjusted(QUrl::StripTrailingSlash).toString() + u'/');
        QCOMPARE(client[QStringLiteral("auth")][QStringLiteral("connection")].toString(),
                 QStringLiteral("mine"));
        // The written file runs as it is.
        QCOMPARE(loginThroughBrowser(QStringLiteral("mine"), BrowserSimulator::Decision::Allow), 0);
        const CliRun extracted = cli({QStringLiteral("extract"), path, QStringLiteral("--resource"),
                                      QStringLiteral("signing_keys")});
        QVERIFY2(extracted.exitCode == 0, extracted.err.constData());

        const CliRun unknown = cli({QStringLiteral("preset"), QStringLiteral("nope"),
                                    QStringLiteral("--connection"), QStringLiteral("mine")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains("sandbox"), unknown.err.constData());
        const CliRun noConnection = cli({QStringLiteral("preset"), QStringLiteral("sandbox"),
                                         QStringLiteral("--connection"), QStringLiteral("gone")});
        QCOMPARE(noConnection.exitCode, 1);
    }

    void secretsComeFromTheKeychainOrTheEnvironment()
    {
        QList<QByteArray> seen;
        HttpServer api;
        api.setHandler([&seen](const HttpRequest& request, HttpConnection* connection) {
            seen << request.header("authorization") + '|' + request.header("x-api-key");
            connection->respond(HttpResponse::json(
                200, QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}})));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QString pipeline = writePipeline(QStringLiteral(R"({"pipeline_name": "s", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/",
                           "auth": {"type": "bearer", "token": "{secrets.api_token}"},
                           "headers": {"X-Api-Key": "{secrets.other_key}"}},
                "resources": [{"name": "things", "endpoint": {"paginator": "single_page"}}]}})")
                                                   .arg(api.port())
                                                   .toUtf8());
        const CliRun stored =
            cli({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("api_token")},
                "kc-s3cret-value\n");
        QVERIFY2(stored.exitCode == 0, stored.err.constData());

        // other_key is nowhere yet: the error says where it looked.
        const CliRun missing = cli({QStringLiteral("extract"), pipeline});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("secret/other_key"), missing.err.constData());
        QVERIFY(missing.err.contains("SOURCES__REST_API__OTHER_KEY"));
        QVERIFY(seen.isEmpty());

        QProcessEnvironment env;
        env.insert(QStringLiteral("SOURCES__REST_API__OTHER_KEY"), QStringLiteral("env-key-v4lue"));
        const CliRun run = cli({QStringLiteral("extract"), pipeline}, {}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(seen, QList<QByteArray>{"Bearer kc-s3cret-value|env-key-v4lue"});
        QCOMPARE(run.out, QByteArray("{\"id\":1}\n"));
        for (const QByteArray& output : {run.out, run.err, stored.err, missing.err}) {
            QVERIFY(!output.contains("kc-s3cret-value") && !output.contains("env-key-v4lue"));
        }
        verifyHomeHoldsNo("kc-s3cret-value");

        QCOMPARE(
            cli({QStringLiteral("secret"), QStringLiteral("remove"), QStringLiteral("api_token")})
                .exitCode,
            0);
        const CliRun gone = cli({QStringLiteral("extract"), pipeline}, {}, env);
        QCOMPARE(gone.exitCode, 1);
        QVERIFY(gone.err.contains("secret/api_token"));
    }

    void importedDltConfigsKeepTheirSecretsInTheKeychain()
    {
        QList<QByteArray> seen;
        HttpServer api;
        api.setHandler([&seen](const HttpRequest& request, HttpConnection* connection) {
            seen << request.header("authorization");
            connection->respond(HttpResponse::json(
                200,
                QJsonDocument(QJsonObject{{QStringLiteral("results"),
                                           QJsonArray{QJsonObject{{QStringLiteral("id"), 7}}}}})));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QString dltConfig =
            writePipeline(QStringLiteral(R"({"client": {"base_url": "http:\/\/127.0.0.1:%1/",
                  "auth": {"type": "bearer", "token": "ghp_literal_t0ken"}},
                "resources": [{"name": "issues", "endpoint": {"paginator": "single_page"}}]})")
                              .arg(api.port())
                              .toUtf8());
        const QString pipeline = m_home->filePath(QStringLiteral("imported.json"));
        const CliRun imported = cli({QStringLiteral("import"), QStringLiteral("--dlt"), dltConfig,
                                     QStringLiteral("--name"), QStringLiteral("imported"),
                                     QStringLiteral("--output"), pipeline});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QVERIFY2(imported.err.contains("\"imported_token\""), imported.err.constData());
        QFile file(pipeline);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("ghp_literal_t0ken"));
        QVERIFY(written.contains("{secrets.imported_token}"));
        QVERIFY(!keychainValue(QStringLiteral("secret/imported_token")).isEmpty());

        const CliRun run = cli({QStringLiteral("extract"), pipeline});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(seen, QList<QByteArray>{"Bearer ghp_literal_t0ken"});
        QCOMPARE(run.out, QByteArray("{\"id\":7}\n"));

        const CliRun exported = cli({QStringLiteral("export"), QStringLiteral("--dlt"), pipeline});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.out.contains("rest_api_source(config, name=\"rest_api\")"));
        QVERIFY(exported.out.contains("dlt.secrets[\"sources.rest_api.imported_token\"]"));
        QVERIFY(!exported.out.contains("ghp_literal_t0ken"));

        // A dlt config that is not a valid pipeline stores nothing.
        const QString broken = writePipeline(R"({"client": {"base_url": "https:\/\/a.example/",
            "auth": {"token": "leaked-if-stored"}}, "resources": [{"name": "a", "paginatr": 1}]})");
        const CliRun refused = cli({QStringLiteral("import"), QStringLiteral("--dlt"), broken,
                                    QStringLiteral("--name"), QStringLiteral("broken")});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(refused.err.contains("paginatr"));
        QCOMPARE(keychainValue(QStringLiteral("secret/broken_token")), QByteArray());
    }

    void debugLoggingNeverShowsAKeyInTheQuery()
    {
        HttpServer api;
        api.setHandler([](const HttpRequest&, HttpConnection* connection) {
            connection->respond(HttpResponse::json(
                200, QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("id"), 1}}})));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        // "appid" is on no list of secret names: only its value gives it away.
        const QString pipeline = writePipeline(QStringLiteral(R"({"pipeline_name": "q", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/",
                           "auth": {"type": "api_key", "name": "appid", "location": "query",
                                    "api_key": "{secrets.appid}"}},
                "resources": [{"name": "r", "endpoint": {"paginator": "single_page"}}]}})")
                                                   .arg(api.port())
                                                   .toUtf8());
        QProcessEnvironment env;
        env.insert(QStringLiteral("SOURCES__APPID"), QStringLiteral("qu3ry-key-value"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("grantline.*.debug=true"));
        const CliRun run = cli({QStringLiteral("extract"), pipeline}, {}, env);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.contains("grantline.http"), run.err.constData());
        QVERIFY(!run.err.contains("qu3ry-key-value"));
        QVERIFY(!run.out.contains("qu3ry-key-value"));
    }

    void childRecordsKeepTheirNumbersExactly()
    {
        // A child record is printed with its parent's fields added, and a
        // number beyond 2^53 comes out digit for digit.
        HttpServer api;
        api.setHandler([](const HttpRequest& request, HttpConnection* connection) {
            connection->respond(
                HttpResponse::json(200,
                                   request.path() == QLatin1String("/parents")
                                       ? QByteArray("[{\"id\": 7}]")
                                       : QByteArray("[{\"big\": 9007199254740993}, {}]")));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QString pipeline = writePipeline(QStringLiteral(R"({"pipeline_name": "n", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/", "paginator": "single_page"},
                "resources": ["parents", {"name": "kids", "include_from_parent": ["id"],
                    "endpoint": "parents/{resources.parents.id}/kids"}]}})")
                                                   .arg(api.port())
                                                   .toUtf8());
        const CliRun run = cli({QStringLiteral("extract"), pipeline, QStringLiteral("--resource"),
                                QStringLiteral("kids")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out,
                 QByteArray("{\"big\":9007199254740993,\"_parents_id\":7}\n"
                            "{\"_parents_id\":7}\n"));
    }

    void configProblemsAreAllListed()
    {
        const QString pipeline = writePipeline(R"({"pipeline_name": "p", "source": {
            "client": {"base_url": "https:\/\/api.example/"},
            "resources": [{"name": "a", "endpoint": {"paginatr": "json_link"}},
                          {"name": "b", "endpoint": "b/{resources.zzz.id}"}]}})");
        const CliRun run = cli({QStringLiteral("extract"), pipeline});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("pipeline.json: source.resources[0].endpoint.paginatr: unknown "
                                  "key; did you mean \"paginator\"?"),
                 run.err.constData());
        QVERIFY(run.err.contains("pipeline.json: source.resources[1].endpoint: there is no "
                                 "resource named \"zzz\""));
        QVERIFY(run.out.isEmpty());
    }

    void usageAndUnknownResources()
    {
        QCOMPARE(cli({QStringLiteral("extract")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("extract"), QStringLiteral("x.json"),
                      QStringLiteral("--limit"), QStringLiteral("many")})
                     .exitCode,
                 2);
        const QString pipeline = writePipeline(
            QStringLiteral(R"({"pipeline_name": "p", "source": {"client": {"base_url": "%1"},
                "resources": [{"name": "a", "endpoint": {"path": "playground/single"}}]}})")
                .arg(issuer())
                .toUtf8());
        const CliRun run = cli({QStringLiteral("extract"), pipeline, QStringLiteral("--resource"),
                                QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("has no resource \"nope\""), run.err.constData());
        // The limits of the client block, overridden on the command line.
        for (const auto& [option, value] :
             {std::pair{"--concurrent-requests", "0"}, std::pair{"--concurrent-requests", "33"},
              std::pair{"--requests-per-minute", "-1"}, std::pair{"--requests-per-minute", "x"}}) {
            const CliRun refused = cli(
                {QStringLiteral("extract"), pipeline, QLatin1String(option), QLatin1String(value)});
            QCOMPARE(refused.exitCode, 2);
            QVERIFY2(refused.err.contains(QByteArray(option) + " wants a whole number from"),
                     refused.err.constData());
        }
        const CliRun limited = cli(
            {QStringLiteral("extract"), pipeline, QStringLiteral("--concurrent-requests"),
             QStringLiteral("3"), QStringLiteral("--requests-per-minute"), QStringLiteral("6000")});
        QVERIFY2(limited.exitCode == 0, limited.err.constData());
        QVERIFY2(recordsOf(limited.err, "a") > 0, limited.err.constData());
        const CliRun missingFile = cli({QStringLiteral("extract"), QStringLiteral("absent.json")});
        QCOMPARE(missingFile.exitCode, 1);
        QVERIFY(missingFile.err.contains("cannot read"));
    }

    void pipelinesOfTheHomeByName()
    {
        const CliRun none = cli({QStringLiteral("pipelines")});
        QCOMPARE(none.exitCode, 0);
        QVERIFY2(none.err.contains("No pipelines in"), none.err.constData());
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("pipelines")));
        const QDir folder(m_home->filePath(QStringLiteral("pipelines")));
        QFile single(folder.filePath(QStringLiteral("single.json")));
        QVERIFY(single.open(QIODevice::WriteOnly));
        single.write(
            QStringLiteral(R"({"pipeline_name": "one", "source": {"client": {"base_url": "%1"},
                "resources": [{"name": "a", "endpoint": {"path": "playground/single"}}]}})")
                .arg(issuer())
                .toUtf8());
        single.close();
        QFile broken(folder.filePath(QStringLiteral("broken.json")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"pipeline_name\": \"\x1b]0;x\x07b\",\n  \"source\": }");
        broken.close();

        const CliRun listed = cli({QStringLiteral("pipelines")});
        QCOMPARE(listed.exitCode, 0);
        const QList<QByteArray> lines = listed.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).startsWith("broken  does not read: broken.json is not valid JSON"),
                 lines.at(0).constData());
        QVERIFY(lines.at(0).contains("line 2, column 13"));
        QCOMPARE(lines.at(1), QByteArray("single  one"));
        QVERIFY(!lines.at(0).contains("in all"));
        QVERIFY(!listed.out.contains('\x1b'));

        // A name in the home stands for its file.
        const CliRun extracted = cli({QStringLiteral("extract"), QStringLiteral("single"),
                                      QStringLiteral("--limit"), QStringLiteral("1")});
        QVERIFY2(extracted.exitCode == 0, extracted.err.constData());
        QCOMPARE(extracted.out.count('\n'), 1);
        const CliRun failed = cli({QStringLiteral("extract"), QStringLiteral("broken")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains("broken.json: broken.json is not valid JSON"),
                 failed.err.constData());
        QCOMPARE(cli({QStringLiteral("pipelines"), QStringLiteral("x")}).exitCode, 2);
        const CliRun asJson = cli({QStringLiteral("pipelines"), QStringLiteral("--json")});
        QCOMPARE(asJson.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(asJson.out).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject first = list.at(0).toObject();
        QCOMPARE(first[QStringLiteral("name")].toString(), QStringLiteral("broken"));
        QCOMPARE(first[QStringLiteral("path")].toString(),
                 folder.filePath(QStringLiteral("broken.json")));
        QCOMPARE(first[QStringLiteral("problems")].toArray().size(), 1);
        QCOMPARE(list.at(1).toObject()[QStringLiteral("pipeline_name")].toString(),
                 QStringLiteral("one"));
        QVERIFY(list.at(1).toObject()[QStringLiteral("problems")].toArray().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliExtract)
#include "tst_cli_extract.moc"
