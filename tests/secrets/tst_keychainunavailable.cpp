// With no D-Bus session at all, every keychain job must end quickly with the
// Unavailable error and a sentence telling the user what to start: never hang,
// never pretend to succeed, never fall back to plaintext.
#include "SecretJobOutcome.h"
#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QTest>

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // ctest points the session bus at a path that does not exist.
        QVERIFY2(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"),
                 "run through ctest, which removes the session bus");
    }

    void everyOperationReportsUnavailable_data()
    {
        QTest::addColumn<int>("operation");
        QTest::newRow("write") << int(SecretJob::Operation::Write);
        QTest::newRow("read") << int(SecretJob::Operation::Read);
        QTest::newRow("remove") << int(SecretJob::Operation::Remove);
    }

    void everyOperationReportsUnavailable()
    {
        QFETCH(int, operation);
        KeychainSecretStore store(QStringLiteral("grantline-test-nobus"));
        store.setJobTimeout(std::chrono::seconds(20));
        const QString key = QStringLiteral("nobus/refresh_token");
        SecretJob* job = nullptr;
        switch (SecretJob::Operation(operation)) {
        case SecretJob::Operation::Write:
            job = store.writeSecret(key, "must-not-be-stored");
            break;
        case SecretJob::Operation::Read:
            job = store.readSecret(key);
            break;
        case SecretJob::Operation::Remove:
            job = store.removeSecret(key);
            break;
        }
        QElapsedTimer clock;
        clock.start();
        const SecretJobOutcome outcome = runSecretJob(job, 30000);
        QCOMPARE(outcome.error, int(SecretJob::Unavailable));
        QVERIFY2(outcome.errorText.contains(QStringLiteral("No keychain is reachable")),
                 qPrintable(outcome.errorText));
        QVERIFY(outcome.secret.isEmpty() || operation == int(SecretJob::Operation::Write));
        qInfo("keychain answered 'unavailable' after %lld ms", clock.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
