// Token inspection for people: NumericDate claims as dates and "in 59 min",
// warnings for clocks that disagree, JWE and opaque tokens told apart.
#include "core/Base64Url.h"
#include "core/TranslationLoader.h"
#include "oauth/TokenInspection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

QByteArray segment(const QJsonObject& object)
{
    return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray jwt(const QJsonObject& header, const QJsonObject& claims)
{
    return segment(header) + '.' + segment(claims) + '.' + Base64Url::encode("signature");
}

qint64 at(qint64 secondsFromNow)
{
    return kNow.toSecsSinceEpoch() + secondsFromNow;
}

} // namespace

class TestTokenInspection : public QObject
{
    Q_OBJECT

    TranslationLoader m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms come from the English translation.
        QVERIFY(m_translations.load(QLocale(QLocale::English)));
    }

    // Dates no clock can show: refused as dates, never converted (a double
    // beyond qint64 cast to it is undefined behaviour).
    void impossibleDatesAreNotDates()
    {
        const QByteArray claims =
            R"({"exp":1e30,"nbf":-1e30,"iat":"NaN","auth_time":9.3e18,"updated_at":"2024"})";
        const QByteArray token = segment({{QStringLiteral("alg"), QStringLiteral("RS256")}}) + '.'
            + Base64Url::encode(claims) + '.' + Base64Url::encode("signature");
        const TokenInspection inspection = TokenInspection::inspect(token, kNow);
        QCOMPARE(inspection.kind, TokenInspection::Kind::Jwt);
        QVERIFY(!inspection.expiresAt.isValid());
        QVERIFY(!inspection.notBefore.isValid());
        QVERIFY(!inspection.issuedAt.isValid());
        QHash<QString, QString> texts;
        for (const TokenInspection::Claim& claim : inspection.claimRows) {
            texts.insert(claim.name, claim.text);
            QVERIFY(!claim.time.isValid());
        }
        QCOMPARE(texts.value(QStringLiteral("exp")), QStringLiteral("1e+30 (not a valid date)"));
        QCOMPARE(texts.value(QStringLiteral("nbf")), QStringLiteral("-1e+30 (not a valid date)"));
        QCOMPARE(texts.value(QStringLiteral("iat")), QStringLiteral("NaN (not a valid date)"));
        QCOMPARE(texts.value(QStringLiteral("auth_time")),
                 QStringLiteral("9.3e+18 (not a valid date)"));
        // OIDC's updated_at as text is shown as written, as before.
        QCOMPARE(texts.value(QStringLiteral("updated_at")), QStringLiteral("2024"));
        QVERIFY2(inspection.warnings.contains(
                     QStringLiteral("The \"exp\" claim is not a valid date: 1e+30.")),
                 qPrintable(inspection.warnings.join(u'\n')));
        QCOMPARE(inspection.warnings.size(), 4);
        // The last second ISO 8601 shows is still a date.
        const QByteArray farToken = jwt({{QStringLiteral("alg"), QStringLiteral("RS256")}},
                                        {{QStringLiteral("exp"), 253402300799.0}});
        QCOMPARE(TokenInspection::inspect(farToken, kNow).expiresAt,
                 QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59), Qt::UTC));
    }

    void numericDatesBecomeDates()
    {
        const QByteArray token = jwt({{QStringLiteral("alg"), QStringLiteral("RS256")}},
                                     {{QStringLiteral("exp"), double(at(3540))},
                                      {QStringLiteral("iat"), double(at(-60)) + 0.5},
                                      {QStringLiteral("client_id"), QStringLiteral("app")}});
        const TokenInspection inspection = TokenInspection::inspect(token, kNow);
        QCOMPARE(inspection.kind, TokenInspection::Kind::Jwt);
        QCOMPARE(inspection.expiresAt, kNow.addSecs(3540));
        QCOMPARE(inspection.issuedAt, kNow.addMSecs(-59500));
        QCOMPARE(inspection.claimRows.size(), 3);
        const TokenInspection::Claim exp = inspection.claimRows.at(1);
        QCOMPARE(exp.name, QStringLiteral("exp"));
        QVERIFY2(exp.text.contains(QStringLiteral("in 59 min")), qPrintable(exp.text));
        QVERIFY2(exp.text.contains(QStringLiteral("2026-11-22")), qPrintable(exp.text));
        QCOMPARE(inspection.claimRows.at(0).text, QStringLiteral("app"));
        QVERIFY(inspection.expiryText(kNow).startsWith(QStringLiteral("expires in 59 min")));
        QVERIFY(inspection.warnings.isEmpty());
    }

    void expiredAndFutureTokensAreFlagged()
    {
        const QByteArray token = jwt({{QStringLiteral("alg"), QStringLiteral("RS256")}},
                                     {{QStringLiteral("exp"), double(at(-7200))},
                                      {QStringLiteral("iat"), double(at(600))},
                                      {QStringLiteral("nbf"), double(at(600))}});
        const TokenInspection inspection = TokenInspection::inspect(token, kNow);
        QCOMPARE(inspection.warnings.size(), 3);
        QVERIFY(inspection.warnings.at(0).startsWith(QStringLiteral("Issued in the future")));
        QVERIFY(inspection.warnings.at(1).contains(QStringLiteral("in 10 min")));
        QVERIFY(inspection.warnings.at(2).contains(QStringLiteral("2 h 0 min ago")));
        QVERIFY(inspection.expiryText(kNow).startsWith(QStringLiteral("expired 2 h")));
        // Inside the leeway a clock difference is not worth a warning.
        const QByteArray close = jwt({{QStringLiteral("alg"), QStringLiteral("RS256")}},
                                     {{QStringLiteral("iat"), double(at(30))}});
        QVERIFY(TokenInspection::inspect(close, kNow).warnings.isEmpty());
    }

    void scopesFromStringArrayOrScp()
    {
        const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")}};
        QCOMPARE(TokenInspection::inspect(
                     jwt(header, {{QStringLiteral("scope"), QStringLiteral("a b")}}), kNow)
                     .scopes,
                 QStringList({QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(
            TokenInspection::inspect(
                jwt(header, {{QStringLiteral("scope"), QJsonArray{QStringLiteral("data:read")}}}),
                kNow)
                .scopes,
            QStringList{QStringLiteral("data:read")});
        QCOMPARE(TokenInspection::inspect(
                     jwt(header, {{QStringLiteral("scp"), QJsonArray{QStringLiteral("x")}}}), kNow)
                     .scopes,
                 QStringList{QStringLiteral("x")});
    }

    void accessTokenTypeIsRecognised()
    {
        const TokenInspection typed =
            TokenInspection::inspect(jwt({{QStringLiteral("alg"), QStringLiteral("RS256")},
                                          {QStringLiteral("typ"), QStringLiteral("at+jwt")}},
                                         {}),
                                     kNow);
        QVERIFY(typed.isAccessTokenType());
        QVERIFY(typed.kindText().contains(QStringLiteral("RFC 9068")));
        QVERIFY(typed.kindText().contains(QStringLiteral("debugging only")));
        const TokenInspection plain = TokenInspection::inspect(
            jwt({{QStringLiteral("alg"), QStringLiteral("RS256")}}, {}), kNow);
        QVERIFY(!plain.isAccessTokenType());
        QCOMPARE(plain.expiryText(kNow), QStringLiteral("no expiry in the token"));
    }

    void encryptedAndOpaqueTokensAreSaidSo()
    {
        const TokenInspection jwe = TokenInspection::inspect("aaa.bbb.ccc.ddd.eee", kNow);
        QCOMPARE(jwe.kind, TokenInspection::Kind::EncryptedJwt);
        QVERIFY(jwe.kindText().contains(QStringLiteral("encrypted")));
        QVERIFY(jwe.claimRows.isEmpty());
        for (const QByteArray& opaque : {QByteArray("2YotnFZFEjr1zCsicMWpAA"), QByteArray("a.b.c"),
                                         QByteArray("x.!!.y"), QByteArray()}) {
            const TokenInspection inspection = TokenInspection::inspect(opaque, kNow);
            QCOMPARE(inspection.kind, TokenInspection::Kind::Opaque);
            QVERIFY(!inspection.isReadable());
            QVERIFY(inspection.claimRows.isEmpty());
        }
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("now") << qint64(20) << QStringLiteral("just now");
        QTest::newRow("minutes ahead") << qint64(125) << QStringLiteral("in 2 min");
        QTest::newRow("one minute ago") << qint64(-61) << QStringLiteral("1 min ago");
        QTest::newRow("hours") << qint64(3 * 3600 + 600) << QStringLiteral("in 3 h 10 min");
        QTest::newRow("days ago") << qint64(-5 * 86400) << QStringLiteral("5 days ago");
    }

    void relativeTimes()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, text);
        QCOMPARE(TokenInspection::relativeTime(kNow.addSecs(seconds), kNow), text);
    }
};

QTEST_GUILESS_MAIN(TestTokenInspection)
#include "tst_tokeninspection.moc"
