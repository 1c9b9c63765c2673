// The JSON tree of Test request, headless: QAbstractItemModelTester on small,
// nested and chunked documents; rows made only when asked for; a 20 MB body
// parsed on another thread while this one's event loop keeps ticking; search
// into unexpanded nodes; pathOf() read back by JsonPath and Test request's
// select(); broken JSON named by line and column; huge integers and 10,000
// levels of nesting.
#include "core/JsonPath.h"
#include "pipeline/JsonTreeModel.h"
#include "source/TestRequestJob.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

const QByteArray kSmall = R"({"name": "Hub", "count": 3, "ratio": 1.5, "on": true, "none": null,
  "tags": ["a", "b"], "owner": {"id": "u1", "roles": ["admin", {"scope": "all"}]}})";

// An array of count records, each about 100 bytes.
QByteArray recordArray(int count, const QByteArray& wrapperKey = {})
{
    QByteArray body;
    body.reserve(qsizetype(count) * 110);
    body += wrapperKey.isEmpty() ? "[" : "{\"" + wrapperKey + "\": [";
    for (int i = 0; i < count; ++i) {
        body += i ? "," : "";
        body += "{\"id\":" + QByteArray::number(i) + ",\"name\":\"item number "
            + QByteArray::number(i) + "\",\"attributes\":{\"kind\":\"file\",\"size\":"
            + QByteArray::number(i * 7) + ",\"padding\":\"abcdefghijklmnopqrstuvwx\"}}";
    }
    body += wrapperKey.isEmpty() ? "]" : "]}";
    return body;
}

bool loadAndWait(JsonTreeModel* model, const QByteArray& body)
{
    QSignalSpy loaded(model, &JsonTreeModel::loaded);
    model->load(body);
    return loaded.wait(60000);
}

// The row whose key column says key, under parent.
QModelIndex child(JsonTreeModel* model, const QModelIndex& parent, const QString& key)
{
    while (model->canFetchMore(parent)) {
        model->fetchMore(parent);
    }
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, JsonTreeModel::KeyColumn, parent);
        if (index.data().toString() == key) {
            return index;
        }
    }
    return QModelIndex();
}

// QAbstractItemModelTester over a model that loads: Qt 6.4's tester runs its
// checks (fetching more) on modelReset before it notes the reset as done, and
// then takes the rows inserted for a change in the middle of the reset; so it
// watches from after each load.
class ModelTester
{
public:
    explicit ModelTester(JsonTreeModel* model)
        : m_model(model)
    { }

    bool load(const QByteArray& body)
    {
        m_tester.reset();
        const bool loaded = loadAndWait(m_model, body);
        m_tester.emplace(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        return loaded;
    }

private:
    JsonTreeModel* m_model;
    std::optional<QAbstractItemModelTester> m_tester;
};

QString cell(const QModelIndex& index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

// Expands every node, as a person clicking through all of them would.
void expandAll(JsonTreeModel* model, const QModelIndex& parent)
{
    while (model->canFetchMore(parent)) {
        model->fetchMore(parent);
    }
    for (int row = 0; row < model->rowCount(parent); ++row) {
        expandAll(model, model->index(row, 0, parent));
    }
}

} // namespace

class TestJsonTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void smallDocumentShowsKeysValuesAndTypes()
    {
        JsonTreeModel model;
        ModelTester tester(&model);
        QVERIFY(tester.load(kSmall));
        expandAll(&model, QModelIndex());
        QCOMPARE(model.rowCount(), 7);
        const QModelIndex name = child(&model, {}, u"name"_s);
        QCOMPARE(cell(name, JsonTreeModel::ValueColumn), u"Hub"_s);
        QCOMPARE(cell(name, JsonTreeModel::TypeColumn), u"string"_s);
        QCOMPARE(cell(child(&model, {}, u"count"_s), JsonTreeModel::ValueColumn), u"3"_s);
        QCOMPARE(cell(child(&model, {}, u"ratio"_s), JsonTreeModel::ValueColumn), u"1.5"_s);
        QCOMPARE(cell(child(&model, {}, u"on"_s), JsonTreeModel::TypeColumn), u"boolean"_s);
        QCOMPARE(cell(child(&model, {}, u"none"_s), JsonTreeModel::ValueColumn), u"null"_s);
        const QModelIndex tags = child(&model, {}, u"tags"_s);
        QCOMPARE(cell(tags, JsonTreeModel::ValueColumn), u"[2 item(s)]"_s);
        QCOMPARE(cell(tags, JsonTreeModel::TypeColumn), u"array"_s);
        QCOMPARE(cell(model.index(1, 0, tags), JsonTreeModel::KeyColumn), u"[1]"_s);
        QCOMPARE(cell(model.index(1, 0, tags), JsonTreeModel::ValueColumn), u"b"_s);
        const QModelIndex owner = child(&model, {}, u"owner"_s);
        QCOMPARE(cell(owner, JsonTreeModel::ValueColumn), u"{2 key(s)}"_s);
        const QModelIndex roles = child(&model, owner, u"roles"_s);
        const QModelIndex scope = child(&model, model.index(1, 0, roles), u"scope"_s);
        QCOMPARE(cell(scope, JsonTreeModel::ValueColumn), u"all"_s);
        QCOMPARE(scope.parent().parent().parent(), owner);
        QCOMPARE(model.headerData(JsonTreeModel::KeyColumn, Qt::Horizontal).toString(), u"Key"_s);
    }

    void nestedAndChunkedDocumentsPassTheModelTester()
    {
        JsonTreeModel model;
        ModelTester tester(&model);
        // The tester walks the whole tree on every insertion: numbers keep
        // the chunks cheap to check, records some nesting.
        QByteArray body = "{\"data\": [0";
        for (int i = 1; i < 2500; ++i) {
            body += "," + QByteArray::number(i);
        }
        body += "], \"records\": " + recordArray(20) + ", \"deep\": [[[[{\"x\": [[1]]}]]]]}";
        QVERIFY(tester.load(body));
        expandAll(&model, QModelIndex());
        const QModelIndex data = child(&model, {}, u"data"_s);
        QCOMPARE(model.rowCount(data), 2500);
        QCOMPARE(cell(model.index(2499, 0, data), JsonTreeModel::ValueColumn), u"2499"_s);
        // A scalar body is one row; an empty one has none.
        QVERIFY(tester.load("42"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model.index(0, 0), JsonTreeModel::ValueColumn), u"42"_s);
        QCOMPARE(model.pathOf(model.index(0, 0)), u"$"_s);
        QVERIFY(tester.load("[]"));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void aHugeArrayMakesRowsOnlyWhenAskedAChunkAtATime()
    {
        JsonTreeModel model;
        QVERIFY(loadAndWait(&model, recordArray(200000)));
        QCOMPARE(model.nodeCount(), 0);
        QVERIFY(model.hasChildren());
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), JsonTreeModel::kChunk);
        QCOMPARE(model.nodeCount(), JsonTreeModel::kChunk);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * JsonTreeModel::kChunk);
        QCOMPARE(model.nodeCount(), 2 * JsonTreeModel::kChunk);
        QCOMPARE(cell(model.index(1999, 0), JsonTreeModel::KeyColumn), u"[1999]"_s);
        // A record's members exist only once it is expanded.
        const QModelIndex record = model.index(1500, 0);
        QVERIFY(model.hasChildren(record));
        QCOMPARE(model.rowCount(record), 0);
        model.fetchMore(record);
        QCOMPARE(model.rowCount(record), 3);
        QCOMPARE(model.nodeCount(), 2 * JsonTreeModel::kChunk + 3);
        QCOMPARE(cell(model.index(1, 0, record), JsonTreeModel::ValueColumn),
                 u"item number 1500"_s);
    }

    void aLargeBodyIsParsedOffTheCallingThread()
    {
        const QByteArray body = recordArray(200000, "data");
        QVERIFY(body.size() > 20 * 1000 * 1000);
        JsonTreeModel model;
        QSignalSpy loaded(&model, &JsonTreeModel::loaded);
        QElapsedTimer clock;
        qint64 last = 0;
        qint64 longestGap = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, clock.elapsed() - last);
            last = clock.elapsed();
        });
        clock.start();
        ticker.start();
        model.load(body);
        QVERIFY(model.isLoading());
        QVERIFY(loaded.wait(60000));
        ticker.stop();
        QVERIFY(!model.isLoading());
        QVERIFY(model.parseThread() != nullptr);
        QVERIFY(model.parseThread() != QThread::currentThreadId());
        qInfo("loaded %lld bytes in %lld ms; the event loop's longest gap %lld ms",
              qint64(body.size()), clock.elapsed(), longestGap);
        QVERIFY2(longestGap < 200, qPrintable(u"gap %1 ms"_s.arg(longestGap)));
        QCOMPARE(model.rowCount(), 0);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
    }

    void aLaterLoadWinsOverAnEarlierOne()
    {
        JsonTreeModel model;
        QSignalSpy loaded(&model, &JsonTreeModel::loaded);
        model.load(recordArray(100000));
        model.load(R"({"only": 1})");
        QVERIFY(loaded.wait(60000));
        QTRY_VERIFY(!model.isLoading());
        QCOMPARE(loaded.size(), 1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(cell(model.index(0, 0), JsonTreeModel::KeyColumn), u"only"_s);
    }

    void clearDropsALoadStillRunning()
    {
        JsonTreeModel model;
        QSignalSpy loaded(&model, &JsonTreeModel::loaded);
        model.load(recordArray(100000));
        QVERIFY(model.isLoading());
        model.clear();
        QVERIFY(!model.isLoading());
        // The worker ends, its result is dropped; a later load still works.
        QVERIFY(loadAndWait(&model, "[1]"));
        QCOMPARE(loaded.size(), 1);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 1);
    }

    void searchFindsKeysAndValuesInUnexpandedNodes()
    {
        JsonTreeModel model;
        QByteArray body = recordArray(200000, "data");
        body.chop(1);
        body += R"(, "meta": {"deep": {"Needle_Key": [1, {"note": "a hidden NEEDLE here"}]}}})";
        QVERIFY(loadAndWait(&model, body));
        QCOMPARE(model.nodeCount(), 0);

        const QModelIndexList hits = model.find(u"needle"_s, 10);
        QCOMPARE(hits.size(), 2);
        QCOMPARE(model.pathOf(hits.at(0)), u"meta.deep.Needle_Key"_s);
        QCOMPARE(model.pathOf(hits.at(1)), u"meta.deep.Needle_Key[1].note"_s);
        QCOMPARE(cell(hits.at(1), JsonTreeModel::ValueColumn), u"a hidden NEEDLE here"_s);
        // Only the path to the hits: the root's two members, then small
        // containers (no chunk of the 200,000 records).
        QVERIFY2(model.nodeCount() < 10, qPrintable(QString::number(model.nodeCount())));

        // A value deep in the big array: a chunk around it, not the array.
        const QModelIndexList far = model.find(u"item number 150123"_s, 5);
        QCOMPARE(far.size(), 1);
        QCOMPARE(model.pathOf(far.at(0)), u"data[150123].name"_s);
        QCOMPARE(far.at(0).parent().parent(), child(&model, {}, u"data"_s));
        QVERIFY(model.nodeCount() < 152 * JsonTreeModel::kChunk + 20);

        // The limit bounds the walk; a number is found as its text.
        QCOMPARE(model.find(u"item number"_s, 7).size(), 7);
        const QModelIndexList sizes = model.find(u"1050847"_s, 3);
        QCOMPARE(sizes.size(), 1);
        QCOMPARE(model.pathOf(sizes.at(0)), u"data[150121].attributes.size"_s);
        QVERIFY(model.find(u"nowhere to be found"_s, 5).isEmpty());
    }

    void pathOfIsReadBackByJsonPathAndSelect()
    {
        // Not a raw string: moc takes the quote in "it's" for a character.
        const QByteArray body = "{\"data\": [{\"id\": 0}, {\"id\": 1}, {\"id\": 2},"
                                "{\"attributes\": {\"name\": \"fourth\", \"odata.next\": \"n\","
                                "\"$values\": [5], \"it's\": \"q\", \"a b\": true, \"\": 0}}]}";
        JsonTreeModel model;
        QVERIFY(loadAndWait(&model, body));
        expandAll(&model, {});
        const QModelIndex data = child(&model, {}, u"data"_s);
        const QModelIndex attributes = child(&model, model.index(3, 0, data), u"attributes"_s);
        QCOMPARE(model.pathOf(child(&model, attributes, u"name"_s)), u"data[3].attributes.name"_s);
        QCOMPARE(model.pathOf(child(&model, attributes, u"odata.next"_s)),
                 u"data[3].attributes['odata.next']"_s);
        QCOMPARE(model.pathOf(QModelIndex()), u"$"_s);

        const QStringList keys{u"name"_s, u"odata.next"_s, u"$values"_s,
                               u"it's"_s, u"a b"_s,        QString()};
        for (const QString& key : keys) {
            const QModelIndex node = child(&model, attributes, key);
            QVERIFY2(node.isValid(), qPrintable(key));
            const QString path = model.pathOf(node);
            QString problem;
            QVERIFY2(JsonPath::parse(path, &problem), qPrintable(problem));
            QCOMPARE(model.setSelector(path), QString());
            QCOMPARE(model.selectedCount(), 1);
            QVERIFY2(node.data(JsonTreeModel::SelectedRole).toBool(), qPrintable(path));
            QVERIFY(!attributes.data(JsonTreeModel::SelectedRole).toBool());
            const TestRequestJob::Selection selection = TestRequestJob::select(body, path);
            QCOMPARE(selection.problem, QString());
            QCOMPARE(selection.count, 1);
        }
        const TestRequestJob::Selection name =
            TestRequestJob::select(body, model.pathOf(child(&model, attributes, u"name"_s)));
        QCOMPARE(name.firstRecords.at(0).toString(), u"fourth"_s);
    }

    void aSelectorMarksWhatItMatchesAndTheRecordsItPicks()
    {
        JsonTreeModel model;
        ModelTester tester(&model);
        QVERIFY(tester.load(recordArray(3, "data")));
        const QModelIndex data = child(&model, {}, u"data"_s);
        model.fetchMore(data);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QCOMPARE(model.setSelector(u"data"_s), QString());
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.selectedCount(), 1);
        QCOMPARE(model.recordCount(), 3);
        QVERIFY(data.data(JsonTreeModel::SelectedRole).toBool());
        QVERIFY(!data.data(JsonTreeModel::RecordRole).toBool());
        QVERIFY(model.index(2, 0, data).data(JsonTreeModel::RecordRole).toBool());
        QCOMPARE(model.setSelector(u"data[*].attributes.kind"_s), QString());
        QCOMPARE(model.selectedCount(), 3);
        QVERIFY(!model.index(2, 0, data).data(JsonTreeModel::SelectedRole).toBool());
        QVERIFY(!model.setSelector(u"data[oops"_s).isEmpty());
        QCOMPARE(model.selectedCount(), 0);
        QCOMPARE(model.setSelector(QString()), QString());
        QCOMPARE(model.recordCount(), 0);
    }

    void brokenJsonFailsWithLineAndColumn()
    {
        JsonTreeModel model;
        QSignalSpy failed(&model, &JsonTreeModel::failed);
        model.load("{\n  \"a\": 1,\n  \"b\": ]\n}");
        QVERIFY(failed.wait(60000));
        const QString problem = failed.at(0).at(0).toString();
        QVERIFY2(problem.contains(u"line 3, column 8"_s), qPrintable(problem));
        QVERIFY(!model.isLoading());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.find(u"a"_s, 5).isEmpty());
    }

    void bigIntegersAndDeepNestingDoNotBreakIt()
    {
        JsonTreeModel model;
        ModelTester tester(&model);
        QVERIFY(loadAndWait(
            &model,
            R"({"big": 123456789012345678901234567890, "max": 18446744073709551615, "min": -9223372036854775808})"));
        expandAll(&model, {});
        QCOMPARE(cell(child(&model, {}, u"big"_s), JsonTreeModel::ValueColumn),
                 u"123456789012345678901234567890"_s);
        QCOMPARE(cell(child(&model, {}, u"max"_s), JsonTreeModel::ValueColumn),
                 u"18446744073709551615"_s);
        QCOMPARE(cell(child(&model, {}, u"min"_s), JsonTreeModel::ValueColumn),
                 u"-9223372036854775808"_s);

        const int depth = 10000;
        const QByteArray deep = QByteArray(depth, '[') + "\"bottom\"" + QByteArray(depth, ']');
        QVERIFY(tester.load(deep));
        const QModelIndexList hits = model.find(u"bottom"_s, 1);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(model.nodeCount(), depth);
        QString expected;
        for (int i = 0; i < depth; ++i) {
            expected += u"[0]"_s;
        }
        QCOMPARE(model.pathOf(hits.at(0)), expected);
        QCOMPARE(model.setSelector(expected), QString());
        QVERIFY(hits.at(0).data(JsonTreeModel::SelectedRole).toBool());
    }
};

QTEST_GUILESS_MAIN(TestJsonTreeModel)
#include "tst_jsontreemodel.moc"
