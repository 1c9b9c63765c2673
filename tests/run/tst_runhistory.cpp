// The record of a pipeline's runs beside its file: lines that cannot be read
// are skipped, the newest runs are kept and the file stays bounded however
// many runs there are, and the running marker says only what is true.
#include "run/RunHistory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
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

    void twoHistoriesAppendingBothKeepTheirRuns()
    {
        // Two processes finishing together each append one line.
        const QString path = m_dir.filePath(QStringLiteral("shared.json"));
        const RunHistory first(path);
        const RunHistory second(path);
        const QDateTime start = QDateTime::currentDateTimeUtc();
        for (int i = 0; i < 20; ++i) {
            QVERIFY((i % 2 ? first : second).append(runNumber(start, i)));
        }
        QCOMPARE(first.runs().size(), 20);
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

QTEST_GUILESS_MAIN(TestRunHistory)
#include "tst_runhistory.moc"
