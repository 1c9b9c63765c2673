// The lazy rows model on files the real Loader made: every row it shows,
// in every order and under every filter form, equals what sqlite3 prints
// for the same question; its cache stays bounded; it follows a commit.
#include "DatasetFiles.h"

#include "browse/BrowseConnection.h"
#include "browse/RowsModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const int kRecords = 7000;

QByteArray readings(int from, int count)
{
    QJsonArray records;
    for (int i = from; i < from + count; ++i) {
        QJsonObject record{{u"id"_s, i},
                           {u"name"_s, QString(u"reading %1"_s).arg(i % 97)},
                           {u"score"_s, (i % 41) * 0.5},
                           {u"created_at"_s,
                            QString(u"2024-%1-%2T10:00:00Z"_s)
                                .arg(1 + i % 12, 2, 10, QChar(u'0'))
                                .arg(1 + i % 28, 2, 10, QChar(u'0'))},
                           {u"tags"_s, QJsonArray{QString(u"t%1"_s).arg(i % 3), u"all"_s}}};
        if (i % 5 != 0) {
            record.insert(u"note"_s,
                          i % 7 == 0 ? QString(u"draft %1"_s).arg(i) : QString(u"final"_s));
        }
        if (i % 1000 == 1) {
            record.insert(u"note"_s, QString(1000, u'x') + QString::number(i));
        }
        records << record;
    }
    return QJsonDocument(records).toJson(QJsonDocument::Compact);
}

DatasetFiles::Table readingsTable()
{
    DatasetFiles::Table table;
    table.name = u"readings"_s;
    return table;
}

const QStringList kColumns{u"id"_s, u"name"_s, u"score"_s, u"created_at"_s, u"note"_s};

} // namespace

class TestRowsModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;

    RowQuery readingsQuery() const
    {
        RowQuery query;
        query.table = u"readings"_s;
        query.columns = kColumns;
        return query;
    }

public:
    // Every row of the model, read chunk by chunk as a view scrolling down
    // would ask, as JSON arrays [rowid, columns…].
    static bool readAll(RowsModel& model, QJsonArray* rows)
    {
        if (!QTest::qWaitFor([&] { return !model.isCounting(); }, 30000)) {
            return false;
        }
        for (int row = 0; row < model.rowCount(); ++row) {
            if (!model.index(row, 0).data(RowsModel::LoadedRole).toBool()
                && !QTest::qWaitFor(
                    [&] { return model.index(row, 0).data(RowsModel::LoadedRole).toBool(); },
                    10000)) {
                qWarning("row %d was never read", row);
                return false;
            }
            QJsonArray json{model.rowid(row)};
            for (const QVariant& value : model.rowValues(row)) {
                json << QJsonValue::fromVariant(value);
            }
            rows->append(json);
        }
        return true;
    }

    QJsonArray expected(const QString& rest)
    {
        QString error;
        QStringList columns{u"rowid"_s};
        columns << kColumns;
        const QJsonArray rows = DatasetFiles::sqlite3Rows(m_path, columns, rest, &error);
        if (!error.isEmpty()) {
            qWarning("sqlite3: %s", qPrintable(error));
        }
        return rows;
    }

    // The grid cuts long text: the oracle's text is cut the same way.
    static QJsonArray cutLikeTheGrid(QJsonArray rows)
    {
        for (int i = 0; i < rows.size(); ++i) {
            QJsonArray row = rows.at(i).toArray();
            for (int c = 0; c < row.size(); ++c) {
                if (row.at(c).isString() && row.at(c).toString().size() > 400) {
                    row[c] = row.at(c).toString().left(400);
                }
            }
            rows[i] = row;
        }
        return rows;
    }

    static QString firstDifference(const QJsonArray& got, const QJsonArray& want)
    {
        if (got.size() != want.size()) {
            return QString(u"%1 rows, sqlite3 has %2"_s).arg(got.size()).arg(want.size());
        }
        for (int i = 0; i < got.size(); ++i) {
            if (got.at(i) != want.at(i)) {
                return QString(u"row %1: %2 vs sqlite3 %3"_s)
                    .arg(i)
                    .arg(QString::fromUtf8(QJsonDocument(got.at(i).toArray()).toJson()),
                         QString::fromUtf8(QJsonDocument(want.at(i).toArray()).toJson()));
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"readings.db"_s);
        QString error;
        QVERIFY2(DatasetFiles::load(m_path, readingsTable(), readings(0, kRecords), &error),
                 qPrintable(error));
    }

    void scrollsToTheEndInTheFilesOrder()
    {
        RowsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_path);
        model.setQuery(readingsQuery());
        QJsonArray rows;
        QVERIFY(readAll(model, &rows));
        const QString difference =
            firstDifference(rows, cutLikeTheGrid(expected(u"FROM readings ORDER BY rowid"_s)));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        QCOMPARE(model.rowCount(), kRecords);
    }

    void theCacheForgetsTheChunksUsedLongestAgo()
    {
        RowsModel model;
        model.setDatabase(m_path);
        model.setQuery(readingsQuery());
        QJsonArray rows;
        QVERIFY(readAll(model, &rows));
        // 7000 rows are 55 chunks: all were read, not all are kept.
        QVERIFY(kRecords / RowQuery::kChunkRows > RowsModel::kCachedChunks);
        QCOMPARE(model.cachedChunks(), RowsModel::kCachedChunks);
        // The last chunks read are the ones kept: the first is read again.
        QVERIFY(!model.index(0, 0).data(RowsModel::LoadedRole).toBool());
        QTRY_VERIFY(model.index(0, 0).data(RowsModel::LoadedRole).toBool());
        QVERIFY(model.index(kRecords - 1, 0).data(RowsModel::LoadedRole).toBool());
    }

    void sortsAsSqliteDoes_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("orderBy");
        QTest::newRow("file order, last first") << -1 << true << u"rowid DESC"_s;
        QTest::newRow("text up") << 1 << false << u"name, rowid"_s;
        QTest::newRow("real down") << 2 << true << u"score DESC, rowid DESC"_s;
        QTest::newRow("with NULLs up") << 4 << false << u"note, rowid"_s;
        QTest::newRow("with NULLs down") << 4 << true << u"note DESC, rowid DESC"_s;
    }

    void sortsAsSqliteDoes()
    {
        QFETCH(int, column);
        QFETCH(bool, descending);
        QFETCH(QString, orderBy);
        RowsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_path);
        model.setQuery(readingsQuery());
        model.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        QJsonArray rows;
        QVERIFY(readAll(model, &rows));
        const QString difference =
            firstDifference(rows, cutLikeTheGrid(expected(u"FROM readings ORDER BY "_s + orderBy)));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // The keyed read of a chunk on its own, in rowid order up and down,
    // unfiltered and filtered: the first row of each chunk is its anchor.
    void aChunkReadFromItsAnchorIsSqlitesChunk_data()
    {
        QTest::addColumn<bool>("descending");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("rest");
        QTest::newRow("up") << false << QString() << u"FROM readings ORDER BY rowid"_s;
        QTest::newRow("down") << true << QString() << u"FROM readings ORDER BY rowid DESC"_s;
        QTest::newRow("filtered, down")
            << true << u">15"_s << u"FROM readings WHERE score > 15 ORDER BY rowid DESC"_s;
    }

    void aChunkReadFromItsAnchorIsSqlitesChunk()
    {
        QFETCH(bool, descending);
        QFETCH(QString, filter);
        QFETCH(QString, rest);
        RowQuery query = readingsQuery();
        query.descending = descending;
        if (!filter.isEmpty()) {
            query.filters = {{u"score"_s, filter}};
        }
        const QJsonArray want = expected(rest);
        BrowseConnection connection;
        QString error;
        QVERIFY(connection.open(m_path, BrowseConnection::Mode::ReadOnly, &error));
        const qint64 chunks = (want.size() + RowQuery::kChunkRows - 1) / RowQuery::kChunkRows;
        QVERIFY(chunks >= 3);
        for (const qint64 chunk : {qint64(1), chunks / 2, chunks - 1}) {
            const qint64 first = chunk * RowQuery::kChunkRows;
            QVariantList values;
            const auto rows = connection.select(
                query.chunkAt(want.at(int(first)).toArray().at(0).toInteger(), &values), &error,
                values);
            QVERIFY2(rows, qPrintable(error));
            QCOMPARE(rows->size(), qMin<qint64>(RowQuery::kChunkRows, want.size() - first));
            for (int i = 0; i < rows->size(); ++i) {
                QCOMPARE(rows->at(i).at(0).toLongLong(),
                         want.at(int(first) + i).toArray().at(0).toInteger());
            }
        }
    }

    void eachFilterFormFindsWhatSqliteFinds_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("where");
        QTest::newRow(">") << 0 << u">6500"_s << u"id > 6500"_s;
        QTest::newRow(">=") << 2 << u">=19.5"_s << u"score >= 19.5"_s;
        QTest::newRow("<") << 0 << u"<3"_s << u"id < 3"_s;
        QTest::newRow("<= date") << 3 << u"<=2024-02-01"_s << u"created_at <= '2024-02-01'"_s;
        QTest::newRow("= text") << 4 << u"=final"_s << u"note = 'final'"_s;
        QTest::newRow("!= includes NULL") << 4 << u"!=final"_s << u"note IS NOT 'final'"_s;
        QTest::newRow("range") << 2 << u"3..4"_s << u"score BETWEEN 3 AND 4"_s;
        QTest::newRow("pattern") << 1 << u"%ing 9%"_s << u"name LIKE '%ing 9%'"_s;
        QTest::newRow("contains") << 4 << u"raft 7"_s << u"note LIKE '%raft 7%'"_s;
        QTest::newRow("NULL") << 4 << u"NULL"_s << u"note IS NULL"_s;
        QTest::newRow("!NULL") << 4 << u"!NULL"_s << u"note IS NOT NULL"_s;
        QTest::newRow("not contains, NULL too")
            << 4 << u"!draft"_s << u"(note LIKE '%draft%') IS NOT 1"_s;
        QTest::newRow("any of values") << 0 << u"5|17|6999"_s << u"id IN (5, 17, 6999)"_s;
        QTest::newRow("any of filters") << 0 << u"<2|>6997"_s << u"(id < 2 OR id > 6997)"_s;
        QTest::newRow("number equals") << 2 << u"7.5"_s << u"score = 7.5"_s;
        QTest::newRow("none") << 0 << u">99999"_s << u"id > 99999"_s;
    }

    void eachFilterFormFindsWhatSqliteFinds()
    {
        QFETCH(int, column);
        QFETCH(QString, filter);
        QFETCH(QString, where);
        RowsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_path);
        model.setQuery(readingsQuery());
        model.setFilter(column, filter);
        QVERIFY(model.filterErrors().isEmpty());
        QCOMPARE(model.filterOf(column), filter);
        QJsonArray rows;
        QVERIFY(readAll(model, &rows));
        const QJsonArray want =
            cutLikeTheGrid(expected(u"FROM readings WHERE "_s + where + u" ORDER BY rowid"_s));
        const QString difference = firstDifference(rows, want);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void filtersOnSeveralColumnsAndASortTogether()
    {
        RowsModel model;
        model.setDatabase(m_path);
        model.setQuery(readingsQuery());
        model.setFilter(2, u">10"_s);
        model.setFilter(4, u"!NULL"_s);
        model.sort(1, Qt::DescendingOrder);
        QJsonArray rows;
        QVERIFY(readAll(model, &rows));
        const QJsonArray want = cutLikeTheGrid(expected(
            u"FROM readings WHERE score > 10 AND note IS NOT NULL ORDER BY name DESC, rowid DESC"_s));
        QVERIFY(want.size() > 1000);
        const QString difference = firstDifference(rows, want);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
        // Cleared, the filter shows every row again.
        model.setFilter(2, u""_s);
        model.setFilter(4, u""_s);
        QTRY_COMPARE(model.rowCount(), kRecords);
    }

    void aFilterThatCannotBeReadIsNamedAndLeftOut()
    {
        RowsModel model;
        model.setDatabase(m_path);
        model.setQuery(readingsQuery());
        model.setFilter(0, u">"_s);
        QCOMPARE(model.filterErrors().size(), 1);
        QCOMPARE(model.filterErrors().first().first, QString(u"id"_s));
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), kRecords);
    }

    void longTextIsCutForTheGridAndReadWholeForTheViewer()
    {
        RowsModel model;
        model.setDatabase(m_path);
        RowQuery query = readingsQuery();
        model.setQuery(query);
        model.setFilter(0, u"=1"_s);
        QTRY_COMPARE(model.rowCount(), 1);
        QTRY_VERIFY(model.index(0, 4).data(RowsModel::LoadedRole).toBool());
        QVERIFY(model.index(0, 4).data(RowsModel::CutRole).toBool());
        QCOMPARE(model.index(0, 4).data().toString().size(), 400);
        QVERIFY(!model.index(0, 1).data(RowsModel::CutRole).toBool());
        QSignalSpy fetched(&model, &RowsModel::cellFetched);
        const quint64 request = model.fetchCell(0, 4);
        QTRY_COMPARE(fetched.size(), 1);
        QCOMPARE(fetched.first().at(0).toULongLong(), request);
        QCOMPARE(fetched.first().at(1).toString(), QString(1000, u'x') + u"1"_s);
    }

    void aTableWithGapsIsCountedByItsKeys()
    {
        // A merge deletes the rows it replaces: rowids have gaps after it.
        const QString path = m_dir.filePath(u"merged.db"_s);
        const DatasetFiles::Table table{u"readings"_s, u"merge"_s, {u"id"_s}};
        QString error;
        QVERIFY2(DatasetFiles::load(path, table, readings(0, 3000), &error), qPrintable(error));
        QVERIFY2(DatasetFiles::load(path, table, readings(1000, 500), &error), qPrintable(error));
        RowsModel model;
        model.setDatabase(path);
        model.setQuery(readingsQuery());
        QJsonArray rows;
        QVERIFY(readAll(model, &rows));
        QStringList columns{u"rowid"_s};
        columns << kColumns;
        const QJsonArray want = cutLikeTheGrid(
            DatasetFiles::sqlite3Rows(path, columns, u"FROM readings ORDER BY rowid"_s));
        QCOMPARE(want.size(), 3000);
        QVERIFY(want.last().toArray().first().toInt() > 3000);
        const QString difference = firstDifference(rows, want);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    void aViewIsReadByOffset()
    {
        const QString path = m_dir.filePath(u"view.db"_s);
        QVERIFY(QFile::copy(m_path, path));
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s,
                     {path,
                      u"CREATE VIEW finals AS SELECT id, name FROM readings "_s
                      u"WHERE note = 'final'"_s});
        QVERIFY(sqlite.waitForFinished() && sqlite.exitCode() == 0);
        RowsModel model;
        model.setDatabase(path);
        RowQuery query;
        query.table = u"finals"_s;
        query.columns = {u"id"_s, u"name"_s};
        query.hasRowid = false;
        model.setQuery(query);
        QTRY_VERIFY(!model.isCounting());
        const QJsonArray want =
            DatasetFiles::sqlite3Rows(path, {u"id"_s, u"name"_s}, u"FROM finals"_s);
        QCOMPARE(model.rowCount(), want.size());
        const int last = model.rowCount() - 1;
        model.index(last, 0).data();
        QTRY_VERIFY(model.index(last, 0).data(RowsModel::LoadedRole).toBool());
        QCOMPARE(model.index(last, 0).data().toLongLong(), want.last().toArray().at(0).toInteger());
        QCOMPARE(model.index(last, 0).data(RowsModel::RowidRole).toLongLong(), -1);
    }

    void aCommitIsShownWithoutLosingThePlace()
    {
        const QString path = m_dir.filePath(u"growing.db"_s);
        QString error;
        QVERIFY(DatasetFiles::load(path, readingsTable(), readings(0, 1000), &error));
        RowsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(path);
        model.setQuery(readingsQuery());
        QTRY_COMPARE(model.rowCount(), 1000);
        model.index(900, 0).data();
        QTRY_VERIFY(model.index(900, 0).data(RowsModel::LoadedRole).toBool());
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(DatasetFiles::load(path, readingsTable(), readings(1000, 500), &error));
        model.refresh();
        // The old rows stay on screen while they are read again.
        QVERIFY(model.index(900, 0).data(RowsModel::LoadedRole).toBool());
        QTRY_COMPARE(model.rowCount(), 1500);
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(resets.size(), 0);
        model.index(1499, 0).data();
        QTRY_COMPARE(model.index(1499, 0).data().toLongLong(), 1499LL);
    }

    void anotherFileLeavesNothingOfTheFirst()
    {
        const QString other = m_dir.filePath(u"other.db"_s);
        QString error;
        QVERIFY2(DatasetFiles::load(other, readingsTable(), readings(100, 10), &error),
                 qPrintable(error));
        RowsModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(m_path);
        model.setQuery(readingsQuery());
        QTRY_COMPARE(model.rowCount(), kRecords);
        QSignalSpy failed(&model, &RowsModel::failed);
        model.setDatabase(other);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.cachedChunks(), 0);
        model.setQuery(readingsQuery());
        QTRY_VERIFY(!model.isCounting());
        QCOMPARE(model.rowCount(), 10);
        QTRY_VERIFY(model.index(0, 0).data(RowsModel::LoadedRole).toBool());
        QCOMPARE(model.index(0, 0).data().toLongLong(), 100LL);
        QVERIFY(failed.isEmpty());
    }

    void millionsOfRowsJoinTheModelAStepAtATime()
    {
        // A view keeps a little for each row: the rows come in steps, each
        // one short turn of the event loop.
        const QString path = m_dir.filePath(u"big.db"_s);
        QProcess sqlite;
        sqlite.start(u"sqlite3"_s,
                     {path,
                      u"CREATE TABLE big (n INTEGER); WITH RECURSIVE c(x) AS (SELECT 1 "
                      "UNION ALL SELECT x + 1 FROM c WHERE x < 1100000) INSERT INTO big "
                      "SELECT x FROM c;"_s});
        QVERIFY(sqlite.waitForFinished(60000) && sqlite.exitCode() == 0);
        RowsModel model;
        QList<int> steps;
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex&, int first, int last) { steps << last - first + 1; });
        model.setDatabase(path);
        RowQuery query;
        query.table = u"big"_s;
        query.columns = {u"n"_s};
        model.setQuery(query);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isCounting(), 30000);
        QCOMPARE(model.rowCount(), 1100000);
        QVERIFY2(steps.size() >= 3, qPrintable(QString::number(steps.size())));
        for (int step : std::as_const(steps)) {
            QVERIFY(step <= RowsModel::kRowsPerStep);
        }
        const int last = model.rowCount() - 1;
        model.index(last, 0).data();
        QTRY_COMPARE(model.index(last, 0).data().toLongLong(), 1100000LL);
    }

    void aFileThatIsNotADatabaseSaysSo()
    {
        const QString path = m_dir.filePath(u"notes.txt"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'n'));
        file.close();
        RowsModel model;
        QSignalSpy failed(&model, &RowsModel::failed);
        model.setDatabase(path);
        model.setQuery(readingsQuery());
        QTRY_VERIFY(!failed.isEmpty());
        QVERIFY2(failed.first().first().toString().contains(u"not a SQLite database"_s),
                 qPrintable(failed.first().first().toString()));
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRowsModel)
#include "tst_rowsmodel.moc"
