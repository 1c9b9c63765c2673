// Loading into the suite's own PostgreSQL server, the way dlt's postgres
// destination lays a dataset out: a schema named after the dataset, dlt's
// types column for column as information_schema reports them, the system
// tables, the same rows as the SQLite destination holds for the same
// records, the write dispositions with their child rows, the state across
// loads, and loads that fail (a wrong password, a missing database, no
// right to create the schema, a server restarted mid-load, a full disk, a
// statement timeout) in sentences, leaving the schema as it was.
#include "DatasetFiles.h"
#include "PostgresServer.h"

#include "destination/Loader.h"
#include "destination/PostgresDatabase.h"
#include "destination/SqliteDatabase.h"
#include "pipeline/NamingConvention.h"
#include "run/RunJob.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"s3cret-Pa55word"_s;

// A value as both databases can be compared by: booleans as 0/1, numbers
// as doubles, timestamps as UTC milliseconds, JSON re-serialized.
QString comparable(const QVariant& value)
{
    if (value.isNull()) {
        return u"NULL"_s;
    }
    if (value.typeId() == QMetaType::Bool) {
        return value.toBool() ? u"1"_s : u"0"_s;
    }
    if (value.typeId() == QMetaType::Double || value.typeId() == QMetaType::LongLong
        || value.typeId() == QMetaType::Int) {
        return QString::number(value.toDouble(), 'g', 15);
    }
    const QString text = value.toString();
    static const QRegularExpression timestamp(u"^\\d{4}-\\d\\d-\\d\\d[ T]\\d\\d:\\d\\d"_s);
    if (timestamp.match(text).hasMatch()) {
        QString iso = text;
        iso.replace(u' ', u'T');
        if (iso.endsWith(u"+00"_s)) {
            iso += u":00"_s;
        } else if (!iso.endsWith(u'Z') && !iso.contains(u'+')) {
            iso += u'Z';
        }
        return u"ts:"_s
            + QString::number(QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch());
    }
    if (text.startsWith(u'{') || text.startsWith(u'[')) {
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        if (!json.isNull()) {
            return QString::fromUtf8(json.toJson(QJsonDocument::Compact));
        }
    }
    return text;
}

// The rows of a table without dlt's random ids, sorted: what two loads of
// the same records must agree on.
QStringList rowsOf(DestinationDatabase& database, const QString& table, const QStringList& columns)
{
    QStringList kept;
    for (const QString& column : columns) {
        if (!column.startsWith(u"_dlt_"_s) || column == u"_dlt_list_idx"_s) {
            kept << DestinationDatabase::quote(column);
        }
    }
    QString error;
    const auto rows =
        database.select(u"SELECT %1 FROM %2"_s.arg(kept.join(u", "_s), table), &error);
    if (!rows) {
        qWarning() << error;
        return {};
    }
    QStringList lines;
    for (const QVariantList& row : *rows) {
        QStringList values;
        for (const QVariant& value : row) {
            values << comparable(value);
        }
        lines << values.join(u'|');
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

} // namespace

class TestPostgresLoader : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    QTemporaryDir m_dir;
    int m_datasets = 0;

    LoadDestination server(const QString& dataset, const QString& user = u"loader"_s,
                           const QString& password = kPassword,
                           const QString& database = u"loader"_s)
    {
        QString problem;
        const std::optional<PostgresCredentials> credentials =
            PostgresCredentials::fromUrl(m_server.url(user, database), &problem);
        if (!credentials) {
            qFatal("%s", qPrintable(problem));
        }
        LoadDestination destination = LoadDestination::server(*credentials, dataset);
        destination.password = password;
        return destination;
    }

    QString freshDataset()
    {
        return u"dataset_%1"_s.arg(++m_datasets);
    }

    // One load of the records (a JSON array text) into a table.
    static bool load(const LoadDestination& destination, const QByteArray& records,
                     const RelationalNormalizer::TableOptions& options, QString* error = nullptr,
                     const QJsonObject& incremental = {},
                     const std::function<void(const QString&)>& checkpoint = {})
    {
        DatasetFiles::LoadOptions how;
        how.pipelineName = u"pg_pipeline"_s;
        how.incremental = incremental;
        how.checkpoint = checkpoint;
        return DatasetFiles::load(destination, options, records, error, how);
    }

    static RelationalNormalizer::TableOptions table(const QString& name,
                                                    const QString& disposition = u"append"_s,
                                                    const QStringList& primaryKey = {})
    {
        RelationalNormalizer::TableOptions options;
        options.table = name;
        options.writeDisposition = disposition;
        options.primaryKey = primaryKey;
        return options;
    }

    // The first value of a query as the superuser, "" for none.
    QString value(const QString& sql)
    {
        QString error;
        const std::optional<QString> result = m_server.execute(sql, &error, u"loader"_s);
        if (!result) {
            qWarning() << error;
            return u"error: "_s + error;
        }
        return *result;
    }

    int count(const QString& dataset, const QString& table)
    {
        return value(u"SELECT count(*) FROM \"%1\".\"%2\""_s.arg(dataset, table)).toInt();
    }

    // "name type [NOT NULL]" per column, as information_schema reports them.
    QStringList columnsOf(const QString& dataset, const QString& table)
    {
        QStringList columns;
        const QString list = value(
            u"SELECT string_agg(column_name || ' ' || CASE WHEN data_type = 'numeric' THEN "
            "'numeric(' || numeric_precision || ',' || numeric_scale || ')' WHEN "
            "character_maximum_length IS NOT NULL THEN data_type || '(' || "
            "character_maximum_length || ')' ELSE data_type END || CASE WHEN is_nullable = 'NO' "
            "THEN ' NOT NULL' ELSE '' END, ';' ORDER BY ordinal_position) FROM "
            "information_schema.columns WHERE table_schema = '%1' AND table_name = '%2'"_s.arg(
                dataset, table));
        return list.isEmpty() ? QStringList() : list.split(u';');
    }

    static QByteArray records(int count, int first = 0)
    {
        return QJsonDocument(DatasetFiles::sandboxItems(count, first, 7))
            .toJson(QJsonDocument::Compact);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createUser(u"loader"_s, kPassword, &error), qPrintable(error));
        // May connect to the loader's database but create nothing there.
        QVERIFY2(m_server.execute(u"CREATE ROLE reader LOGIN PASSWORD 'reader-pw'"_s, &error),
                 qPrintable(error));
    }

    void dltTypesColumnForColumnInASchemaOfTheDataset()
    {
        const QString dataset = freshDataset();
        RelationalNormalizer::TableOptions options = table(u"things"_s);
        // Hints give the types JSON cannot: decimal, date, time, json.
        options.columns = QJsonObject{
            {u"price"_s, QJsonObject{{u"data_type"_s, u"decimal"_s}}},
            {u"day"_s, QJsonObject{{u"data_type"_s, u"date"_s}}},
            {u"at"_s, QJsonObject{{u"data_type"_s, u"time"_s}}},
            {u"raw"_s, QJsonObject{{u"data_type"_s, u"json"_s}}},
        };
        const QByteArray input =
            "[{\"id\": 1, \"name\": \"a\\tb\\\\c\\nd\", \"size\": 1.5, \"hidden\": false, "
            "\"created\": \"2024-01-15T10:30:00+02:00\", \"owner\": {\"id\": 9, \"email\": "
            "\"x@y\"}, \"tags\": [\"red\", \"blue\"], \"parts\": [{\"n\": 1}], \"price\": "
            "\"12.5\", \"day\": \"2024-02-29\", \"at\": \"10:30:00\", \"raw\": {\"k\": [1, 2]}}]";
        QString error;
        QVERIFY2(load(server(dataset), input, options, &error), qPrintable(error));
        QCOMPARE(columnsOf(dataset, u"things"_s),
                 // Hinted columns first, as dlt's schema lists them.
                 (QStringList{
                     u"at time without time zone"_s,
                     u"day date"_s,
                     u"price numeric(38,9)"_s,
                     u"raw jsonb"_s,
                     u"id bigint"_s,
                     u"name character varying"_s,
                     u"size double precision"_s,
                     u"hidden boolean"_s,
                     u"created timestamp with time zone"_s,
                     u"owner__id bigint"_s,
                     u"owner__email character varying"_s,
                     u"_dlt_load_id character varying NOT NULL"_s,
                     u"_dlt_id character varying NOT NULL"_s,
                 }));
        QCOMPARE(columnsOf(dataset, u"things__tags"_s),
                 (QStringList{
                     u"value character varying"_s, u"_dlt_parent_id character varying NOT NULL"_s,
                     u"_dlt_list_idx bigint NOT NULL"_s, u"_dlt_id character varying NOT NULL"_s}));
        QCOMPARE(columnsOf(dataset, u"_dlt_loads"_s),
                 (QStringList{u"load_id character varying(64) NOT NULL"_s,
                              u"schema_name character varying"_s, u"status bigint NOT NULL"_s,
                              u"inserted_at timestamp with time zone NOT NULL"_s,
                              u"schema_version_hash character varying"_s}));
        QCOMPARE(columnsOf(dataset, u"_dlt_version"_s).size(), 6);
        QCOMPARE(columnsOf(dataset, u"_dlt_pipeline_state"_s).size(), 8);
        // dlt's create_indexes: the row key is UNIQUE.
        QCOMPARE(value(u"SELECT count(*) FROM information_schema.table_constraints WHERE "
                       "table_schema = '%1' AND table_name = 'things' AND constraint_type = "
                       "'UNIQUE'"_s.arg(dataset)),
                 u"1"_s);
        // The values as written: escapes undone, the timestamp in UTC.
        QCOMPARE(value(u"SELECT name FROM \"%1\".things"_s.arg(dataset)), u"a\tb\\c\nd"_s);
        QCOMPARE(value(u"SELECT to_char(created AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM "
                       "\"%1\".things"_s.arg(dataset)),
                 u"2024-01-15 08:30"_s);
        QCOMPARE(value(u"SELECT raw -> 'k' ->> 1 FROM \"%1\".things"_s.arg(dataset)), u"2"_s);
        QCOMPARE(value(u"SELECT price FROM \"%1\".things"_s.arg(dataset)), u"12.500000000"_s);
        QCOMPARE(value(u"SELECT string_agg(value, ',' ORDER BY _dlt_list_idx) FROM "
                       "\"%1\".things__tags"_s.arg(dataset)),
                 u"red,blue"_s);
        QCOMPARE(value(u"SELECT count(*) FROM \"%1\"._dlt_loads WHERE status = 0"_s.arg(dataset)),
                 u"1"_s);
    }

    void longNamesAreShortenedToSixtyThreeBytesAsDltDoes()
    {
        const QString dataset = freshDataset();
        const QString key = u"a_property_name_that_goes_on_and_on_well_past_what_postgres_keeps"_s;
        const QByteArray input = "[{\"" + key.toUtf8() + "\": 1}]";
        QString error;
        QVERIFY2(load(server(dataset), input, table(u"t"_s), &error), qPrintable(error));
        const QStringList columns = columnsOf(dataset, u"t"_s);
        QCOMPARE(columns.size(), 3);
        const QString name = columns.first().section(u' ', 0, 0);
        QCOMPARE(name.size(), 63);
        QCOMPARE(name, NamingConvention::identifier(key, 63));
        QVERIFY(name != key.left(63));
    }

    void namesOfWideCharactersAreFoundAgainNextLoad()
    {
        // Keys of 32 characters and 92 bytes, apart only at the end: two
        // columns that fit PostgreSQL's 63 bytes, found again by the next
        // load rather than added again.
        const QString dataset = freshDataset();
        const QString digits(30, QChar(0xFF13));
        const QByteArray record = u"[{\"id\": 1, \"n%1a\": 5, \"n%1b\": 7}]"_s.arg(digits).toUtf8();
        QString error;
        for (int run = 0; run < 2; ++run) {
            QVERIFY2(load(server(dataset), record, table(u"t"_s), &error), qPrintable(error));
        }
        QCOMPARE(count(dataset, u"t"_s), 2);
        const QString a = NamingConvention::identifier(u'n' + digits + u'a', 63);
        const QString b = NamingConvention::identifier(u'n' + digits + u'b', 63);
        QCOMPARE(
            value(u"SELECT sum(\"%1\") || '/' || sum(\"%2\") FROM \"%3\".t"_s.arg(a, b, dataset)),
            u"10/14"_s);
    }

    void theSameRowsAsTheSqliteDestination()
    {
        const QString dataset = freshDataset();
        const QString file = m_dir.filePath(u"same.db"_s);
        const QByteArray input = records(300);
        QString error;
        QVERIFY2(load(server(dataset), input, table(u"items"_s), &error), qPrintable(error));
        QVERIFY2(load(LoadDestination::sqlite(file), input, table(u"items"_s), &error),
                 qPrintable(error));
        SqliteDatabase sqlite(file);
        QVERIFY2(sqlite.open(&error, true), qPrintable(error));
        PostgresDatabase postgres(*server(dataset).postgres, kPassword, dataset);
        QVERIFY2(postgres.connect(&error), qPrintable(error));
        const QStringList tables = {u"items"_s, u"items__attributes__extension__data__tags"_s};
        for (const QString& name : tables) {
            const QStringList columns = sqlite.columnsOf(name);
            QVERIFY2(!columns.isEmpty(), qPrintable(name));
            const QStringList expected = rowsOf(sqlite, name, columns);
            const QStringList loaded =
                rowsOf(postgres, u"\"%1\".\"%2\""_s.arg(dataset, name), columns);
            QVERIFY2(expected.size() >= 300, qPrintable(name));
            QCOMPARE(loaded.size(), expected.size());
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(loaded.at(i), expected.at(i));
            }
        }
        // Every child row names a parent row of its load.
        QCOMPARE(value(u"SELECT count(*) FROM \"%1\".items__attributes__extension__data__tags c "
                       "LEFT JOIN \"%1\".items i ON i._dlt_id = c._dlt_parent_id WHERE i._dlt_id "
                       "IS NULL"_s.arg(dataset)),
                 u"0"_s);
    }

    void appendAddsAndNewColumnsAreAdded()
    {
        const QString dataset = freshDataset();
        QString error;
        QVERIFY2(load(server(dataset), "[{\"id\": 1}]", table(u"t"_s), &error), qPrintable(error));
        QVERIFY2(load(server(dataset), "[{\"id\": 2, \"extra\": \"x\"}]", table(u"t"_s), &error),
                 qPrintable(error));
        QCOMPARE(count(dataset, u"t"_s), 2);
        QVERIFY(columnsOf(dataset, u"t"_s).contains(u"extra character varying"_s));
        QCOMPARE(count(dataset, u"_dlt_loads"_s), 2);
    }

    void replaceEmptiesTheTableAndItsChildren()
    {
        const QString dataset = freshDataset();
        const auto options = table(u"t"_s, u"replace"_s);
        QString error;
        QVERIFY2(load(server(dataset), "[{\"id\": 1, \"tags\": [\"a\", \"b\"]}, {\"id\": 2}]",
                      options, &error),
                 qPrintable(error));
        QVERIFY2(load(server(dataset), "[{\"id\": 3, \"tags\": [\"d\"]}]", options, &error),
                 qPrintable(error));
        QCOMPARE(value(u"SELECT string_agg(id::text, ',') FROM \"%1\".t"_s.arg(dataset)), u"3"_s);
        QCOMPARE(value(u"SELECT string_agg(value, ',') FROM \"%1\".t__tags"_s.arg(dataset)),
                 u"d"_s);
    }

    void mergeReplacesRowsAndTheirChildRows()
    {
        const QString dataset = freshDataset();
        const auto options = table(u"t"_s, u"merge"_s, {u"id"_s});
        QString error;
        QVERIFY2(load(server(dataset),
                      "[{\"id\": 1, \"v\": \"old\", \"tags\": [\"a\", \"b\"]}, {\"id\": 2, \"v\": "
                      "\"keep\", \"tags\": [\"k\"]}]",
                      options, &error),
                 qPrintable(error));
        // id 1 twice in one load: the last one wins; id 3 is new.
        QVERIFY2(load(server(dataset),
                      "[{\"id\": 1, \"v\": \"mid\", \"tags\": [\"x\"]}, {\"id\": 3, \"v\": "
                      "\"new\"}, {\"id\": 1, \"v\": \"new\", \"tags\": [\"y\", \"z\"]}]",
                      options, &error),
                 qPrintable(error));
        QCOMPARE(value(u"SELECT string_agg(id || '=' || v, ',' ORDER BY id) FROM \"%1\".t"_s.arg(
                     dataset)),
                 u"1=new,2=keep,3=new"_s);
        QCOMPARE(value(u"SELECT string_agg(t.id || c.value, ',' ORDER BY t.id, c._dlt_list_idx) "
                       "FROM \"%1\".t__tags c JOIN \"%1\".t ON t._dlt_id = c._dlt_root_id"_s.arg(
                           dataset)),
                 u"1y,1z,2k"_s);
        QCOMPARE(count(dataset, u"t__tags"_s), 3);
        QVERIFY(columnsOf(dataset, u"t__tags"_s)
                    .contains(u"_dlt_root_id character varying NOT NULL"_s));
    }

    void aMergeOfRecordsWithTheirOwnRowKeyKeepsTheNewRows()
    {
        // A record that brings its own _dlt_id, merged twice: the second
        // load replaces the first, in the file as on the server (the ids
        // were the same, and the merge deleted the new rows with the old).
        const auto options = table(u"t"_s, u"merge"_s, {u"id"_s});
        const QString dataset = freshDataset();
        const QString file = m_dir.filePath(u"own_ids.db"_s);
        for (const LoadDestination& destination :
             {server(dataset), LoadDestination::sqlite(file)}) {
            QString error;
            for (const char* v : {"old", "new"}) {
                const QByteArray records = "[{\"id\": 1, \"_dlt_id\": \"row-1\", \"v\": \""
                    + QByteArray(v) + "\", \"tags\": [\"a\", \"b\"]}, {\"id\": 2, \"v\": \""
                    + QByteArray(v) + "\"}]";
                QVERIFY2(load(destination, records, options, &error), qPrintable(error));
            }
            std::unique_ptr<DestinationDatabase> database = destination.makeDatabase(nullptr);
            QVERIFY2(database->openForLoad(&error), qPrintable(error));
            const QString t = destination.isPostgres() ? u"\"%1\".t"_s.arg(dataset) : u"t"_s;
            const auto rows = database->select(
                u"SELECT id, v, (SELECT count(*) FROM %1__tags c WHERE c._dlt_parent_id = "
                "p._dlt_id) FROM %1 p ORDER BY id"_s.arg(t),
                &error);
            QVERIFY2(rows, qPrintable(error));
            QStringList found;
            for (const QVariantList& row : *rows) {
                found << u"%1=%2/%3"_s.arg(row.value(0).toString(), row.value(1).toString(),
                                           row.value(2).toString());
            }
            QCOMPARE(found, (QStringList{u"1=new/2"_s, u"2=new/0"_s}));
            const auto tags = database->select(u"SELECT count(*) FROM %1__tags"_s.arg(t), &error);
            QVERIFY2(tags, qPrintable(error));
            QCOMPARE(tags->value(0).value(0).toInt(), 2);
        }
    }

    void theLastOfDuplicateKeysWinsInATableWithFreeSpace()
    {
        // Free space in the middle of the table, where PostgreSQL puts new
        // rows: a row's place (ctid) is not when it came, so the writer's
        // own record of the order decides.
        const QString filler = QString(300, u'x');
        const auto batch = [&](int first, int count, const QString& head) {
            QJsonArray rows;
            if (!head.isEmpty()) {
                rows.append(QJsonObject{{u"id"_s, 5000}, {u"v"_s, head}});
            }
            for (int id = first; id < first + count; ++id) {
                rows.append(QJsonObject{{u"id"_s, id}, {u"v"_s, filler}});
            }
            return rows;
        };
        const auto withLast = [&](QJsonArray rows) {
            rows.append(QJsonObject{{u"id"_s, 5000}, {u"v"_s, u"last"_s}});
            return QJsonDocument(rows).toJson(QJsonDocument::Compact);
        };
        {
            const QString dataset = freshDataset();
            const auto options = table(u"t"_s, u"merge"_s, {u"id"_s});
            QString error;
            QVERIFY2(
                load(server(dataset), QJsonDocument(batch(0, 3000, {})).toJson(), options, &error),
                qPrintable(error));
            QVERIFY(m_server.execute(
                u"DELETE FROM \"%1\".t WHERE id BETWEEN 500 AND 1500"_s.arg(dataset), &error,
                u"loader"_s));
            QVERIFY(m_server.execute(u"VACUUM \"%1\".t"_s.arg(dataset), &error, u"loader"_s));
            QVERIFY2(
                load(server(dataset), withLast(batch(6000, 1000, u"first"_s)), options, &error),
                qPrintable(error));
            QCOMPARE(
                value(u"SELECT string_agg(v, ',') FROM \"%1\".t WHERE id = 5000"_s.arg(dataset)),
                u"last"_s);
            QCOMPARE(count(dataset, u"t"_s), 3000 - 1001 + 1001);
        }
    }

    void aCancelledRunLeavesNothing()
    {
        const QString dataset = freshDataset();
        QTemporaryDir folder;
        RunJob::ImportOptions import;
        import.filePath = DatasetFiles::writeItemsFile(folder.filePath(u"items.jsonl"_s), 60000);
        QVERIFY(!import.filePath.isEmpty());
        import.destination = server(dataset);
        import.loader.pipelineName = u"cancelled"_s;
        import.table = table(u"items"_s);
        RunJob job(import);
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(job.processedAmount(Job::Records) > 5000 || finished.size() > 0,
                                 30000);
        QVERIFY(finished.isEmpty());
        job.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(job.error(), int(Job::Cancelled));
        QCOMPARE(value(u"SELECT count(*) FROM pg_namespace WHERE nspname = '%1'"_s.arg(dataset)),
                 u"0"_s);
    }

    void aCancelWhileWaitingForAnotherLoadEndsTheWait()
    {
        // Another load holds the dataset's lock; a cancel ends the wait
        // (up to 5 s) at once and closes the connection, not at its end.
        const QString dataset = freshDataset();
        PGconn* other = PQconnectdb(m_server.connectionString(u"loader"_s).toUtf8().constData());
        QCOMPARE(PQstatus(other), CONNECTION_OK);
        const QByteArray lock =
            u"SELECT pg_advisory_lock(hashtext('grantline load into %1'))"_s.arg(dataset).toUtf8();
        PQclear(PQexec(other, lock.constData()));
        QTemporaryDir folder;
        RunJob::ImportOptions import;
        import.filePath = DatasetFiles::writeItemsFile(folder.filePath(u"items.jsonl"_s), 10);
        import.destination = server(dataset);
        import.loader.pipelineName = u"waiting"_s;
        import.table = table(u"items"_s);
        RunJob job(import);
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        const QString waiting = u"SELECT count(*) FROM pg_stat_activity WHERE application_name = "
                                "'grantline'"_s;
        job.start();
        QTRY_COMPARE(value(waiting), u"1"_s);
        QTest::qWait(300);
        QVERIFY(finished.isEmpty());
        job.cancel();
        // Well inside the 5 s the wait would last (the job ends once its
        // loader has let go).
        QVERIFY(finished.wait(2500));
        QCOMPARE(job.error(), int(Job::Cancelled));
        QTRY_COMPARE(value(waiting), u"0"_s);
        PQfinish(other);
        QCOMPARE(value(u"SELECT count(*) FROM pg_namespace WHERE nspname = '%1'"_s.arg(dataset)),
                 u"0"_s);
    }

    void theDatasetNameIsTheSchemaAsDltNamesIt()
    {
        // dlt normalizes dataset_name as a table name: the same schema either way.
        QString error;
        QVERIFY2(load(server(u"Shop Data"_s), "[{\"id\": 1}]", table(u"t"_s), &error),
                 qPrintable(error));
        QCOMPARE(count(u"shop_data"_s, u"t"_s), 1);
        QCOMPARE(server(u"Shop Data"_s).describe(),
                 u"schema shop_data of database loader on 127.0.0.1:%1"_s.arg(m_server.port()));
        QVERIFY2(load(server(u"Team-Data 2024"_s), "[{\"id\": 1}]", table(u"t"_s), &error),
                 qPrintable(error));
        QCOMPARE(count(u"team_data_2024"_s, u"t"_s), 1);
        // Longer than PostgreSQL keeps: shortened with dlt's tag, found again next time.
        const QString longName = QString(70, u'd');
        for (int id : {1, 2}) {
            QVERIFY2(
                load(server(longName), u"[{\"id\": %1}]"_s.arg(id).toUtf8(), table(u"t"_s), &error),
                qPrintable(error));
        }
        const QString schema =
            value(u"SELECT nspname FROM pg_namespace WHERE nspname LIKE 'ddd%'"_s);
        QCOMPARE(schema.size(), 63);
        QCOMPARE(schema, PostgresDatabase::schemaOf(longName));
        QVERIFY(schema != QString(63, u'd'));
        QCOMPARE(count(schema, u"t"_s), 2);
        QCOMPARE(PostgresDatabase::schemaOf(u"   "_s), QString());
        QVERIFY(!load(server(u"   "_s), "[{\"id\": 1}]", table(u"t"_s), &error));
        QVERIFY2(error.contains(u"dataset name is blank"_s), qPrintable(error));
        PostgresDatabase blank(*server(u"x"_s).postgres, kPassword, u" "_s);
        QString report;
        QVERIFY(!blank.test(&report));
        QVERIFY2(report.startsWith(u"Type the dataset first"_s), qPrintable(report));
    }

    void aLoginRefusedIsNotALostConnection()
    {
        PostgresDatabase wrong(*server(u"x"_s).postgres, u"nope"_s, u"x"_s);
        QString error;
        QVERIFY(!wrong.connect(&error));
        QCOMPARE(wrong.lastProblem(), DestinationDatabase::Problem::LoginRefused);
        PostgresDatabase none(*server(u"x"_s).postgres, QString(), u"x"_s);
        QVERIFY(!none.connect(&error));
        QVERIFY2(error.contains(u"the destination gives none"_s), qPrintable(error));
        QCOMPARE(none.lastProblem(), DestinationDatabase::Problem::LoginRefused);
        QString problem;
        auto gone = PostgresCredentials::fromUrl(
            u"postgresql://loader@127.0.0.1:%1/loader"_s.arg(m_server.port() + 1), &problem);
        PostgresDatabase away(*gone, kPassword, u"x"_s);
        QVERIFY(!away.connect(&error));
        QCOMPARE(away.lastProblem(), DestinationDatabase::Problem::ConnectionLost);
        // No connection free: refused for now, not for good.
        QVERIFY(m_server.execute(u"ALTER ROLE loader CONNECTION LIMIT 0"_s));
        PostgresDatabase full(*server(u"x"_s).postgres, kPassword, u"x"_s);
        const bool connected = full.connect(&error);
        QVERIFY(m_server.execute(u"ALTER ROLE loader CONNECTION LIMIT -1"_s));
        QVERIFY(!connected);
        QCOMPARE(full.lastProblem(), DestinationDatabase::Problem::Busy);
        QVERIFY2(error.contains(u"has no connection free for user \"loader\" now"_s),
                 qPrintable(error));
    }

    void theStateComesBackInTheNextLoad()
    {
        const QString dataset = freshDataset();
        const QJsonObject incremental{{u"items"_s,
                                       QJsonObject{{u"cursor_path"_s, u"updated"_s},
                                                   {u"initial_value"_s, u"2024-01-01T00:00:00Z"_s},
                                                   {u"last_value"_s, u"2024-03-01T00:00:00Z"_s},
                                                   {u"unique_hashes"_s, QJsonArray{u"abc"_s}}}}};
        QString error;
        QVERIFY2(load(server(dataset), "[{\"id\": 1}]", table(u"items"_s), &error, incremental),
                 qPrintable(error));
        Loader::Options options;
        options.pipelineName = u"pg_pipeline"_s;
        Loader reader(server(dataset), options);
        QVERIFY2(reader.begin(&error), qPrintable(error));
        QCOMPARE(reader.incrementalState(), incremental);
        reader.abort();
        // Another pipeline's loads into the same dataset keep their own state.
        options.pipelineName = u"another"_s;
        Loader other(server(dataset), options);
        QVERIFY2(other.begin(&error), qPrintable(error));
        QVERIFY(other.incrementalState().isEmpty());
        other.abort();
        QCOMPARE(count(dataset, u"_dlt_pipeline_state"_s), 1);
    }

    void aFailedLoadLeavesTheSchemaAsItWas()
    {
        const QString dataset = freshDataset();
        QString error;
        QVERIFY2(load(server(dataset), records(20), table(u"items"_s), &error), qPrintable(error));
        const QStringList before = columnsOf(dataset, u"items"_s);
        // A record that fails halfway, after a new column and a new table.
        const QByteArray input = "[{\"id\": 100, \"brand_new\": \"x\", \"kids\": [{\"a\": 1}]}, "
                                 "{\"id\": 101, \"text\": \"nul \\u0000 inside\"}]";
        QVERIFY(!load(server(dataset), input, table(u"items"_s), &error));
        QVERIFY2(error.contains(u"NUL"_s), qPrintable(error));
        QCOMPARE(columnsOf(dataset, u"items"_s), before);
        QCOMPARE(value(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = '%1' "
                       "AND table_name = 'items__kids'"_s.arg(dataset)),
                 u"0"_s);
        QCOMPARE(count(dataset, u"items"_s), 20);
        QCOMPARE(count(dataset, u"_dlt_loads"_s), 1);
    }

    void aFirstLoadThatFailsLeavesNoSchema()
    {
        const QString dataset = freshDataset();
        QString error;
        QVERIFY(!load(server(dataset), "[{\"text\": \"\\u0000\"}]", table(u"t"_s), &error));
        QCOMPARE(value(u"SELECT count(*) FROM pg_namespace WHERE nspname = '%1'"_s.arg(dataset)),
                 u"0"_s);
    }

    void aServerWithOtherDefaultsLoadsTheSame()
    {
        // A role whose sessions are serializable and in New York, and a
        // resource named like a catalog view.
        QString error;
        QVERIFY(m_server.execute(u"ALTER ROLE loader SET default_transaction_isolation = "
                                 "'serializable'"_s,
                                 &error));
        QVERIFY(m_server.execute(u"ALTER ROLE loader SET timezone = 'America/New_York'"_s, &error));
        const QString dataset = freshDataset();
        const bool loaded = load(server(dataset), "[{\"id\": 1, \"at\": \"2024-03-01T12:00:00Z\"}]",
                                 table(u"pg_settings"_s), &error);
        // A table named text brings a type named text: the built-in one is
        // still the one meant (the merge's id list is of type TEXT).
        QString mergeError;
        bool merged = loaded;
        for (int run = 0; run < 2 && merged; ++run) {
            merged = load(server(dataset), "[{\"id\": 1, \"v\": \"x\"}]",
                          table(u"text"_s, u"merge"_s, {u"id"_s}), &mergeError);
        }
        PostgresDatabase database(*server(dataset).postgres, kPassword, dataset);
        QString problem;
        const bool begun = database.connect(&problem) && database.begin(&problem);
        const auto isolation = database.select(u"SHOW transaction_isolation"_s, &problem);
        database.rollback();
        QVERIFY(m_server.execute(u"ALTER ROLE loader RESET ALL"_s));
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY2(merged, qPrintable(mergeError));
        QVERIFY2(begun && isolation, qPrintable(problem));
        // The lock comes before anything is read: the state is read as committed.
        QCOMPARE(isolation->value(0).value(0).toString(), u"read committed"_s);
        QCOMPARE(count(dataset, u"pg_settings"_s), 1);
        QCOMPARE(count(dataset, u"text"_s), 1);
        QCOMPARE(
            value(u"SELECT extract(epoch FROM at)::bigint FROM \"%1\".pg_settings"_s.arg(dataset)),
            QString::number(
                QDateTime::fromString(u"2024-03-01T12:00:00Z"_s, Qt::ISODate).toSecsSinceEpoch()));
    }

    void aWrongPasswordIsASentence()
    {
        QString error;
        QVERIFY(!load(server(freshDataset(), u"loader"_s, u"not-it"_s), "[{\"id\": 1}]",
                      table(u"t"_s), &error));
        QVERIFY2(error.startsWith(u"The PostgreSQL server at 127.0.0.1:%1 did not accept the "
                                  "password of user \"loader\"."_s.arg(m_server.port())),
                 qPrintable(error));
        QVERIFY(!error.contains(u"not-it"_s));
        QVERIFY(!load(server(freshDataset(), u"loader"_s, QString()), "[{\"id\": 1}]",
                      table(u"t"_s), &error));
        QVERIFY2(error.contains(u"the destination gives none"_s), qPrintable(error));
    }

    void aMissingDatabaseIsASentence()
    {
        QString error;
        QVERIFY(!load(server(freshDataset(), u"loader"_s, kPassword, u"nowhere"_s), "[{\"id\": 1}]",
                      table(u"t"_s), &error));
        QVERIFY2(error.startsWith(u"There is no database \"nowhere\" on the PostgreSQL server at "
                                  "127.0.0.1:%1."_s.arg(m_server.port())),
                 qPrintable(error));
    }

    void noServerIsASentence()
    {
        QString problem;
        auto credentials = PostgresCredentials::fromUrl(
            u"postgresql://loader@127.0.0.1:%1/loader?connect_timeout=3"_s.arg(m_server.port() + 1),
            &problem);
        QVERIFY(credentials);
        LoadDestination destination = LoadDestination::server(*credentials, freshDataset());
        QString error;
        QVERIFY(!load(destination, "[{\"id\": 1}]", table(u"t"_s), &error));
        QVERIFY2(error.startsWith(
                     u"No PostgreSQL server answers at 127.0.0.1:%1."_s.arg(m_server.port() + 1)),
                 qPrintable(error));
    }

    void sslmodeIsHonoured()
    {
        // The suite's server speaks no SSL: "require" must fail, "disable" load.
        QString problem;
        auto credentials = PostgresCredentials::fromUrl(
            m_server.url(u"loader"_s, u"loader"_s) + u"?sslmode=require"_s, &problem);
        QVERIFY(credentials);
        LoadDestination destination = LoadDestination::server(*credentials, freshDataset());
        destination.password = kPassword;
        QString error;
        QVERIFY(!load(destination, "[{\"id\": 1}]", table(u"t"_s), &error));
        QVERIFY2(error.startsWith(u"The PostgreSQL server at 127.0.0.1:%1 and the destination's "
                                  "sslmode (require) do not agree."_s.arg(m_server.port())),
                 qPrintable(error));
        credentials = PostgresCredentials::fromUrl(
            m_server.url(u"loader"_s, u"loader"_s) + u"?sslmode=disable"_s, &problem);
        destination.postgres = credentials;
        QVERIFY2(load(destination, "[{\"id\": 1}]", table(u"t"_s), &error), qPrintable(error));
    }

    void noRightToCreateTheSchemaIsASentence()
    {
        const QString dataset = freshDataset();
        QString error;
        QVERIFY(!load(server(dataset, u"reader"_s, u"reader-pw"_s), "[{\"id\": 1}]", table(u"t"_s),
                      &error));
        QVERIFY2(error.startsWith(u"User \"reader\" may not do this on schema %1 of database "
                                  "loader on 127.0.0.1:%2"_s.arg(dataset)
                                      .arg(m_server.port())),
                 qPrintable(error));
        QVERIFY2(error.contains(u"GRANT CREATE ON DATABASE loader TO \"reader\""_s),
                 qPrintable(error));
        // The test button says so before any run.
        PostgresDatabase probe(*server(dataset, u"reader"_s).postgres, u"reader-pw"_s, dataset);
        QString report;
        QVERIFY(!probe.test(&report));
        QVERIFY2(report.contains(u"does not exist and user \"reader\" may not create it"_s),
                 qPrintable(report));
        PostgresDatabase allowed(*server(dataset).postgres, kPassword, dataset);
        QVERIFY2(allowed.test(&report), qPrintable(report));
        QVERIFY2(report.contains(u"the first load creates the schema"_s), qPrintable(report));
    }

    void aServerRestartedMidLoadRollsItBack()
    {
        const QString dataset = freshDataset();
        const auto options = table(u"items"_s, u"merge"_s, {u"id"_s});
        QString error;
        QVERIFY2(load(server(dataset), records(100), options, &error), qPrintable(error));
        int written = 0;
        bool restarted = false;
        const bool loaded = load(server(dataset), records(6000, 50), options, &error, {},
                                 [&](const QString& point) {
                                     if (point == u"written"_s && ++written == 5000) {
                                         QString failure;
                                         restarted = m_server.restart(&failure);
                                     }
                                 });
        QVERIFY(restarted);
        QVERIFY(!loaded);
        QVERIFY2(error.startsWith(u"The connection to PostgreSQL (schema %1 of database loader on "
                                  "127.0.0.1:%2) broke while"_s.arg(dataset)
                                      .arg(m_server.port())),
                 qPrintable(error));
        QCOMPARE(count(dataset, u"items"_s), 100);
        QCOMPARE(count(dataset, u"_dlt_loads"_s), 1);
        // Run again: every record once.
        QVERIFY2(load(server(dataset), records(6000, 50), options, &error), qPrintable(error));
        QCOMPARE(count(dataset, u"items"_s), 6050);
        QCOMPARE(value(u"SELECT count(DISTINCT id) FROM \"%1\".items"_s.arg(dataset)), u"6050"_s);
    }

    void aFullDiskRollsTheLoadBack()
    {
        // A server of its own whose files stop growing at 2 MB and half a
        // block: the table meets the limit mid-COPY, as on a full disk.
        PostgresServer small;
        small.setFileSizeLimit(2 * 1024 * 1024 + 4096);
        QString error;
        QVERIFY2(small.start(&error), qPrintable(error));
        QVERIFY2(small.createUser(u"loader"_s, kPassword, &error), qPrintable(error));
        const auto credentials =
            PostgresCredentials::fromUrl(small.url(u"loader"_s, u"loader"_s), &error);
        QVERIFY2(credentials, qPrintable(error));
        LoadDestination destination = LoadDestination::server(*credentials, u"full_disk"_s);
        destination.password = kPassword;
        const auto rows = [&small](const QString& sql) {
            return small.execute(sql, nullptr, u"loader"_s).value_or(u"error"_s);
        };
        QVERIFY2(load(destination, records(100), table(u"items"_s), &error), qPrintable(error));
        QVERIFY(!load(destination, records(8000, 100), table(u"items"_s), &error));
        QVERIFY2(error.startsWith(u"The PostgreSQL server's disk is full (writing table items)"_s),
                 qPrintable(error));
        QVERIFY2(error.contains(u"the load was rolled back and nothing of it was saved"_s),
                 qPrintable(error));
        QCOMPARE(rows(u"SELECT count(*) FROM full_disk.items"_s), u"100"_s);
        QCOMPARE(rows(u"SELECT count(*) FROM full_disk._dlt_loads"_s), u"1"_s);
        // Space freed: the same load again saves every record once.
        small.setFileSizeLimit(0);
        QVERIFY2(small.restart(&error), qPrintable(error));
        QVERIFY2(load(destination, records(8000, 100), table(u"items"_s), &error),
                 qPrintable(error));
        QCOMPARE(rows(u"SELECT count(DISTINCT id) FROM full_disk.items"_s), u"8100"_s);
        QCOMPARE(rows(u"SELECT count(*) FROM full_disk.items"_s), u"8100"_s);
        QCOMPARE(rows(u"SELECT count(*) FROM full_disk._dlt_loads"_s), u"2"_s);
    }

    void aStatementTimeoutRollsTheLoadBack()
    {
        const QString dataset = freshDataset();
        QString error;
        QVERIFY2(load(server(dataset), "[{\"id\": 1}]", table(u"t"_s), &error), qPrintable(error));
        QVERIFY(m_server.execute(u"ALTER ROLE loader SET statement_timeout = '400ms'"_s, &error));
        // Another session holds the table: the load's COPY waits past the timeout.
        PGconn* holder = PQconnectdb(m_server.connectionString(u"loader"_s).toUtf8().constData());
        QCOMPARE(PQstatus(holder), CONNECTION_OK);
        PQclear(PQexec(holder, "BEGIN"));
        PQclear(PQexec(holder,
                       u"LOCK TABLE \"%1\".t IN ACCESS EXCLUSIVE MODE"_s.arg(dataset).toUtf8()));
        const bool loaded = load(server(dataset), "[{\"id\": 2}]", table(u"t"_s), &error);
        PQclear(PQexec(holder, "ROLLBACK"));
        PQfinish(holder);
        QVERIFY(m_server.execute(u"ALTER ROLE loader RESET statement_timeout"_s));
        QVERIFY(!loaded);
        QVERIFY2(error.contains(u"statement_timeout; the load was rolled back"_s),
                 qPrintable(error));
        QCOMPARE(count(dataset, u"t"_s), 1);
    }

    void theLoadInfoNamesTheServerNeverThePassword()
    {
        const LoadDestination destination = server(u"shop_data"_s);
        QCOMPARE(destination.location(),
                 u"postgresql://loader:***@127.0.0.1:%1/loader"_s.arg(m_server.port()));
        QCOMPARE(destination.dltName(), u"postgres"_s);
        QCOMPARE(destination.datasetName(), u"shop_data"_s);
        QVERIFY(!destination.location().contains(kPassword));
        QVERIFY(!destination.describe().contains(kPassword));
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_GUILESS_MAIN(TestPostgresLoader)
#include "tst_postgresloader.moc"
