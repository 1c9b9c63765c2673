// The status dot's four states and their sentences, and the token history
// file behind the inspector's timeline.
#include "oauth/TokenHistory.h"
#include "oauth/TokenStatus.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

class TestTokenStatus : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);

    TokenSet tokens(qint64 secondsLeft, bool refresh = true) const
    {
        TokenSet set;
        set.accessToken = QStringLiteral("a");
        set.refreshToken = refresh ? QStringLiteral("r") : QString();
        set.obtainedAt = m_now.addSecs(-600);
        set.expiresAt = m_now.addSecs(secondsLeft);
        return set;
    }

private Q_SLOTS:
    void statesFollowTheExpiry()
    {
        using State = TokenStatus::State;
        QCOMPARE(TokenStatus::of(tokens(3000), m_now), State::SignedIn);
        QCOMPARE(TokenStatus::of(tokens(301), m_now), State::SignedIn);
        QCOMPARE(TokenStatus::of(tokens(300), m_now), State::ExpiringSoon);
        QCOMPARE(TokenStatus::of(tokens(1), m_now), State::ExpiringSoon);
        QCOMPARE(TokenStatus::of(tokens(0), m_now), State::Expired);
        QCOMPARE(TokenStatus::of(tokens(-60), m_now), State::Expired);
        TokenSet unknown = tokens(0);
        unknown.expiresAt = QDateTime();
        QCOMPARE(TokenStatus::of(unknown, m_now), State::SignedIn);
        QCOMPARE(TokenStatus::of(TokenSet(), m_now), State::SignedOut);
        // A revoked access token beside a live refresh token: not signed out.
        TokenSet refreshOnly;
        refreshOnly.refreshToken = QStringLiteral("r");
        QCOMPARE(TokenStatus::of(refreshOnly, m_now), State::Expired);
    }

    void sentencesSayWhatHappensNext()
    {
        QVERIFY(TokenStatus::describe(tokens(3000), m_now).contains(QStringLiteral("expires in")));
        QVERIFY(TokenStatus::describe(tokens(-180), m_now).contains(QStringLiteral("expired")));
        QVERIFY(TokenStatus::describe(tokens(-180), m_now)
                    .contains(QStringLiteral("refresh token gets a new one")));
        QVERIFY(TokenStatus::describe(tokens(-180, false), m_now)
                    .contains(QStringLiteral("sign in again")));
        QVERIFY(TokenStatus::describe(TokenSet(), m_now).startsWith(QStringLiteral("Signed out")));
        // No expires_in from the provider: never called expired.
        TokenSet unknown = tokens(0);
        unknown.expiresAt = QDateTime();
        const QString text = TokenStatus::describe(unknown, m_now);
        QVERIFY2(!text.contains(QStringLiteral("expired")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("no expiry")), qPrintable(text));
        QCOMPARE(TokenStatus::name(TokenStatus::State::ExpiringSoon),
                 QStringLiteral("Expiring soon"));
    }

    // An expires_in no clock reaches is no expiry, not an undefined cast.
    void absurdLifetimesAreNoExpiry_data()
    {
        QTest::addColumn<QJsonValue>("expiresIn");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("an hour") << QJsonValue(3600) << qint64(3600);
        QTest::newRow("an hour as text") << QJsonValue(QStringLiteral("3600")) << qint64(3600);
        QTest::newRow("1e30") << QJsonValue(1e30) << qint64(-1);
        QTest::newRow("past qint64") << QJsonValue(9.3e18) << qint64(-1);
        QTest::newRow("inf as text") << QJsonValue(QStringLiteral("inf")) << qint64(-1);
        QTest::newRow("nan as text") << QJsonValue(QStringLiteral("nan")) << qint64(-1);
        QTest::newRow("a thousand years") << QJsonValue(3.2e10) << qint64(-1);
    }

    void absurdLifetimesAreNoExpiry()
    {
        QFETCH(QJsonValue, expiresIn);
        QFETCH(qint64, seconds);
        QString error;
        const TokenSet set = TokenSet::fromResponse(
            QJsonObject{{QStringLiteral("access_token"), QStringLiteral("a")},
                        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                        {QStringLiteral("expires_in"), expiresIn}},
            m_now, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(set.accessToken, QStringLiteral("a"));
        QCOMPARE(set.expiresAt, seconds < 0 ? QDateTime() : m_now.addSecs(seconds));
    }

    void historyKeepsTimesOnlyInOrder()
    {
        QTemporaryDir home;
        TokenHistory history(home.path());
        QVERIFY(history.entries(QStringLiteral("c")).isEmpty());
        QString error;
        QVERIFY(history.record(QStringLiteral("c"),
                               {TokenHistory::Event::SignedIn, m_now, m_now.addSecs(3600)},
                               &error));
        QVERIFY(history.record(
            QStringLiteral("c"),
            {TokenHistory::Event::Refreshed, m_now.addSecs(3000), m_now.addSecs(6600)}, &error));
        QVERIFY(history.record(QStringLiteral("c"),
                               {TokenHistory::Event::SignedOut, m_now.addSecs(4000), QDateTime()},
                               nullptr));
        const QList<TokenHistory::Entry> entries = history.entries(QStringLiteral("c"));
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).event, TokenHistory::Event::SignedIn);
        QCOMPARE(entries.at(1).expiresAt, m_now.addSecs(6600));
        QCOMPARE(entries.at(2).event, TokenHistory::Event::SignedOut);
        QVERIFY(!entries.at(2).expiresAt.isValid());
        // Another connection has its own history.
        QVERIFY(history.entries(QStringLiteral("d")).isEmpty());
        QVERIFY(history.remove(QStringLiteral("c")));
        QVERIFY(history.entries(QStringLiteral("c")).isEmpty());
    }

    void historyStaysBounded()
    {
        QTemporaryDir home;
        TokenHistory history(home.path());
        for (int i = 0; i < TokenHistory::kMaxEntries + 20; ++i) {
            QVERIFY(history.record(QStringLiteral("c"),
                                   {TokenHistory::Event::Refreshed, m_now.addSecs(i), QDateTime()},
                                   nullptr));
        }
        const QList<TokenHistory::Entry> entries = history.entries(QStringLiteral("c"));
        QCOMPARE(entries.size(), TokenHistory::kMaxEntries);
        QCOMPARE(entries.first().at, m_now.addSecs(20));
    }

    void aDamagedHistoryFileReadsAsEmptyAndIsReplaced()
    {
        QTemporaryDir home;
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("history")));
        QFile file(home.filePath(QStringLiteral("history/c.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<html>not json");
        file.close();
        TokenHistory history(home.path());
        QVERIFY(history.entries(QStringLiteral("c")).isEmpty());
        QVERIFY(history.record(QStringLiteral("c"), {TokenHistory::Event::SignedIn, m_now, {}},
                               nullptr));
        QCOMPARE(history.entries(QStringLiteral("c")).size(), 1);
    }

    void anUnwritableHistorySaysWhy()
    {
        QTemporaryDir home;
        // A file where the folder should be.
        QFile blocker(home.filePath(QStringLiteral("history")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        TokenHistory history(home.path());
        QString error;
        QVERIFY(!history.record(QStringLiteral("c"), {TokenHistory::Event::SignedIn, m_now, {}},
                                &error));
        QVERIFY2(error.contains(QStringLiteral("\"c\"")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestTokenStatus)
#include "tst_tokenstatus.moc"
