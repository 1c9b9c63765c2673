// PKCE S256 against RFC 7636's own example, and the shape of fresh verifiers.
#include "oauth/Pkce.h"

#include <QSet>
#include <QTest>

class TestPkce : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheRfc7636Example()
    {
        QCOMPARE(Pkce::challengeFor(QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")),
                 QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        QCOMPARE(Pkce::method(), QStringLiteral("S256"));
    }

    void freshVerifiersAreValidAndDifferent()
    {
        QSet<QString> seen;
        for (int i = 0; i < 50; ++i) {
            const Pkce pkce = Pkce::generate();
            QCOMPARE(pkce.verifier.size(), 43);
            QVERIFY(Pkce::isValidVerifier(pkce.verifier));
            QCOMPARE(pkce.challenge, Pkce::challengeFor(pkce.verifier));
            QVERIFY(!pkce.challenge.contains(u'='));
            seen.insert(pkce.verifier);
        }
        QCOMPARE(seen.size(), 50);
    }

    void verifierRules()
    {
        QVERIFY(!Pkce::isValidVerifier(QString(42, u'a')));
        QVERIFY(Pkce::isValidVerifier(QString(128, u'~')));
        QVERIFY(!Pkce::isValidVerifier(QString(129, u'a')));
        QVERIFY(!Pkce::isValidVerifier(QString(43, u'a') + u'+'));
        QVERIFY(!Pkce::isValidVerifier(QString(43, u'a') + u'='));
    }
};

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
