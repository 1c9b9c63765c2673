// The Job contract every async operation relies on: asynchronous start,
// exactly one finished(), cancel, timeout and auto-delete.
#include "core/Job.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

namespace {

// A job that finishes when told to, so the test controls every path.
class ControlledJob : public Job
{
    Q_OBJECT

public:
    using Job::deferCancelledResult;
    using Job::emitResult;
    using Job::releaseSubjob;
    using Job::setError;
    using Job::setProcessedAmount;
    using Job::setProgressDescription;
    using Job::setTotalAmount;
    using Job::startSubjob;

    int startCount = 0;
    int cancelCount = 0;
    bool finishOnStart = false;
    // Like a job whose child reports its own failure while being cancelled.
    bool failWhileCancelling = false;
    // Like a job whose worker thread must roll back before it may finish.
    bool slowCancel = false;

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
        if (slowCancel) {
            deferCancelledResult();
        }
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

    void progressIsThrottledAndTheLastAmountsArriveBeforeFinished()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.setTotalAmount(Job::Records, 100000);
        QSignalSpy progress(&job, &Job::progressChanged);
        QElapsedTimer clock;
        clock.start();
        // A job updating its amount 100k times, giving the loop a turn now and then.
        for (qint64 record = 1; record <= 100000; ++record) {
            job.setProcessedAmount(Job::Records, record);
            if (record % 1000 == 0) {
                QTest::qWait(2);
            }
        }
        job.setProgressDescription(QStringLiteral("Writing the last rows"));
        QList<qint64> seenAtFinish;
        connect(&job, &Job::finished, this,
                [&] { seenAtFinish << progress.count() << job.processedAmount(Job::Records); });
        job.emitResult();
        const qint64 bound = clock.elapsed() / Job::kProgressInterval.count() + 2;
        QVERIFY2(
            progress.count() <= bound,
            qPrintable(
                QStringLiteral("%1 signals in %2 ms").arg(progress.count()).arg(clock.elapsed())));
        QVERIFY(progress.count() >= 2);
        // The final amounts were announced before the result.
        QCOMPARE(seenAtFinish, (QList<qint64>{progress.count(), 100000}));
        QCOMPARE(job.totalAmount(Job::Records), 100000);
        QCOMPARE(job.totalAmount(Job::Pages), -1);
        QCOMPARE(job.progressDescription(), QStringLiteral("Writing the last rows"));
    }

    void aCancelFromTheLastProgressSignalDoesNotRewriteTheOutcome()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.setProcessedAmount(Job::Records, 1);
        job.setProcessedAmount(Job::Records, 2);
        connect(&job, &Job::progressChanged, &job, [&job] { job.cancel(); });
        QSignalSpy finished(&job, &Job::finished);
        job.emitResult();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error(), int(Job::NoError));
        QCOMPARE(job.cancelCount, 0);
    }

    void anEndedOrCancellingJobStartsNoSubjob()
    {
        ControlledJob parent;
        parent.setAutoDelete(false);
        parent.slowCancel = true;
        parent.start();
        parent.cancel();
        // Cancelling, its result deferred: a late step is cancelled at once.
        QPointer<ControlledJob> late = new ControlledJob;
        bool called = false;
        parent.startSubjob(late, [&](Job*) { called = true; });
        QVERIFY(late->isFinished());
        QCOMPARE(late->error(), int(Job::Cancelled));
        QCOMPARE(late->startCount, 0);
        QVERIFY(parent.subjobs().isEmpty());
        QVERIFY(!called);
        QTRY_VERIFY(late.isNull());
    }

    void aChangeInsideTheIntervalIsEmittedWhenItEnds()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        QSignalSpy progress(&job, &Job::progressChanged);
        job.setProcessedAmount(Job::Pages, 1);
        QCOMPARE(progress.count(), 1);
        job.setProcessedAmount(Job::Pages, 2);
        job.setProcessedAmount(Job::Pages, 3);
        QCOMPARE(progress.count(), 1);
        QVERIFY(progress.wait(1000));
        QCOMPARE(progress.count(), 2);
        QCOMPARE(job.processedAmount(Job::Pages), 3);
        // Nothing changed since: no signal.
        QTest::qWait(int(Job::kProgressInterval.count()) * 2);
        QCOMPARE(progress.count(), 2);
    }

    void aSubjobsFailureEndsItsParentWithTheChildsText()
    {
        ControlledJob parent;
        parent.setAutoDelete(false);
        auto* child = new ControlledJob;
        bool succeeded = false;
        parent.startSubjob(child, Job::UserError + 1, QStringLiteral("Reading failed: %1"),
                           [&](Job*) { succeeded = true; });
        QCOMPARE(parent.subjobs(), QList<Job*>{child});
        QTRY_COMPARE(child->startCount, 1);
        child->setError(Job::UserError, QStringLiteral("the keyring is locked"));
        child->emitResult();
        QVERIFY(parent.isFinished());
        QVERIFY(!succeeded);
        QCOMPARE(parent.error(), Job::UserError + 1);
        QCOMPARE(parent.errorText(), QStringLiteral("Reading failed: the keyring is locked"));
        QVERIFY(parent.subjobs().isEmpty());
    }

    void aSubjobsSuccessCallsOnAndItIsForgotten()
    {
        ControlledJob parent;
        parent.setAutoDelete(false);
        QPointer<ControlledJob> child = new ControlledJob;
        child->finishOnStart = true;
        Job* seen = nullptr;
        parent.startSubjob(child, [&](Job* done) { seen = done; });
        QTRY_VERIFY(seen != nullptr);
        QVERIFY(!parent.isFinished());
        QVERIFY(parent.subjobs().isEmpty());
        // Auto-deleted as every job is.
        QTRY_VERIFY(child.isNull());
    }

    void cancellingAParentCancelsItsSubjobs()
    {
        ControlledJob parent;
        parent.setAutoDelete(false);
        QPointer<ControlledJob> child = new ControlledJob;
        child->setAutoDelete(false);
        bool called = false;
        parent.startSubjob(child, [&](Job*) { called = true; });
        QTRY_COMPARE(child->startCount, 1);
        parent.cancel();
        QCOMPARE(child->cancelCount, 1);
        QCOMPARE(child->error(), int(Job::Cancelled));
        QCOMPARE(parent.error(), int(Job::Cancelled));
        // The parent had stopped: its handler for the child does not run.
        QVERIFY(!called);
        delete child;
    }

    void deletingAParentCancelsItsSubjobs()
    {
        QPointer<ControlledJob> child = new ControlledJob;
        child->setAutoDelete(false);
        {
            ControlledJob parent;
            parent.startSubjob(child, [](Job*) {});
        }
        QVERIFY(child);
        QCOMPARE(child->cancelCount, 1);
        QVERIFY(child->isFinished());
        delete child;
    }

    void aDeferredCancelFinishesOnlyWhenTheJobSaysSo()
    {
        ControlledJob job;
        job.setAutoDelete(false);
        job.slowCancel = true;
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.cancel();
        QCOMPARE(finished.count(), 0);
        QVERIFY(!job.isFinished());
        job.cancel();
        QCOMPARE(job.cancelCount, 1);
        // What the worker reports meanwhile does not replace the cancel.
        job.setError(Job::UserError, QStringLiteral("disk full"));
        job.emitResult();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.error(), int(Job::Cancelled));
        // A second cancel after the end changes nothing.
        job.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job.cancelCount, 1);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
