// The record of a pipeline's runs beside its file: lines that cannot be read
// are skipped, the newest runs are kept and the file stays bounded however
// many runs there are, and the running marker says only what is true.
#include "run/RunHistory.h"
#include "run/RunRecords.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

class TestRunHistory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static RunHistory::Run runNumber(const QDateTime& start, int i)
    {
        RunHistory::Run run;
        run.started = run.finished = start.addSecs(i);
        // Lines of about a kilobyte, as a pipeline of many resources writes.
        for (int resource = 0; resource < 16; ++resource) {
            run.resourceRecords.insert(
                QStringLiteral("a_resource_with_a_rather_long_name_%1").arg(resource), i);
        }
        return run;
    }

private Q_SLOTS:
    void theRequestSummaryAndWarningsAreKept()
    {
        const RunHistory history(m_dir.filePath(QStringLiteral("summary.json")));
        RunHistory::Run run;
        run.started = QDateTime::currentDateTimeUtc();
        run.finished = run.started.addSecs(3);
        run.warnings = {QStringLiteral("a column was renamed")};
        run.databasePath = QStringLiteral("/data/shop.sqlite");
        run.requests.sent = 12;
        run.requests.failed = 1;
        run.requests.retries = 3;
        run.requests.renewals = 1;
        run.requests.bytes = 4096;
        run.requests.milliseconds = 250;
        run.requests.statuses = {{200, 11}, {404, 1}};
        QVERIFY(history.append(run));
        const RunHistory::Run read = *history.last();
        QCOMPARE(read.warnings, run.warnings);
        QCOMPARE(read.databasePath, run.databasePath);
        QCOMPARE(read.requests.sent, 12);
        QCOMPARE(read.requests.failed, 1);
        QCOMPARE(read.requests.retries, 3);
        QCOMPARE(read.requests.renewals, 1);
        QCOMPARE(read.requests.bytes, 4096);
        QCOMPARE(read.requests.milliseconds, 250);
        QCOMPARE(read.requests.statuses, (QMap<int, qint64>{{200, 11}, {404, 1}}));
    }

    void theFilesLoadsJoinTheRecordedRuns()
    {
        const QString pipeline = m_dir.filePath(QStringLiteral("joined.json"));
        const QString database = m_dir.filePath(QStringLiteral("joined.sqlite"));
        const RunHistory history(pipeline);
        const QDateTime start =
            QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
        // Recorded: a load the file has, then a failure (no load).
        RunHistory::Run loaded;
        loaded.started = start;
        loaded.finished = start.addSecs(5);
        loaded.loadId = QString::number(start.toSecsSinceEpoch()) + QStringLiteral(".5");
        loaded.tableRows = {{QStringLiteral("hubs"), 4}};
        QVERIFY(history.append(loaded));
        RunHistory::Run failed;
        failed.started = start.addSecs(60);
        failed.finished = start.addSecs(61);
        failed.outcome = RunHistory::Outcome::Failed;
        failed.error = QStringLiteral("HTTP 503");
        QVERIFY(history.append(failed));
        {
            // And one load only the file knows: dlt's own run, a day before.
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("loads"));
            db.setDatabaseName(database);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral(
                "CREATE TABLE _dlt_loads (load_id VARCHAR(64) NOT NULL, schema_name TEXT, "
                "status BIGINT NOT NULL, inserted_at DATETIME NOT NULL, "
                "schema_version_hash TEXT)")));
            QVERIFY(query.exec(QStringLiteral("INSERT INTO _dlt_loads VALUES ('%1', 's', 0, "
                                              "'2026-12-01 10:00:05.000000+00:00', 'h')")
                                   .arg(loaded.loadId)));
            const QString dlt =
                QString::number(start.addDays(-1).toSecsSinceEpoch()) + QStringLiteral(".25");
            QVERIFY(query.exec(QStringLiteral("INSERT INTO _dlt_loads VALUES ('%1', 's', 0, "
                                              "'2026-11-30 10:00:02.000000+00:00', 'h')")
                                   .arg(dlt)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("loads"));
        const RunRecords::Result result = RunRecords::read(pipeline, database);
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(result.entries.size(), 3);
        // Newest first.
        QCOMPARE(result.entries.at(0).run.outcome, RunHistory::Outcome::Failed);
        QVERIFY(!result.entries.at(0).inFile);
        QCOMPARE(result.entries.at(1).run.loadId, loaded.loadId);
        QVERIFY(result.entries.at(1).inFile);
        QVERIFY(!result.entries.at(1).fileOnly);
        QCOMPARE(result.entries.at(1).run.tableRows.value(QStringLiteral("hubs")), 4);
        const RunRecords::Entry& dltRun = result.entries.at(2);
        QVERIFY(dltRun.fileOnly);
        QCOMPARE(dltRun.run.started, start.addDays(-1).addMSecs(250));
        QCOMPARE(dltRun.run.finished, start.addDays(-1).addSecs(2));
        QCOMPARE(dltRun.run.outcome, RunHistory::Outcome::Loaded);

        // A file that is not a database: the runs still, and why not the loads.
        QFile broken(m_dir.filePath(QStringLiteral("broken.sqlite")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(4096, 'x'));
        broken.close();
        const RunRecords::Result partial = RunRecords::read(pipeline, broken.fileName());
        QCOMPARE(partial.entries.size(), 2);
        QVERIFY(!partial.problem.isEmpty());
        // No file yet: the runs, and nothing wrong.
        const RunRecords::Result none =
            RunRecords::read(pipeline, m_dir.filePath(QStringLiteral("none.sqlite")));
        QCOMPARE(none.entries.size(), 2);
        QVERIFY(none.problem.isEmpty());
        QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void whatCannotBeReadIsSkipped()
    {
        const RunHistory history(m_dir.filePath(QStringLiteral("garbled.json")));
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not json\n{\"outcome\": \"exploded\", \"finished\": \"2026-01-01T00:00:00Z\"}\n"
                   "{\"outcome\": \"loaded\", \"finished\": \"2026-01-01T00:00:00Z\"}\n{\"outc");
        file.close();
        const QList<RunHistory::Run> runs = history.runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().outcome, RunHistory::Outcome::Loaded);
        // A line cut short by a crash does not spoil the next one.
        RunHistory::Run next;
        next.started = next.finished = QDateTime::currentDateTimeUtc();
        next.outcome = RunHistory::Outcome::Failed;
        next.error = QStringLiteral("HTTP 503");
        QVERIFY(history.append(next));
        QCOMPARE(history.last()->outcome, RunHistory::Outcome::Failed);
        QCOMPARE(history.last()->error, QStringLiteral("HTTP 503"));
    }

    void theNewestRunsAreKeptAndTheFileStaysBounded()
    {
        const RunHistory history(m_dir.filePath(QStringLiteral("bounded.json")));
        const QDateTime start = QDateTime::currentDateTimeUtc();
        const int count = 3 * RunHistory::kMaxRuns;
        qint64 largest = 0;
        for (int i = 0; i < count; ++i) {
            QVERIFY(history.append(runNumber(start, i)));
            largest = qMax(largest, QFileInfo(history.path()).size());
        }
        const QList<RunHistory::Run> runs = history.runs();
        QCOMPARE(runs.size(), RunHistory::kMaxRuns);
        QCOMPARE(runs.first().finished, start.addSecs(count - RunHistory::kMaxRuns));
        QCOMPARE(runs.last().finished, start.addSecs(count - 1));
        // Never past twice the runs kept, however many runs came.
        const qint64 line = QFileInfo(history.path()).size() / runs.size();
        QVERIFY2(largest <= (2 * RunHistory::kMaxRuns + 1) * (line + 1),
                 qPrintable(QString::number(largest)));
        QVERIFY(largest < qint64(count) * line);
    }

    void twoProcessesEndingTogetherBothKeepTheirRuns()
    {
        // Near the bound, so that the file is trimmed while both append: a
        // trim that read before the other's line and wrote after it would
        // drop that line.
        const QString path = m_dir.filePath(QStringLiteral("shared.json"));
        const RunHistory history(path);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 2 * RunHistory::kMaxRuns - 5; ++i) {
            QVERIFY(history.append(runNumber(start, i)));
        }
        const int each = 150;
        QList<QProcess*> children;
        for (const char* name : {"first", "second"}) {
            auto* child = new QProcess(this);
            child->start(
                QCoreApplication::applicationFilePath(),
                {QStringLiteral("--append"), path, QString::number(each), QLatin1String(name)});
            children << child;
        }
        for (QProcess* child : children) {
            QVERIFY(child->waitForFinished(60000));
            QCOMPARE(child->exitCode(), 0);
        }
        // Every run of both is among the newest kept.
        const QList<RunHistory::Run> runs = history.runs();
        for (const char* name : {"first", "second"}) {
            QSet<qint64> seen;
            for (const RunHistory::Run& run : runs) {
                if (run.resourceRecords.contains(QLatin1String(name))) {
                    seen.insert(run.resourceRecords.value(QLatin1String(name)));
                }
            }
            QCOMPARE(seen.size(), each);
        }
    }

    void theRunningMarkerIsThisProcesssOnly()
    {
        const QString path = m_dir.filePath(QStringLiteral("marked.json"));
        const RunHistory history(path);
        QVERIFY(!history.isRunning());
        history.markRunning();
        QVERIFY(history.isRunning());
        history.clearRunning();
        QVERIFY(!history.isRunning());
        // Another live process's marker (our parent's pid stands for one)
        // is not ours to clear.
        QFile marker(m_dir.filePath(QStringLiteral(".marked.running")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write(QByteArray::number(qint64(getppid())));
        marker.close();
        QVERIFY(history.isRunning());
        history.clearRunning();
        QVERIFY(history.isRunning());
        QVERIFY(marker.remove());
    }
};

// A child of twoProcessesEndingTogetherBothKeepTheirRuns: appends runs
// tagged with its name, as a run ending in another process would.
static int appendRuns(const QString& path, int count, const QString& name)
{
    const RunHistory history(path);
    for (int i = 0; i < count; ++i) {
        RunHistory::Run run;
        run.started = run.finished = QDateTime::currentDateTimeUtc();
        run.resourceRecords.insert(name, i);
        for (int resource = 0; resource < 16; ++resource) {
            run.resourceRecords.insert(
                QStringLiteral("a_resource_with_a_rather_long_name_%1").arg(resource), i);
        }
        if (!history.append(run)) {
            return 1;
        }
    }
    return 0;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 5 && qstrcmp(argv[1], "--append") == 0) {
        return appendRuns(QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(),
                          QString::fromLocal8Bit(argv[4]));
    }
    TestRunHistory test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_runhistory.moc"
