// The SQL console's engine on a real file: results paged like a table,
// read-only unless allowed, cancelled mid-statement, errors placed.
#include "DatasetFiles.h"

#include "browse/QueryHistory.h"
#include "browse/QueryRunner.h"
#include "browse/RowsModel.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestQueryRunner : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    QueryOutcome runToTheEnd(QueryRunner& runner, const QString& sql)
    {
        QSignalSpy finished(&runner, &QueryRunner::finished);
        runner.run(sql);
        if (!finished.wait(30000)) {
            return QueryOutcome{QueryOutcome::Status::Failed, 0, -1, 0, u"no answer"_s};
        }
        return finished.first().first().value<QueryOutcome>();
    }

    bool openRunner(QueryRunner& runner, bool allowWriting)
    {
        QSignalSpy opened(&runner, &QueryRunner::opened);
        runner.open(m_path, allowWriting);
        return opened.wait(10000) && opened.first().first().toString().isEmpty();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"items.db"_s);
        QJsonArray records;
        for (int i = 0; i < 3000; ++i) {
            records << QJsonObject{{u"id"_s, i},
                                   {u"kind"_s, i % 3 == 0 ? u"folder"_s : u"file"_s},
                                   {u"size"_s, i * 7}};
        }
        DatasetFiles::Table table;
        table.name = u"items"_s;
        QString error;
        QVERIFY2(DatasetFiles::load(m_path, table, QJsonDocument(records).toJson(), &error),
                 qPrintable(error));
    }

    void aSelectsRowsArePagedLikeATable()
    {
        QueryRunner runner;
        QVERIFY(openRunner(runner, false));
        QSignalSpy copied(&runner, &QueryRunner::rowsCopied);
        const QueryOutcome outcome =
            runToTheEnd(runner,
                        u"SELECT kind, count(*) AS n, sum(size), kind FROM items GROUP BY kind "
                        "ORDER BY kind"_s);
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Done));
        QCOMPARE(outcome.rows, 2);
        QVERIFY(!copied.isEmpty());
        const QStringList columns = copied.last().at(1).toStringList();
        // Two columns of one name stay two columns.
        QCOMPARE(columns, (QStringList{u"kind"_s, u"n"_s, u"sum(size)"_s, u"kind (2)"_s}));
        RowsModel model;
        model.setDatabase(runner.resultPath());
        RowQuery query;
        query.table = copied.last().at(0).toString();
        query.columns = columns;
        model.setQuery(query);
        QTRY_COMPARE(model.rowCount(), 2);
        QTRY_VERIFY(model.index(1, 0).data(RowsModel::LoadedRole).toBool());
        const QJsonArray want = DatasetFiles::sqlite3Rows(
            m_path, {u"kind"_s, u"n"_s, u"s"_s},
            u"FROM (SELECT kind, count(*) AS n, sum(size) AS s FROM items GROUP BY kind "
            "ORDER BY kind)"_s);
        for (int row = 0; row < 2; ++row) {
            for (int column = 0; column < 3; ++column) {
                QCOMPARE(QJsonValue::fromVariant(model.index(row, column).data()),
                         want.at(row).toArray().at(column));
            }
        }
        // Computed numbers stay numbers: sortable as numbers in the grid.
        QCOMPARE(model.index(0, 1).data().typeId(), int(QMetaType::LongLong));
    }

    void readOnlyRefusesAWriteAndTheFileStaysAsItWas()
    {
        const QByteArray before = DatasetFiles::fileHash(m_path);
        QueryRunner runner;
        QVERIFY(openRunner(runner, false));
        const QueryOutcome outcome =
            runToTheEnd(runner, u"SELECT 1; UPDATE items SET size = 0; SELECT 2"_s);
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Refused));
        QVERIFY2(outcome.error.contains(u"read-only"_s), qPrintable(outcome.error));
        QVERIFY2(outcome.error.contains(u"Allow Writing"_s), qPrintable(outcome.error));
        QCOMPARE(outcome.statements, 1);
        QCOMPARE(DatasetFiles::fileHash(m_path), before);
    }

    void writingWhenAllowedSaysHowManyRowsChanged()
    {
        const QString path = m_dir.filePath(u"writable.db"_s);
        QVERIFY(QFile::copy(m_path, path));
        QueryRunner runner;
        QSignalSpy opened(&runner, &QueryRunner::opened);
        runner.open(path, true);
        QVERIFY(opened.wait());
        const QueryOutcome outcome =
            runToTheEnd(runner, u"UPDATE items SET size = -1 WHERE kind = 'folder';"_s);
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Done));
        QCOMPARE(outcome.changed, 1000);
        const QJsonArray rows = DatasetFiles::sqlite3Rows(
            path, {u"n"_s}, u"FROM (SELECT count(*) AS n FROM items WHERE size = -1)"_s);
        QCOMPARE(rows.at(0).toArray().at(0).toInt(), 1000);
    }

    void aLongQueryIsCancelledMidStatement()
    {
        QueryRunner runner;
        QVERIFY(openRunner(runner, false));
        QSignalSpy finished(&runner, &QueryRunner::finished);
        // Never ends on its own.
        runner.run(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) "
                   "SELECT count(*) FROM c"_s);
        QTest::qWait(300);
        QVERIFY(runner.isRunning());
        QElapsedTimer cancelling;
        cancelling.start();
        runner.cancel();
        QVERIFY(finished.wait(10000));
        qInfo("cancelled after %lld ms", static_cast<long long>(cancelling.elapsed()));
        const auto outcome = finished.first().first().value<QueryOutcome>();
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Cancelled));
        QVERIFY(!runner.isRunning());
        // The console works again after.
        QCOMPARE(int(runToTheEnd(runner, u"SELECT 1"_s).status), int(QueryOutcome::Status::Done));
    }

    void aTransactionLeftOpenEndsWithTheRun()
    {
        // Read-only: an open read would pin the WAL while a load writes.
        QueryRunner reader;
        QVERIFY(openRunner(reader, false));
        const QueryOutcome read = runToTheEnd(reader, u"BEGIN; SELECT count(*) FROM items"_s);
        QCOMPARE(int(read.status), int(QueryOutcome::Status::Done));
        QVERIFY(read.rolledBack);
        // Writing: the write lock would keep every run waiting.
        const QString path = m_dir.filePath(u"transaction.db"_s);
        QVERIFY(QFile::copy(m_path, path));
        QueryRunner writer;
        QSignalSpy opened(&writer, &QueryRunner::opened);
        writer.open(path, true);
        QVERIFY(opened.wait());
        const QueryOutcome write = runToTheEnd(writer, u"BEGIN; DELETE FROM items;"_s);
        QVERIFY(write.rolledBack);
        QCOMPARE(write.changed, 3000);
        // Nothing holds the file now: another program writes at once.
        QProcess sqlite;
        sqlite.start(
            u"sqlite3"_s,
            {u"-cmd"_s, u".timeout 100"_s, path, u"UPDATE items SET size = 1 WHERE id = 0"_s});
        QVERIFY(sqlite.waitForFinished(10000));
        QCOMPARE(sqlite.exitCode(), 0);
        QCOMPARE(
            DatasetFiles::sqlite3Rows(path, {u"n"_s}, u"FROM (SELECT count(*) AS n FROM items)"_s)
                .at(0)
                .toArray()
                .at(0)
                .toInt(),
            3000);
        QCOMPARE(DatasetFiles::sqlite3Rows(path, {u"size"_s}, u"FROM items WHERE id = 0"_s)
                     .at(0)
                     .toArray()
                     .at(0)
                     .toInt(),
                 1);
    }

    void theHistoryIsKeptPerDatabaseNewestFirst()
    {
        const QString home = m_dir.filePath(u"home"_s);
        QueryHistory first(home, m_path);
        QueryHistory second(home, m_dir.filePath(u"other.db"_s));
        QVERIFY(first.add(u"SELECT 1"_s));
        QVERIFY(first.add(u"SELECT 2"_s));
        QVERIFY(first.add(u"  SELECT 1\n"_s));
        QVERIFY(second.add(u"SELECT 3"_s));
        // Newest first, a statement run again moves up instead of repeating.
        QCOMPARE(QueryHistory(home, m_path).entries(), (QStringList{u"SELECT 1"_s, u"SELECT 2"_s}));
        QCOMPARE(second.entries(), QStringList{u"SELECT 3"_s});
        for (int i = 0; i < QueryHistory::kMaxEntries + 20; ++i) {
            QVERIFY(first.add(u"SELECT %1"_s.arg(i + 10)));
        }
        QCOMPARE(first.entries().size(), QueryHistory::kMaxEntries);
        QCOMPARE(first.entries().first(), u"SELECT %1"_s.arg(QueryHistory::kMaxEntries + 29));
        // The history file is the Grantline home's, never beside the data.
        QVERIFY(first.path().startsWith(home));
        // The runner keeps it on its own thread: it says what it read when it
        // opens, and what it wrote when it runs.
        QueryRunner runner(home);
        QSignalSpy history(&runner, &QueryRunner::historyRead);
        QVERIFY(openRunner(runner, false));
        QTRY_COMPARE(history.size(), 1);
        QCOMPARE(history.last().first().toStringList(), first.entries());
        runToTheEnd(runner, u"SELECT 'again'"_s);
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.last().first().toStringList().first(), u"SELECT 'again'"_s);
    }

    void anErrorSaysWhereItIs()
    {
        QueryRunner runner;
        QVERIFY(openRunner(runner, false));
        const QString sql = u"SELECT 1;\nSELECT id,\n  siez FROM items"_s;
        const QueryOutcome outcome = runToTheEnd(runner, sql);
        QCOMPARE(int(outcome.status), int(QueryOutcome::Status::Failed));
        QVERIFY2(outcome.error.contains(u"siez"_s), qPrintable(outcome.error));
        QCOMPARE(outcome.statements, 1);
        QCOMPARE(outcome.errorPosition, int(sql.indexOf(u"siez"_s)));
        QCOMPARE(outcome.errorLine, 3);
        QCOMPARE(outcome.errorColumn, 3);
        const QueryOutcome syntax = runToTheEnd(runner, u"SELEC 1"_s);
        QCOMPARE(int(syntax.status), int(QueryOutcome::Status::Failed));
        QCOMPARE(syntax.errorPosition, 0);
    }
};

QTEST_GUILESS_MAIN(TestQueryRunner)
#include "tst_queryrunner.moc"
