// Paginators and detection, driven through dlt's paginate loop against an
// in-memory API: what each one asks for page by page, when it stops, and the
// few places where Grantline deliberately differs from dlt (a default total
// the API never sends is not an error). The same paginators walk the
// sandbox's playground over HTTP in the extractor's suite.
#include "http/Paginator.h"
#include "http/PaginatorDetector.h"
#include "source/DataSelector.h"
#include "source/PaginatorConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

namespace {

struct Served
{
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
};

using Api = std::function<Served(const PageRequest&)>;

struct Walk
{
    QStringList requested;
    QList<QJsonValue> bodies;
    int records = 0;
    QString error;
};

// dlt's loop: init, then send → select records → update → next request,
// until the paginator says stop (bounded, so a broken paginator ends too).
Walk walk(Paginator& paginator, const Api& api, PageRequest request,
          const QString& selector = QStringLiteral("items"))
{
    Walk result;
    simdjson::dom::parser parser;
    QString error;
    const JsonPath path = *JsonPath::parse(selector, &error);
    paginator.initRequest(request);
    for (int page = 0; page < 50; ++page) {
        result.requested << request.fullUrl().toString();
        result.bodies << request.json;
        const Served served = api(request);
        PageResponse response;
        response.url = request.fullUrl();
        response.status = 200;
        response.headers = served.headers;
        if (parser.parse(served.body.constData(), size_t(served.body.size())).get(response.body)) {
            result.error = QStringLiteral("bad test JSON");
            return result;
        }
        response.recordCount = qsizetype(DataSelector::records(response.body, path).size());
        result.records += int(response.recordCount);
        if (!paginator.update(response, &result.error)) {
            return result;
        }
        if (!paginator.hasNextPage()) {
            return result;
        }
        paginator.updateRequest(request);
    }
    result.error = QStringLiteral("did not stop");
    return result;
}

PageRequest get(const QString& url)
{
    PageRequest request;
    request.url = QUrl(url);
    return request;
}

std::unique_ptr<Paginator> paginator(const char* json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    ConfigProblems problems;
    const std::optional<PaginatorConfig> config = PaginatorConfig::read(
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(QString::fromLatin1(json)),
        QStringLiteral("paginator"), &problems);
    if (!config) {
        qFatal("bad paginator config in test: %s", qPrintable(problems.value(0).toString()));
    }
    return Paginator::create(config->type, config->parameters);
}

QByteArray items(int from, int count)
{
    QJsonArray list;
    for (int i = from; i < from + count; ++i) {
        list.append(QJsonObject{{QStringLiteral("id"), i}});
    }
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

// 25 items behind ?offset=&limit= (or ?page=, 10 a page), with or without
// "total" in the answer.
Served offsetApi(const PageRequest& request, bool withTotal)
{
    const QUrlQuery query(request.fullUrl());
    const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
    const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
    const int count = qBound(0, 25 - offset, limit);
    QByteArray body = "{\"items\":" + items(offset, count);
    if (withTotal) {
        body += ",\"total\":25";
    }
    return {{}, body + '}'};
}

} // namespace

class TestPaginators : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonLinkFollowsRelativeLinksAndDropsTheFirstQuery()
    {
        auto links = paginator(R"({"type": "json_link", "next_url_path": "paging.next"})");
        const Walk result = walk(
            *links,
            [](const PageRequest& request) -> Served {
                const int page =
                    QUrlQuery(request.fullUrl()).queryItemValue(QStringLiteral("p")).toInt();
                const QByteArray next = page < 3
                    ? "\"/v1/items?p=" + QByteArray::number(page + 1) + "\""
                    : QByteArray("null");
                return {{},
                        "{\"items\":" + items(page * 10, 10) + ",\"paging\":{\"next\":" + next
                            + "}}"};
            },
            get(QStringLiteral("https://api.example/v1/items?p=1&sort=asc")));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.requested,
                 QStringList({QStringLiteral("https://api.example/v1/items?p=1&sort=asc"),
                              QStringLiteral("https://api.example/v1/items?p=2"),
                              QStringLiteral("https://api.example/v1/items?p=3")}));
        QCOMPARE(result.records, 30);
    }

    void headerLinkReadsRfc8288()
    {
        auto links = paginator("header_link");
        const Walk result = walk(
            *links,
            [](const PageRequest& request) -> Served {
                const bool first = !request.fullUrl().hasQuery();
                Served served{{}, "{\"items\":" + items(0, 5) + '}'};
                if (first) {
                    served.headers = {{"link",
                                       "<https://api.example/items?page=2>; "
                                       "rel=\"next\", <https://api.example/items?page=9>; "
                                       "rel=\"last\""}};
                }
                return served;
            },
            get(QStringLiteral("https://api.example/items")));
        QCOMPARE(result.requested.size(), 2);
        QCOMPARE(result.requested.last(), QStringLiteral("https://api.example/items?page=2"));
        QCOMPARE(result.records, 10);
    }

    void cursorStopsOnAFalsyCursorAndKeepsOtherParams()
    {
        auto cursor = paginator(R"({"type": "cursor", "cursor_path": "meta.next",
                                    "cursor_param": "after"})");
        const Walk result = walk(
            *cursor,
            [](const PageRequest& request) -> Served {
                const QString after =
                    QUrlQuery(request.fullUrl()).queryItemValue(QStringLiteral("after"));
                const QByteArray next = after.isEmpty() ? "\"c1\""
                    : after == QLatin1String("c1")      ? "\"c2\""
                                                        : "\"\"";
                return {{}, "{\"items\":" + items(0, 4) + ",\"meta\":{\"next\":" + next + "}}"};
            },
            get(QStringLiteral("https://api.example/items?kind=a")));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.requested,
                 QStringList({QStringLiteral("https://api.example/items?kind=a"),
                              QStringLiteral("https://api.example/items?kind=a&after=c1"),
                              QStringLiteral("https://api.example/items?kind=a&after=c2")}));
    }

    void hasMoreOverridesTheCursorAndMustBeThere()
    {
        auto cursor = paginator(R"({"type": "cursor", "cursor_path": "next",
                                    "has_more_path": "has_more"})");
        const Walk stops = walk(
            *cursor,
            [](const PageRequest&) -> Served {
                return {{},
                        "{\"items\":[1],\"next\":\"more\","
                        "\"has_more\":\"false\"}"};
            },
            get(QStringLiteral("https://api.example/items")));
        QVERIFY2(stops.error.isEmpty(), qPrintable(stops.error));
        QCOMPARE(stops.requested.size(), 1);
        auto strict = cursor->clone();
        const Walk missing = walk(
            *strict,
            [](const PageRequest&) -> Served {
                return {{}, "{\"items\":[1],\"next\":\"more\"}"};
            },
            get(QStringLiteral("https://api.example/items")));
        QVERIFY2(missing.error.contains(QStringLiteral("has_more")), qPrintable(missing.error));
    }

    void cursorInTheJsonBodyForPostApis()
    {
        auto cursor = paginator(R"({"type": "cursor", "cursor_path": "next",
                                    "cursor_body_path": "page.after"})");
        PageRequest request = get(QStringLiteral("https://api.example/search"));
        request.method = QStringLiteral("POST");
        request.json = QJsonObject{{QStringLiteral("q"), QStringLiteral("x")}};
        const Walk result = walk(
            *cursor,
            [](const PageRequest& sent) -> Served {
                const bool first = !sent.json.toObject().contains(QStringLiteral("page"));
                return {{},
                        QByteArray("{\"items\":[1],\"next\":") + (first ? "\"k2\"" : "null") + '}'};
            },
            request);
        QCOMPARE(result.bodies.size(), 2);
        const QJsonObject second = result.bodies.last().toObject();
        QCOMPARE(second.value(QStringLiteral("q")).toString(), QStringLiteral("x"));
        QCOMPARE(second.value(QStringLiteral("page"))
                     .toObject()
                     .value(QStringLiteral("after"))
                     .toString(),
                 QStringLiteral("k2"));
        QCOMPARE(result.requested.first(), result.requested.last());
    }

    void headerCursorReadsAHeader()
    {
        auto cursor = paginator(R"({"type": "header_cursor", "cursor_key": "X-Next"})");
        const Walk result = walk(
            *cursor,
            [](const PageRequest& request) -> Served {
                Served served{{}, "{\"items\":[1,2]}"};
                if (!request.fullUrl().hasQuery()) {
                    served.headers = {{"x-next", "abc"}};
                }
                return served;
            },
            get(QStringLiteral("https://api.example/items")));
        QCOMPARE(result.requested.last(), QStringLiteral("https://api.example/items?cursor=abc"));
        QCOMPARE(result.records, 4);
    }

    void offsetStopsAtTheTotal()
    {
        auto offset = paginator(R"({"type": "offset", "limit": 10})");
        const Walk result = walk(
            *offset, [](const PageRequest& r) { return offsetApi(r, true); },
            get(QStringLiteral("https://api.example/items")));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.requested,
                 QStringList({QStringLiteral("https://api.example/items?offset=0&limit=10"),
                              QStringLiteral("https://api.example/items?offset=10&limit=10"),
                              QStringLiteral("https://api.example/items?offset=20&limit=10")}));
        QCOMPARE(result.records, 25);
    }

    void offsetWithoutTheDefaultTotalStopsOnAnEmptyPage()
    {
        // dlt fails here ("total" missing, issues #1401/#4429); the empty page
        // is enough to stop.
        auto offset = paginator(R"({"type": "offset", "limit": 10})");
        const Walk result = walk(
            *offset, [](const PageRequest& r) { return offsetApi(r, false); },
            get(QStringLiteral("https://api.example/items")));
        QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
        QCOMPARE(result.requested.size(), 4);
        QCOMPARE(result.records, 25);
    }

    void aTotalPathWrittenInTheFileMustBeThere()
    {
        auto offset = paginator(R"({"type": "offset", "limit": 10, "total_path": "count"})");
        const Walk result = walk(
            *offset, [](const PageRequest& r) { return offsetApi(r, true); },
            get(QStringLiteral("https://api.example/items")));
        QVERIFY2(result.error.contains(QStringLiteral("\"count\"")), qPrintable(result.error));
        QCOMPARE(result.requested.size(), 1);
    }

    void offsetMaximumAndLimitParams()
    {
        auto offset = paginator(R"({"type": "offset", "limit": 5, "offset": 5,
                                    "offset_param": "skip", "limit_param": "take",
                                    "maximum_offset": 15, "total_path": null})");
        const Walk result = walk(
            *offset,
            [](const PageRequest&) -> Served {
                return {{}, "{\"items\":" + items(0, 5) + '}'};
            },
            get(QStringLiteral("https://api.example/items")));
        QCOMPARE(result.requested,
                 QStringList({QStringLiteral("https://api.example/items?skip=5&take=5"),
                              QStringLiteral("https://api.example/items?skip=10&take=5")}));
    }

    void pageNumbersFromBasePageToTheTotal()
    {
        auto pages = paginator(R"({"type": "page_number", "base_page": 1,
                                   "total_path": "total_pages"})");
        const Walk result = walk(
            *pages,
            [](const PageRequest&) -> Served {
                return {{}, "{\"items\":[1,2],\"total_pages\":3}"};
            },
            get(QStringLiteral("https://api.example/items")));
        QCOMPARE(result.requested,
                 QStringList({QStringLiteral("https://api.example/items?page=1"),
                              QStringLiteral("https://api.example/items?page=2"),
                              QStringLiteral("https://api.example/items?page=3")}));
        // A paginator that knows its total says so.
        QCOMPARE(pages->totalPages(), std::optional<qint64>(3));
        QCOMPARE(pages->totalRecords(), std::nullopt);
    }

    void anOffsetTotalIsARecordCountAndGivesThePages()
    {
        auto offset = paginator(R"({"type": "offset", "limit": 10})");
        QCOMPARE(offset->totalRecords(), std::nullopt);
        const Walk result = walk(
            *offset, [](const PageRequest& r) { return offsetApi(r, true); },
            get(QStringLiteral("https://api.example/items")));
        QCOMPARE(result.records, 25);
        QCOMPARE(offset->totalRecords(), std::optional<qint64>(25));
        QCOMPARE(offset->totalPages(), std::optional<qint64>(3));
        // Without a total in the answers, nothing is claimed.
        auto silent = paginator(R"({"type": "offset", "limit": 10})");
        walk(
            *silent, [](const PageRequest& r) { return offsetApi(r, false); },
            get(QStringLiteral("https://api.example/items")));
        QCOMPARE(silent->totalRecords(), std::nullopt);
        QCOMPARE(silent->totalPages(), std::nullopt);
    }

    void maximumPageIsExclusiveAndHasMoreOverridesIt()
    {
        auto pages = paginator(R"({"type": "page_number", "base_page": 1, "maximum_page": 5,
                                   "total_path": null})");
        const Api full = [](const PageRequest&) -> Served { return {{}, "{\"items\":[1]}"}; };
        QCOMPARE(walk(*pages, full, get(QStringLiteral("https://a.example/i"))).requested.size(),
                 4);
        auto more = paginator(R"({"type": "page_number", "base_page": 1, "maximum_page": 2,
                                  "total_path": null, "has_more_path": "more"})");
        const Walk result = walk(
            *more,
            [](const PageRequest& request) -> Served {
                const int page =
                    QUrlQuery(request.fullUrl()).queryItemValue(QStringLiteral("page")).toInt();
                return {{},
                        QByteArray("{\"items\":[1],\"more\":") + (page < 4 ? "true" : "false")
                            + '}'};
            },
            get(QStringLiteral("https://a.example/i")));
        QCOMPARE(result.requested.size(), 4);
    }

    void singlePageAsksOnce()
    {
        auto single = paginator("single_page");
        const Walk result = walk(
            *single,
            [](const PageRequest&) -> Served {
                return {{{"Link", "</p2>; rel=\"next\""}}, "{\"items\":[1],\"next\":\"/p2\"}"};
            },
            get(QStringLiteral("https://api.example/items")));
        QCOMPARE(result.requested.size(), 1);
    }

    void configsSurviveARoundTrip()
    {
        for (const char* json :
             {R"({"type": "json_link", "next_url_path": "links.next"})",
              R"({"type": "cursor", "cursor_path": "a.b", "cursor_body_path": "c",
                  "stop_after_empty_page": true})",
              R"({"type": "offset", "limit": 7, "offset_body_path": "o", "total_path": null,
                  "maximum_offset": 70})",
              R"({"type": "page_number", "base_page": 1, "page": 2, "maximum_page": 9})"}) {
            auto first = paginator(json);
            ConfigProblems problems;
            const std::optional<PaginatorConfig> again =
                PaginatorConfig::read(first->config(), QStringLiteral("paginator"), &problems);
            QVERIFY2(again, qPrintable(problems.value(0).toString()));
            QCOMPARE(Paginator::create(again->type, again->parameters)->config(), first->config());
        }
        ConfigProblems problems;
        QVERIFY(!Paginator::create(QStringLiteral("auto"), {}));
    }

    void detection_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("parameter");
        QTest::newRow("link header")
            << QByteArray("</items?page=2>; rel=\"next\"") << QByteArray("[1,2]")
            << QStringLiteral("header_link") << QString();
        QTest::newRow("next url") << QByteArray()
                                  << QByteArray(R"({"items":[1],"next":"https:\/\/a.example/p2"})")
                                  << QStringLiteral("json_link") << QStringLiteral("next");
        QTest::newRow("json:api links.next")
            << QByteArray() << QByteArray(R"({"data":[1],"links":{"next":"/p?page[number]=2"}})")
            << QStringLiteral("json_link") << QStringLiteral("links.next");
        QTest::newRow("next object with href")
            << QByteArray() << QByteArray(R"({"items":[1],"next_page":{"href":"/p2"}})")
            << QStringLiteral("json_link") << QStringLiteral("next_page.href");
        QTest::newRow("total pages")
            << QByteArray() << QByteArray(R"({"items":[1],"meta":{"total_pages":"4"}})")
            << QStringLiteral("page_number") << QStringLiteral("meta.total_pages");
        QTest::newRow("cursor") << QByteArray()
                                << QByteArray(R"({"items":[1],"next_cursor":"abc"})")
                                << QStringLiteral("cursor") << QStringLiteral("next_cursor");
        QTest::newRow("nothing") << QByteArray() << QByteArray(R"({"items":[1]})")
                                 << QStringLiteral("single_page") << QString();
    }

    void detection()
    {
        QFETCH(QByteArray, header);
        QFETCH(QByteArray, body);
        QFETCH(QString, type);
        QFETCH(QString, parameter);
        simdjson::dom::parser parser;
        PageResponse page;
        page.url = QUrl(QStringLiteral("https://a.example/items"));
        if (!header.isEmpty()) {
            page.headers = {{"Link", header}};
        }
        QVERIFY(!parser.parse(body.constData(), size_t(body.size())).get(page.body));
        const PaginatorDetector::Guess guess = PaginatorDetector::detect(page);
        ConfigProblems problems;
        const PaginatorConfig found = *PaginatorConfig::read(guess.paginator->config(),
                                                             QStringLiteral("detected"), &problems);
        QCOMPARE(found.type, type);
        if (!parameter.isEmpty()) {
            QVERIFY2(found.parameters.contains(QStringLiteral("next_url_path"))
                         || found.parameters.contains(QStringLiteral("total_path"))
                         || found.parameters.contains(QStringLiteral("cursor_path")),
                     qPrintable(QString::fromUtf8(
                         QJsonDocument(found.parameters).toJson(QJsonDocument::Compact))));
            const QStringList values{
                found.parameters.value(QStringLiteral("next_url_path")).toString(),
                found.parameters.value(QStringLiteral("total_path")).toString(),
                found.parameters.value(QStringLiteral("cursor_path")).toString()};
            QVERIFY2(values.contains(parameter), qPrintable(values.join(u',')));
        }
    }

    void dataSelectorDetection_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("selector");
        QTest::addColumn<int>("records");
        QTest::newRow("top-level list") << QByteArray("[1,2,3]") << QStringLiteral("$") << 3;
        QTest::newRow("named list wins over an earlier one")
            << QByteArray(R"({"tags":["a"],"results":[{"id":1},{"id":2}]})")
            << QStringLiteral("results") << 2;
        QTest::newRow("meta is skipped")
            << QByteArray(R"({"meta":{"items":[1,2,3]},"rows":[{"id":1}]})")
            << QStringLiteral("rows") << 1;
        QTest::newRow("nested") << QByteArray(R"({"response":{"body":{"entries":[1,2]}}})")
                                << QStringLiteral("response.body.entries") << 2;
        QTest::newRow("first list otherwise")
            << QByteArray(R"({"things":[1],"other":[2,3]})") << QStringLiteral("things") << 1;
        QTest::newRow("dotted key")
            << QByteArray(R"({"odata.value":[1,2]})") << QStringLiteral("['odata.value']") << 2;
        QTest::newRow("key a path cannot name plainly")
            << QByteArray(R"({"$id":"1","$values":[{"a":1},{"a":2}]})")
            << QStringLiteral("['$values']") << 2;
        QTest::newRow("no list: the whole object")
            << QByteArray(R"({"id":1,"name":"x"})") << QStringLiteral("$") << 1;
    }

    void dataSelectorDetection()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, selector);
        QFETCH(int, records);
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        QVERIFY(!parser.parse(body.constData(), size_t(body.size())).get(root));
        QCOMPARE(DataSelector::detect(root), selector);
        QString error;
        const std::optional<JsonPath> path = JsonPath::parse(selector, &error);
        QVERIFY2(path, qPrintable(error));
        QCOMPARE(int(DataSelector::records(root, *path).size()), records);
    }

    void recordsFromSelectors()
    {
        simdjson::dom::parser parser;
        simdjson::dom::element root;
        const char body[] = R"({"data":null,"one":{"id":1},"list":[{"v":[1,2]},{"v":[3]}]})";
        QVERIFY(!parser.parse(body, sizeof(body) - 1).get(root));
        QString error;
        const auto count = [&](const char* selector) {
            return int(
                DataSelector::records(root, *JsonPath::parse(QLatin1String(selector), &error))
                    .size());
        };
        QCOMPARE(count("data"), 0);
        QCOMPARE(count("one"), 1);
        QCOMPARE(count("list"), 2);
        QCOMPARE(count("list[*].v"), 2);
        QCOMPARE(count("missing"), 0);
    }
};

QTEST_GUILESS_MAIN(TestPaginators)
#include "tst_paginators.moc"
