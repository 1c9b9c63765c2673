// HostThrottle on its own: the per-host limit of requests at once, first
// come first served, a waiting place given up, a pause for one host that
// leaves the others alone, and the requests-per-minute pace.
#include "http/HostThrottle.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class TestHostThrottle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void atMostTheLimitGoAtOnceInTheOrderAsked()
    {
        HostThrottle throttle({2, 0});
        const QUrl api(u"https://api.example/a"_s);
        QList<int> went;
        QList<HostThrottle::Ticket> tickets;
        for (int i = 0; i < 5; ++i) {
            tickets << throttle.whenFree(api, [&went, i] { went << i; });
        }
        QCOMPARE(went, (QList<int>{0, 1}));
        QCOMPARE(throttle.inFlight(), 2);
        QCOMPARE(throttle.waiting(), 3);
        // A waiting place given up is skipped; an ended request lets the next
        // go, on the next turn of the event loop.
        throttle.done(tickets.at(2));
        throttle.done(tickets.at(0));
        QCOMPARE(went, (QList<int>{0, 1}));
        QTRY_COMPARE(went, (QList<int>{0, 1, 3}));
        throttle.done(tickets.at(1));
        QTRY_COMPARE(went, (QList<int>{0, 1, 3, 4}));
        QCOMPARE(throttle.waiting(), 0);
        QCOMPARE(throttle.mostInFlight(), 2);
        // Another port is another host, with places of its own.
        throttle.whenFree(QUrl(u"https://api.example:8443/b"_s), [&went] { went << 9; });
        QCOMPARE(went.last(), 9);
    }

    void sixAtOnceUntilTheHostSpeaksHttp2()
    {
        // More would wait inside Qt's six HTTP/1.1 connections, out of reach.
        HostThrottle throttle({8, 0});
        const QUrl api(u"https://api.example/a"_s);
        int went = 0;
        for (int i = 0; i < 10; ++i) {
            throttle.whenFree(api, [&went] { ++went; });
        }
        QCOMPARE(went, HostThrottle::kConnectionsPerHost);
        // One connection carries them all: the whole limit.
        throttle.setMultiplexed(api);
        QCOMPARE(went, 8);
        QCOMPARE(throttle.waiting(), 2);
    }

    void aPauseHoldsEveryRequestToThatHostOnly()
    {
        HostThrottle throttle({6, 0});
        QSignalSpy paused(&throttle, &HostThrottle::paused);
        const QUrl api(u"https://api.example/a"_s);
        throttle.pause(api, std::chrono::milliseconds(300));
        QCOMPARE(paused.count(), 1);
        QCOMPARE(paused.at(0).at(0).toString(), u"https://api.example:443"_s);
        // A shorter pause asked meanwhile does not cut the longer one.
        throttle.pause(api, std::chrono::milliseconds(50));
        QCOMPARE(paused.count(), 1);
        QElapsedTimer clock;
        clock.start();
        qint64 wentAfter = -1;
        bool otherWent = false;
        throttle.whenFree(api, [&] { wentAfter = clock.elapsed(); });
        throttle.whenFree(QUrl(u"https://other.example/"_s), [&] { otherWent = true; });
        QVERIFY(otherWent);
        QCOMPARE(wentAfter, -1);
        QTRY_VERIFY_WITH_TIMEOUT(wentAfter >= 0, 2000);
        QVERIFY2(wentAfter >= 280, qPrintable(QString::number(wentAfter)));
    }

    void theAnswerThatEndsARequestPausesTheHostBeforeTheNextGoes()
    {
        // As a 429 does: its request is done, then the host is paused. The
        // one waiting must not slip out in between.
        HostThrottle throttle({1, 0});
        const QUrl api(u"https://api.example/a"_s);
        const HostThrottle::Ticket first = throttle.whenFree(api, [] {});
        bool secondWent = false;
        throttle.whenFree(api, [&secondWent] { secondWent = true; });
        throttle.done(first);
        throttle.pause(api, std::chrono::milliseconds(400));
        QTest::qWait(200);
        QVERIFY(!secondWent);
        QTRY_VERIFY_WITH_TIMEOUT(secondWent, 2000);
    }

    void cancellingEveryRequestStartsNoneOfTheWaiting()
    {
        HostThrottle throttle({2, 0});
        const QUrl api(u"https://api.example/a"_s);
        QList<HostThrottle::Ticket> tickets;
        int went = 0;
        for (int i = 0; i < 6; ++i) {
            tickets << throttle.whenFree(api, [&went] { ++went; });
        }
        QCOMPARE(went, 2);
        // A cancel gives every ticket back in one go, running ones first.
        for (HostThrottle::Ticket ticket : std::as_const(tickets)) {
            throttle.done(ticket);
        }
        QCoreApplication::processEvents();
        QCOMPARE(went, 2);
        QCOMPARE(throttle.waiting(), 0);
        QCOMPARE(throttle.inFlight(), 0);
    }

    void requestsPerMinuteSpaceTheStarts()
    {
        // 600 a minute: one start every 100 ms, whatever the limit at once.
        HostThrottle throttle({6, 600});
        const QUrl api(u"https://api.example/a"_s);
        QElapsedTimer clock;
        clock.start();
        QList<qint64> starts;
        for (int i = 0; i < 4; ++i) {
            throttle.whenFree(api, [&] { starts << clock.elapsed(); });
        }
        QCOMPARE(starts.size(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(starts.size(), 4, 3000);
        for (qsizetype i = 1; i < starts.size(); ++i) {
            QVERIFY2(starts.at(i) - starts.at(i - 1) >= 99,
                     qPrintable(QString::number(starts.at(i) - starts.at(i - 1))));
        }
    }
};

QTEST_GUILESS_MAIN(TestHostThrottle)
#include "tst_hostthrottle.moc"
