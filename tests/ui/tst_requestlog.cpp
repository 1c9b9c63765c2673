// The request log's model, headless: rows arrive in batches, memory stays
// bounded however many requests a run makes (the newest kept, and failures
// longer than the rest), its text is what Copy and Save write, and the
// filter shows one kind of answer.
#include "run/RequestLogFilter.h"
#include "run/RequestLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

class TestRequestLog : public QObject
{
    Q_OBJECT

    static RequestLogModel::Entry entry(int i, bool failure = false)
    {
        RequestLogModel::Entry entry;
        entry.time = QDateTime::currentDateTime();
        entry.endpoint = QStringLiteral("items");
        entry.method = QStringLiteral("GET");
        entry.url = QStringLiteral("https://api.example/items?page=%1").arg(i);
        entry.status = failure ? 503 : 200;
        entry.milliseconds = i;
        entry.failure = failure;
        return entry;
    }

private Q_SLOTS:
    void rowsArriveInBatches()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        for (int i = 0; i < 300; ++i) {
            model.add(entry(i));
        }
        // Nothing yet: the batch goes in on the next quarter second.
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(model.rowCount(), 300);
        QCOMPARE(inserted.count(), 1);
    }

    void aMillionRequestsKeepTheNewestAndTheFailures()
    {
        RequestLogModel model;
        const int total = 1000000;
        for (int i = 0; i < total; ++i) {
            // A failure among the first requests, and every 10,000th.
            model.add(entry(i, i == 5 || i % 10000 == 9999));
        }
        model.flush();
        QCOMPARE(model.seen(), qint64(total));
        const int failures = 1 + total / 10000;
        QCOMPARE(model.rowCount(), RequestLogModel::kRecent + failures);
        // The first failure is still there, and the newest request.
        QVERIFY(model.index(0, RequestLogModel::UrlColumn).data().toString().endsWith(u"page=5"));
        QVERIFY(model.index(model.rowCount() - 1, RequestLogModel::UrlColumn)
                    .data()
                    .toString()
                    .endsWith(QStringLiteral("page=%1").arg(total - 1)));
    }

    void failuresBeyondTheirBoundGoOldestFirst()
    {
        RequestLogModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (int i = 0; i < RequestLogModel::kFailures + RequestLogModel::kRecent + 50; ++i) {
            model.add(entry(i, true));
        }
        model.flush();
        QCOMPARE(model.rowCount(), RequestLogModel::kRecent + RequestLogModel::kFailures);
        QVERIFY(model.index(0, RequestLogModel::UrlColumn).data().toString().endsWith(u"page=50"));
    }

    void theTextIsOneTabSeparatedLinePerRow()
    {
        RequestLogModel model;
        model.add(entry(1));
        model.add(entry(2, true));
        model.flush();
        const QStringList lines = model.text().split(u'\n');
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1).split(u'\t').size(), int(RequestLogModel::ColumnCount));
        QVERIFY(lines.at(1).contains(QStringLiteral("\t503\t")));
        QCOMPARE(model.text({1}).split(u'\n').size(), 1);
    }

    void theFilterShowsOneKindOfAnswer()
    {
        RequestLogModel model;
        // The edges of each class, and a redirect no class but "every" shows.
        const QList<int> statuses{200, 299, 400, 499, 500, 0, 301};
        for (int i = 0; i < statuses.size(); ++i) {
            RequestLogModel::Entry request = entry(i, statuses.at(i) >= 400 || statuses.at(i) == 0);
            request.status = statuses.at(i);
            model.add(request);
        }
        RequestLogModel::Entry note;
        note.endpoint = QStringLiteral("items");
        note.note = QStringLiteral("token renewed before it ran out");
        note.isNote = true;
        model.add(note);
        model.flush();
        RequestLogFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto shown = [&](RequestLogFilter::Status status) {
            filter.setStatus(status);
            return filter.rowCount();
        };
        QCOMPARE(shown(RequestLogFilter::Status::Any), 8);
        QCOMPARE(shown(RequestLogFilter::Status::Success), 2);
        QCOMPARE(shown(RequestLogFilter::Status::ClientError), 2);
        QCOMPARE(shown(RequestLogFilter::Status::ServerError), 1);
        QCOMPARE(shown(RequestLogFilter::Status::NoAnswer), 1);
        QCOMPARE(shown(RequestLogFilter::Status::Notes), 1);
        // A note has no status to show; a request with no answer says so.
        QCOMPARE(filter.index(0, RequestLogModel::StatusColumn).data().toString(), QString());
        filter.setStatus(RequestLogFilter::Status::NoAnswer);
        QCOMPARE(filter.index(0, RequestLogModel::StatusColumn).data().toString(),
                 QStringLiteral("no answer"));
        // With failures only, the two kinds combine.
        filter.setFailuresOnly(true);
        QCOMPARE(shown(RequestLogFilter::Status::ClientError), 2);
        QCOMPARE(shown(RequestLogFilter::Status::Success), 0);
        filter.setEndpoint(QStringLiteral("other"));
        QCOMPARE(shown(RequestLogFilter::Status::Any), 0);
    }
};

QTEST_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
