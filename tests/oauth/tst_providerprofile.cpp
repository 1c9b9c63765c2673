// Provider profiles: the APS rules a registration must follow (exact callback
// with its port, known scopes, at most 50), the scope catalogue with its
// descriptions, the logout URL, and the https rule for a hand-edited file.
#include "oauth/Connection.h"
#include "oauth/ProviderProfile.h"

#include <QTest>
#include <QUrlQuery>

namespace {

ClientRegistration desktopApp(const QStringList& scopes, const QString& redirect)
{
    ClientRegistration client;
    client.clientId = QStringLiteral("app");
    client.scopes = scopes;
    client.redirectUri = redirect;
    return client;
}

} // namespace

class TestProviderProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apsRules_data()
    {
        QTest::addColumn<QStringList>("scopes");
        QTest::addColumn<QString>("redirect");
        QTest::addColumn<QString>("problem");
        const QStringList read{QStringLiteral("data:read")};
        const QString exact = QStringLiteral("http://localhost:8080/callback");
        QTest::newRow("fine") << read << exact << QString();
        QTest::newRow("no callback") << read << QString() << QStringLiteral("port included");
        QTest::newRow("callback without port")
            << read << QStringLiteral("http://127.0.0.1/callback")
            << QStringLiteral("port included");
        QTest::newRow("no scope") << QStringList() << exact << QStringLiteral("at least one");
        QTest::newRow("unknown scope") << QStringList{QStringLiteral("data:everything")} << exact
                                       << QStringLiteral("no scope \"data:everything\"");
        QTest::newRow("one resource")
            << QStringList{QStringLiteral("data:read:urn:adsk.wipprod:fs.file:vf.x")} << exact
            << QString();
        QTest::newRow("resource wildcard") << QStringList{QStringLiteral("data:read:urn:adsk.*")}
                                           << exact << QStringLiteral("no scope");
        QStringList many;
        for (int i = 0; i < 51; ++i) {
            many << QStringLiteral("data:read");
        }
        QTest::newRow("51 scopes") << many << exact << QStringLiteral("at most 50");
    }

    void apsRules()
    {
        QFETCH(QStringList, scopes);
        QFETCH(QString, redirect);
        QFETCH(QString, problem);
        const QString found =
            ProviderProfile::forId(QStringLiteral("aps")).problemWith(desktopApp(scopes, redirect));
        if (problem.isEmpty()) {
            QVERIFY2(found.isEmpty(), qPrintable(found));
        } else {
            QVERIFY2(found.contains(problem), qPrintable(found));
        }
    }

    void appTokensNeedNoCallbackButASecret()
    {
        const ProviderProfile aps = ProviderProfile::forId(QStringLiteral("aps"));
        ClientRegistration server = desktopApp({QStringLiteral("bucket:read")}, QString());
        server.grantType = QStringLiteral("client_credentials");
        QVERIFY(aps.problemWith(server).contains(QStringLiteral("without a secret")));
        server.type = ClientRegistration::ClientType::ServerToServer;
        server.tokenAuth = ClientRegistration::TokenAuth::ClientSecretBasic;
        QVERIFY(aps.problemWith(server).isEmpty());
        // What counts is the secret, not the label: a "public" app with one works.
        server.type = ClientRegistration::ClientType::Public;
        QVERIFY(aps.problemWith(server).isEmpty());
    }

    void otherProvidersTakeAnyLoopbackPort()
    {
        for (const QString& id :
             {QStringLiteral("sandbox"), QStringLiteral("oidc"), QStringLiteral("manual")}) {
            const ProviderProfile profile = ProviderProfile::forId(id);
            QVERIFY(!profile.requiresExactCallback);
            QVERIFY(
                profile.problemWith(desktopApp({QStringLiteral("anything")}, QString())).isEmpty());
        }
        QVERIFY(ProviderProfile::forId(QStringLiteral("aps")).requiresExactCallback);
        QVERIFY(ProviderProfile::forId(QStringLiteral("oidc")).usesDiscovery);
        QVERIFY(!ProviderProfile::forId(QStringLiteral("manual")).usesDiscovery);
    }

    void apsScopesAreDescribed()
    {
        const ProviderProfile aps = ProviderProfile::forId(QStringLiteral("aps"));
        QVERIFY(aps.scopes.size() >= 16);
        for (const ProviderProfile::Scope& scope : aps.scopes) {
            QVERIFY2(!scope.description.isEmpty() && scope.description != scope.name,
                     qPrintable(scope.name));
        }
        QCOMPARE(aps.presetEndpoints().issuer,
                 QStringLiteral("https://developer.api.autodesk.com"));
    }

    void logoutUrlNamesTheAppAndKeepsTheQuery()
    {
        ProviderEndpoints endpoints;
        QVERIFY(endpoints.logoutUrl(QStringLiteral("app")).isEmpty());
        endpoints.endSession = QUrl(QStringLiteral("https://idp.example/logout?tenant=a"));
        const QUrlQuery query(endpoints.logoutUrl(QStringLiteral("my app&x")));
        QCOMPARE(query.queryItemValue(QStringLiteral("tenant")), QStringLiteral("a"));
        QCOMPARE(query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded),
                 QStringLiteral("my app&x"));
    }

    void handEditedPlainHttpFileIsRefused()
    {
        Connection connection;
        connection.name = QStringLiteral("edited");
        connection.provider = QStringLiteral("manual");
        connection.client.clientId = QStringLiteral("app");
        connection.endpoints.token = QUrl(QStringLiteral("https://idp.example/token"));
        Connection loaded;
        QString error;
        QVERIFY2(Connection::fromJson(connection.toJson(), &loaded, &error), qPrintable(error));
        connection.endpoints.revocation = QUrl(QStringLiteral("http://idp.example/revoke"));
        QVERIFY(!Connection::fromJson(connection.toJson(), &loaded, &error));
        QVERIFY2(error.contains(QStringLiteral("https")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestProviderProfile)
#include "tst_providerprofile.moc"
