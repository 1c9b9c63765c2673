// Each engine part logs under its own category, and debug output is opt-in.
#include "core/Logging.h"

#include <QTest>

class TestLogging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categoriesAreNamedAfterEngineParts_data()
    {
        QTest::addColumn<QString>("actual");
        QTest::addColumn<QString>("expected");
        QTest::newRow("app") << QString::fromLatin1(lcApp().categoryName())
                             << QStringLiteral("grantline.app");
        QTest::newRow("oauth") << QString::fromLatin1(lcOAuth().categoryName())
                               << QStringLiteral("grantline.oauth");
        QTest::newRow("secrets") << QString::fromLatin1(lcSecrets().categoryName())
                                 << QStringLiteral("grantline.secrets");
        QTest::newRow("http") << QString::fromLatin1(lcHttp().categoryName())
                              << QStringLiteral("grantline.http");
        QTest::newRow("source") << QString::fromLatin1(lcSource().categoryName())
                                << QStringLiteral("grantline.source");
        QTest::newRow("pipeline") << QString::fromLatin1(lcPipeline().categoryName())
                                  << QStringLiteral("grantline.pipeline");
        QTest::newRow("destination") << QString::fromLatin1(lcDestination().categoryName())
                                     << QStringLiteral("grantline.destination");
        QTest::newRow("sandbox") << QString::fromLatin1(lcSandbox().categoryName())
                                 << QStringLiteral("grantline.sandbox");
    }

    void categoriesAreNamedAfterEngineParts()
    {
        QFETCH(QString, actual);
        QFETCH(QString, expected);
        QCOMPARE(actual, expected);
    }

    void debugIsOffUnlessAskedFor()
    {
        QVERIFY(!lcOAuth().isDebugEnabled());
        QVERIFY(lcOAuth().isInfoEnabled());
        QLoggingCategory::setFilterRules(QStringLiteral("grantline.oauth.debug=true"));
        QVERIFY(lcOAuth().isDebugEnabled());
        QVERIFY(!lcHttp().isDebugEnabled());
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(!lcOAuth().isDebugEnabled());
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
