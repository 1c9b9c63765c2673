// grantline-cli loading into the suite's own PostgreSQL server: a pipeline
// file whose destination is postgres with its password in the keychain, run
// three times incrementally; --destination over a file's SQLite; import
// killed at several points of a load, each leaving the schema before or
// after it and a rerun loading every record once; a wrong password and a
// password written into the URL refused in sentences; and the password in
// no output, no file and no table.
#include "CliTestCase.h"
#include "DatasetFiles.h"
#include "PostgresServer.h"
#include "http/HttpServer.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kPassword = "pg-Secret-4711";

// things, merged on id, incremental on updated_at, into the server's
// postgres with the password in the keychain entry secret/pg_password.
QJsonObject incrementalPipeline(quint16 port, const QString& server)
{
    const QJsonObject incremental{{u"cursor_path"_s, u"updated_at"_s},
                                  {u"initial_value"_s, u"2000-01-01T00:00:00Z"_s}};
    const QJsonObject endpoint{{u"paginator"_s, u"single_page"_s}, {u"incremental"_s, incremental}};
    const QJsonObject things{{u"name"_s, u"things"_s},
                             {u"primary_key"_s, u"id"_s},
                             {u"write_disposition"_s, u"merge"_s},
                             {u"endpoint"_s, endpoint}};
    const QJsonObject client{{u"base_url"_s, u"http://127.0.0.1:%1/"_s.arg(port)}};
    const QJsonObject destination{{u"type"_s, u"postgres"_s},
                                  {u"credentials"_s, server},
                                  {u"password"_s, u"{secrets.pg_password}"_s}};
    return {
        {u"pipeline_name"_s, u"inc"_s},
        {u"destination"_s, destination},
        {u"source"_s, QJsonObject{{u"client"_s, client}, {u"resources"_s, QJsonArray{things}}}}};
}

} // namespace

class TestCliPostgres : public CliTestCase
{
    Q_OBJECT

    PostgresServer m_server;
    int m_datasets = 0;

    QString value(const QString& sql)
    {
        QString error;
        const std::optional<QString> result = m_server.execute(sql, &error, u"loader"_s);
        return result ? *result : u"error: "_s + error;
    }

    int count(const QString& dataset, const QString& table)
    {
        return value(u"SELECT count(*) FROM \"%1\".\"%2\""_s.arg(dataset, table)).toInt();
    }

    static QProcessEnvironment password(const QByteArray& value = kPassword)
    {
        QProcessEnvironment env;
        env.insert(u"DESTINATION__POSTGRES__CREDENTIALS__PASSWORD"_s, QString::fromUtf8(value));
        return env;
    }

    QStringList import(const QString& file, const QString& dataset)
    {
        return {u"import"_s,
                file,
                u"--destination"_s,
                m_server.url(u"loader"_s, u"loader"_s),
                u"--dataset"_s,
                dataset,
                u"--table"_s,
                u"items"_s,
                u"--primary-key"_s,
                u"id"_s,
                u"--write-disposition"_s,
                u"merge"_s};
    }

    QProcess::ExitStatus runToDeath(const QStringList& arguments, const QProcessEnvironment& extra)
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
        process.start(QStringLiteral(GRANTLINE_CLI_PATH), arguments);
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000);
        return process.exitStatus();
    }

    // Every file under the home, and every output, without the password.
    void expectPasswordNowhere(const QList<QByteArray>& outputs)
    {
        for (const QByteArray& output : outputs) {
            QVERIFY2(!output.contains(kPassword), output.constData());
        }
        QDirIterator files(m_home->path(), QDir::Files | QDir::Hidden,
                           QDirIterator::Subdirectories);
        int seen = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(kPassword), qPrintable(file.fileName()));
            ++seen;
        }
        QVERIFY(seen > 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createUser(u"loader"_s, QString::fromUtf8(kPassword), &error),
                 qPrintable(error));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
    }

    void aPipelineLoadsIntoPostgresIncrementallyWithItsPasswordInTheKeychain()
    {
        QJsonArray records{
            QJsonObject{{u"id"_s, 1},
                        {u"updated_at"_s, u"2024-01-01T00:00:00Z"_s},
                        {u"v"_s, u"one"_s},
                        {u"tags"_s, QJsonArray{u"a"_s, u"b"_s}}},
            QJsonObject{{u"id"_s, 2},
                        {u"updated_at"_s, u"2024-01-02T00:00:00Z"_s},
                        {u"v"_s, u"two"_s},
                        {u"tags"_s, QJsonArray{u"c"_s}}},
        };
        HttpServer api;
        api.setHandler([&records](const HttpRequest&, HttpConnection* connection) {
            connection->respond(HttpResponse::json(200, QJsonDocument(records)));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QJsonObject file =
            incrementalPipeline(api.port(), m_server.url(u"loader"_s, u"loader"_s));
        const QString pipeline =
            writeFile(u"inc.json"_s, QJsonDocument(file).toJson(QJsonDocument::Indented));
        const QStringList run{u"run"_s, pipeline};
        // No password yet: said before anything is requested.
        const CliRun missing = cli(run);
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("secret/pg_password")
                     && missing.err.contains("DESTINATION__POSTGRES__CREDENTIALS__PASSWORD"),
                 missing.err.constData());
        const CliRun stored = cli({u"secret"_s, u"set"_s, u"pg_password"_s}, kPassword + '\n');
        QVERIFY2(stored.exitCode == 0, stored.err.constData());

        const CliRun first = cli(run);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("1 load package(s) were loaded to destination postgres and "
                                    "into dataset inc_dataset\n"),
                 first.out.constData());
        QVERIFY2(first.out.contains(u"The postgres destination used "
                                    "postgresql://loader:***@127.0.0.1:%1/loader location to "
                                    "store data\n"_s.arg(m_server.port())
                                        .toUtf8()),
                 first.out.constData());
        QCOMPARE(count(u"inc_dataset"_s, u"things"_s), 2);
        QCOMPARE(count(u"inc_dataset"_s, u"things__tags"_s), 3);
        // Unchanged data: nothing new, nothing doubled.
        const CliRun second = cli(run);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(count(u"inc_dataset"_s, u"things"_s), 2);
        // One updated, one new: the update replaces the row and its tags.
        records[1] = QJsonObject{{u"id"_s, 2},
                                 {u"updated_at"_s, u"2024-02-01T00:00:00Z"_s},
                                 {u"v"_s, u"TWO"_s},
                                 {u"tags"_s, QJsonArray{u"d"_s, u"e"_s}}};
        records.append(QJsonObject{
            {u"id"_s, 3}, {u"updated_at"_s, u"2024-02-02T00:00:00Z"_s}, {u"v"_s, u"three"_s}});
        const CliRun third = cli(run + QStringList{u"--json"_s});
        QVERIFY2(third.exitCode == 0, third.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(third.out).object();
        QCOMPARE(info[u"destination"_s].toString(), u"postgres"_s);
        QCOMPARE(info[u"dataset"_s].toString(), u"inc_dataset"_s);
        QCOMPARE(info[u"records"_s].toInt(), 2);
        QCOMPARE(value(u"SELECT string_agg(id || v, ',' ORDER BY id) FROM inc_dataset.things"_s),
                 u"1one,2TWO,3three"_s);
        QCOMPARE(value(u"SELECT string_agg(t.id || c.value, ',' ORDER BY t.id, c.value) FROM "
                       "inc_dataset.things__tags c JOIN inc_dataset.things t ON t._dlt_id = "
                       "c._dlt_root_id"_s),
                 u"1a,1b,2d,2e"_s);
        QCOMPARE(count(u"inc_dataset"_s, u"_dlt_loads"_s), 3);
        expectPasswordNowhere({missing.out, missing.err, first.out, first.err, second.out,
                               second.err, third.out, third.err});
        QCOMPARE(value(u"SELECT count(*) FROM inc_dataset._dlt_version WHERE schema LIKE "
                       "'%%1%'"_s.arg(QString::fromUtf8(kPassword))),
                 u"0"_s);
    }

    void destinationOverridesTheFilesSqlite()
    {
        QJsonArray records{QJsonObject{{u"id"_s, 1}}};
        HttpServer api;
        api.setHandler([&records](const HttpRequest&, HttpConnection* connection) {
            connection->respond(HttpResponse::json(200, QJsonDocument(records)));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QString pipeline = writeFile(
            u"lite.json"_s,
            u"{\"pipeline_name\": \"lite\", \"source\": {\"client\": {\"base_url\": "
            "\"http://127.0.0.1:%1/\"}, \"resources\": [{\"name\": \"things\", \"endpoint\": "
            "{\"paginator\": \"single_page\"}}]}}"_s.arg(api.port())
                .toUtf8());
        const CliRun run =
            cli({u"run"_s, pipeline, u"--destination"_s, m_server.url(u"loader"_s, u"loader"_s)},
                {}, password());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(count(u"lite_dataset"_s, u"things"_s), 1);
        QVERIFY(!QFile::exists(path(u"lite.sqlite"_s)));
        expectPasswordNowhere({run.out, run.err});
    }

    void aKilledImportLeavesTheSchemaBeforeOrAfterIt_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("afterRecords");
        QTest::addColumn<bool>("loaded");
        QTest::newRow("after 1 record") << QString() << 1 << false;
        QTest::newRow("after 2,500 records") << QString() << 2500 << false;
        QTest::newRow("after 4,999 records") << QString() << 4999 << false;
        QTest::newRow("just before COMMIT") << u"before-commit"_s << 0 << false;
        QTest::newRow("just after COMMIT") << u"committed"_s << 0 << true;
    }
    void aKilledImportLeavesTheSchemaBeforeOrAfterIt()
    {
        QFETCH(QString, point);
        QFETCH(int, afterRecords);
        QFETCH(bool, loaded);
        const QString dataset = u"killed_%1"_s.arg(++m_datasets);
        const CliRun first = cli(import(itemsFile(u"first.jsonl"_s, 100), dataset), {}, password());
        QVERIFY2(first.exitCode == 0, first.err.constData());
        const QString file = itemsFile(u"more.jsonl"_s, 5000, 100);
        QProcessEnvironment kill = password();
        if (!point.isEmpty()) {
            kill.insert(u"GRANTLINE_TEST_KILL_AT"_s, point);
        } else {
            kill.insert(u"GRANTLINE_TEST_KILL_AFTER"_s, QString::number(afterRecords));
        }
        QCOMPARE(runToDeath(import(file, dataset), kill), QProcess::CrashExit);
        // The server rolled the dead connection's transaction back.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return value(u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'loader'"_s)
                    == u"0"_s;
            },
            10000));
        QCOMPARE(count(dataset, u"items"_s), loaded ? 5100 : 100);
        QCOMPARE(count(dataset, u"_dlt_loads"_s), loaded ? 2 : 1);
        QCOMPARE(value(u"SELECT count(*) FROM \"%1\".items WHERE _dlt_load_id NOT IN (SELECT "
                       "load_id FROM \"%1\"._dlt_loads)"_s.arg(dataset)),
                 u"0"_s);
        // Run again: neither lost nor doubled.
        const CliRun again = cli(import(file, dataset), {}, password());
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(count(dataset, u"items"_s), 5100);
        QCOMPARE(value(u"SELECT count(DISTINCT id) FROM \"%1\".items"_s.arg(dataset)), u"5100"_s);
    }

    void aWrongPasswordIsASentenceWithoutIt()
    {
        const QByteArray wrong = "not-the-Password-99";
        const CliRun run = cli(import(itemsFile(u"w.jsonl"_s, 3), u"wrong"_s), {}, password(wrong));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("did not accept the password of user \"loader\""),
                 run.err.constData());
        QVERIFY(!run.err.contains(wrong) && !run.out.contains(wrong));
    }

    void aPasswordWrittenIntoTheUrlIsRefused()
    {
        const CliRun run =
            cli({u"import"_s, itemsFile(u"u.jsonl"_s, 3), u"--destination"_s,
                 u"postgresql://loader:%1@127.0.0.1:%2/loader"_s.arg(QString::fromUtf8(kPassword))
                     .arg(m_server.port()),
                 u"--table"_s, u"items"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("holds a password in plain text"), run.err.constData());
        QVERIFY(!run.err.contains(kPassword));
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestCliPostgres)
#include "tst_cli_postgres.moc"
