// grantline-cli import, run and schema end to end on real SQLite files: dlt's
// load info, bad lines refused with the file untouched, a two-run
// incremental load without duplicates, merge, and the crash tests: the CLI
// really killed at several points of a load, a full disk and a read-only
// file, each leaving the database either before or after the load.
#include "CliTestCase.h"
#include "DatasetFiles.h"
#include "destination/SqliteDatabase.h"
#include "http/HttpServer.h"
#include "run/RunHistory.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>

#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

class TestCliLoad : public CliTestCase
{
    Q_OBJECT

private:
    // {"d":{"d":…0…}}, levels deep.
    static QByteArray nested(int levels)
    {
        QByteArray json;
        for (int i = 0; i < levels; ++i) {
            json += "{\"d\":";
        }
        return json + "0" + QByteArray(levels, '}');
    }

    static QVariant scalar(const QString& db, const QString& sql)
    {
        SqliteDatabase database(db);
        QString error;
        if (!database.open(&error, true)) {
            return QVariant();
        }
        const auto rows = database.select(sql, &error);
        return rows && !rows->isEmpty() ? rows->first().value(0) : QVariant();
    }

    static QByteArray fileHash(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly)
            ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
            : QByteArray();
    }

    // Folds the WAL into the main file, so its bytes tell the whole state.
    static void checkpoint(const QString& db)
    {
        SqliteDatabase database(db);
        QString error;
        QVERIFY(database.open(&error));
        QVERIFY(database.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error));
    }

    CliRun import(const QString& file, const QString& db, const QStringList& extra = {},
                  const QProcessEnvironment& env = {})
    {
        return cli(QStringList{QStringLiteral("import"), file, QStringLiteral("--db"), db,
                               QStringLiteral("--table"), QStringLiteral("items")}
                       + extra,
                   {}, env);
    }

    // An API answering every request with the records as they are then.
    static bool serve(HttpServer* api, const QJsonArray* records)
    {
        api->setHandler([records](const HttpRequest&, HttpConnection* connection) {
            connection->respond(HttpResponse::json(200, QJsonDocument(*records)));
        });
        return api->listen(QHostAddress::LocalHost, 0);
    }

    // Runs the CLI as a child that may die; the exit status it had.
    QProcess::ExitStatus runToDeath(const QStringList& arguments, const QProcessEnvironment& extra,
                                    int killAfterMs = -1)
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
        process.start(QStringLiteral(GRANTLINE_CLI_PATH), arguments);
        if (killAfterMs >= 0) {
            QTest::qWait(killAfterMs);
            process.kill(); // SIGKILL: no chance to clean up
        }
        // Waiting with the event loop running: the test may be serving the API.
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000);
        return process.exitStatus();
    }

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
    }

    void importPrintsDltsLoadInfo()
    {
        const QString file = itemsFile(QStringLiteral("items.jsonl"), 300);
        const QString db = path(QStringLiteral("items.db"));
        const CliRun run = import(file, db);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.split('\n');
        QVERIFY2(QRegularExpression(
                     QStringLiteral("^Pipeline grantline_import load step completed in [0-9.]+ "
                                    "seconds$"))
                     .match(QString::fromUtf8(lines.value(0)))
                     .hasMatch(),
                 run.out.constData());
        QCOMPARE(lines.value(1),
                 QByteArray("1 load package(s) were loaded to destination "
                            "sqlalchemy and into dataset main"));
        QCOMPARE(lines.value(2),
                 "The sqlalchemy destination used sqlite:///" + db.toUtf8()
                     + " location to store data");
        const QString loadId =
            scalar(db, QStringLiteral("SELECT load_id FROM _dlt_loads")).toString();
        QCOMPARE(lines.value(3),
                 "Load package " + loadId.toUtf8() + " is LOADED and contains no failed jobs");
        QVERIFY(run.out.contains("- items: 300 row(s)"));
        // Not a terminal: no progress line at all.
        QVERIFY2(!run.err.contains("records/s"), run.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(), 300);

        QProcessEnvironment forced;
        forced.insert(QStringLiteral("GRANTLINE_FORCE_PROGRESS"), QStringLiteral("1"));
        const CliRun json = import(file, db, {QStringLiteral("--json")}, forced);
        QVERIFY2(json.exitCode == 0, json.err.constData());
        QVERIFY2(json.err.contains("records/s"), json.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(info[QStringLiteral("state")].toString(), QStringLiteral("loaded"));
        QCOMPARE(info[QStringLiteral("records")].toInt(), 300);
        QCOMPARE(info[QStringLiteral("tables")][0][QStringLiteral("table")].toString(),
                 QStringLiteral("items"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(), 600);
    }

    void badLinesAreRefusedAndTheFileKept_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QByteArray>("says");
        QTest::newRow("NaN token") << QByteArray("{\"a\": NaN}") << QByteArray("line 3");
        QTest::newRow("Infinity token") << QByteArray("{\"a\": -Infinity}") << QByteArray("line 3");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"a\": \"\xff\xfe\"}") << QByteArray("not valid UTF-8");
        QTest::newRow("cut off") << QByteArray("{\"a\": [1, 2") << QByteArray("line 3");
        QTest::newRow("HTML") << QByteArray("<html><body>502</body></html>")
                              << QByteArray("line 3");
    }
    void badLinesAreRefusedAndTheFileKept()
    {
        QFETCH(QByteArray, line);
        QFETCH(QByteArray, says);
        const QString db = path(QStringLiteral("keep.db"));
        QCOMPARE(import(writeFile(QStringLiteral("good.jsonl"), "{\"a\": 1}\n"), db).exitCode, 0);
        checkpoint(db);
        const QByteArray before = fileHash(db);
        const CliRun bad = import(writeFile(QStringLiteral("bad.jsonl"),
                                            "{\"a\": 2}\n{\"a\": 3}\n" + line + "\n{\"a\": 4}\n"),
                                  db);
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(says) && bad.err.contains("Nothing of this import was saved"),
                 bad.err.constData());
        QCOMPARE(fileHash(db), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(), 1);
    }

    void oddButValidRecordsAreAllKept()
    {
        const QByteArray deep = nested(10000);
        const QString file =
            writeFile(QStringLiteral("odd.jsonl"),
                      "{\"id\": 1, \"big\": 123456789012345678901234567890, \"neg\": "
                      "-98765432109876543210987, \"s\": \"12345678901234567890123\", "
                      "\"low\": -9223372036854775809, \"f\": 0.12345678901234567890123}\n"
                      "42\n"
                      "[{\"id\": 2}, {\"id\": 3}]\n\n"
                          + deep + "\n");
        const QString db = path(QStringLiteral("odd.db"));
        const CliRun run = import(file, db);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT big FROM items WHERE id = 1")).toString(),
                 QStringLiteral("123456789012345678901234567890"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT neg FROM items WHERE id = 1")).toString(),
                 QStringLiteral("-98765432109876543210987"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT s FROM items WHERE id = 1")).toString(),
                 QStringLiteral("12345678901234567890123"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT low FROM items WHERE id = 1")).toString(),
                 QStringLiteral("-9223372036854775809"));
        // A long fraction beside a huge integer stays a number.
        QCOMPARE(scalar(db, QStringLiteral("SELECT typeof(f) FROM items WHERE id = 1")).toString(),
                 QStringLiteral("real"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT value FROM items WHERE value IS NOT NULL")).toInt(),
            42);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(), 5);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE id IN (2, 3)")).toInt(), 2);
    }

    // dlt keeps the later of two values for one column; import says where,
    // a few lines by name and the rest as a count.
    void keysThatMeetInOneColumnAreWarnedAbout()
    {
        QByteArray lines = "{\"id\": 1, \"a\": \"first\", \"A\": \"second\"}\n"
                           "{\"id\": 2, \"a\": \"only\"}\n"
                           "{\"id\": 3, \"id\": 30}\n";
        for (int i = 4; i <= 20; ++i) {
            lines += "{\"id\": " + QByteArray::number(i) + ", \"b\": 1, \"B\": 2}\n";
        }
        const QString file = writeFile(QStringLiteral("dup.jsonl"), lines);
        const QString db = path(QStringLiteral("dup.db"));
        const CliRun run = import(file, db);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT a FROM items WHERE id = 1")).toString(),
                 QStringLiteral("second"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items WHERE id = 30")).toInt(), 1);
        const QList<QByteArray> warnings = run.err.trimmed().split('\n');
        QVERIFY2(warnings.size() == 11, run.err.constData());
        QCOMPARE(warnings.at(0),
                 "Warning: line 1: keys \"a\" and \"A\" both become column \"a\"; "
                 "the later value is kept.");
        QCOMPARE(warnings.at(1),
                 "Warning: line 3: key \"id\" appears twice; column \"id\" keeps the later value.");
        QCOMPARE(warnings.at(2),
                 "Warning: line 4: keys \"b\" and \"B\" both become column \"b\"; "
                 "the later value is kept.");
        QVERIFY(warnings.at(9).startsWith("Warning: line 11: "));
        // 19 records met such keys: ten named, nine counted, no flood.
        QCOMPARE(warnings.at(10),
                 "Warning: In 9 more of the records, two keys became one column "
                 "too; the later values were kept.");

        // --json carries the same warnings.
        const CliRun asJson =
            import(file, path(QStringLiteral("dup2.db")), {QStringLiteral("--json")});
        QVERIFY2(asJson.exitCode == 0, asJson.err.constData());
        const QJsonArray listed = QJsonDocument::fromJson(asJson.out)
                                      .object()
                                      .value(QStringLiteral("warnings"))
                                      .toArray();
        QCOMPARE(listed.size(), 11);
    }

    void mergeByPrimaryKeyUpdatesInsteadOfDuplicating()
    {
        const QString db = path(QStringLiteral("merge.db"));
        const QStringList merge{QStringLiteral("--primary-key"), QStringLiteral("id"),
                                QStringLiteral("--write-disposition"), QStringLiteral("merge")};
        QCOMPARE(import(writeFile(QStringLiteral("a.jsonl"),
                                  "{\"id\": 1, \"v\": \"a\", \"tags\": [\"x\", \"y\"]}\n"
                                  "{\"id\": 2, \"v\": \"b\"}\n"),
                        db, merge)
                     .exitCode,
                 0);
        const CliRun second = import(
            writeFile(QStringLiteral("b.jsonl"), "{\"id\": 1, \"v\": \"c\", \"tags\": [\"z\"]}\n"),
            db, merge);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT group_concat(id || v, ',') FROM (SELECT * FROM "
                                       "items ORDER BY id)"))
                     .toString(),
                 QStringLiteral("1c,2b"));
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT group_concat(value) FROM items__tags")).toString(),
            QStringLiteral("z"));
        const CliRun wrong =
            import(QStringLiteral("x"), db,
                   {QStringLiteral("--write-disposition"), QStringLiteral("upsert")});
        QCOMPARE(wrong.exitCode, 2);
    }

    void schemaShowsTablesColumnsAndJson()
    {
        const QString db = path(QStringLiteral("schema.db"));
        QCOMPARE(import(itemsFile(QStringLiteral("s.jsonl"), 20), db).exitCode, 0);
        const CliRun text = cli({QStringLiteral("schema"), QStringLiteral("--db"), db});
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("items (append, "), text.out.constData());
        QVERIFY(text.out.contains("not null, row key"));
        QVERIFY(text.out.contains("items__attributes__extension__data__tags (child of items)"));
        QVERIFY(text.out.contains("attributes__create_time"));
        QVERIFY(text.out.contains("timestamp"));
        const CliRun json =
            cli({QStringLiteral("schema"), QStringLiteral("--db"), db, QStringLiteral("--json")});
        const QJsonObject schema = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(schema[QStringLiteral("tables")][QStringLiteral("items")][QStringLiteral(
                     "columns")][QStringLiteral("_dlt_id")][QStringLiteral("data_type")]
                     .toString(),
                 QStringLiteral("text"));
        const CliRun none = cli(
            {QStringLiteral("schema"), QStringLiteral("--db"), path(QStringLiteral("nothing.db"))});
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("no database"));
    }

    void incrementalRunsLoadEachRecordOnce()
    {
        // The API: records with an updated_at cursor; the test changes them
        // between runs. The cursor filters on the client as dlt does.
        QJsonArray records{
            QJsonObject{{QStringLiteral("id"), 1},
                        {QStringLiteral("updated_at"), QStringLiteral("2024-01-01T00:00:00Z")},
                        {QStringLiteral("v"), QStringLiteral("one")}},
            QJsonObject{{QStringLiteral("id"), 2},
                        {QStringLiteral("updated_at"), QStringLiteral("2024-01-02T00:00:00Z")},
                        {QStringLiteral("v"), QStringLiteral("two")}},
        };
        HttpServer api;
        QVERIFY(serve(&api, &records));
        const QString pipeline = writeFile(QStringLiteral("p.json"),
                                           QStringLiteral(R"({"pipeline_name": "inc", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/"},
                "resources": [{"name": "things", "primary_key": "id",
                  "write_disposition": "merge",
                  "endpoint": {"paginator": "single_page",
                    "incremental": {"cursor_path": "updated_at",
                                    "initial_value": "2000-01-01T00:00:00Z"}}}]}})")
                                               .arg(api.port())
                                               .toUtf8());
        const QString db = path(QStringLiteral("inc.db"));
        const QStringList run{QStringLiteral("run"), pipeline, QStringLiteral("--db"), db};
        const CliRun first = cli(run);
        QVERIFY2(first.exitCode == 0, first.err.constData());
        QVERIFY(first.out.contains("- things: 2 row(s)"));
        // Unchanged data: nothing new, nothing doubled.
        const CliRun second = cli(run);
        QVERIFY2(second.exitCode == 0, second.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM things")).toInt(), 2);
        // One record updated, one new: the update replaces, the new one is added.
        records[1] =
            QJsonObject{{QStringLiteral("id"), 2},
                        {QStringLiteral("updated_at"), QStringLiteral("2024-02-01T00:00:00Z")},
                        {QStringLiteral("v"), QStringLiteral("TWO")}};
        records.append(
            QJsonObject{{QStringLiteral("id"), 3},
                        {QStringLiteral("updated_at"), QStringLiteral("2024-02-02T00:00:00Z")},
                        {QStringLiteral("v"), QStringLiteral("three")}});
        const CliRun third = cli(run);
        QVERIFY2(third.exitCode == 0, third.err.constData());
        QVERIFY2(third.out.contains("- things: 2 row(s)"), third.out.constData());
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT group_concat(id || v) FROM (SELECT * FROM things "
                                       "ORDER BY id)"))
                     .toString(),
                 QStringLiteral("1one,2TWO,3three"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM _dlt_loads")).toInt(), 3);

        // Killed after the first record of a fourth run: the state and the
        // rows stay as the third run left them; the rerun loads id 4 once.
        records.append(
            QJsonObject{{QStringLiteral("id"), 4},
                        {QStringLiteral("updated_at"), QStringLiteral("2024-03-01T00:00:00Z")},
                        {QStringLiteral("v"), QStringLiteral("four")}});
        records.append(
            QJsonObject{{QStringLiteral("id"), 5},
                        {QStringLiteral("updated_at"), QStringLiteral("2024-03-02T00:00:00Z")},
                        {QStringLiteral("v"), QStringLiteral("five")}});
        QProcessEnvironment kill;
        kill.insert(QStringLiteral("GRANTLINE_TEST_KILL_AFTER"), QStringLiteral("1"));
        QCOMPARE(runToDeath(run, kill), QProcess::CrashExit);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM things")).toInt(), 3);
        const CliRun rerun = cli(run);
        QVERIFY2(rerun.exitCode == 0, rerun.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM things")).toInt(), 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT id) FROM things")).toInt(), 5);

        // A full refresh forgets the cursor and the tables: all five again,
        // reported as JSON.
        const CliRun refreshed =
            cli(run + QStringList{QStringLiteral("--full-refresh"), QStringLiteral("--json")});
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
        const QJsonObject info = QJsonDocument::fromJson(refreshed.out).object();
        QCOMPARE(info[QStringLiteral("state")].toString(), QStringLiteral("loaded"));
        QCOMPARE(info[QStringLiteral("records")].toInt(), 5);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM things")).toInt(), 5);
        QCOMPARE(
            scalar(db, QStringLiteral("SELECT count(DISTINCT _dlt_load_id) FROM things")).toInt(),
            1);
    }

    void aRunIsRecordedForTheHomesPipelinesOnly()
    {
        QJsonArray records{QJsonObject{{QStringLiteral("id"), 1}},
                           QJsonObject{{QStringLiteral("id"), 2}}};
        HttpServer api;
        api.setHandler([&records](const HttpRequest& request, HttpConnection* connection) {
            if (request.path() == QLatin1String("/gone")) {
                connection->respond(HttpResponse::json(404, QByteArray("{}")));
                return;
            }
            connection->respond(HttpResponse::json(200, QJsonDocument(records)));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        // The key travels in the query: a failure's message names the URL.
        const QByteArray text = QStringLiteral(R"({"pipeline_name": "hist", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/",
                           "auth": {"type": "api_key", "name": "key", "location": "query",
                                    "api_key": "{secrets.token}"}},
                "resources": [{"name": "things", "endpoint": {"paginator": "single_page"}},
                              {"name": "gone", "endpoint": {"paginator": "single_page"}}]}})")
                                    .arg(api.port())
                                    .toUtf8();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("pipelines")));
        const QString home = writeFile(QStringLiteral("pipelines/hist.json"), text);
        const QString outside = writeFile(QStringLiteral("outside.json"), text);
        QProcessEnvironment secret;
        secret.insert(QStringLiteral("SOURCES__REST_API__TOKEN"), QStringLiteral("s3cr3t-t0k"));
        const QStringList things{QStringLiteral("--resource"), QStringLiteral("things")};
        const CliRun loaded =
            cli(QStringList{QStringLiteral("run"), QStringLiteral("hist")} + things, {}, secret);
        QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
        const RunHistory history(home);
        QCOMPARE(history.runs().size(), 1);
        QCOMPARE(history.last()->outcome, RunHistory::Outcome::Loaded);
        QCOMPARE(history.last()->resourceRecords.value(QStringLiteral("things")), 2);
        QVERIFY(!history.isRunning());
        // A failure is recorded with its sentence, the key redacted.
        const CliRun failed = cli({QStringLiteral("run"), QStringLiteral("hist"),
                                   QStringLiteral("--resource"), QStringLiteral("gone")},
                                  {}, secret);
        QVERIFY(failed.exitCode != 0);
        QCOMPARE(history.runs().size(), 2);
        QCOMPARE(history.last()->outcome, RunHistory::Outcome::Failed);
        QVERIFY2(history.last()->error.contains(QStringLiteral("404"))
                     && history.last()->error.contains(QStringLiteral("/gone")),
                 qPrintable(history.last()->error));
        QFile record(history.path());
        QVERIFY(record.open(QIODevice::ReadOnly));
        QVERIFY(!record.readAll().contains("s3cr3t-t0k"));
        // Loaded elsewhere (--db), or a file outside the home: not recorded.
        const CliRun elsewhere =
            cli(QStringList{QStringLiteral("run"), QStringLiteral("hist"), QStringLiteral("--db"),
                            path(QStringLiteral("other.db"))}
                    + things,
                {}, secret);
        QVERIFY2(elsewhere.exitCode == 0, elsewhere.err.constData());
        QCOMPARE(history.runs().size(), 2);
        const CliRun besides =
            cli(QStringList{QStringLiteral("run"), outside} + things, {}, secret);
        QVERIFY2(besides.exitCode == 0, besides.err.constData());
        QVERIFY(!QFile::exists(RunHistory(outside).path()));
    }

    void replaceEmptiesTheTableEvenWhenTheApiSendsNothing()
    {
        QJsonArray records{QJsonObject{{QStringLiteral("id"), 1}}};
        HttpServer api;
        QVERIFY(serve(&api, &records));
        const QString pipeline = writeFile(QStringLiteral("r.json"),
                                           QStringLiteral(R"({"pipeline_name": "rep", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/"},
                "resources": [{"name": "things", "write_disposition": "replace",
                               "endpoint": {"paginator": "single_page"}}]}})")
                                               .arg(api.port())
                                               .toUtf8());
        const QString db = path(QStringLiteral("rep.db"));
        const QStringList run{QStringLiteral("run"), pipeline, QStringLiteral("--db"), db};
        QCOMPARE(cli(run).exitCode, 0);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM things")).toInt(), 1);
        records = QJsonArray();
        const CliRun empty = cli(run);
        QVERIFY2(empty.exitCode == 0, empty.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM things")).toInt(), 0);
    }

    void anUnreadableStateIsExplainedWithTheCliFlags()
    {
        QJsonArray records{QJsonObject{{QStringLiteral("id"), 1}}};
        HttpServer api;
        QVERIFY(serve(&api, &records));
        const QString pipeline = writeFile(QStringLiteral("s.json"),
                                           QStringLiteral(R"({"pipeline_name": "st", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/"},
                "resources": [{"name": "things", "endpoint": {"paginator": "single_page"}}]}})")
                                               .arg(api.port())
                                               .toUtf8());
        const QString db = path(QStringLiteral("st.db"));
        const QStringList run{QStringLiteral("run"), pipeline, QStringLiteral("--db"), db};
        QCOMPARE(cli(run).exitCode, 0);
        {
            SqliteDatabase database(db);
            QString error;
            QVERIFY(database.open(&error));
            QVERIFY(database.exec(QStringLiteral("UPDATE _dlt_pipeline_state SET state = 'x'"),
                                  &error));
        }
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM _dlt_pipeline_state")).toInt(), 1);
        // The engine's sentence names no flag; grantline-cli adds its own.
        const CliRun broken = cli(run);
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.err.contains("cannot be read"), broken.err.constData());
        QVERIFY2(broken.err.contains("--full-refresh"), broken.err.constData());
        const CliRun refreshed = cli(run + QStringList{QStringLiteral("--full-refresh")});
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
    }

    void runKeepsHugeIntegersAndDeepRecords()
    {
        // The same tolerance as import, for pages an API sends.
        const QByteArray deep = nested(10000);
        const QByteArray page = "[{\"id\": 1, \"big\": 123456789012345678901234567890}, {\"id\": "
                                "2, \"deep\": "
            + deep + "}]";
        HttpServer api;
        api.setHandler([&page](const HttpRequest&, HttpConnection* connection) {
            connection->respond(HttpResponse::json(200, page));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QString pipeline = writeFile(QStringLiteral("big.json"),
                                           QStringLiteral(R"({"pipeline_name": "big", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/"},
                "resources": [{"name": "things", "endpoint": {"paginator": "single_page"}}]}})")
                                               .arg(api.port())
                                               .toUtf8());
        const QString db = path(QStringLiteral("big.db"));
        const CliRun run = cli({QStringLiteral("run"), pipeline, QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT big FROM things WHERE id = 1")).toString(),
                 QStringLiteral("123456789012345678901234567890"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM things")).toInt(), 2);
    }

    void aRetryIsTold()
    {
        // The first answer is a 503 with Retry-After: 0; the run goes on and
        // says why it waited.
        int requests = 0;
        HttpServer api;
        api.setHandler([&requests](const HttpRequest&, HttpConnection* connection) {
            if (++requests == 1) {
                HttpResponse busy = HttpResponse::json(503, "{\"message\": \"busy\"}");
                busy.headers.append({QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")});
                connection->respond(busy);
                return;
            }
            connection->respond(HttpResponse::json(200, "[{\"id\": 1}]"));
        });
        QVERIFY(api.listen(QHostAddress::LocalHost, 0));
        const QString pipeline = writeFile(QStringLiteral("retry.json"),
                                           QStringLiteral(R"({"pipeline_name": "retry", "source": {
                "client": {"base_url": "http:\/\/127.0.0.1:%1/"},
                "resources": [{"name": "things", "endpoint": {"paginator": "single_page"}}]}})")
                                               .arg(api.port())
                                               .toUtf8());
        const CliRun run = cli({QStringLiteral("run"), pipeline, QStringLiteral("--db"),
                                path(QStringLiteral("retry.db"))});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(requests, 2);
        QVERIFY2(run.err.contains("Note: resource \"things\": ") && run.err.contains("503")
                     && run.err.contains("trying again in 0.0 s (attempt 2)"),
                 run.err.constData());
    }

    void aKilledLoadLeavesTheFileBeforeOrAfterIt_data()
    {
        QTest::addColumn<QString>("point");
        QTest::addColumn<int>("afterRecords");
        QTest::addColumn<bool>("loaded");
        QTest::newRow("after 1 record") << QString() << 1 << false;
        QTest::newRow("after 2,500 records") << QString() << 2500 << false;
        QTest::newRow("after 4,999 records") << QString() << 4999 << false;
        QTest::newRow("just before COMMIT") << QStringLiteral("before-commit") << 0 << false;
        QTest::newRow("just after COMMIT") << QStringLiteral("committed") << 0 << true;
    }
    void aKilledLoadLeavesTheFileBeforeOrAfterIt()
    {
        QFETCH(QString, point);
        QFETCH(int, afterRecords);
        QFETCH(bool, loaded);
        const QString db = path(QStringLiteral("kill.db"));
        const QStringList merge{QStringLiteral("--primary-key"), QStringLiteral("id"),
                                QStringLiteral("--write-disposition"), QStringLiteral("merge")};
        QCOMPARE(import(itemsFile(QStringLiteral("first.jsonl"), 100), db, merge).exitCode, 0);
        const QString file = itemsFile(QStringLiteral("more.jsonl"), 5000, 100);
        QProcessEnvironment kill;
        if (!point.isEmpty()) {
            kill.insert(QStringLiteral("GRANTLINE_TEST_KILL_AT"), point);
        } else {
            kill.insert(QStringLiteral("GRANTLINE_TEST_KILL_AFTER"), QString::number(afterRecords));
        }
        const QStringList arguments =
            QStringList{QStringLiteral("import"),  file,
                        QStringLiteral("--db"),    db,
                        QStringLiteral("--table"), QStringLiteral("items")}
            + merge;
        QCOMPARE(runToDeath(arguments, kill), QProcess::CrashExit);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(),
                 loaded ? 5100 : 100);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM _dlt_loads")).toInt(),
                 loaded ? 2 : 1);
        // No row of an unfinished load is left anywhere.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM items WHERE _dlt_load_id NOT IN "
                                       "(SELECT load_id FROM _dlt_loads)"))
                     .toInt(),
                 0);
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM items__attributes__extension__data__"
                                       "tags c LEFT JOIN items i ON i._dlt_id = c._dlt_parent_id "
                                       "WHERE i._dlt_id IS NULL"))
                     .toInt(),
                 0);
        // Running it again neither loses nor duplicates a record.
        const CliRun again = import(file, db, merge);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(), 5100);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT id) FROM items")).toInt(), 5100);
    }

    void killedAtRandomMomentsTheFileStaysWhole()
    {
        const QString db = path(QStringLiteral("random.db"));
        const QString file = itemsFile(QStringLiteral("r.jsonl"), 20000);
        const QStringList arguments{QStringLiteral("import"),  file,
                                    QStringLiteral("--db"),    db,
                                    QStringLiteral("--table"), QStringLiteral("items")};
        int completed = 0;
        for (int attempt = 0; attempt < 6; ++attempt) {
            const int delay = QRandomGenerator::global()->bounded(30, 900);
            const bool exited = runToDeath(arguments, {}, delay) == QProcess::NormalExit;
            QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                     QStringLiteral("ok"));
            const int loads = scalar(db, QStringLiteral("SELECT count(*) FROM _dlt_loads")).toInt();
            // Killed after its COMMIT, a load is complete all the same.
            QVERIFY2(loads == completed + 1 || (!exited && loads == completed),
                     qPrintable(QStringLiteral("%1 loads after %2").arg(loads).arg(completed)));
            completed = loads;
            QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(),
                     20000 * loads);
        }
    }

    void aFullDiskIsAClearErrorAndChangesNothing()
    {
        const QString db = path(QStringLiteral("full.db"));
        QCOMPARE(import(itemsFile(QStringLiteral("small.jsonl"), 10), db).exitCode, 0);
        checkpoint(db);
        const QByteArray before = fileHash(db);
        const QString file = itemsFile(QStringLiteral("big.jsonl"), 20000);
        QProcess process;
        process.setProcessEnvironment(environment());
        // The file may not grow past 4 MiB: writes beyond fail as on a full disk.
        process.setChildProcessModifier([] {
            ::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{4 << 20, 4 << 20};
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(QStringLiteral(GRANTLINE_CLI_PATH),
                      {QStringLiteral("import"), file, QStringLiteral("--db"), db,
                       QStringLiteral("--table"), QStringLiteral("items")});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains("nothing of this load was saved"), err.constData());
        // The disk's fault, not a line's.
        QVERIFY2(!err.contains(", line "), err.constData());
        QCOMPARE(fileHash(db), before);
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM items")).toInt(), 10);
        QCOMPARE(scalar(db, QStringLiteral("PRAGMA integrity_check")).toString(),
                 QStringLiteral("ok"));
    }

    void aReadOnlyFileIsAClearErrorAndChangesNothing()
    {
        const QString db = path(QStringLiteral("ro.db"));
        QCOMPARE(import(itemsFile(QStringLiteral("ro.jsonl"), 10), db).exitCode, 0);
        checkpoint(db);
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        const QByteArray before = fileHash(db);
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(m_home->path(),
                                      QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                          | QFile::ReadOther | QFile::ExeOther | QFile::ReadGroup
                                          | QFile::ExeGroup));
        QProcess process;
        process.setProcessEnvironment(environment());
        // Root ignores file permissions: the child runs as nobody then.
        process.setChildProcessModifier([] {
            if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) {
                ::_exit(99);
            }
        });
        process.start(QStringLiteral(GRANTLINE_CLI_PATH),
                      {QStringLiteral("import"), path(QStringLiteral("ro.jsonl")),
                       QStringLiteral("--db"), db, QStringLiteral("--table"),
                       QStringLiteral("items")});
        QVERIFY(process.waitForFinished(60000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitCode(), 1);
        QVERIFY2(err.contains("read-only") || err.contains("Cannot open"), err.constData());
        QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
        QCOMPARE(fileHash(db), before);
    }
};

QTEST_GUILESS_MAIN(TestCliLoad)
#include "tst_cli_load.moc"
