// The session-only store behaves like the keychain, minus persistence.
#include "SecretJobOutcome.h"
#include "secrets/MemorySecretStore.h"

#include <QTest>

class TestMemorySecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writeReadOverwriteRemove()
    {
        MemorySecretStore store;
        QVERIFY(!store.isPersistent());
        const QString key = QStringLiteral("sandbox/refresh_token");

        QCOMPARE(runSecretJob(store.writeSecret(key, "first")).error, int(Job::NoError));
        QCOMPARE(runSecretJob(store.readSecret(key)).secret, QByteArray("first"));

        QCOMPARE(runSecretJob(store.writeSecret(key, "second")).error, int(Job::NoError));
        QCOMPARE(runSecretJob(store.readSecret(key)).secret, QByteArray("second"));

        QCOMPARE(runSecretJob(store.removeSecret(key)).error, int(Job::NoError));
        const SecretJobOutcome missing = runSecretJob(store.readSecret(key));
        QCOMPARE(missing.error, int(SecretJob::NotFound));
        QVERIFY(missing.errorText.contains(key));
        QVERIFY(missing.secret.isEmpty());
    }

    void keysDoNotLeakIntoEachOther()
    {
        MemorySecretStore store;
        runSecretJob(store.writeSecret(QStringLiteral("a/client_secret"), "alpha"));
        runSecretJob(store.writeSecret(QStringLiteral("b/client_secret"), "beta"));
        QCOMPARE(runSecretJob(store.readSecret(QStringLiteral("a/client_secret"))).secret,
                 QByteArray("alpha"));
        QCOMPARE(runSecretJob(store.readSecret(QStringLiteral("b/client_secret"))).secret,
                 QByteArray("beta"));
    }

    void twoStoresShareNothing()
    {
        MemorySecretStore first;
        MemorySecretStore second;
        runSecretJob(first.writeSecret(QStringLiteral("k"), "v"));
        QCOMPARE(runSecretJob(second.readSecret(QStringLiteral("k"))).error,
                 int(SecretJob::NotFound));
    }

    void removingAbsentKeySucceeds()
    {
        MemorySecretStore store;
        QCOMPARE(runSecretJob(store.removeSecret(QStringLiteral("never-written"))).error,
                 int(Job::NoError));
    }

    void jobOutlivingItsStoreStillCompletes()
    {
        auto* store = new MemorySecretStore;
        SecretJob* job = store->writeSecret(QStringLiteral("k"), "v");
        delete store;
        QCOMPARE(runSecretJob(job).error, int(Job::NoError));
    }
};

QTEST_GUILESS_MAIN(TestMemorySecretStore)
#include "tst_memorysecretstore.moc"
