// The grantline-sandbox executable as a person or a script runs it: the base
// URL alone on the first line, --json, --dump, and clear errors for bad flags.
#include "HttpTestClient.h"

#include <QJsonArray>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryFile>
#include <QTest>

namespace {

struct Finished
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Finished runToEnd(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(GRANTLINE_SANDBOX_PATH), arguments);
    Finished result;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

} // namespace

class TestSandboxProcess : public QObject
{
    Q_OBJECT

private:
    // A running grantline-sandbox, stopped when the test leaves scope even
    // after a failed check.
    struct ServerProcess
    {
        QProcess process;
        QByteArray firstLine;
        QByteArray rest;

        explicit ServerProcess(const QStringList& arguments)
        {
            process.start(QStringLiteral(GRANTLINE_SANDBOX_PATH), arguments);
            QByteArray output;
            // On timeout firstLine stays empty and the caller's checks fail.
            (void)QTest::qWaitFor(
                [&] {
                    output += process.readAllStandardOutput();
                    return output.contains('\n') || process.state() == QProcess::NotRunning;
                },
                20000);
            firstLine = output.left(output.indexOf('\n'));
            rest = output.mid(output.indexOf('\n') + 1);
        }
        ~ServerProcess()
        {
            process.terminate();
            if (!process.waitForFinished(5000)) {
                process.kill();
                process.waitForFinished();
            }
        }
        QByteArray readMore()
        {
            (void)QTest::qWaitFor([this] { return process.waitForReadyRead(10); }, 1000);
            rest += process.readAllStandardOutput();
            return rest;
        }
    };

private Q_SLOTS:
    void firstLineIsTheBaseUrl()
    {
        ServerProcess server({});
        const QByteArray firstLine = server.firstLine;
        QVERIFY2(firstLine.startsWith("http://127.0.0.1:"), firstLine.constData());
        const QUrl base(QString::fromLatin1(firstLine));
        QVERIFY(base.port() > 0);
        HttpTestClient client;
        const HttpTestReply discovery =
            client.get(base.resolved(QUrl(QStringLiteral("/.well-known/openid-configuration"))));
        QCOMPARE(discovery.status, 200);
        QCOMPARE(discovery.json()[QStringLiteral("issuer")].toString(),
                 QString::fromLatin1(firstLine));
        const QByteArray rest = server.readMore();
        QVERIFY2(rest.contains("demo@sandbox.grantline.org"), rest.constData());
        QVERIFY(rest.contains("sandbox-web-secret"));
    }

    void jsonModePrintsOneObject()
    {
        ServerProcess server({QStringLiteral("--json")});
        const QByteArray firstLine = server.firstLine;
        const QJsonObject details = QJsonDocument::fromJson(firstLine).object();
        QVERIFY2(details[QStringLiteral("base_url")].toString().startsWith(u"http://127.0.0.1:"),
                 firstLine.constData());
        const QJsonArray apps = details[QStringLiteral("apps")].toArray();
        QCOMPARE(apps.size(), 3);
        QStringList types;
        for (const QJsonValue& app : apps) {
            types << app[QStringLiteral("type")].toString();
            QCOMPARE(app[QStringLiteral("type")].toString() == QLatin1String("public"),
                     !app.toObject().contains(QStringLiteral("client_secret")));
        }
        QCOMPARE(types,
                 QStringList({QStringLiteral("public"), QStringLiteral("confidential"),
                              QStringLiteral("server")}));
    }

    void fixedPortInUseIsAClearError()
    {
        QTcpServer blocker;
        QVERIFY(blocker.listen(QHostAddress::LocalHost, 0));
        const Finished result =
            runToEnd({QStringLiteral("--port"), QString::number(blocker.serverPort())});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("cannot listen on 127.0.0.1:"), result.err.constData());
        QVERIFY(result.out.isEmpty());
    }

    void dumpIsDeterministicAndMatchesTheApi()
    {
        const QStringList arguments{QStringLiteral("--dump"),    QStringLiteral("items"),
                                    QStringLiteral("--records"), QStringLiteral("30"),
                                    QStringLiteral("--port"),    QStringLiteral("41234")};
        const Finished first = runToEnd(arguments);
        const Finished second = runToEnd(arguments);
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, second.out);
        const QList<QByteArray> lines = first.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 30);
        const QJsonObject item = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(item[QStringLiteral("type")].toString(), QStringLiteral("items"));
        QVERIFY(item[QStringLiteral("links")][QStringLiteral("self")][QStringLiteral("href")]
                    .toString()
                    .startsWith(QStringLiteral("http://127.0.0.1:41234/")));

        const Finished otherSeed =
            runToEnd(arguments + QStringList{QStringLiteral("--seed"), QStringLiteral("9")});
        QVERIFY(otherSeed.out != first.out);
    }

    void dumpedItemsAreTheOnesServed()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const QString port = QString::number(probe.serverPort());
        probe.close();
        ServerProcess server(
            {QStringLiteral("--port"), port, QStringLiteral("--records"), QStringLiteral("24")});
        const QByteArray base = server.firstLine;
        QVERIFY2(base.endsWith(port.toLatin1()), base.constData());
        const Finished dump = runToEnd({QStringLiteral("--dump"), QStringLiteral("items"),
                                        QStringLiteral("--records"), QStringLiteral("24"),
                                        QStringLiteral("--port"), port});
        QHash<QString, QJsonObject> dumped;
        for (const QByteArray& line : dump.out.trimmed().split('\n')) {
            const QJsonObject item = QJsonDocument::fromJson(line).object();
            dumped.insert(item[QStringLiteral("id")].toString(), item);
        }
        QCOMPARE(dumped.size(), 24);

        HttpTestClient client;
        const QUrl baseUrl(QString::fromLatin1(base));
        const HttpTestReply token =
            client.postForm(baseUrl.resolved(QUrl(QStringLiteral("/authentication/v2/token"))),
                            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("scope"), QStringLiteral("data:read")}},
                            {{"Authorization",
                              HttpTestClient::basicAuth(QStringLiteral("sandbox-server-app"),
                                                        QStringLiteral("sandbox-server-secret"))}});
        const QString access = token.json()[QStringLiteral("access_token")].toString();
        const QJsonObject anyItem = dumped.value(dumped.keys().first());
        const QString parent = anyItem[QStringLiteral("relationships")][QStringLiteral("parent")]
                                      [QStringLiteral("data")][QStringLiteral("id")]
                                          .toString();
        const QString versions =
            anyItem[QStringLiteral("relationships")][QStringLiteral("versions")]
                   [QStringLiteral("links")][QStringLiteral("related")][QStringLiteral("href")]
                       .toString();
        const QString project = versions.section(u'/', 6, 6);
        QUrl folderContents = baseUrl.resolved(
            QUrl(QStringLiteral("/data/v1/projects/%1/folders/%2/contents")
                     .arg(project, QString::fromLatin1(QUrl::toPercentEncoding(parent)))));
        const HttpTestReply served = client.getWithBearer(folderContents, access);
        QCOMPARE(served.status, 200);
        const QJsonArray data = served.json()[QStringLiteral("data")].toArray();
        QVERIFY(!data.isEmpty());
        for (const QJsonValue& item : data) {
            QCOMPARE(item.toObject(), dumped.value(item[QStringLiteral("id")].toString()));
        }
    }

    void flagsShapeTheServer()
    {
        ServerProcess server({QStringLiteral("--fault"), QStringLiteral("503:2"),
                              QStringLiteral("--token-lifetime"), QStringLiteral("5"),
                              QStringLiteral("--strict-callbacks")});
        const QUrl base(QString::fromLatin1(server.firstLine));
        QVERIFY2(base.isValid() && base.port() > 0, server.firstLine.constData());
        HttpTestClient client;
        const QUrl playground = base.resolved(QUrl(QStringLiteral("/playground/single")));
        QCOMPARE(client.get(playground).status, 200);
        QCOMPARE(client.get(playground).status, 503);

        const HttpTestReply token =
            client.postForm(base.resolved(QUrl(QStringLiteral("/authentication/v2/token"))),
                            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                             {QStringLiteral("scope"), QStringLiteral("data:read")}},
                            {{"Authorization",
                              HttpTestClient::basicAuth(QStringLiteral("sandbox-server-app"),
                                                        QStringLiteral("sandbox-server-secret"))}});
        QCOMPARE(token.json()[QStringLiteral("expires_in")].toInt(), 5);

        QUrl authorize = base.resolved(QUrl(QStringLiteral("/authentication/v2/authorize")));
        authorize.setQuery(
            QStringLiteral("response_type=code&client_id=sandbox-web-app&scope=data:read"
                           "&redirect_uri=http%3A%2F%2F127.0.0.1%3A40000%2Fcallback"));
        QCOMPARE(client.get(authorize).status, 400);
    }

    void badFlagsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << QByteArray("--port must be a whole number");
        QTest::newRow("records") << QStringList{QStringLiteral("--records"), QStringLiteral("-3")}
                                 << QByteArray("--records must be a whole number");
        QTest::newRow("fault") << QStringList{QStringLiteral("--fault"), QStringLiteral("teapot")}
                               << QByteArray("unknown fault \"teapot\"");
        QTest::newRow("dump kind") << QStringList{QStringLiteral("--dump"), QStringLiteral("hubs")}
                                   << QByteArray("--dump knows only");
    }

    void badFlagsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Finished result = runToEnd(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), result.err.constData());
    }

    void badAppsFileNamesTheProblem()
    {
        QTemporaryFile broken;
        QVERIFY(broken.open());
        broken.write(R"({"apps":[{"type":"confidential","client_id":"x"}]})");
        broken.close();
        const Finished result = runToEnd({QStringLiteral("--apps"), broken.fileName()});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains("apps[0]"), result.err.constData());
        QVERIFY2(result.err.contains("client_secret"), result.err.constData());

        QTemporaryFile notJson;
        QVERIFY(notJson.open());
        notJson.write("{oops");
        notJson.close();
        const Finished garbage = runToEnd({QStringLiteral("--apps"), notJson.fileName()});
        QCOMPARE(garbage.exitCode, 1);
        QVERIFY2(garbage.err.contains("not valid JSON"), garbage.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSandboxProcess)
#include "tst_sandboxprocess.moc"
