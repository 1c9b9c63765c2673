// The dashboard's slower reads on real files: load statistics (child
// tables' rows traced to their load), the pipeline state decoded, exports
// equal to the table, plots that say when they are partial, and tasks that
// are cancelled leave nothing behind.
#include "DatasetFiles.h"

#include "browse/BrowseTasks.h"
#include "browse/DatasetSchema.h"
#include "browse/LoadStatistics.h"
#include "browse/PlotSample.h"
#include "browse/RowExport.h"
#include "browse/RowLinks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray projects(int from, int count)
{
    QJsonArray records;
    for (int i = from; i < from + count; ++i) {
        QJsonArray members;
        for (int m = 0; m < i % 4; ++m) {
            members << QJsonObject{{u"name"_s, u"m%1"_s.arg(m)},
                                   {u"roles"_s, QJsonArray{u"viewer"_s, u"editor"_s}}};
        }
        records << QJsonObject{
            {u"id"_s, i},
            {u"title"_s, i % 9 == 0 ? u"Say \"hi\", then\nleave"_s : u"Project %1"_s.arg(i)},
            {u"budget"_s, i * 1.5 + 0.25},
            {u"updated_at"_s, u"2024-05-%1T12:00:00Z"_s.arg(1 + i % 28, 2, 10, QChar(u'0'))},
            {u"members"_s, members}};
    }
    return QJsonDocument(records).toJson(QJsonDocument::Compact);
}

QJsonObject cursorState(const QString& lastValue)
{
    return QJsonObject{{u"projects"_s,
                        QJsonObject{{u"cursor_path"_s, u"updated_at"_s},
                                    {u"initial_value"_s, u"2024-01-01"_s},
                                    {u"last_value"_s, lastValue},
                                    {u"unique_hashes"_s, QJsonArray{}}}}};
}

// RFC 4180 read back: fields of records, quotes and line breaks inside
// quoted fields understood.
QList<QStringList> csvRecords(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
                ++i;
            }
            record << field;
            field.clear();
            records << record;
            record.clear();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

} // namespace

class TestBrowseTasks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    DatasetSchema schema()
    {
        BrowseConnection connection;
        QString error;
        connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error);
        return DatasetSchema::read(connection, &error).value_or(DatasetSchema());
    }

    RowQuery projectsQuery()
    {
        RowQuery query;
        query.table = u"projects"_s;
        query.columns = {u"id"_s, u"title"_s, u"budget"_s, u"updated_at"_s};
        return query;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"projects.db"_s);
        DatasetFiles::Table table;
        table.name = u"projects"_s;
        QString error;
        QVERIFY2(DatasetFiles::load(m_path, table, projects(0, 300), &error,
                                    cursorState(u"2024-05-28 12:00:00.000000"_s)),
                 qPrintable(error));
        QVERIFY2(DatasetFiles::load(m_path, table, projects(300, 50), &error,
                                    cursorState(u"2024-05-30 12:00:00.000000"_s)),
                 qPrintable(error));
    }

    void eachLoadsRowsAreCountedInEveryTableChildTablesToo()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        const DatasetSchema dataset = schema();
        std::atomic<bool> cancelled{false};
        const auto statistics = LoadStatistics::read(connection, dataset, cancelled, &error);
        QVERIFY2(statistics, qPrintable(error));
        QCOMPARE(statistics->loads.size(), 2);
        for (const LoadRecord& load : statistics->loads) {
            QCOMPARE(load.status, 0);
            QVERIFY(load.schemaVersion >= 1);
            QVERIFY(load.started.isValid() && load.committed.isValid());
            QVERIFY(load.seconds() >= 0 && load.seconds() < 60);
            // The oracle: sqlite3 joins each child row up to its root row.
            const QJsonArray roots = DatasetFiles::sqlite3Rows(
                m_path, {u"n"_s},
                u"FROM (SELECT count(*) AS n FROM projects WHERE _dlt_load_id = '%1')"_s.arg(
                    load.loadId));
            const QJsonArray members = DatasetFiles::sqlite3Rows(
                m_path, {u"n"_s},
                u"FROM (SELECT count(*) AS n FROM projects__members AS m JOIN projects AS p ON "
                "m._dlt_parent_id = p._dlt_id WHERE p._dlt_load_id = '%1')"_s.arg(load.loadId));
            const QJsonArray roles = DatasetFiles::sqlite3Rows(
                m_path, {u"n"_s},
                u"FROM (SELECT count(*) AS n FROM projects__members__roles AS r JOIN "
                "projects__members AS m ON r._dlt_parent_id = m._dlt_id JOIN projects AS p ON "
                "m._dlt_parent_id = p._dlt_id WHERE p._dlt_load_id = '%1')"_s.arg(load.loadId));
            QCOMPARE(load.rowsByTable.value(u"projects"_s),
                     roots.at(0).toArray().at(0).toInteger());
            QCOMPARE(load.rowsByTable.value(u"projects__members"_s),
                     members.at(0).toArray().at(0).toInteger());
            QCOMPARE(load.rowsByTable.value(u"projects__members__roles"_s),
                     roles.at(0).toArray().at(0).toInteger());
        }
        QCOMPARE(statistics->loads.at(1).rowsByTable.value(u"projects"_s), 50);
        // Sizes: every table, with bytes from dbstat.
        QCOMPARE(statistics->sizes.size(), dataset.tables().size());
        for (const TableSize& size : statistics->sizes) {
            QVERIFY2(size.bytes > 0, qPrintable(size.table));
        }
    }

    void aFileWithoutSchemaVersionsStillHasStatisticsAndNoError()
    {
        const QString path = m_dir.filePath(u"no-versions.db"_s);
        QVERIFY(QFile::copy(m_path, path));
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s, {path, u"DROP TABLE _dlt_version"_s});
        QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(path, BrowseConnection::Mode::ReadOnly, &error));
        const auto dataset = DatasetSchema::read(connection, &error);
        QVERIFY(dataset);
        std::atomic<bool> cancelled{false};
        const auto statistics = LoadStatistics::read(connection, *dataset, cancelled, &error);
        QVERIFY(statistics);
        // The error string is what the window shows: empty when all is well.
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(statistics->loads.size(), 2);
        QCOMPARE(statistics->loads.first().schemaVersion, -1);
    }

    void rowsHangTogetherByTheirDltIds()
    {
        const DatasetSchema dataset = schema();
        const RowLinks links(dataset);
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        const auto loads =
            connection.select(u"SELECT load_id FROM _dlt_loads ORDER BY 1"_s, &error);
        QVERIFY(loads && loads->size() == 2);
        const QString second = loads->at(1).at(0).toString();
        // A grandchild table's rows of one load, through its root rows.
        const auto ofLoad = links.rowsOfLoad(u"projects__members__roles"_s, second);
        QVERIFY(ofLoad);
        QVariantList values;
        const auto counted =
            connection.select(u"SELECT count(*) FROM (%1)"_s.arg(
                                  ofLoad->firstChunk(&values).section(u" LIMIT"_s, 0, 0)),
                              &error, values);
        QVERIFY2(counted, qPrintable(error));
        QCOMPARE(counted->first().first().toLongLong(),
                 DatasetFiles::sqlite3Rows(
                     m_path, {u"n"_s},
                     u"FROM (SELECT count(*) AS n FROM projects__members__roles AS r JOIN "
                     "projects__members AS m ON r._dlt_parent_id = m._dlt_id JOIN projects AS p "
                     "ON m._dlt_parent_id = p._dlt_id WHERE p._dlt_load_id = '%1')"_s.arg(second))
                     .at(0)
                     .toArray()
                     .at(0)
                     .toInteger());
        // A root table's: a filter under its _dlt_load_id header.
        const auto rootRows = links.rowsOfLoad(u"projects"_s, second);
        QVERIFY(rootRows);
        QCOMPARE(rootRows->filters.first().second, u"="_s + second);
        // A grandchild row's load, walked up to its root row.
        const auto role = connection.select(
            u"SELECT _dlt_parent_id FROM projects__members__roles AS r WHERE r._dlt_parent_id IN "
            "(SELECT m._dlt_id FROM projects__members AS m JOIN projects AS p ON "
            "m._dlt_parent_id = p._dlt_id WHERE p.id = 301) LIMIT 1"_s,
            &error);
        QVERIFY(role && role->size() == 1);
        QCOMPARE(links
                     .loadOfChildRow(connection, u"projects__members__roles"_s,
                                     role->first().first(), &error)
                     .toString(),
                 second);
        // Child and parent rows, as queries over the right table.
        const auto children = links.childRows(u"projects__members"_s, u"x"_s);
        QVERIFY(children && children->table == u"projects__members"_s);
        QCOMPARE(children->conditionValues, QVariantList{u"x"_s});
        const auto parent = links.parentRow(u"projects__members"_s, u"y"_s);
        QVERIFY(parent && parent->table == u"projects"_s);
        QVERIFY(!links.parentRow(u"projects"_s, u"y"_s));
        QVERIFY(!links.knowsLoads(u"_dlt_loads"_s));
    }

    void theStateSaysEachEndpointsCursor()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        std::atomic<bool> cancelled{false};
        const auto statistics = LoadStatistics::read(connection, schema(), cancelled, &error);
        QVERIFY2(statistics, qPrintable(error));
        QCOMPARE(statistics->cursors.size(), 1);
        const StateCursor cursor = statistics->cursors.first();
        QCOMPARE(cursor.resource, u"projects"_s);
        QCOMPARE(cursor.cursorPath, u"updated_at"_s);
        QCOMPARE(cursor.initialValue, u"2024-01-01"_s);
        // The newest state: the second load's.
        QCOMPARE(cursor.lastValue, u"2024-05-30 12:00:00.000000"_s);
        QVERIFY2(statistics->stateSummary.contains(u"test_pipeline"_s),
                 qPrintable(statistics->stateSummary));
    }

    void aCsvExportIsWhatSqlite3Prints()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        RowQuery query = projectsQuery();
        query.filters = {{u"budget"_s, u">100"_s}};
        query.sortColumn = 1;
        const QString path = m_dir.filePath(u"projects.csv"_s);
        std::atomic<bool> cancelled{false};
        QList<qint64> progress;
        const qint64 rows = RowExport::write(
            connection, query, RowExport::Format::Csv, path, cancelled,
            [&](qint64 done) { progress << done; }, &error);
        QVERIFY2(rows > 0, qPrintable(error));
        QCOMPARE(progress.last(), rows);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s,
                     {u"-readonly"_s, u"-csv"_s, u"-header"_s, m_path,
                      u"SELECT id, title, budget, updated_at FROM projects WHERE budget > 100 "
                      "ORDER BY title, rowid"_s});
        QVERIFY(sqlite.waitForFinished());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        // sqlite3 quotes more fields than it must: the fields are compared.
        const auto exported = csvRecords(file.readAll());
        QCOMPARE(exported, csvRecords(sqlite.readAllStandardOutput()));
        QCOMPARE(exported.size(), rows + 1);
    }

    void aJsonLinesExportHasEveryRowWithItsTypes()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        const QString path = m_dir.filePath(u"projects.jsonl"_s);
        std::atomic<bool> cancelled{false};
        const qint64 rows = RowExport::write(
            connection, projectsQuery(), RowExport::Format::JsonLines, path, cancelled, {}, &error);
        QCOMPARE(rows, 350);
        const QJsonArray want = DatasetFiles::sqlite3Rows(m_path, projectsQuery().columns,
                                                          u"FROM projects ORDER BY rowid"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), want.size());
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject object = QJsonDocument::fromJson(lines.at(i)).object();
            QJsonArray row;
            for (const QString& column : projectsQuery().columns) {
                row << object.value(column);
            }
            QCOMPARE(row, want.at(i).toArray());
        }
    }

    void aCancelledExportLeavesNoFile()
    {
        BrowseTasks tasks;
        tasks.setDatabase(m_path);
        const QString path = m_dir.filePath(u"never.csv"_s);
        std::atomic<bool>* seen = nullptr;
        const quint64 id =
            tasks.post([&, path](BrowseConnection& connection, BrowseTasks::Control& control,
                                 QString* error) -> QVariant {
                seen = &control.cancelled;
                // Waits for the cancel as a long export would meet it.
                while (!control.cancelled.load()) {
                    QThread::msleep(5);
                }
                return RowExport::write(connection, projectsQuery(), RowExport::Format::Csv, path,
                                        control.cancelled, {}, error);
            });
        QSignalSpy finished(&tasks, &BrowseTasks::finished);
        QTRY_VERIFY(seen != nullptr);
        tasks.cancel(id);
        QVERIFY(finished.wait());
        QCOMPARE(finished.first().at(0).toULongLong(), id);
        QVERIFY(finished.first().at(2).toString().contains(u"stopped"_s, Qt::CaseInsensitive));
        QVERIFY(!QFile::exists(path));
    }

    void aPlotOfManyRowsSaysItIsPartial()
    {
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        std::atomic<bool> cancelled{false};
        const auto all =
            PlotSample::read(connection, projectsQuery(), 0, 2, 350, 1000, cancelled, &error);
        QVERIFY2(all, qPrintable(error));
        QVERIFY(!all->isPartial());
        QCOMPARE(all->x.size(), 350);
        QCOMPARE(all->y.at(10), 15.25);
        const auto some =
            PlotSample::read(connection, projectsQuery(), 3, 2, 350, 100, cancelled, &error);
        QVERIFY(some);
        QVERIFY(some->isPartial());
        QCOMPARE(some->every, 4);
        QCOMPARE(some->x.size(), 88);
        QCOMPARE(int(some->xAxis), int(PlotSample::Axis::Time));
        const auto categories =
            PlotSample::read(connection, projectsQuery(), 1, 0, 350, 1000, cancelled, &error);
        QVERIFY(categories);
        QCOMPARE(int(categories->xAxis), int(PlotSample::Axis::Category));
        QCOMPARE(categories->categories.first(), u"Say \"hi\", then\nleave"_s);
    }
};

QTEST_GUILESS_MAIN(TestBrowseTasks)
#include "tst_browsetasks.moc"
