// The real Secret Service (gnome-keyring in a throwaway D-Bus session, started
// by run-in-keyring-session.sh): write, read, overwrite and delete through
// QtKeychain, checking each result.
#include "KeyringControl.h"
#include "SecretJobOutcome.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/KeychainStatusJob.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

namespace {
// Generous enough for a slow machine, short enough that a broken Secret Service
// fails the test instead of hanging it.
constexpr std::chrono::seconds kJobTimeout{20};

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    // A service name of our own, so a run never touches real Grantline entries.
    QString m_service = QStringLiteral("grantline-test-%1").arg(QCoreApplication::applicationPid());

    KeychainSecretStore makeStore() const
    {
        KeychainSecretStore store(m_service);
        store.setJobTimeout(kJobTimeout);
        return store;
    }

    // QtKeychain stores binary data base64-encoded, with the key in the "user"
    // attribute and the service in "server" (libsecret backend).
    QByteArray secretToolLookup(const QString& key) const
    {
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"), m_service,
                      QStringLiteral("user"), key});
        if (!lookup.waitForFinished(20000)) {
            return "<secret-tool did not answer>";
        }
        return lookup.readAllStandardOutput().trimmed();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") != QLatin1String("1")) {
            QFAIL("Refusing to write to your own keyring: run this test through ctest, which "
                  "starts a private gnome-keyring (tests/support/run-in-keyring-session.sh).");
        }
        KeychainSecretStore store = makeStore();
        const SecretJobOutcome probe =
            runSecretJob(store.writeSecret(QStringLiteral("probe"), "probe"), 60000);
        if (probe.error != Job::NoError) {
            QFAIL(qPrintable(QStringLiteral("No usable Secret Service for the keychain tests "
                                            "(run them through ctest, which starts "
                                            "gnome-keyring in a private D-Bus session): %1")
                                 .arg(probe.errorText)));
        }
        QCOMPARE(runSecretJob(store.removeSecret(QStringLiteral("probe"))).error,
                 int(Job::NoError));
    }

    void writeReadOverwriteDelete()
    {
        KeychainSecretStore store = makeStore();
        QVERIFY(store.isPersistent());
        const QString key = QStringLiteral("sandbox/refresh_token");

        const SecretJobOutcome written = runSecretJob(store.writeSecret(key, "first-token"));
        QVERIFY2(written.error == Job::NoError, qPrintable(written.errorText));
        QCOMPARE(runSecretJob(store.readSecret(key)).secret, QByteArray("first-token"));
        // Ask the Secret Service itself, not QtKeychain: the entry is really there.
        QCOMPARE(secretToolLookup(key), QByteArray("first-token").toBase64());

        const SecretJobOutcome overwritten = runSecretJob(store.writeSecret(key, "rotated"));
        QVERIFY2(overwritten.error == Job::NoError, qPrintable(overwritten.errorText));
        const SecretJobOutcome reread = runSecretJob(store.readSecret(key));
        QVERIFY2(reread.error == Job::NoError, qPrintable(reread.errorText));
        QCOMPARE(reread.secret, QByteArray("rotated"));

        const SecretJobOutcome removed = runSecretJob(store.removeSecret(key));
        QVERIFY2(removed.error == Job::NoError, qPrintable(removed.errorText));
        const SecretJobOutcome gone = runSecretJob(store.readSecret(key));
        QCOMPARE(gone.error, int(SecretJob::NotFound));
        QVERIFY(gone.secret.isEmpty());
        QVERIFY2(gone.errorText.contains(key), qPrintable(gone.errorText));
        QVERIFY(secretToolLookup(key).isEmpty());
    }

    void binarySecretsRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::newRow("nul and high bytes") << QByteArray("a\0b\xff\x80z", 6);
        QTest::newRow("unicode text") << QStringLiteral("clé-秘密-🔑").toUtf8();
        QByteArray large(64 * 1024, '\0');
        for (int i = 0; i < large.size(); ++i) {
            large[i] = char(i * 7 + 3);
        }
        QTest::newRow("64 KiB") << large;
    }

    void binarySecretsRoundTrip()
    {
        QFETCH(QByteArray, secret);
        KeychainSecretStore store = makeStore();
        const QString key =
            QStringLiteral("binary/%1").arg(QString::fromLatin1(QTest::currentDataTag()));
        QCOMPARE(runSecretJob(store.writeSecret(key, secret)).error, int(Job::NoError));
        QCOMPARE(runSecretJob(store.readSecret(key)).secret, secret);
        QCOMPARE(runSecretJob(store.removeSecret(key)).error, int(Job::NoError));
    }

    void entriesAreScopedByService()
    {
        KeychainSecretStore mine = makeStore();
        KeychainSecretStore other(m_service + QStringLiteral("-other"));
        other.setJobTimeout(kJobTimeout);
        const QString key = QStringLiteral("shared/key");
        QCOMPARE(runSecretJob(mine.writeSecret(key, "mine")).error, int(Job::NoError));
        QCOMPARE(runSecretJob(other.readSecret(key)).error, int(SecretJob::NotFound));
        QCOMPARE(runSecretJob(mine.removeSecret(key)).error, int(Job::NoError));
    }

    void removingAbsentKeySucceeds()
    {
        KeychainSecretStore store = makeStore();
        QCOMPARE(runSecretJob(store.removeSecret(QStringLiteral("never/written"))).error,
                 int(Job::NoError));
    }

    void statusIsAvailableWhileUnlocked()
    {
        KeychainSecretStore store = makeStore();
        KeychainStatusJob status(&store);
        status.setAutoDelete(false);
        QSignalSpy finished(&status, &Job::finished);
        status.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(status.status(), KeychainStatusJob::Status::Available);
    }

    // Last: the keyring stays locked for the rest of this session.
    void lockedKeyringIsReportedAsLockedAndNotOverwritten()
    {
        KeychainSecretStore store = makeStore();
        const QString key = QStringLiteral("locked/entry");
        QCOMPARE(runSecretJob(store.writeSecret(key, "before")).error, int(Job::NoError));
        QVERIFY(KeyringControl::lock());

        const SecretJobOutcome write = runSecretJob(store.writeSecret(key, "after"));
        QCOMPARE(write.error, int(SecretJob::Locked));
        QVERIFY2(write.errorText.contains(QStringLiteral("locked")), qPrintable(write.errorText));
        // libsecret reads a locked keyring as empty (QtKeychain 0.13)...
        QCOMPARE(runSecretJob(store.readSecret(key)).error, int(SecretJob::NotFound));
        // ...which is why the status check exists.
        KeychainStatusJob status(&store);
        status.setAutoDelete(false);
        QSignalSpy finished(&status, &Job::finished);
        status.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(status.status(), KeychainStatusJob::Status::Locked);
        QVERIFY(status.statusText().contains(QStringLiteral("Unlock")));
    }
};

QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
