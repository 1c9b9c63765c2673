// Where metadata is looked for, the issuer check, and the TLS-or-loopback rule.
#include "oauth/ProviderEndpoints.h"

#include <QJsonArray>
#include <QTest>

class TestProviderEndpoints : public QObject
{
    Q_OBJECT

private:
    static QJsonObject metadata(const QString& issuer, const QString& token)
    {
        return QJsonObject{
            {QStringLiteral("issuer"), issuer},
            {QStringLiteral("authorization_endpoint"), issuer + QStringLiteral("/auth")},
            {QStringLiteral("token_endpoint"), token},
            {QStringLiteral("code_challenge_methods_supported"),
             QJsonArray{QStringLiteral("S256")}}};
    }

private Q_SLOTS:
    void metadataUrlsFollowRfc8414AndOidc()
    {
        const QList<QUrl> plain =
            ProviderEndpoints::metadataUrls(QStringLiteral("https://idp.example"));
        QCOMPARE(plain.value(0),
                 QUrl(QStringLiteral("https://idp.example/.well-known/openid-configuration")));
        QCOMPARE(
            plain.value(1),
            QUrl(QStringLiteral("https://idp.example/.well-known/oauth-authorization-server")));
        const QList<QUrl> tenant =
            ProviderEndpoints::metadataUrls(QStringLiteral("https://idp.example/realms/acme/"));
        QCOMPARE(tenant.value(0),
                 QUrl(QStringLiteral(
                     "https://idp.example/realms/acme/.well-known/openid-configuration")));
        QCOMPARE(tenant.value(1),
                 QUrl(QStringLiteral(
                     "https://idp.example/.well-known/oauth-authorization-server/realms/acme")));
    }

    void acceptsMatchingMetadata()
    {
        QString error;
        const ProviderEndpoints endpoints =
            ProviderEndpoints::fromMetadata(metadata(QStringLiteral("https://idp.example"),
                                                     QStringLiteral("https://idp.example/token")),
                                            QStringLiteral("https://idp.example"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(endpoints.token, QUrl(QStringLiteral("https://idp.example/token")));
        QCOMPARE(endpoints.codeChallengeMethods, QStringList{QStringLiteral("S256")});
        // And survives a round trip through the connection file.
        QCOMPARE(ProviderEndpoints::fromJson(endpoints.toJson()).token, endpoints.token);
    }

    void refusesAnotherIssuer()
    {
        QString error;
        const ProviderEndpoints endpoints =
            ProviderEndpoints::fromMetadata(metadata(QStringLiteral("https://evil.example"),
                                                     QStringLiteral("https://evil.example/t")),
                                            QStringLiteral("https://idp.example"), &error);
        QVERIFY(endpoints.token.isEmpty());
        QVERIFY2(error.contains(QStringLiteral("evil.example")), qPrintable(error));
    }

    void refusesPlainHttpExceptOnLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << QStringLiteral("https://idp.example/token") << true;
        QTest::newRow("http remote") << QStringLiteral("http://idp.example/token") << false;
        QTest::newRow("http private") << QStringLiteral("http://192.168.1.2/token") << false;
        QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8080/token") << true;
        QTest::newRow("http 127.1.2.3") << QStringLiteral("http://127.1.2.3/token") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost:9/token") << true;
        QTest::newRow("http ::1") << QStringLiteral("http://[::1]:9/token") << true;
        QTest::newRow("ftp") << QStringLiteral("ftp://idp.example/token") << false;
        QTest::newRow("no host") << QStringLiteral("https:///token") << false;
    }

    void refusesPlainHttpExceptOnLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(ProviderEndpoints::refusalFor(QUrl(url)).isEmpty(), allowed);
        QString error;
        ProviderEndpoints::fromMetadata(metadata(QStringLiteral("https://idp.example"), url),
                                        QStringLiteral("https://idp.example"), &error);
        QCOMPARE(error.isEmpty(), allowed);
    }

    void apsPresetUsesApsHosts()
    {
        const ProviderEndpoints aps = ProviderEndpoints::aps();
        QCOMPARE(aps.token.toString(),
                 QStringLiteral("https://developer.api.autodesk.com/authentication/v2/token"));
        QCOMPARE(aps.userInfo.host(), QStringLiteral("api.userprofile.autodesk.com"));
        QVERIFY(aps.refusal().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderEndpoints)
#include "tst_providerendpoints.moc"
