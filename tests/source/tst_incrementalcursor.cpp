// The incremental cursor's rules, record by record: where a run starts, which
// records count as new (open and closed ranges, end values, the boundary of
// the last run told apart by hash), min as well as max, row_order ending a
// walk early, missing and odd cursor values, and the lag.
#include "source/IncrementalCursor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

IncrementalConfig config(const char* json)
{
    ConfigProblems problems;
    const std::optional<IncrementalConfig> read = IncrementalConfig::read(
        QJsonDocument::fromJson(json).object(), QStringLiteral("incremental"), &problems);
    if (!read) {
        qFatal("bad incremental config: %s", qPrintable(problems.value(0).toString()));
    }
    return *read;
}

// Judges each record of a JSON list; returns the verdicts as letters
// (K keep, S skip, X stop, F fail).
QString judge(IncrementalCursor& cursor, const char* records)
{
    static simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(records, std::strlen(records)).get(root)) {
        return QStringLiteral("<bad JSON>");
    }
    QString verdicts;
    // Held in a variable: the loop must not run over a temporary's member.
    const simdjson::dom::array rootArray = root.get_array().value_unsafe();
    for (simdjson::dom::element record : rootArray) {
        QString error;
        switch (cursor.judge(record, &error)) {
        case IncrementalCursor::Verdict::Keep:
            verdicts += u'K';
            break;
        case IncrementalCursor::Verdict::Skip:
            verdicts += u'S';
            break;
        case IncrementalCursor::Verdict::Stop:
            verdicts += u'X';
            break;
        case IncrementalCursor::Verdict::Fail:
            verdicts += u'F';
            break;
        }
    }
    return verdicts;
}

} // namespace

class TestIncrementalCursor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstRunStartsAtTheInitialValueAndKeepsTheNewest()
    {
        IncrementalCursor cursor(config(R"({"cursor_path": "t", "initial_value": 10})"),
                                 {QStringLiteral("id")}, {});
        QCOMPARE(cursor.startValue().toInt(), 10);
        QCOMPARE(cursor.placeholders().value(QStringLiteral("incremental.start_value")).toInt(),
                 10);
        QCOMPARE(judge(cursor, R"([{"id":1,"t":5},{"id":2,"t":10},{"id":3,"t":30},{"id":4,"t":30},
                                  {"id":5,"t":20}])"),
                 QStringLiteral("SKKKK"));
        const QJsonObject state = cursor.state();
        QCOMPARE(state.value(QStringLiteral("last_value")).toInt(), 30);
        // Both records at the newest value are remembered for the boundary.
        QCOMPARE(state.value(QStringLiteral("unique_hashes")).toArray().size(), 2);
    }

    void nextRunSkipsWhatTheLastRunLoadedAtTheBoundary()
    {
        IncrementalCursor first(config(R"({"cursor_path": "t", "initial_value": 0})"),
                                {QStringLiteral("id")}, {});
        judge(first, R"([{"id":1,"t":5},{"id":2,"t":9}])");
        IncrementalCursor second(config(R"({"cursor_path": "t", "initial_value": 0})"),
                                 {QStringLiteral("id")}, first.state());
        QCOMPARE(second.startValue().toInt(), 9);
        // id 2 was loaded at t=9; id 3 also has t=9 but is new.
        QCOMPARE(judge(second, R"([{"id":2,"t":9},{"id":3,"t":9},{"id":4,"t":12},
                                   {"id":1,"t":5}])"),
                 QStringLiteral("SKKS"));
        QCOMPARE(second.state().value(QStringLiteral("last_value")).toInt(), 12);
        // Nothing newer: the boundary keeps the old hashes and the new ones.
        IncrementalCursor third(config(R"({"cursor_path": "t"})"), {QStringLiteral("id")},
                                second.state());
        judge(third, R"([{"id":5,"t":12}])");
        QCOMPARE(third.state().value(QStringLiteral("unique_hashes")).toArray().size(), 2);
    }

    void openStartAndClosedOrOpenEnd()
    {
        IncrementalCursor open(config(R"({"cursor_path": "t", "initial_value": 10,
                                          "range_start": "open"})"),
                               {}, {});
        QCOMPARE(judge(open, R"([{"t":10},{"t":11}])"), QStringLiteral("SK"));
        IncrementalCursor openEnd(config(R"({"cursor_path": "t", "initial_value": 10,
                                             "end_value": 20})"),
                                  {}, {});
        QCOMPARE(judge(openEnd, R"([{"t":19},{"t":20},{"t":21}])"), QStringLiteral("KSS"));
        // With an end value the run is stateless: nothing to keep.
        QVERIFY(openEnd.state().isEmpty());
        IncrementalCursor closedEnd(config(R"({"cursor_path": "t", "initial_value": 10,
                                               "end_value": 20, "range_end": "closed"})"),
                                    {}, {});
        QCOMPARE(judge(closedEnd, R"([{"t":20},{"t":21}])"), QStringLiteral("KS"));
    }

    void rowOrderEndsTheWalkEarly()
    {
        IncrementalCursor ascending(config(R"({"cursor_path": "t", "initial_value": 0,
                                               "end_value": 5, "row_order": "asc"})"),
                                    {}, {});
        QCOMPARE(judge(ascending, R"([{"t":3},{"t":6}])"), QStringLiteral("KX"));
        IncrementalCursor descending(config(R"({"cursor_path": "t", "initial_value": 5,
                                                "row_order": "desc"})"),
                                     {}, {});
        QCOMPARE(judge(descending, R"([{"t":9},{"t":4}])"), QStringLiteral("KX"));
    }

    void filterStopsAtTheOrderOnlyForTopLevelWalks()
    {
        static simdjson::dom::parser parser;
        simdjson::dom::element root;
        const char page[] = R"([{"t":3},{"t":9},{"t":4}])";
        QVERIFY(!parser.parse(page, sizeof(page) - 1).get(root));
        const auto records = [&root] {
            std::vector<simdjson::dom::element> list;
            const simdjson::dom::array array = root.get_array().value_unsafe();
            for (simdjson::dom::element record : array) {
                list.push_back(record);
            }
            return list;
        };
        const IncrementalConfig ordered = config(
            R"({"cursor_path": "t", "initial_value": 0, "end_value": 5, "row_order": "asc"})");
        IncrementalCursor topLevel(ordered, {}, {});
        std::vector<simdjson::dom::element> page1 = records();
        bool nothingNewer = false;
        QString error;
        QVERIFY(topLevel.filter(&page1, true, &nothingNewer, &error));
        QCOMPARE(page1.size(), size_t(1));
        QVERIFY(nothingNewer);
        // A child walk sees every record: the out-of-range one is only skipped.
        IncrementalCursor child(ordered, {}, {});
        std::vector<simdjson::dom::element> page2 = records();
        nothingNewer = false;
        QVERIFY(child.filter(&page2, false, &nothingNewer, &error));
        QCOMPARE(page2.size(), size_t(2));
        QVERIFY(!nothingNewer);
    }

    void minimumCursorsRunBackwards()
    {
        IncrementalCursor cursor(config(R"({"cursor_path": "t", "initial_value": 100,
                                            "last_value_func": "min"})"),
                                 {}, {});
        QCOMPARE(judge(cursor, R"([{"t":120},{"t":90},{"t":95}])"), QStringLiteral("SKK"));
        QCOMPARE(cursor.state().value(QStringLiteral("last_value")).toInt(), 90);
    }

    void missingCursorValues()
    {
        IncrementalCursor raise(config(R"({"cursor_path": "meta.t"})"), {}, {});
        QCOMPARE(judge(raise, R"([{"meta":{"t":1}},{"meta":{}}])"), QStringLiteral("KF"));
        IncrementalCursor include(config(R"({"cursor_path": "t",
                                             "on_cursor_value_missing": "include"})"),
                                  {}, {});
        QCOMPARE(judge(include, R"([{"x":1},{"t":null}])"), QStringLiteral("KK"));
        IncrementalCursor exclude(config(R"({"cursor_path": "t",
                                             "on_cursor_value_missing": "exclude"})"),
                                  {}, {});
        QCOMPARE(judge(exclude, R"([{"x":1},{"t":3}])"), QStringLiteral("SK"));
    }

    void valuesThatCannotBeComparedFail()
    {
        IncrementalCursor cursor(config(R"({"cursor_path": "t", "initial_value": 5})"), {}, {});
        QCOMPARE(judge(cursor, R"([{"t":"2026-01-01"}])"), QStringLiteral("F"));
        // Strings compare as strings, the way dlt compares ISO times.
        IncrementalCursor times(
            config(R"({"cursor_path": "t", "initial_value": "2026-01-02T00:00:00Z"})"), {}, {});
        QCOMPARE(judge(times, R"([{"t":"2026-01-01T23:59:59Z"},{"t":"2026-01-02T00:00:01Z"}])"),
                 QStringLiteral("SK"));
    }

    void lagMovesTheStartBackButNotPastTheInitialValue()
    {
        QCOMPARE(IncrementalCursor::withLag(100, 10, true).toInt(), 90);
        QCOMPARE(
            IncrementalCursor::withLag(QStringLiteral("2026-01-01T00:00:10Z"), 10, true).toString(),
            QStringLiteral("2026-01-01T00:00:00Z"));
        QCOMPARE(IncrementalCursor::withLag(QStringLiteral("2026-01-01T00:00:10.250Z"), 1, true)
                     .toString(),
                 QStringLiteral("2026-01-01T00:00:09.250Z"));
        QCOMPARE(IncrementalCursor::withLag(QStringLiteral("2026-01-10"), 2, true).toString(),
                 QStringLiteral("2026-01-08"));
        QCOMPARE(IncrementalCursor::withLag(QStringLiteral("20260110"), 2, true).toString(),
                 QStringLiteral("20260108"));
        const QJsonObject stored{{QStringLiteral("cursor_path"), QStringLiteral("t")},
                                 {QStringLiteral("last_value"), 12}};
        IncrementalCursor lagged(config(R"({"cursor_path": "t", "initial_value": 5, "lag": 4})"),
                                 {}, stored);
        QCOMPARE(lagged.startValue().toInt(), 8);
        IncrementalCursor floor(config(R"({"cursor_path": "t", "initial_value": 10, "lag": 4})"),
                                {}, stored);
        QCOMPARE(floor.startValue().toInt(), 10);
    }

    void manyRecordsOnTheNewestValueAreNoted()
    {
        IncrementalCursor cursor(config(R"({"cursor_path": "day"})"), {QStringLiteral("id")}, {});
        QByteArray records = "[";
        for (int id = 0; id <= IncrementalCursor::kManyAtBoundary; ++id) {
            records += "{\"id\":" + QByteArray::number(id) + ",\"day\":\"2026-11-22\"},";
        }
        records.chop(1);
        records += ']';
        QVERIFY(cursor.boundaryNote().isEmpty());
        judge(cursor, records.constData());
        QVERIFY2(cursor.boundaryNote().startsWith(QStringLiteral("201 records share")),
                 qPrintable(cursor.boundaryNote()));
        QCOMPARE(cursor.state().value(QStringLiteral("unique_hashes")).toArray().size(), 201);
    }

    void aChangedCursorPathStartsOver()
    {
        const QJsonObject stored{{QStringLiteral("cursor_path"), QStringLiteral("old")},
                                 {QStringLiteral("last_value"), 99}};
        IncrementalCursor cursor(config(R"({"cursor_path": "t", "initial_value": 1})"), {}, stored);
        QCOMPARE(cursor.startValue().toInt(), 1);
        QVERIFY(cursor.stateNote().contains(QStringLiteral("\"old\"")));
    }
};

QTEST_GUILESS_MAIN(TestIncrementalCursor)
#include "tst_incrementalcursor.moc"
