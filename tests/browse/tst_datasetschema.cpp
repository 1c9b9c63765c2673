// The schema of a dataset file as the dashboard shows it, and records
// rebuilt from their rows: files made by the real Loader, compared with
// what went in and with sqlite3.
#include "DatasetFiles.h"

#include "browse/DatasetReader.h"
#include "browse/DatasetSchema.h"
#include "browse/RecordReader.h"
#include "pipeline/NamingConvention.h"
#include "pipeline/RecordRebuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The set of records: nested objects, lists of scalars, of objects, of
// lists; camelCase keys; a key whose type changes (a variant column);
// nulls and empty containers (dlt drops them).
QJsonArray orders()
{
    QJsonArray records;
    for (int i = 0; i < 40; ++i) {
        QJsonObject record{
            {u"orderId"_s, i},
            {u"customer"_s,
             QJsonObject{
                 {u"name"_s, u"Customer %1"_s.arg(i)},
                 {u"address"_s, QJsonObject{{u"city"_s, u"Lyon"_s}, {u"zipCode"_s, 69000 + i}}}}},
            {u"paid"_s, i % 2 == 0},
            {u"total"_s, 10.25 * i + 0.5},
            {u"tags"_s, QJsonArray{u"a%1"_s.arg(i), u"b"_s}},
            {u"lines"_s,
             QJsonArray{QJsonObject{{u"sku"_s, u"S-%1"_s.arg(i)},
                                    {u"qty"_s, i + 1},
                                    {u"options"_s,
                                     QJsonArray{QJsonObject{{u"k"_s, u"color"_s}},
                                                QJsonObject{{u"k"_s, u"size"_s}}}}},
                        QJsonObject{{u"sku"_s, u"T-%1"_s.arg(i)}, {u"qty"_s, 1}}}},
            {u"matrix"_s, QJsonArray{QJsonArray{1, 2}, QJsonArray{i}}},
            {u"note"_s, QJsonValue::Null},
            {u"empty"_s, QJsonArray{}},
        };
        // The same key as a number, then as text: a variant column.
        record.insert(u"size"_s, i % 10 == 3 ? QJsonValue(u"large"_s) : QJsonValue(i));
        if (i % 4 == 0) {
            record.insert(u"shippedAt"_s,
                          u"2024-03-%1T08:30:00Z"_s.arg(1 + i % 28, 2, 10, QChar(u'0')));
        }
        records << record;
    }
    return records;
}

// What a record is after the load: names normalized, nulls and empty
// containers gone, a timestamp in the form the file stores (UTC, to the
// microsecond).
QJsonValue asLoaded(const QJsonValue& value)
{
    if (value.isObject()) {
        QJsonObject loaded;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue inner = asLoaded(it.value());
            const bool emptyContainer = (inner.isArray() && inner.toArray().isEmpty())
                || (inner.isObject() && inner.toObject().isEmpty());
            if (!inner.isNull() && !emptyContainer) {
                loaded.insert(NamingConvention::identifier(it.key()), inner);
            }
        }
        return loaded;
    }
    if (value.isArray()) {
        QJsonArray loaded;
        for (const QJsonValue& item : value.toArray()) {
            loaded << asLoaded(item);
        }
        return loaded;
    }
    if (value.isString() && value.toString().endsWith(u'Z') && value.toString().contains(u'T')) {
        QString text = value.toString();
        text.replace(u'T', u' ');
        text.chop(1);
        return text + u".000000"_s;
    }
    return value;
}

} // namespace

class TestDatasetSchema : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"orders.db"_s);
        const QJsonArray records = orders();
        QString error;
        DatasetFiles::Table table;
        table.name = u"orders"_s;
        table.writeDisposition = u"merge"_s;
        table.primaryKey = {u"order_id"_s};
        // Two loads: the second adds a column (promo_code).
        QVERIFY2(
            DatasetFiles::load(m_path, table, QJsonDocument(QJsonArray(records)).toJson(), &error),
            qPrintable(error));
        QJsonArray more;
        for (int i = 40; i < 45; ++i) {
            QJsonObject record = orders().at(i % 40).toObject();
            record.insert(u"orderId"_s, i);
            record.insert(u"promoCode"_s, u"P%1"_s.arg(i));
            more << record;
        }
        QVERIFY2(DatasetFiles::load(m_path, table, QJsonDocument(more).toJson(), &error),
                 qPrintable(error));
    }

    void tablesNestAsDltNestsThem()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY2(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error),
                 qPrintable(error));
        const auto schema = DatasetSchema::read(connection, &error);
        QVERIFY2(schema, qPrintable(error));
        QVERIFY(schema->isDltDataset());
        QCOMPARE(schema->roots(), QStringList{u"orders"_s});
        QStringList children = schema->table(u"orders"_s)->children;
        children.sort();
        QCOMPARE(children,
                 (QStringList{u"orders__lines"_s, u"orders__matrix"_s, u"orders__tags"_s}));
        QCOMPARE(schema->table(u"orders__lines"_s)->children,
                 QStringList{u"orders__lines__options"_s});
        QCOMPARE(schema->table(u"orders__matrix"_s)->children,
                 QStringList{u"orders__matrix__list"_s});
        QCOMPARE(schema->lineage(u"orders__lines__options"_s),
                 (QStringList{u"orders"_s, u"orders__lines"_s, u"orders__lines__options"_s}));
        QCOMPARE(schema->systemTables(),
                 (QStringList{u"_dlt_version"_s, u"_dlt_loads"_s, u"_dlt_pipeline_state"_s}));
        // Every table of the file is in the tree, once.
        const QJsonArray names = DatasetFiles::sqlite3Rows(
            m_path, {u"name"_s}, u"FROM sqlite_master WHERE type = 'table'"_s);
        QCOMPARE(schema->tables().size(), names.size());
        // A child table's write disposition is its root's.
        QCOMPARE(schema->table(u"orders__lines__options"_s)->writeDisposition, u"merge"_s);
    }

    void columnsSayTypeKeysVariantsAndTheLoadThatAddedThem()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        const auto schema = DatasetSchema::read(connection, &error);
        QVERIFY2(schema, qPrintable(error));
        const DatasetTable* orders = schema->table(u"orders"_s);
        QVERIFY(orders);
        const auto column = [&](const QString& name) {
            const int index = orders->indexOf(name);
            return index >= 0 ? orders->columns.at(index) : DatasetColumn{};
        };
        QCOMPARE(column(u"order_id"_s).dataType, u"bigint"_s);
        QVERIFY(column(u"order_id"_s).primaryKey);
        QVERIFY(!column(u"order_id"_s).nullable);
        QCOMPARE(column(u"paid"_s).dataType, u"bool"_s);
        QCOMPARE(column(u"total"_s).dataType, u"double"_s);
        QCOMPARE(column(u"customer__address__zip_code"_s).dataType, u"bigint"_s);
        QCOMPARE(column(u"shipped_at"_s).dataType, u"timestamp"_s);
        QVERIFY(column(u"size__v_text"_s).variant);
        QVERIFY(!column(u"size"_s).variant);
        QVERIFY(column(u"_dlt_id"_s).system);
        const QJsonArray loads = DatasetFiles::sqlite3Rows(m_path, {u"load_id"_s},
                                                           u"FROM _dlt_loads ORDER BY load_id"_s);
        QCOMPARE(loads.size(), 2);
        QCOMPARE(column(u"order_id"_s).addedByLoad, loads.at(0).toArray().at(0).toString());
        QCOMPARE(column(u"promo_code"_s).addedByLoad, loads.at(1).toArray().at(0).toString());
    }

    void aFileDltNeverMadeReadsFromSqliteAlone()
    {
        const QString path = m_dir.filePath(u"plain.db"_s);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s,
                     {path,
                      u"CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL); "
                      "CREATE TABLE pairs (a, b, PRIMARY KEY (a, b)) WITHOUT ROWID; "
                      "CREATE VIEW names AS SELECT name FROM people; "
                      "CREATE TABLE orders (_dlt_id TEXT, total REAL); "
                      "CREATE TABLE orders__lines (sku TEXT, _dlt_parent_id TEXT, "
                      "_dlt_id TEXT); CREATE TABLE a__b (x);"_s});
        QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(path, BrowseConnection::Mode::ReadOnly, &error));
        const auto schema = DatasetSchema::read(connection, &error);
        QVERIFY2(schema, qPrintable(error));
        QVERIFY(!schema->isDltDataset());
        // dlt's names and id columns are enough to nest a child table; a
        // name with "__" alone is not.
        QCOMPARE(schema->roots(),
                 (QStringList{u"people"_s, u"pairs"_s, u"names"_s, u"orders"_s, u"a__b"_s}));
        QCOMPARE(schema->table(u"orders__lines"_s)->parent, u"orders"_s);
        QCOMPARE(schema->table(u"orders"_s)->children, QStringList{u"orders__lines"_s});
        QVERIFY(schema->table(u"people"_s)->columns.at(0).primaryKey);
        QVERIFY(!schema->table(u"people"_s)->columns.at(1).nullable);
        QCOMPARE(schema->table(u"people"_s)->columns.at(1).declaredType, u"TEXT"_s);
        QVERIFY(!schema->table(u"pairs"_s)->hasRowid);
        QVERIFY(schema->table(u"names"_s)->view);
    }

    void theReaderCountsEveryTableAndSeesACommit()
    {
        const QString path = m_dir.filePath(u"watched.db"_s);
        QVERIFY(QFile::copy(m_path, path));
        DatasetReader reader;
        QSignalSpy read(&reader, &DatasetReader::schemaRead);
        QSignalSpy counted(&reader, &DatasetReader::tableCounted);
        QSignalSpy finished(&reader, &DatasetReader::countsFinished);
        QSignalSpy changed(&reader, &DatasetReader::fileChanged);
        reader.read(path);
        reader.watch(50);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(read.size(), 1);
        const DatasetSchema schema = read.first().first().value<DatasetSchema>();
        QCOMPARE(counted.size(), schema.tables().size());
        for (const QList<QVariant>& count : std::as_const(counted)) {
            const QJsonArray rows = DatasetFiles::sqlite3Rows(
                path, {u"n"_s},
                u"FROM (SELECT count(*) AS n FROM \"%1\")"_s.arg(count.at(0).toString()));
            QCOMPARE(count.at(1).toLongLong(), rows.at(0).toArray().at(0).toInteger());
        }
        QCOMPARE(changed.size(), 0);
        DatasetFiles::Table table;
        table.name = u"orders"_s;
        QString error;
        QVERIFY2(DatasetFiles::load(path, table, QJsonDocument(orders()).toJson(), &error),
                 qPrintable(error));
        QTRY_VERIFY(changed.size() >= 1);
    }

    void aFileThatIsNotADatabaseIsAClearError()
    {
        const QString path = m_dir.filePath(u"page.html"_s);
        QVERIFY(DatasetFiles::writeErrorPage(path));
        BrowseConnection connection;
        QString error;
        QVERIFY(!connection.open(path, BrowseConnection::Mode::ReadOnly, &error));
        QVERIFY2(error.contains(u"not a SQLite database"_s), qPrintable(error));
        QVERIFY(!connection.open(m_dir.filePath(u"missing.db"_s), BrowseConnection::Mode::ReadOnly,
                                 &error));
        QVERIFY2(error.contains(u"There is no database"_s), qPrintable(error));
        QVERIFY(!QFile::exists(m_dir.filePath(u"missing.db"_s)));
    }

    void everyRecordIsRebuiltAsItWasSent()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        const auto schema = DatasetSchema::read(connection, &error);
        QVERIFY2(schema, qPrintable(error));
        RecordReader reader(connection, *schema);
        const QJsonArray sent = orders();
        const auto rowids = connection.select(
            u"SELECT rowid, order_id FROM orders WHERE order_id < 40 ORDER BY order_id"_s, &error);
        QVERIFY(rowids);
        QCOMPARE(rowids->size(), sent.size());
        for (const QVariantList& row : *rowids) {
            const auto rebuilt = reader.record(u"orders"_s, row.at(0).toLongLong(), &error);
            QVERIFY2(rebuilt, qPrintable(error));
            const QJsonValue expected = asLoaded(sent.at(row.at(1).toInt()));
            QVERIFY2(*rebuilt == expected,
                     qPrintable(u"record %1:\n%2\nexpected:\n%3"_s.arg(
                         row.at(1).toString(),
                         QString::fromUtf8(QJsonDocument(rebuilt->toObject()).toJson()),
                         QString::fromUtf8(QJsonDocument(expected.toObject()).toJson()))));
        }
    }

    void everyRecordImportedFromJsonLinesComesBackAsItWasSent()
    {
        // The way a person loads a file: grantline-cli import FILE.jsonl.
        const QString jsonl = m_dir.filePath(u"orders.jsonl"_s);
        QFile file(jsonl);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QJsonArray sent = orders();
        for (const QJsonValue& record : sent) {
            file.write(QJsonDocument(record.toObject()).toJson(QJsonDocument::Compact) + '\n');
        }
        file.close();
        const QString path = m_dir.filePath(u"imported.db"_s);
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GRANTLINE_HOME"_s, m_dir.filePath(u"home"_s));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GRANTLINE_CLI_PATH),
                  {u"import"_s, jsonl, u"--db"_s, path, u"--table"_s, u"orders"_s});
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(path, BrowseConnection::Mode::ReadOnly, &error));
        const auto schema = DatasetSchema::read(connection, &error);
        QVERIFY2(schema, qPrintable(error));
        RecordReader reader(connection, *schema);
        const auto rows =
            connection.select(u"SELECT rowid, order_id FROM orders ORDER BY rowid"_s, &error);
        QVERIFY(rows);
        QCOMPARE(rows->size(), sent.size());
        for (const QVariantList& row : *rows) {
            const auto rebuilt = reader.record(u"orders"_s, row.at(0).toLongLong(), &error);
            QVERIFY2(rebuilt, qPrintable(error));
            QCOMPARE(*rebuilt, asLoaded(sent.at(row.at(1).toInt())));
        }
    }

    void aJsonCellThatIsNotJsonStaysText()
    {
        RecordRebuilder rebuilder;
        rebuilder.addTable({u"t"_s, {}, {{u"payload"_s, u"json"_s}, {u"flag"_s, u"bool"_s}}});
        const QJsonValue record = rebuilder.record(
            u"t"_s, {{u"payload"_s, u"  "_s}, {u"flag"_s, 1LL}, {u"_dlt_id"_s, u"x"_s}});
        QCOMPARE(record.toObject().value(u"payload"_s), QJsonValue(u"  "_s));
        QCOMPARE(record.toObject().value(u"flag"_s), QJsonValue(true));
        const QJsonValue number = rebuilder.record(u"t"_s, {{u"payload"_s, u"42"_s}});
        QCOMPARE(number.toObject().value(u"payload"_s), QJsonValue(42));
    }

    void aChildRowGivesThePartOfTheRecordItHolds()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        const auto schema = DatasetSchema::read(connection, &error);
        QVERIFY(schema);
        RecordReader reader(connection, *schema);
        const auto rows = connection.select(
            u"SELECT l.rowid FROM orders__lines AS l JOIN orders AS o ON l._dlt_parent_id = "
            "o._dlt_id WHERE o.order_id = 7 AND l._dlt_list_idx = 0"_s,
            &error);
        QVERIFY(rows && rows->size() == 1);
        const auto part =
            reader.record(u"orders__lines"_s, rows->first().first().toLongLong(), &error);
        QVERIFY2(part, qPrintable(error));
        QCOMPARE(*part, asLoaded(orders().at(7).toObject().value(u"lines"_s).toArray().at(0)));
    }
};

QTEST_GUILESS_MAIN(TestDatasetSchema)
#include "tst_datasetschema.moc"
