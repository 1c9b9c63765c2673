// The Job contract every async operation relies on: asynchronous start,
// exactly one finished(), cancel, timeout and auto-delete.
#include "core/Job.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

// A job that finishes when told to, so the test controls every path.
class ControlledJob : public Job
{
    Q_OBJECT

public:
    using Job::emitResult;
    using Job::setError;

    int startCount = 0;
    int cancelCount = 0;
    bool finishOnStart = false;
    // Like a job whose child reports its own failure while being cancelled.
    bool failWhileCancelling = false;

protected:
    void doStart() override
    {
        ++startCount;
        if (finishOnStart) {
            emitResult();
        }
    }
    void doCancel() override
    {
        ++cancelCount;
        if (failWhileCancelling) {
            setError(UserError, QStringLiteral("the exchange failed"));
            emitResult();
        }
    }
    QString activityDescription() const override
    {
        return QStringLiteral("Counting sheep");
    }
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startRunsOnTheNextEventLoopTurn()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.finishOnStart = true;
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QCOMPARE(job.startCount, 0);
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(1000));
        QCOMPARE(job.startCount, 1);
        QCOMPARE(job.error(), int(Job::NoError));
        QVERIFY(job.errorText().isEmpty());
    }

    void finishedIsEmittedOnlyOnce()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE(job.startCount, 1);
        job.emitResult();
        job.setError(Job::UserError, QStringLiteral("late"));
        job.emitResult();
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.cancelCount, 0);
        QVERIFY(job.isFinished());
    }

    void startTwiceStartsOnce()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.start();
        job.start();
        QTRY_COMPARE(job.startCount, 1);
        QTest::qWait(20);
        QCOMPARE(job.startCount, 1);
    }

    void cancelBeforeStartRunsNothing()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error(), int(Job::Cancelled));
        QVERIFY(!job.errorText().isEmpty());
        QTest::qWait(20);
        QCOMPARE(job.startCount, 0);
        QCOMPARE(job.cancelCount, 1);
    }

    void timeoutEndsTheJobWithAReadableMessage()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.setTimeout(std::chrono::milliseconds(50));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(2000));
        QCOMPARE(job.error(), int(Job::TimedOut));
        QCOMPARE(job.cancelCount, 1);
        QVERIFY2(job.errorText().contains(QStringLiteral("Counting sheep")),
                 qPrintable(job.errorText()));
        QVERIFY2(job.errorText().contains(QStringLiteral("1 second")), qPrintable(job.errorText()));
    }

    void finishingStopsTheTimeout()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.finishOnStart = true;
        job.setTimeout(std::chrono::milliseconds(30));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(1000));
        QTest::qWait(80);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error(), int(Job::NoError));
    }

    void cancelIsNotOverwrittenByAChildReportingBack()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.failWhileCancelling = true;
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_COMPARE(job.startCount, 1);
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error(), int(Job::Cancelled));
    }

    void timeoutIsNotOverwrittenByAChildReportingBack()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.failWhileCancelling = true;
        job.setTimeout(std::chrono::milliseconds(20));
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(1000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error(), int(Job::TimedOut));
    }

    void autoDeleteRemovesTheJobAfterFinished()
    {
        QPointer<ControlledJob> job = new ControlledJob;
        QVERIFY(job->autoDelete());
        job->finishOnStart = true;
        job->start();
        QTRY_VERIFY(job.isNull());
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
