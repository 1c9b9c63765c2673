// Reading a connection's keychain entry in the real Secret Service: what is
// stored comes back, an empty keychain says "nothing stored", an entry this
// Grantline did not write is named as such, and a locked keyring (which
// libsecret reads as empty) is reported as locked, never as signed out.
#include "KeyringControl.h"
#include "oauth/ConnectionSecretsReadJob.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>

class TestConnectionSecretsReadJob : public QObject
{
    Q_OBJECT

private:
    KeychainSecretStore m_store{
        QStringLiteral("grantline-test-%1").arg(QCoreApplication::applicationPid())};

    static void run(Job& job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.size(), 1);
    }

    void write(const QString& name, const QByteArray& blob)
    {
        std::unique_ptr<SecretJob> job(m_store.writeSecret(ConnectionSecrets::keyFor(name), blob));
        run(*job);
        QCOMPARE(job->error(), int(Job::NoError));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") != QLatin1String("1")) {
            QFAIL("Run this suite through ctest, which starts a private gnome-keyring.");
        }
        m_store.setJobTimeout(std::chrono::seconds(20));
    }

    void storedSecretsAreRead()
    {
        ConnectionSecrets secrets;
        secrets.clientSecret = QStringLiteral("client-secret");
        secrets.tokens.accessToken = QStringLiteral("access");
        secrets.tokens.refreshToken = QStringLiteral("refresh");
        write(QStringLiteral("stored"), secrets.serialize());
        ConnectionSecretsReadJob job(&m_store, QStringLiteral("stored"));
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.secrets().clientSecret, secrets.clientSecret);
        QCOMPARE(job.secrets().tokens.accessToken, secrets.tokens.accessToken);
        QCOMPARE(job.secrets().tokens.refreshToken, secrets.tokens.refreshToken);
    }

    void anUnlockedKeychainWithoutEntryIsNothingStored()
    {
        ConnectionSecretsReadJob job(&m_store, QStringLiteral("never-signed-in"));
        run(job);
        QCOMPARE(job.error(), int(ConnectionSecretsReadJob::NothingStored));
        QVERIFY(job.errorText().contains(QStringLiteral("never-signed-in")));
        QVERIFY(job.secrets().clientSecret.isEmpty());
    }

    void anEntryOfAnotherProgramIsNotOurs()
    {
        write(QStringLiteral("foreign"), "not a Grantline blob");
        ConnectionSecretsReadJob job(&m_store, QStringLiteral("foreign"));
        run(job);
        QCOMPARE(job.error(), int(ConnectionSecretsReadJob::NotOurs));
        QVERIFY(job.errorText().contains(QStringLiteral("foreign")));
    }

    // Last: the keyring stays locked for the rest of this session.
    void aLockedKeyringIsNotTakenForSignedOut()
    {
        ConnectionSecrets secrets;
        secrets.clientSecret = QStringLiteral("client-secret");
        write(QStringLiteral("locked"), secrets.serialize());
        QVERIFY(KeyringControl::lock());
        ConnectionSecretsReadJob job(&m_store, QStringLiteral("locked"));
        run(job);
        QCOMPARE(job.error(), int(ConnectionSecretsReadJob::KeychainFailed));
        QCOMPARE(job.keychainError(), int(SecretJob::Locked));
        QVERIFY2(job.errorText().contains(QStringLiteral("Unlock")), qPrintable(job.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSecretsReadJob)
#include "tst_connectionsecretsreadjob.moc"
