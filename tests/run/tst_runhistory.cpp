// The record of a pipeline's runs beside its file: lines that cannot be read
// are skipped, the newest runs are kept and the file stays bounded however
// many runs there are, and the running marker says only what is true.
#include "run/RunHistory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
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
