// The sandbox's data side through HTTP only: every pagination style walked to
// the end with the exact record count, determinism by seed, and every fault
// observed both by the client and in /sandbox/stats.
#include "SandboxFixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QSet>
#include <QTimeZone>

using namespace SandboxFixture;

namespace {
constexpr qint64 kRecords = 437;
}

class TestSandboxData : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    HttpTestClient m_client;
    QString m_userToken;
    QString m_appToken;
    // Set when a walk met a non-200 page, so an empty result cannot pass.
    bool m_walkFailed = false;

    QUrl url(const QString& pathAndQuery) const
    {
        return m_sandbox->baseUrl().resolved(QUrl(pathAndQuery));
    }

    HttpTestReply getData(const QUrl& target)
    {
        return m_client.getWithBearer(target, m_userToken);
    }

    // Follows links.next from a JSON:API list until it stops; returns every item.
    QJsonArray walkJsonApi(QUrl next, int* pages = nullptr)
    {
        QJsonArray all;
        int count = 0;
        while (next.isValid() && !next.isEmpty() && count < 10000) {
            const HttpTestReply reply = getData(next);
            if (reply.status != 200) {
                qWarning("status %d for %s", reply.status, qPrintable(next.toString()));
                m_walkFailed = true;
                return {};
            }
            const QJsonObject body = reply.json();
            for (const QJsonValue& item : body.value(QStringLiteral("data")).toArray()) {
                all.append(item);
            }
            ++count;
            next = QUrl(body.value(QStringLiteral("links"))
                            .toObject()
                            .value(QStringLiteral("next"))
                            .toObject()
                            .value(QStringLiteral("href"))
                            .toString());
        }
        if (pages) {
            *pages = count;
        }
        return all;
    }

    QJsonArray projectsOf(const QString& hubId)
    {
        return walkJsonApi(url(QStringLiteral("/project/v1/hubs/%1/projects").arg(hubId)));
    }

    static QString href(const QJsonObject& resource, const char* relationship)
    {
        return resource.value(QStringLiteral("relationships"))
            .toObject()
            .value(QLatin1String(relationship))
            .toObject()
            .value(QStringLiteral("links"))
            .toObject()
            .value(QStringLiteral("related"))
            .toObject()
            .value(QStringLiteral("href"))
            .toString();
    }

    // Every item, reached the way a client would: hubs → projects → top
    // folders → contents, with the given page size.
    QJsonArray allItems(int pageLimit)
    {
        QJsonArray items;
        const QJsonArray hubs = getData(url(QStringLiteral("/project/v1/hubs")))
                                    .json()
                                    .value(QStringLiteral("data"))
                                    .toArray();
        for (const QJsonValue& hub : hubs) {
            for (const QJsonValue& project : projectsOf(hub[QStringLiteral("id")].toString())) {
                const QJsonArray folders = getData(QUrl(href(project.toObject(), "topFolders")))
                                               .json()
                                               .value(QStringLiteral("data"))
                                               .toArray();
                for (const QJsonValue& folder : folders) {
                    QUrl contents(href(folder.toObject(), "contents"));
                    contents.setQuery(QStringLiteral("page%5Blimit%5D=%1").arg(pageLimit));
                    for (const QJsonValue& item : walkJsonApi(contents)) {
                        items.append(item);
                    }
                }
            }
        }
        return items;
    }

    // Walks a playground style to the end; returns the records.
    QJsonArray walkPlayground(const QString& style, const QString& query)
    {
        QJsonArray all;
        QUrl next = url(QStringLiteral("/playground/%1?%2").arg(style, query));
        qint64 offset = 0;
        int page = 1;
        for (int guard = 0; guard < 1000; ++guard) {
            const HttpTestReply reply = m_client.get(next);
            if (reply.status != 200) {
                qWarning("status %d for %s", reply.status, qPrintable(next.toString()));
                m_walkFailed = true;
                return {};
            }
            const QJsonDocument document = QJsonDocument::fromJson(reply.body);
            const QJsonObject body = document.object();
            QJsonArray records;
            if (document.isArray()) {
                records = document.array();
            } else if (body.contains(QStringLiteral("data"))) {
                records = body.value(QStringLiteral("data")).toArray();
            } else if (body.contains(QStringLiteral("items"))) {
                records = body.value(QStringLiteral("items")).toArray();
            }
            for (const QJsonValue& record : records) {
                all.append(record);
            }
            if (style == QLatin1String("json-link") || style == QLatin1String("incremental")) {
                if (body.value(QStringLiteral("next")).isNull()) {
                    return all;
                }
                next = QUrl(body.value(QStringLiteral("next")).toString());
            } else if (style == QLatin1String("header-link")) {
                const QByteArray link = reply.header("Link");
                if (link.isEmpty()) {
                    return all;
                }
                if (!link.endsWith("rel=\"next\"")) {
                    qWarning("unexpected Link header: %s", link.constData());
                    return {};
                }
                next = QUrl::fromEncoded(link.mid(1, link.indexOf('>') - 1));
            } else if (style == QLatin1String("offset")
                       || style == QLatin1String("offset-no-total")) {
                offset += records.size();
                const bool done = style == QLatin1String("offset")
                    ? offset >= body.value(QStringLiteral("total")).toInteger()
                    : records.isEmpty();
                if (done) {
                    return all;
                }
                next = url(
                    QStringLiteral("/playground/%1?%2&offset=%3").arg(style, query).arg(offset));
            } else if (style == QLatin1String("page-number")) {
                if (page >= body.value(QStringLiteral("total_pages")).toInteger()) {
                    return all;
                }
                ++page;
                next = url(QStringLiteral("/playground/%1?%2&page=%3").arg(style, query).arg(page));
            } else if (style == QLatin1String("cursor")
                       || style == QLatin1String("header-cursor")) {
                const QString cursor = style == QLatin1String("cursor")
                    ? body.value(QStringLiteral("cursors"))
                          .toObject()
                          .value(QStringLiteral("next"))
                          .toString()
                    : QString::fromLatin1(reply.header("X-Next-Cursor"));
                if (cursor.isEmpty()) {
                    return all;
                }
                next = url(QStringLiteral("/playground/%1?%2&cursor=%3").arg(style, query, cursor));
            } else {
                return all; // single page
            }
        }
        return all;
    }

    static QSet<qint64> ids(const QJsonArray& records)
    {
        QSet<qint64> set;
        for (const QJsonValue& record : records) {
            set.insert(record[QStringLiteral("id")].toInteger());
        }
        return set;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxSettings settings;
        settings.records = kRecords;
        settings.buckets = 23;
        m_sandbox = start(settings);
        m_userToken = signInDesktop(m_client, *m_sandbox).access();
        m_appToken =
            clientCredentials(m_client, *m_sandbox, QStringLiteral("bucket:read data:read"))
                .access();
        QVERIFY(!m_userToken.isEmpty());
        QVERIFY(!m_appToken.isEmpty());
    }

    void init()
    {
        m_walkFailed = false;
    }
    void cleanup()
    {
        QVERIFY2(!m_walkFailed, "a walk met a page that was not 200");
    }

    void hubsAndProjectsLookLikeAps()
    {
        const QJsonObject body = getData(url(QStringLiteral("/project/v1/hubs"))).json();
        QCOMPARE(body.value(QStringLiteral("jsonapi")).toObject().value(QStringLiteral("version")),
                 QJsonValue(QStringLiteral("1.0")));
        const QJsonArray hubs = body.value(QStringLiteral("data")).toArray();
        QCOMPARE(hubs.size(), RecordGenerator::kHubCount);
        QCOMPARE(hubs[0][QStringLiteral("type")].toString(), QStringLiteral("hubs"));
        const QJsonArray projects = projectsOf(hubs[1][QStringLiteral("id")].toString());
        QCOMPARE(projects.size(), RecordGenerator::kProjectsPerHub);
        QVERIFY(hubs[1][QStringLiteral("id")].toString().startsWith(QStringLiteral("b.")));
    }

    void folderContentsWalkReachesEveryItemOnce_data()
    {
        QTest::addColumn<int>("pageLimit");
        QTest::newRow("limit 200") << 200;
        QTest::newRow("limit 7") << 7;
    }

    void folderContentsWalkReachesEveryItemOnce()
    {
        QFETCH(int, pageLimit);
        const QJsonArray items = allItems(pageLimit);
        QCOMPARE(items.size(), kRecords);
        QSet<QString> unique;
        for (const QJsonValue& item : items) {
            unique.insert(item[QStringLiteral("id")].toString());
            QCOMPARE(item[QStringLiteral("type")].toString(), QStringLiteral("items"));
        }
        QCOMPARE(unique.size(), kRecords);
    }

    void contentsIncludeTipVersionsAndRealisticFields()
    {
        const QJsonArray hubs = getData(url(QStringLiteral("/project/v1/hubs")))
                                    .json()[QStringLiteral("data")]
                                    .toArray();
        const QJsonArray projects = projectsOf(hubs[0][QStringLiteral("id")].toString());
        const QJsonArray folders = getData(QUrl(href(projects[0].toObject(), "topFolders")))
                                       .json()[QStringLiteral("data")]
                                       .toArray();
        QUrl contents(href(folders[0].toObject(), "contents"));
        contents.setQuery(QStringLiteral("page%5Blimit%5D=5"));
        const QJsonObject page = getData(contents).json();
        const QJsonArray data = page[QStringLiteral("data")].toArray();
        const QJsonArray included = page[QStringLiteral("included")].toArray();
        QCOMPARE(data.size(), 5);
        QCOMPARE(included.size(), 5);
        QCOMPARE(included[0][QStringLiteral("type")].toString(), QStringLiteral("versions"));
        const QJsonObject attributes = data[0][QStringLiteral("attributes")].toObject();
        QVERIFY(QDateTime::fromString(attributes[QStringLiteral("createTime")].toString(),
                                      Qt::ISODateWithMs)
                    .isValid());
        QVERIFY(attributes[QStringLiteral("extension")][QStringLiteral("data")]
                          [QStringLiteral("attributes")]
                              .isArray());
        // links.next is percent-encoded like APS, and absent on the last page.
        const QString next =
            page[QStringLiteral("links")][QStringLiteral("next")][QStringLiteral("href")]
                .toString();
        QVERIFY2(next.contains(QStringLiteral("page%5Bnumber%5D=1")), qPrintable(next));
        QVERIFY2(next.contains(QStringLiteral("page%5Blimit%5D=5")), qPrintable(next));
    }

    void itemVersionsArePaged()
    {
        const QJsonArray items = allItems(200);
        int checked = 0;
        for (const QJsonValue& item : items) {
            const QString versions = href(item.toObject(), "versions");
            QUrl first(versions);
            first.setQuery(QStringLiteral("page%5Blimit%5D=1"));
            int pages = 0;
            const QJsonArray all = walkJsonApi(first, &pages);
            const int tip = item[QStringLiteral("relationships")][QStringLiteral("tip")]
                                [QStringLiteral("data")][QStringLiteral("id")]
                                    .toString()
                                    .section(QStringLiteral("version="), 1)
                                    .toInt();
            QCOMPARE(all.size(), tip);
            QCOMPARE(pages, tip);
            QCOMPARE(all[0][QStringLiteral("attributes")][QStringLiteral("versionNumber")].toInt(),
                     tip);
            if (++checked == 10) {
                break;
            }
        }
    }

    void pageLimitAbove200IsRefused()
    {
        const QJsonArray hubs = getData(url(QStringLiteral("/project/v1/hubs")))
                                    .json()[QStringLiteral("data")]
                                    .toArray();
        QUrl projects = url(QStringLiteral("/project/v1/hubs/%1/projects")
                                .arg(hubs[0][QStringLiteral("id")].toString()));
        projects.setQuery(QStringLiteral("page%5Blimit%5D=201"));
        const HttpTestReply reply = getData(projects);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.json().contains(QStringLiteral("errors")));
        QCOMPARE(getData(url(QStringLiteral("/project/v1/hubs/a.nope_0/projects"))).status, 404);
    }

    void bucketsArePagedWithStartAtAndNext()
    {
        QJsonArray all;
        QUrl next = url(QStringLiteral("/oss/v2/buckets?limit=5"));
        int pages = 0;
        while (!next.isEmpty() && pages < 100) {
            const HttpTestReply reply = m_client.getWithBearer(next, m_appToken);
            QCOMPARE(reply.status, 200);
            for (const QJsonValue& bucket : reply.json()[QStringLiteral("items")].toArray()) {
                all.append(bucket);
            }
            next = QUrl(reply.json()[QStringLiteral("next")].toString());
            ++pages;
        }
        QCOMPARE(all.size(), 23);
        QCOMPARE(pages, 5);
        QSet<QString> keys;
        for (const QJsonValue& bucket : all) {
            keys.insert(bucket[QStringLiteral("bucketKey")].toString());
        }
        QCOMPARE(keys.size(), 23);
        QCOMPARE(
            m_client.getWithBearer(url(QStringLiteral("/oss/v2/buckets?limit=101")), m_appToken)
                .json()[QStringLiteral("reason")]
                .toString(),
            QStringLiteral("Invalid limit"));
        // Buckets belong to the app: a user token is refused.
        QCOMPARE(getData(url(QStringLiteral("/oss/v2/buckets"))).status, 403);
    }

    void playgroundStylesWalkToTheExactCount_data()
    {
        QTest::addColumn<QString>("style");
        for (const char* style : {"json-link", "header-link", "offset", "offset-no-total",
                                  "page-number", "cursor", "header-cursor", "single"}) {
            QTest::newRow(style) << QString::fromLatin1(style);
        }
    }

    void playgroundStylesWalkToTheExactCount()
    {
        QFETCH(QString, style);
        const QJsonArray records = walkPlayground(style, QStringLiteral("records=137&limit=20"));
        QCOMPARE(records.size(), 137);
        const QSet<qint64> unique = ids(records);
        QCOMPARE(unique.size(), 137);
        QVERIFY(unique.contains(1) && unique.contains(137));
    }

    void playgroundHandlesEmptyAndExactMultiples()
    {
        QCOMPARE(walkPlayground(QStringLiteral("json-link"), QStringLiteral("records=0")).size(),
                 0);
        QCOMPARE(
            walkPlayground(QStringLiteral("cursor"), QStringLiteral("records=40&limit=20")).size(),
            40);
        QCOMPARE(m_client.get(url(QStringLiteral("/playground/cursor?cursor=bogus"))).status, 400);
        QCOMPARE(m_client.get(url(QStringLiteral("/playground/nope"))).status, 404);
    }

    void incrementalHonoursUpdatedSinceAndSorts()
    {
        const QJsonArray all =
            walkPlayground(QStringLiteral("incremental"), QStringLiteral("records=300&limit=25"));
        QCOMPARE(all.size(), 300);
        QString previous;
        for (const QJsonValue& record : all) {
            const QString updated = record[QStringLiteral("updated_at")].toString();
            QVERIFY2(previous <= updated, qPrintable(previous + u' ' + updated));
            previous = updated;
        }
        const QString since = all[200][QStringLiteral("updated_at")].toString();
        qsizetype expected = 0;
        for (const QJsonValue& record : all) {
            expected += record[QStringLiteral("updated_at")].toString() >= since ? 1 : 0;
        }
        const QJsonArray newer =
            walkPlayground(QStringLiteral("incremental"),
                           QStringLiteral("records=300&limit=25&updated_since=")
                               + QString::fromLatin1(QUrl::toPercentEncoding(since)));
        QCOMPARE(newer.size(), expected);
        QCOMPARE(newer[0][QStringLiteral("updated_at")].toString(), since);
    }

    void sameSeedGivesSameRecords()
    {
        SandboxSettings settings;
        settings.records = kRecords;
        const auto twin = start(settings);
        settings.seed = 7;
        const auto other = start(settings);
        const auto firstPlayground = [this](const SandboxServer& server) {
            return m_client
                .get(endpoint(server, "/playground/single")
                         .resolved(QUrl(QStringLiteral("?records=20"))))
                .json()[QStringLiteral("items")]
                .toArray();
        };
        QCOMPARE(firstPlayground(*twin), firstPlayground(*m_sandbox));
        QVERIFY(firstPlayground(*other) != firstPlayground(*m_sandbox));
    }

    void faultsReachTheClientAndTheStats_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("counter");
        QTest::newRow("429") << QStringLiteral("429") << 429 << QStringLiteral("fault_429");
        QTest::newRow("500") << QStringLiteral("500") << 500 << QStringLiteral("fault_500");
        QTest::newRow("502") << QStringLiteral("502") << 502 << QStringLiteral("fault_502");
        QTest::newRow("503") << QStringLiteral("503") << 503 << QStringLiteral("fault_503");
        QTest::newRow("html") << QStringLiteral("html") << 200 << QStringLiteral("fault_html");
        QTest::newRow("malformed")
            << QStringLiteral("malformed") << 200 << QStringLiteral("fault_malformed");
    }

    void faultsReachTheClientAndTheStats()
    {
        QFETCH(QString, fault);
        QFETCH(int, status);
        QFETCH(QString, counter);
        const int before = stats(m_client, *m_sandbox)[counter].toInt();
        const HttpTestReply reply =
            getData(url(QStringLiteral("/project/v1/hubs?sandbox_fault=") + fault));
        QCOMPARE(reply.status, status);
        if (fault == QLatin1String("429")) {
            QCOMPARE(reply.header("Retry-After"), QByteArray("1"));
            QCOMPARE(reply.json()[QStringLiteral("developerMessage")].toString(),
                     QStringLiteral("Quota limit exceeded."));
        }
        if (fault == QLatin1String("html")) {
            QVERIFY(reply.header("Content-Type").startsWith("text/html"));
            QVERIFY(reply.body.startsWith("<!DOCTYPE html>"));
        }
        if (fault == QLatin1String("malformed")) {
            QVERIFY(!reply.isJson());
        }
        QCOMPARE(stats(m_client, *m_sandbox)[counter].toInt(), before + 1);
    }

    void retryAfterCanBeAnHttpDate()
    {
        const int before = stats(m_client, *m_sandbox)[QStringLiteral("fault_429-date")].toInt();
        const HttpTestReply reply = m_client.get(url(
            QStringLiteral("/playground/single?sandbox_fault=429-date&sandbox_retry_after=30")));
        QCOMPARE(reply.status, 429);
        const QString text = QString::fromLatin1(reply.header("Retry-After"));
        QVERIFY2(text.endsWith(QStringLiteral(" GMT")), qPrintable(text));
        QDateTime when =
            QLocale::c().toDateTime(text.chopped(4), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss"));
        when.setTimeZone(QTimeZone::utc());
        const qint64 ahead = QDateTime::currentDateTimeUtc().secsTo(when);
        QVERIFY2(ahead > 20 && ahead <= 31, qPrintable(text));
        QCOMPARE(stats(m_client, *m_sandbox)[QStringLiteral("fault_429-date")].toInt(), before + 1);
    }

    void faultCanHitOnlyTheFirstNTries()
    {
        const QUrl target =
            url(QStringLiteral("/playground/json-link?sandbox_fault=503:2&tag=once"));
        QCOMPARE(m_client.get(target).status, 503);
        QCOMPARE(m_client.get(target).status, 503);
        QCOMPARE(m_client.get(target).status, 200);
        QCOMPARE(m_client.get(target).status, 200);
    }

    void faultByHeaderWorksToo()
    {
        const HttpTestReply reply =
            m_client.get(url(QStringLiteral("/playground/single")), {{"X-Sandbox-Fault", "502"}});
        QCOMPARE(reply.status, 502);
    }

    void droppedConnectionGivesNoResponse()
    {
        const int before = stats(m_client, *m_sandbox)[QStringLiteral("fault_drop")].toInt();
        const HttpTestReply reply =
            m_client.get(url(QStringLiteral("/playground/single?sandbox_fault=drop")));
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        // QNAM retries a GET once when the connection drops, so one or two.
        QVERIFY(stats(m_client, *m_sandbox)[QStringLiteral("fault_drop")].toInt() >= before + 1);
    }

    void slowResponseStillArrivesWhole()
    {
        const int before = stats(m_client, *m_sandbox)[QStringLiteral("fault_slow")].toInt();
        const HttpTestReply reply = m_client.get(url(QStringLiteral(
            "/playground/single?records=3&sandbox_fault=slow&sandbox_delay_ms=400")));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()[QStringLiteral("items")].toArray().size(), 3);
        QVERIFY2(reply.elapsedMs >= 350, qPrintable(QString::number(reply.elapsedMs)));
        QCOMPARE(stats(m_client, *m_sandbox)[QStringLiteral("fault_slow")].toInt(), before + 1);
    }

    void clientLeavingBeforeASlowAnswerIsHarmless()
    {
        QNetworkRequest request(url(QStringLiteral(
            "/playground/single?records=2&sandbox_fault=slow&sandbox_delay_ms=300&tag=leave")));
        QNetworkReply* reply = m_client.manager().get(request);
        QTest::qWait(50);
        reply->abort();
        reply->deleteLater();
        // The delayed answer finds its connection gone; the server carries on.
        QTest::qWait(400);
        QCOMPARE(m_client.get(url(QStringLiteral("/playground/single?records=2"))).status, 200);
    }

    void deepPagesOfAHugeDataSetComeStraightFromTheSeed()
    {
        SandboxSettings settings;
        settings.records = 50'000'000;
        const auto huge = start(settings);
        HttpTestClient client;
        const QString token = signInDesktop(client, *huge).access();
        const RecordGenerator generator(settings.seed, settings.records, settings.buckets);
        const QString contents =
            QStringLiteral("/data/v1/projects/%1/folders/%2/contents")
                .arg(generator.projectId(0),
                     QString::fromLatin1(QUrl::toPercentEncoding(generator.folderId(0))));
        const qint64 perFolder = generator.itemCountInFolder(0);
        QCOMPARE(perFolder, qint64(4'166'667));
        const qint64 lastPage = (perFolder - 1) / 200;
        const auto page = [&](qint64 number) {
            return client.getWithBearer(
                huge->baseUrl().resolved(QUrl(contents + QStringLiteral("?page%5Bnumber%5D=")
                                              + QString::number(number))),
                token);
        };
        const QJsonObject middle = page(10'000).json();
        const QJsonArray items = middle[QStringLiteral("data")].toArray();
        QCOMPARE(items.size(), 200);
        // Item k of page n in folder 0 is item 12 * (200 n + k).
        QCOMPARE(items[7][QStringLiteral("id")].toString(),
                 generator.itemId(qint64(RecordGenerator::kFolderCount) * (200 * 10'000 + 7)));
        QVERIFY(middle[QStringLiteral("links")].toObject().contains(QStringLiteral("next")));
        const QJsonObject last = page(lastPage).json();
        QCOMPARE(last[QStringLiteral("data")].toArray().size(), int(perFolder - lastPage * 200));
        QVERIFY(!last[QStringLiteral("links")].toObject().contains(QStringLiteral("next")));
        QCOMPARE(page(lastPage + 1).json()[QStringLiteral("data")].toArray().size(), 0);
        QCOMPARE(page(qint64(1) << 41).status, 400);
    }

    void globalFaultHitsEveryNthDataRequest()
    {
        SandboxSettings settings;
        settings.globalFaults.append(FaultRule::parse(QStringLiteral("503:3")));
        const auto flaky = start(settings);
        QList<int> statuses;
        for (int i = 0; i < 6; ++i) {
            statuses.append(m_client.get(endpoint(*flaky, "/playground/single")).status);
        }
        QCOMPARE(statuses, QList<int>({200, 200, 503, 200, 200, 503}));
        // The authorization server is not a target of the global flags.
        QCOMPARE(m_client.get(endpoint(*flaky, "/.well-known/openid-configuration")).status, 200);
        QCOMPARE(stats(m_client, *flaky)[QStringLiteral("fault_503")].toInt(), 2);
    }

    void latencyDelaysEveryAnswerAndTheLogHasTheirTimes()
    {
        SandboxSettings settings;
        settings.latencyMs = 150;
        settings.jitterMs = 50;
        const auto slow = start(settings);
        QElapsedTimer clock;
        for (int i = 0; i < 4; ++i) {
            clock.start();
            QUrl page = endpoint(*slow, "/playground/single");
            page.setQuery(QStringLiteral("records=3&secret_looking=t0ken"));
            QCOMPARE(m_client.get(page).status, 200);
            QVERIFY2(clock.elapsed() >= 100, qPrintable(QString::number(clock.elapsed())));
        }
        const QJsonArray log = m_client.get(endpoint(*slow, "/sandbox/requests"))
                                   .json()
                                   .value(QStringLiteral("requests"))
                                   .toArray();
        // The log's own requests are not in it; the paths have no query.
        QCOMPARE(log.size(), 4);
        QSet<qint64> waits;
        for (const QJsonValue& value : log) {
            const QJsonObject request = value.toObject();
            QCOMPARE(request.value(QStringLiteral("path")).toString(),
                     QStringLiteral("/playground/single"));
            QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
            QCOMPARE(request.value(QStringLiteral("status")).toInt(), 200);
            const qint64 wait = qint64(request.value(QStringLiteral("answered_ms")).toDouble()
                                       - request.value(QStringLiteral("received_ms")).toDouble());
            QVERIFY2(wait >= 100, qPrintable(QString::number(wait)));
            waits.insert(wait);
        }
        // Jitter: not four times the same wait.
        QVERIFY(waits.size() > 1);
        QCOMPARE(m_client.deleteResource(endpoint(*slow, "/sandbox/requests")).status, 200);
        QCOMPARE(m_client.get(endpoint(*slow, "/sandbox/requests"))
                     .json()
                     .value(QStringLiteral("requests"))
                     .toArray()
                     .size(),
                 0);
    }

    void theTreeIsAsLargeAsAsked()
    {
        SandboxSettings settings;
        settings.records = 6000;
        settings.tree = {3, 10, 20};
        const auto big = start(settings);
        const QString token = signInDesktop(m_client, *big).access();
        const auto get = [&](const QString& path) {
            QUrl target = big->baseUrl();
            target.setPath(path);
            return m_client.getWithBearer(target, token)
                .json()
                .value(QStringLiteral("data"))
                .toArray();
        };
        const QJsonArray hubs = get(QStringLiteral("/project/v1/hubs"));
        QCOMPARE(hubs.size(), 3);
        const QString hub = hubs.at(2).toObject().value(QStringLiteral("id")).toString();
        const QJsonArray projects = get(QStringLiteral("/project/v1/hubs/%1/projects").arg(hub));
        QCOMPARE(projects.size(), 10);
        const QString project = projects.at(9).toObject().value(QStringLiteral("id")).toString();
        const QJsonArray folders =
            get(QStringLiteral("/project/v1/hubs/%1/projects/%2/topFolders").arg(hub, project));
        QCOMPARE(folders.size(), 20);
        const QString folder = folders.at(19).toObject().value(QStringLiteral("id")).toString();
        // 6,000 items over 600 folders.
        QCOMPARE(
            get(QStringLiteral("/data/v1/projects/%1/folders/%2/contents").arg(project, folder))
                .size(),
            10);
    }
};

QTEST_GUILESS_MAIN(TestSandboxData)
#include "tst_sandboxdata.moc"
