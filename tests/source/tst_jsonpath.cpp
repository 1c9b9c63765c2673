// The JSONPath subset of dlt configs on simdjson's DOM: the matches, and
// clear refusals for what is not supported.
#include "core/JsonPath.h"

#include <QTest>

namespace {

const char kDocument[] = R"({
  "data": {"items": [{"id": 1, "tags": ["a", "b"]}, {"id": 2, "tags": []}], "total": 2},
  "results": [{"id": "x"}, {"id": "y"}],
  "@odata.nextLink": "/next?page=2",
  "links": {"next": null, "self": "/items"},
  "meta.dotted": {"count": 7}
})";

// Every match as compact JSON text.
QStringList simdMatches(const JsonPath& path)
{
    static simdjson::dom::parser parser;
    simdjson::dom::element root;
    if (parser.parse(kDocument, sizeof(kDocument) - 1).get(root)) {
        return {QStringLiteral("<parse error>")};
    }
    QStringList texts;
    for (const simdjson::dom::element& match : path.find(root)) {
        texts << QString::fromStdString(simdjson::minify(match));
    }
    return texts;
}

} // namespace

class TestJsonPath : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("bare name") << QStringLiteral("results")
                                   << QStringList{QStringLiteral(R"([{"id":"x"},{"id":"y"}])")};
        QTest::newRow("dotted") << QStringLiteral("data.total") << QStringList{QStringLiteral("2")};
        QTest::newRow("dollar") << QStringLiteral("$.data.total")
                                << QStringList{QStringLiteral("2")};
        QTest::newRow("all items")
            << QStringLiteral("$.results[*]")
            << QStringList{QStringLiteral(R"({"id":"x"})"), QStringLiteral(R"({"id":"y"})")};
        QTest::newRow("field of every item")
            << QStringLiteral("data.items[*].id")
            << QStringList{QStringLiteral("1"), QStringLiteral("2")};
        QTest::newRow("index") << QStringLiteral("data.items[0].tags[1]")
                               << QStringList{QStringLiteral(R"("b")")};
        QTest::newRow("from the end")
            << QStringLiteral("results[-1].id") << QStringList{QStringLiteral(R"("y")")};
        QTest::newRow("quoted key with dots and @")
            << QStringLiteral("['@odata.nextLink']")
            << QStringList{QStringLiteral(R"("/next?page=2")")};
        QTest::newRow("double-quoted key")
            << QStringLiteral(R"($["meta.dotted"].count)") << QStringList{QStringLiteral("7")};
        QTest::newRow("null is a match")
            << QStringLiteral("links.next") << QStringList{QStringLiteral("null")};
        QTest::newRow("object wildcard")
            << QStringLiteral("links.*")
            << QStringList{QStringLiteral("null"), QStringLiteral(R"("/items")")};
        QTest::newRow("missing key") << QStringLiteral("data.nothing") << QStringList();
        QTest::newRow("index out of range") << QStringLiteral("results[5]") << QStringList();
        QTest::newRow("key of an array") << QStringLiteral("results.id") << QStringList();
    }

    void matches()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, expected);
        QString error;
        const std::optional<JsonPath> path = JsonPath::parse(expression, &error);
        QVERIFY2(path, qPrintable(error));
        QCOMPARE(simdMatches(*path), expected);
    }

    void rootSelectsTheWholeDocument()
    {
        for (const QString& root : {QStringLiteral("$"), QString()}) {
            QString error;
            const std::optional<JsonPath> path = JsonPath::parse(root, &error);
            QVERIFY(path && path->isRoot());
            QCOMPARE(simdMatches(*path).size(), 1);
        }
    }

    void unsupportedSyntaxIsRefusedClearly_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("recursive descent") << QStringLiteral("$..id") << QStringLiteral("\"..\"");
        QTest::newRow("unclosed bracket") << QStringLiteral("items[0") << QStringLiteral("closed");
        QTest::newRow("filter") << QStringLiteral("items[?(@.id>1)]")
                                << QStringLiteral("neither an index");
        QTest::newRow("trailing dot") << QStringLiteral("data.") << QStringLiteral("missing");
        QTest::newRow("bad start") << QStringLiteral(".data") << QStringLiteral("must start");
    }

    void unsupportedSyntaxIsRefusedClearly()
    {
        QFETCH(QString, expression);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!JsonPath::parse(expression, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
        QVERIFY2(error.contains(expression), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestJsonPath)
#include "tst_jsonpath.moc"
