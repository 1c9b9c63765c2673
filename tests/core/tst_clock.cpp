// The clock every expiry reads: the system's time unless a test installs its
// own, which then moves only when told, for every thread, until it goes.
#include "ScopedTestClock.h"
#include "core/Clock.h"

#include <QTest>
#include <QThread>

#include <atomic>

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isTheSystemClockByDefault()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::now();
        QVERIFY(now >= before);
        QVERIFY(now.msecsTo(QDateTime::currentDateTimeUtc()) < 1000);
        QCOMPARE(now.timeSpec(), Qt::UTC);
    }

    void aTestClockMovesOnlyWhenTold()
    {
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1'700'000'000, Qt::UTC);
        {
            ScopedTestClock clock(start);
            QCOMPARE(Clock::now(), start);
            QThread::msleep(20);
            QCOMPARE(Clock::now(), start);
            clock.advance(std::chrono::hours(2));
            QCOMPARE(Clock::now(), start.addSecs(7200));
            QCOMPARE(Clock::secsSinceEpoch(), 1'700'007'200);
            clock.set(start.addDays(-1));
            QCOMPARE(Clock::now(), start.addDays(-1));
        }
        // Gone with its scope: the system's time again.
        QVERIFY(qAbs(Clock::now().msecsTo(QDateTime::currentDateTimeUtc())) < 1000);
    }

    void otherThreadsReadTheSameClock()
    {
        ScopedTestClock clock(QDateTime::fromSecsSinceEpoch(1'000, Qt::UTC));
        std::atomic<bool> stop = false;
        std::atomic<qint64> lastSeen = 0;
        std::atomic<bool> wentBack = false;
        QThread* reader = QThread::create([&] {
            while (!stop) {
                const qint64 seen = Clock::secsSinceEpoch();
                wentBack = wentBack || seen < lastSeen;
                lastSeen = seen;
            }
        });
        reader->start();
        for (int i = 0; i < 1000; ++i) {
            clock.advance(std::chrono::seconds(1));
        }
        QTRY_COMPARE(lastSeen.load(), qint64(2'000));
        stop = true;
        QVERIFY(reader->wait(5000));
        delete reader;
        QVERIFY(!wentBack);
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
