// A new connection is saved whole or not at all: secrets first, then the
// file, and the secrets taken back out when the file cannot be written.
#include "LockableSecretStore.h"
#include "oauth/ConnectionSaveJob.h"
#include "oauth/ConnectionStore.h"
#include "oauth/TokenHistory.h"
#include "secrets/SecretJob.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestConnectionSaveJob : public QObject
{
    Q_OBJECT

private:
    static Connection connection(const QString& name)
    {
        Connection c;
        c.name = name;
        c.provider = QStringLiteral("manual");
        c.endpoints.token = QUrl(QStringLiteral("https://login.example.com/token"));
        c.client.clientId = QStringLiteral("app");
        c.client.scopes = QStringList{QStringLiteral("read")};
        c.createdAt = QDateTime::currentDateTimeUtc();
        return c;
    }

    static ConnectionSecrets secrets()
    {
        ConnectionSecrets s;
        s.clientSecret = QStringLiteral("client-secret-value");
        s.tokens.accessToken = QStringLiteral("access-token-value");
        s.tokens.tokenType = QStringLiteral("Bearer");
        return s;
    }

    static int save(SecretStore* store, ConnectionStore* files, const Connection& c,
                    QString* text = nullptr)
    {
        auto* job = new ConnectionSaveJob(store, files, c, secrets());
        job->setAutoDelete(false);
        std::unique_ptr<ConnectionSaveJob> owner(job);
        QSignalSpy done(job, &Job::finished);
        job->start();
        if (!done.wait(5000)) {
            return -1;
        }
        if (text) {
            *text = job->errorText();
        }
        return job->error();
    }

    static QByteArray stored(SecretStore* store, const QString& name, int* error)
    {
        SecretJob* job = store->readSecret(ConnectionSecrets::keyFor(name));
        QSignalSpy done(job, &Job::finished);
        job->start();
        if (!done.wait(5000)) {
            *error = -1;
            return {};
        }
        *error = job->error();
        return job->secret();
    }

private Q_SLOTS:
    void savesSecretsAndFileTogether()
    {
        QTemporaryDir home;
        ConnectionStore files(home.path());
        LockableSecretStore keychain;
        QCOMPARE(save(&keychain, &files, connection(QStringLiteral("one"))), int(Job::NoError));
        QVERIFY(files.exists(QStringLiteral("one")));
        int error = 0;
        const auto parsed =
            ConnectionSecrets::parse(stored(&keychain, QStringLiteral("one"), &error));
        QVERIFY(parsed);
        QCOMPARE(parsed->tokens.accessToken, QStringLiteral("access-token-value"));
        QFile file(home.filePath(QStringLiteral("connections/one.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.contains("client-secret-value"));
        QVERIFY(!onDisk.contains("access-token-value"));
        // The timeline starts with the sign-in; removing the connection ends it.
        const QList<TokenHistory::Entry> history =
            TokenHistory(home.path()).entries(QStringLiteral("one"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().event, TokenHistory::Event::SignedIn);
        QString error2;
        QVERIFY(files.remove(QStringLiteral("one"), &error2));
        QVERIFY(TokenHistory(home.path()).entries(QStringLiteral("one")).isEmpty());
    }

    void aTakenNameTouchesNothing()
    {
        QTemporaryDir home;
        ConnectionStore files(home.path());
        LockableSecretStore keychain;
        QCOMPARE(save(&keychain, &files, connection(QStringLiteral("one"))), int(Job::NoError));
        // The other connection's keychain entry must survive a second save.
        int error = 0;
        const QByteArray before = stored(&keychain, QStringLiteral("one"), &error);
        QString text;
        Connection again = connection(QStringLiteral("one"));
        again.client.clientId = QStringLiteral("other");
        QCOMPARE(save(&keychain, &files, again, &text), int(ConnectionSaveJob::NameTaken));
        QVERIFY(text.contains(QStringLiteral("\"one\"")));
        QCOMPARE(stored(&keychain, QStringLiteral("one"), &error), before);
        QString loadError;
        QCOMPARE(files.load(QStringLiteral("one"), &loadError)->client.clientId,
                 QStringLiteral("app"));
    }

    void aLockedKeychainSavesNoFile()
    {
        QTemporaryDir home;
        ConnectionStore files(home.path());
        LockableSecretStore keychain;
        keychain.setLocked(true);
        QString text;
        QCOMPARE(save(&keychain, &files, connection(QStringLiteral("one")), &text),
                 int(ConnectionSaveJob::KeychainFailed));
        QVERIFY2(text.contains(QStringLiteral("Nothing was saved")), qPrintable(text));
        QVERIFY(!files.exists(QStringLiteral("one")));
        QVERIFY(files.names().isEmpty());
    }

    void cancellingDuringTheWriteTakesTheSecretsBackOut()
    {
        QTemporaryDir home;
        ConnectionStore files(home.path());
        LockableSecretStore keychain;
        auto* job =
            new ConnectionSaveJob(&keychain, &files, connection(QStringLiteral("one")), secrets());
        QSignalSpy done(job, &Job::finished);
        job->start();
        // Start the write, then give up on it before it has answered.
        QTRY_VERIFY(job->isStarted());
        QCoreApplication::processEvents();
        job->cancel();
        QCOMPARE(done.size(), 1);
        int error = 0;
        QTRY_COMPARE_WITH_TIMEOUT((stored(&keychain, QStringLiteral("one"), &error), error),
                                  int(SecretJob::NotFound), 5000);
        QVERIFY(!files.exists(QStringLiteral("one")));
    }

    void anUnwritableFileTakesTheSecretsBackOut()
    {
        QTemporaryDir home;
        // A file where the connections folder should be: the save must fail.
        QFile blocker(home.filePath(QStringLiteral("connections")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        ConnectionStore files(home.path());
        LockableSecretStore keychain;
        QString text;
        QCOMPARE(save(&keychain, &files, connection(QStringLiteral("one")), &text),
                 int(ConnectionSaveJob::FileFailed));
        QVERIFY2(text.contains(QStringLiteral("Nothing was kept")), qPrintable(text));
        int error = 0;
        stored(&keychain, QStringLiteral("one"), &error);
        QCOMPARE(error, int(SecretJob::NotFound));
    }
};

QTEST_GUILESS_MAIN(TestConnectionSaveJob)
#include "tst_connectionsavejob.moc"
