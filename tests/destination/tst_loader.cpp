// Loading into a real SQLite file: the tables, declared types and system
// tables real dlt 1.26 wrote (dlt notes section 13), schema evolution by
// ALTER TABLE, the write dispositions, the pipeline state, and a load that
// fails leaving the file as it was.

// Plain string literals keep the expected names readable here.
#undef QT_NO_CAST_FROM_ASCII

#include "DatasetFiles.h"

#include "destination/Loader.h"
#include "destination/SqliteDatabase.h"
#include "pipeline/PipelineState.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

// "name TYPE [NOT NULL]" per column, as PRAGMA table_info reports it.
QStringList declaredColumns(const QString& path, const QString& table)
{
    SqliteDatabase db(path);
    QString error;
    if (!db.open(&error, true)) {
        qWarning() << error;
        return {};
    }
    QStringList columns;
    const auto rows =
        db.select("SELECT name, type, \"notnull\" FROM pragma_table_info(?)", &error, {table});
    for (const QVariantList& row : *rows) {
        columns << row[0].toString() + ' ' + row[1].toString()
                + (row[2].toInt() ? " NOT NULL" : "");
    }
    return columns;
}

QList<QVariantList> query(const QString& path, const QString& sql)
{
    SqliteDatabase db(path);
    QString error;
    if (!db.open(&error, true)) {
        qWarning() << error;
        return {};
    }
    const auto rows = db.select(sql, &error);
    if (!rows) {
        qWarning() << error;
        return {};
    }
    return *rows;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    simdjson::dom::parser m_parser;

    QString dbPath(const char* name)
    {
        return m_dir.filePath(QString::fromLatin1(name));
    }

    // One load of the records (a JSON array text) into a table.
    bool load(const QString& path, const QByteArray& records,
              RelationalNormalizer::TableOptions options, QString* error = nullptr,
              const QJsonObject& incremental = {}, bool fullRefresh = false,
              QStringList* warnings = nullptr)
    {
        QString ignored;
        QString* failure = error ? error : &ignored;
        Loader::Options loaderOptions;
        loaderOptions.pipelineName = "test_pipeline";
        loaderOptions.fullRefresh = fullRefresh;
        Loader loader(path, loaderOptions);
        if (!loader.begin(failure)) {
            return false;
        }
        if (options.resource.isEmpty()) {
            options.resource = options.table;
        }
        TableSchema* table = loader.prepareTable(options, failure);
        simdjson::dom::element array;
        if (!table || m_parser.parse(records.constData(), size_t(records.size())).get(array)) {
            return false;
        }
        // Held in a variable: iterating the temporary result dangles (GCC -O2 says so).
        const simdjson::dom::array recordArray = array.get_array().value_unsafe();
        for (simdjson::dom::element record : recordArray) {
            if (!loader.write(table, record, failure)) {
                loader.abort();
                return false;
            }
        }
        const bool finished = loader.finish(incremental, failure);
        if (warnings) {
            *warnings = loader.warnings();
        }
        return finished;
    }

    RelationalNormalizer::TableOptions table(const QString& name,
                                             const QString& disposition = "append",
                                             const QStringList& primaryKey = {})
    {
        RelationalNormalizer::TableOptions options;
        options.table = name;
        options.writeDisposition = disposition;
        options.primaryKey = primaryKey;
        return options;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void tablesAndTypesAsRealDltWroteThem()
    {
        // APS-like items from the sandbox's generator, as in section 13.
        const QJsonArray items = DatasetFiles::sandboxItems(50, 0, 7);
        const QString path = dbPath("items.db");
        QString error;
        QVERIFY2(load(path, QJsonDocument(items).toJson(), table("items"), &error),
                 qPrintable(error));
        const QStringList columns = declaredColumns(path, "items");
        for (const char* expected :
             {"id TEXT", "type TEXT", "relationships__tip__data__type TEXT",
              "attributes__display_name TEXT", "attributes__create_time DATETIME",
              "attributes__hidden BOOLEAN", "attributes__reserved BOOLEAN",
              "attributes__extension__type TEXT", "attributes__extension__version TEXT",
              "attributes__extension__data__rating FLOAT",
              "attributes__extension__data__size_bytes BIGINT", "_dlt_load_id TEXT NOT NULL",
              "_dlt_id VARCHAR(128) NOT NULL"}) {
            QVERIFY2(columns.contains(QString::fromLatin1(expected)),
                     qPrintable(QString::fromLatin1(expected) + " not in " + columns.join(", ")));
        }
        // The data columns first, then the two system columns.
        QCOMPARE(columns.indexOf("_dlt_id VARCHAR(128) NOT NULL"),
                 columns.indexOf("_dlt_load_id TEXT NOT NULL") + 1);
        QCOMPARE(declaredColumns(path, "items__attributes__extension__data__tags"),
                 (QStringList{"value TEXT", "_dlt_parent_id TEXT NOT NULL",
                              "_dlt_list_idx BIGINT NOT NULL", "_dlt_id VARCHAR(128) NOT NULL"}));
        QCOMPARE(declaredColumns(path, "_dlt_loads"),
                 (QStringList{"load_id VARCHAR(64) NOT NULL", "schema_name TEXT",
                              "status BIGINT NOT NULL", "inserted_at DATETIME NOT NULL",
                              "schema_version_hash TEXT"}));
        QCOMPARE(declaredColumns(path, "_dlt_version"),
                 (QStringList{"version BIGINT NOT NULL", "engine_version BIGINT NOT NULL",
                              "inserted_at DATETIME NOT NULL", "schema_name TEXT NOT NULL",
                              "version_hash TEXT NOT NULL", "schema TEXT NOT NULL"}));
        QCOMPARE(
            declaredColumns(path, "_dlt_pipeline_state"),
            (QStringList{"version BIGINT NOT NULL", "engine_version BIGINT NOT NULL",
                         "pipeline_name TEXT NOT NULL", "state TEXT NOT NULL",
                         "created_at DATETIME NOT NULL", "version_hash TEXT",
                         "_dlt_load_id VARCHAR(64) NOT NULL", "_dlt_id VARCHAR(128) NOT NULL"}));
        QCOMPARE(query(path, "SELECT count(*) FROM items")[0][0].toInt(), 50);
        // Every child row hangs from a row of this load.
        QCOMPARE(query(path,
                       "SELECT count(*) FROM items__attributes__extension__data__tags t "
                       "LEFT JOIN items i ON i._dlt_id = t._dlt_parent_id WHERE i._dlt_id "
                       "IS NULL")[0][0]
                     .toInt(),
                 0);
        const auto load = query(path, "SELECT load_id, schema_name, status FROM _dlt_loads");
        QCOMPARE(load.size(), 1);
        QCOMPARE(load[0][2].toInt(), 0);
        QCOMPARE(query(path, "SELECT DISTINCT _dlt_load_id FROM items")[0][0], load[0][0]);
        QCOMPARE(query(path, "SELECT attributes__create_time FROM items LIMIT 1")[0][0]
                     .toString()
                     .size(),
                 26);
        QCOMPARE(query(path, "PRAGMA journal_mode")[0][0].toString(), QStringLiteral("wal"));
    }

    void newColumnsAreAddedNeverRewritten()
    {
        const QString path = dbPath("evolve.db");
        QVERIFY(load(path, R"([{"id": 1, "name": "a"}, {"id": 2, "name": "b"}])", table("t")));
        const auto before = query(path, "SELECT rowid, _dlt_id FROM t ORDER BY rowid");
        QVERIFY(load(path, R"([{"id": 3, "name": "c", "added": true, "id_": 1}])", table("t")));
        QCOMPARE(query(path, "SELECT rowid, _dlt_id FROM t WHERE id < 3 ORDER BY rowid"), before);
        QCOMPARE(declaredColumns(path, "t"),
                 (QStringList{"id BIGINT", "name TEXT", "_dlt_load_id TEXT NOT NULL",
                              "_dlt_id VARCHAR(128) NOT NULL", "added BOOLEAN", "idx BIGINT"}));
        QVERIFY(query(path, "SELECT added FROM t WHERE id = 1")[0][0].isNull());
        const auto versions =
            query(path, "SELECT version, schema_name FROM _dlt_version ORDER BY version");
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions[1][0].toInt(), 2);
        // The stored schema knows the new column.
        const QJsonObject schema =
            QJsonDocument::fromJson(query(path,
                                          "SELECT schema FROM _dlt_version ORDER BY "
                                          "version DESC LIMIT 1")[0][0]
                                        .toByteArray())
                .object();
        QCOMPARE(schema["tables"]["t"]["columns"]["added"]["data_type"].toString(),
                 QStringLiteral("bool"));
        // A load that changes nothing in the schema stores no new version.
        QVERIFY(load(path, R"([{"id": 4}])", table("t")));
        QCOMPARE(query(path, "SELECT count(*) FROM _dlt_version")[0][0].toInt(), 2);
    }

    void childIdsInTheFileAreDlts()
    {
        // Hashed on the writer thread; Python: shake_128("abc_users__pets_1").
        const QString path = dbPath("ids.db");
        QVERIFY(load(path, R"([{"_dlt_id": "abc", "pets": [{"n": 1}, {"n": 2, "l": [1]}]}])",
                     table("users")));
        QCOMPARE(query(path, "SELECT _dlt_id FROM users__pets ORDER BY _dlt_list_idx"),
                 (QList<QVariantList>{{"9dTj8cY5n+nG2A"}, {"N+gZv9bzRh+EQg"}}));
        QCOMPARE(query(path, "SELECT _dlt_parent_id FROM users__pets__l")[0][0].toString(),
                 QStringLiteral("N+gZv9bzRh+EQg"));
    }

    void typesDecidedInAnEarlierLoadStay()
    {
        const QString path = dbPath("flip.db");
        QVERIFY(load(path, R"([{"n": 1}])", table("t")));
        QVERIFY(load(path, R"([{"n": "one"}])", table("t")));
        QCOMPARE(query(path, "SELECT n, n__v_text FROM t ORDER BY rowid")[1][1].toString(),
                 QStringLiteral("one"));
    }

    void sqlKeywordsAndQuotesAreJustNames()
    {
        const QString path = dbPath("keywords.db");
        QString error;
        QVERIFY2(
            load(path, R"([{"order": 1, "group": "g", "select": true}])", table("table"), &error),
            qPrintable(error));
        QCOMPARE(query(path, "SELECT \"order\", \"group\" FROM \"table\"")[0][1].toString(),
                 QStringLiteral("g"));
        QCOMPARE(SqliteDatabase::quote("a\"b"), QStringLiteral("\"a\"\"b\""));
    }

    // A pipeline run names no lines: its warning counts what the later value replaced.
    void keyCollisionsAreCountedInTheWarnings()
    {
        const QString path = dbPath("collisions.db");
        QString error;
        QStringList warnings;
        QVERIFY2(load(path, R"([{"a": 1, "A": 2}, {"a": 3}, {"b": 1, "b": 2, "B": 3}])", table("t"),
                      &error, {}, false, &warnings),
                 qPrintable(error));
        QCOMPARE(warnings,
                 QStringList{QStringLiteral(
                     "Records held two keys for one column (a key written twice, or keys such as "
                     "\"a\" and \"A\"), 3 in all; the later value was kept.")});
        QCOMPARE(query(path, "SELECT b FROM t WHERE b IS NOT NULL")[0][0].toInt(), 3);
    }

    void replaceEmptiesTheTableAndItsChildren()
    {
        const QString path = dbPath("replace.db");
        QVERIFY(load(path, R"([{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": ["c"]}])",
                     table("t", "replace")));
        QVERIFY(load(path, R"([{"id": 3, "tags": ["d"]}])", table("t", "replace")));
        QCOMPARE(query(path, "SELECT id FROM t"), (QList<QVariantList>{{3}}));
        QCOMPARE(query(path, "SELECT value FROM t__tags"), (QList<QVariantList>{{"d"}}));
    }

    void mergeUpdatesRowsAndTheirChildRows()
    {
        const QString path = dbPath("merge.db");
        const auto options = table("t", "merge", {"id"});
        QVERIFY(load(path, R"([{"id": 1, "v": "old", "tags": ["a", "b"]},
                              {"id": 2, "v": "keep", "tags": ["k"]}])",
                     options));
        // id 1 updated (twice in one load: the last wins), id 3 new.
        QVERIFY(load(path, R"([{"id": 1, "v": "mid", "tags": ["x"]}, {"id": 3, "v": "new"},
                              {"id": 1, "v": "new", "tags": ["y", "z"]}])",
                     options));
        QCOMPARE(query(path, "SELECT id, v FROM t ORDER BY id"),
                 (QList<QVariantList>{{1, "new"}, {2, "keep"}, {3, "new"}}));
        QCOMPARE(query(path,
                       "SELECT t.id, c.value FROM t__tags c JOIN t ON t._dlt_id = "
                       "c._dlt_root_id ORDER BY t.id, c._dlt_list_idx"),
                 (QList<QVariantList>{{1, "y"}, {1, "z"}, {2, "k"}}));
        QCOMPARE(query(path, "SELECT count(*) FROM t__tags")[0][0].toInt(), 3);
        QVERIFY(declaredColumns(path, "t__tags").contains("_dlt_root_id TEXT NOT NULL"));
    }

    void aMergeTableTurnedAppendKeepsLoading()
    {
        // Its child table has _dlt_root_id NOT NULL: still filled after the switch.
        const QString path = dbPath("switch.db");
        QVERIFY(load(path, R"([{"id": 1, "tags": ["a"]}])", table("t", "merge", {"id"})));
        QString error;
        QVERIFY2(load(path, R"([{"id": 2, "tags": ["b"]}])", table("t"), &error),
                 qPrintable(error));
        QCOMPARE(query(path,
                       "SELECT count(*) FROM t__tags t JOIN t r ON r._dlt_id = "
                       "t._dlt_root_id")[0][0]
                     .toInt(),
                 2);
    }

    void mergeWithoutAKeyAppends()
    {
        const QString path = dbPath("merge-nokey.db");
        QVERIFY(load(path, R"([{"id": 1}])", table("t", "merge")));
        QVERIFY(load(path, R"([{"id": 1}])", table("t", "merge")));
        QCOMPARE(query(path, "SELECT count(*) FROM t")[0][0].toInt(), 2);
    }

    void incrementalStateIsStoredTheDltWay()
    {
        const QString path = dbPath("state.db");
        const QJsonObject incremental{{"items",
                                       QJsonObject{{"cursor_path", "attributes.lastModifiedTime"},
                                                   {"initial_value", "2024-01-01T00:00:00Z"},
                                                   {"last_value", "2024-03-01T00:00:00Z"},
                                                   {"unique_hashes", QJsonArray{"abc"}}}}};
        QVERIFY(load(path, R"([{"id": 1}])", table("items"), nullptr, incremental));
        Loader::Options options;
        options.pipelineName = "test_pipeline";
        Loader reader(path, options);
        QString error;
        QVERIFY2(reader.begin(&error), qPrintable(error));
        QCOMPARE(reader.incrementalState(), incremental);
        reader.abort();
        // dlt reads the blob as base64 of zlib of JSON, keyed by source.
        const QString blob = query(path, "SELECT state FROM _dlt_pipeline_state")[0][0].toString();
        QProcess python;
        python.start("python3",
                     {"-c",
                      "import base64,json,sys,zlib; s=json.loads(zlib.decompress("
                      "base64.b64decode(sys.argv[1]))); print(s['sources']['rest_api']"
                      "['resources']['items']['incremental']['attributes.lastModifiedTime']"
                      "['last_value'], s['pipeline_name'], s['_state_version'])",
                      blob});
        QVERIFY(python.waitForFinished(30000));
        QCOMPARE(python.readAllStandardOutput().trimmed(),
                 QByteArray("2024-03-01T00:00:00Z test_pipeline 1"));
        // The same state again: no new row; a changed one: a new version.
        QVERIFY(load(path, R"([])", table("items"), nullptr, incremental));
        QCOMPARE(query(path, "SELECT count(*) FROM _dlt_pipeline_state")[0][0].toInt(), 1);
        QJsonObject moved = incremental;
        QJsonObject cursor = moved["items"].toObject();
        cursor["last_value"] = "2024-04-01T00:00:00Z";
        moved["items"] = cursor;
        QVERIFY(load(path, R"([])", table("items"), nullptr, moved));
        QCOMPARE(query(path, "SELECT max(version), count(*) FROM _dlt_pipeline_state")[0],
                 (QVariantList{2, 2}));
    }

    void aFailedLoadLeavesTheFileAsItWas()
    {
        const QString path = dbPath("atomic.db");
        QVERIFY(load(path, R"([{"id": 1, "tags": ["a"]}])", table("t", "merge", {"id"})));
        // Checkpoint so that the main file holds everything; compare bytes.
        {
            SqliteDatabase db(path);
            QString error;
            QVERIFY(db.open(&error));
            QVERIFY(db.exec("PRAGMA wal_checkpoint(TRUNCATE)", &error));
        }
        const QByteArray before = fileHash(path);
        QString error;
        // The second record lacks its primary key: the whole load fails.
        QVERIFY(!load(path, R"([{"id": 2, "tags": ["b"], "new": 1}, {"tags": ["c"]}])",
                      table("t", "merge", {"id"}), &error));
        QVERIFY2(error.contains("id"), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QCOMPARE(query(path, "SELECT count(*) FROM t")[0][0].toInt(), 1);
        QCOMPARE(query(path, "SELECT count(*) FROM _dlt_loads")[0][0].toInt(), 1);
        QVERIFY(!declaredColumns(path, "t").join(' ').contains("new"));
    }

    void fullRefreshStartsOver()
    {
        const QString path = dbPath("refresh.db");
        QVERIFY(load(path, R"([{"id": 1, "old": "x"}])", table("t"), nullptr,
                     QJsonObject{{"t", QJsonObject{{"cursor_path", "id"}, {"last_value", 1}}}}));
        QVERIFY(load(path, R"([{"id": 2}])", table("t"), nullptr, {}, true));
        QCOMPARE(query(path, "SELECT id FROM t"), (QList<QVariantList>{{2}}));
        QVERIFY(!declaredColumns(path, "t").join(' ').contains("old"));
        Loader::Options options;
        options.pipelineName = "test_pipeline";
        Loader reader(path, options);
        QString error;
        QVERIFY(reader.begin(&error));
        QVERIFY(reader.incrementalState().isEmpty());
        QVERIFY(!reader.schema().table("t")->column("old"));
    }

    void anUnreadableStateOffersAFullRefreshWithoutNamingAFlag()
    {
        const QString path = dbPath("badstate.db");
        QVERIFY(load(path, R"([{"id": 1}])", table("t"), nullptr,
                     QJsonObject{{"t", QJsonObject{{"cursor_path", "id"}, {"last_value", 1}}}}));
        {
            SqliteDatabase db(path);
            QString error;
            QVERIFY(db.open(&error));
            QVERIFY2(db.exec("UPDATE _dlt_pipeline_state SET state = 'not a state'", &error),
                     qPrintable(error));
        }
        Loader::Options options;
        options.pipelineName = "test_pipeline";
        Loader loader(path, options);
        QCOMPARE(loader.remedy(), Loader::Remedy::None);
        QString error;
        QVERIFY(!loader.begin(&error));
        QVERIFY2(error.contains("cannot be read"), qPrintable(error));
        // The GUI shows this sentence too: no command-line flag in it.
        QVERIFY2(!error.contains("--"), qPrintable(error));
        QCOMPARE(loader.remedy(), Loader::Remedy::FullRefresh);
        // The remedy works: a full refresh loads again.
        QVERIFY(load(path, R"([{"id": 2}])", table("t"), &error, {}, true));
    }

    void notADatabaseIsAClearError()
    {
        const QString path = dbPath("text.db");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const QByteArray before = fileHash(path);
        QString error;
        QVERIFY(!load(path, R"([{"id": 1}])", table("t"), &error));
        QVERIFY2(error.contains("not a usable SQLite database"), qPrintable(error));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!load(m_dir.filePath("missing/dir/x.db"), R"([{"id": 1}])", table("t"), &error));
        QVERIFY2(error.contains("does not exist"), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLoader)
#include "tst_loader.moc"
