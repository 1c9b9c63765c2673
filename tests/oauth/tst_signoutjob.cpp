// Signing out and revoking, the one job the GUI and grantline-cli share:
// against the sandbox and the real keychain (gnome-keyring in a private
// session), the refresh token goes first, the tokens are forgotten, and a
// provider that refuses or cannot be reached still leaves them forgotten
// here, reported as not confirmed.
#include "HttpTestClient.h"
#include "KeyringControl.h"
#include "RevocationRecorder.h"
#include "SandboxFixture.h"
#include "oauth/DiscoveryJob.h"
#include "oauth/RevocationJob.h"
#include "oauth/SignOutJob.h"
#include "oauth/TokenHistory.h"
#include "oauth/TokenSet.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace SandboxFixture;

class TestSignOutJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    KeychainSecretStore m_store{
        QStringLiteral("grantline-test-%1").arg(QCoreApplication::applicationPid())};
    Connection m_connection;
    QTemporaryDir m_home;

    static void run(Job& job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(60000));
    }

    // A fresh sign-in at the sandbox, stored in the keychain beside a client
    // secret that must survive every sign-out.
    TokenSet signIn()
    {
        HttpTestClient client;
        const Tokens tokens = signInDesktop(client, *m_sandbox);
        TokenSet set;
        set.accessToken = tokens.access();
        set.refreshToken = tokens.refresh();
        set.tokenType = QStringLiteral("Bearer");
        set.idToken = QStringLiteral("id-token");
        set.obtainedAt = QDateTime::currentDateTimeUtc();
        set.expiresAt = set.obtainedAt.addSecs(3600);
        store({QStringLiteral("kept-secret"), set});
        return set;
    }

    void store(const ConnectionSecrets& secrets)
    {
        std::unique_ptr<SecretJob> job(
            m_store.writeSecret(ConnectionSecrets::keyFor(m_connection.name), secrets.serialize()));
        run(*job);
        QCOMPARE(job->error(), int(Job::NoError));
    }

    ConnectionSecrets stored()
    {
        std::unique_ptr<SecretJob> job(
            m_store.readSecret(ConnectionSecrets::keyFor(m_connection.name)));
        run(*job);
        return ConnectionSecrets::parse(job->secret()).value_or(ConnectionSecrets());
    }

    // The sandbox's own answer, independent of the job under test.
    bool isActive(const QString& token, const char* hint)
    {
        HttpTestClient client;
        const HttpTestReply reply =
            client.postForm(endpoint(*m_sandbox, "/authentication/v2/introspect"),
                            {{QStringLiteral("token"), token},
                             {QStringLiteral("token_type_hint"), QLatin1String(hint)},
                             {QStringLiteral("client_id"), kDesktop}});
        return reply.json().value(QStringLiteral("active")).toBool();
    }

    QList<TokenHistory::Event> events()
    {
        QList<TokenHistory::Event> events;
        for (const TokenHistory::Entry& entry :
             TokenHistory(m_home.path()).entries(m_connection.name)) {
            events.append(entry.event);
        }
        return events;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") != QLatin1String("1")) {
            QFAIL("Run this suite through ctest, which starts a private gnome-keyring.");
        }
        m_store.setJobTimeout(std::chrono::seconds(20));
        m_sandbox = start();
        DiscoveryJob discovery(&m_network, m_sandbox->baseUrl().toString());
        run(discovery);
        QCOMPARE(discovery.error(), int(Job::NoError));
        m_connection.name = QStringLiteral("sandbox");
        m_connection.endpoints = discovery.endpoints();
        m_connection.client.clientId = kDesktop;
        QVERIFY(!m_connection.endpoints.revocation.isEmpty());
    }

    void init()
    {
        QVERIFY(TokenHistory(m_home.path()).remove(m_connection.name)
                || TokenHistory(m_home.path()).entries(m_connection.name).isEmpty());
    }

    void signOutRevokesBothAndForgetsThem()
    {
        const TokenSet tokens = signIn();
        QVERIFY(isActive(tokens.refreshToken, "refresh_token"));
        SignOutJob job(&m_network, &m_store, m_connection, SignOutJob::Purpose::SignOut);
        job.setHistoryHome(m_home.path());
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.revokedCount(), 2);
        QCOMPARE(job.forgottenCount(), 2);
        QVERIFY(!isActive(tokens.refreshToken, "refresh_token"));
        QVERIFY(!isActive(tokens.accessToken, "access_token"));
        const ConnectionSecrets left = stored();
        QCOMPARE(left.clientSecret, QStringLiteral("kept-secret"));
        QVERIFY(left.tokens.accessToken.isEmpty());
        QVERIFY(left.tokens.refreshToken.isEmpty());
        QVERIFY(left.tokens.idToken.isEmpty());
        QCOMPARE(events(), QList<TokenHistory::Event>{TokenHistory::Event::SignedOut});
    }

    void theRefreshTokenIsRevokedFirst()
    {
        RevocationRecorder recorder;
        QVERIFY(recorder.listen());
        const TokenSet tokens = signIn();
        Connection connection = m_connection;
        connection.endpoints.revocation = recorder.url();
        SignOutJob job(&m_network, &m_store, connection, SignOutJob::Purpose::SignOut);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY(recorder.sawRefreshThenAccess(tokens.refreshToken, tokens.accessToken));
    }

    void providerTroubleForgetsButIsNotConfirmed_data()
    {
        QTest::addColumn<QString>("revocation");
        QTest::addColumn<QString>("clientId");
        QTest::newRow("5xx") << QStringLiteral("?sandbox_fault=503") << kDesktop;
        QTest::newRow("refused") << QString() << QStringLiteral("no-such-client");
        QTest::newRow("unreachable") << QStringLiteral("http://127.0.0.1:1/revoke") << kDesktop;
    }

    void providerTroubleForgetsButIsNotConfirmed()
    {
        QFETCH(QString, revocation);
        QFETCH(QString, clientId);
        const TokenSet tokens = signIn();
        Connection connection = m_connection;
        connection.client.clientId = clientId;
        if (revocation.startsWith(u'?')) {
            connection.endpoints.revocation.setQuery(revocation.mid(1));
        } else if (!revocation.isEmpty()) {
            connection.endpoints.revocation = QUrl(revocation);
        }
        SignOutJob job(&m_network, &m_store, connection, SignOutJob::Purpose::SignOut);
        job.setHistoryHome(m_home.path());
        run(job);
        QCOMPARE(job.error(), int(SignOutJob::NotConfirmed));
        QVERIFY2(job.errorText().contains(QStringLiteral("did not confirm")),
                 qPrintable(job.errorText()));
        QVERIFY2(!job.errorText().contains(tokens.refreshToken), "a token in the message");
        QCOMPARE(job.revokedCount(), 0);
        // The person asked for the tokens to be gone: they are, here.
        QCOMPARE(job.forgottenCount(), 2);
        const ConnectionSecrets left = stored();
        QCOMPARE(left.clientSecret, QStringLiteral("kept-secret"));
        QVERIFY(left.tokens.refreshToken.isEmpty());
        QVERIFY(left.tokens.accessToken.isEmpty());
        QCOMPARE(events(), QList<TokenHistory::Event>{TokenHistory::Event::SignedOut});
        if (clientId != kDesktop || revocation.startsWith(QLatin1String("http"))) {
            // Never reached (or refused by) the provider: still alive there.
            QVERIFY(isActive(tokens.refreshToken, "refresh_token"));
        }
    }

    void signingOutWithoutRevocationEndpointOnlyForgets()
    {
        const TokenSet tokens = signIn();
        Connection connection = m_connection;
        connection.endpoints.revocation.clear();
        SignOutJob job(&m_network, &m_store, connection, SignOutJob::Purpose::SignOut);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.revokedCount(), 0);
        QCOMPARE(job.forgottenCount(), 2);
        QVERIFY(stored().tokens.refreshToken.isEmpty());
        QVERIFY(isActive(tokens.refreshToken, "refresh_token"));
    }

    void revokingWithoutRevocationEndpointChangesNothing()
    {
        const TokenSet tokens = signIn();
        Connection connection = m_connection;
        connection.endpoints.revocation.clear();
        SignOutJob job(&m_network, &m_store, connection, SignOutJob::Purpose::Revoke);
        run(job);
        QCOMPARE(job.error(), int(SignOutJob::NoRevocationEndpoint));
        QVERIFY(!job.errorText().contains(QStringLiteral("--")));
        // Compared without printing: a failure must not show a live token.
        QVERIFY(stored().tokens.refreshToken == tokens.refreshToken);
        // Compared without printing: a failure must not show a live token.
        QVERIFY(stored().tokens.accessToken == tokens.accessToken);
    }

    void revokingTheAccessTokenKeepsTheRefreshToken()
    {
        const TokenSet tokens = signIn();
        SignOutJob job(&m_network, &m_store, m_connection, SignOutJob::Purpose::Revoke,
                       SignOutJob::AccessToken);
        job.setHistoryHome(m_home.path());
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.revokedCount(), 1);
        QVERIFY(!isActive(tokens.accessToken, "access_token"));
        QVERIFY(isActive(tokens.refreshToken, "refresh_token"));
        const ConnectionSecrets left = stored();
        QVERIFY(left.tokens.accessToken.isEmpty());
        // Compared without printing: a failure must not show a live token.
        QVERIFY(left.tokens.refreshToken == tokens.refreshToken);
        QCOMPARE(left.tokens.scopes, tokens.scopes);
        QCOMPARE(events(), QList<TokenHistory::Event>{TokenHistory::Event::Revoked});
    }

    void signingOutTwiceSucceedsWithoutRequests()
    {
        signIn();
        SignOutJob first(&m_network, &m_store, m_connection, SignOutJob::Purpose::SignOut);
        run(first);
        QCOMPARE(first.error(), int(Job::NoError));
        HttpTestClient client;
        const int before = stats(client, *m_sandbox).value(QStringLiteral("requests")).toInt();
        SignOutJob second(&m_network, &m_store, m_connection, SignOutJob::Purpose::SignOut);
        run(second);
        QCOMPARE(second.error(), int(Job::NoError));
        QCOMPARE(second.forgottenCount(), 0);
        // Only the stats request itself reached the sandbox.
        QCOMPARE(stats(client, *m_sandbox).value(QStringLiteral("requests")).toInt(), before + 1);
    }

    void deletingTheJobMidRevocationCancelsTheRequest()
    {
        const TokenSet tokens = signIn();
        Connection connection = m_connection;
        connection.endpoints.revocation.setQuery(
            QStringLiteral("sandbox_fault=slow&sandbox_delay_ms=3000"));
        auto job = std::make_unique<SignOutJob>(&m_network, &m_store, connection,
                                                SignOutJob::Purpose::SignOut);
        job->setAutoDelete(false);
        job->start();
        const auto revocation = [&job] { return job->findChild<RevocationJob*>(); };
        QTRY_VERIFY_WITH_TIMEOUT(revocation(), 20000);
        int requestError = -1;
        connect(revocation(), &Job::finished, this,
                [&requestError](Job* request) { requestError = request->error(); });
        // The window closes mid-sign-out (its owner goes): the request is cut off.
        job.reset();
        QCOMPARE(requestError, int(Job::Cancelled));
        // Nothing was forgotten: the sign-out never got that far.
        // Compared without printing: a failure must not show a live token.
        QVERIFY(stored().tokens.refreshToken == tokens.refreshToken);
    }

    // Last: the keyring stays locked for the rest of this session.
    void lockedKeychainRevokesNothing()
    {
        const TokenSet tokens = signIn();
        QVERIFY(KeyringControl::lock());
        SignOutJob job(&m_network, &m_store, m_connection, SignOutJob::Purpose::SignOut);
        run(job);
        QCOMPARE(job.error(), int(SignOutJob::KeychainFailed));
        QCOMPARE(job.keychainError(), int(SecretJob::Locked));
        QVERIFY2(job.errorText().contains(QStringLiteral("locked")), qPrintable(job.errorText()));
        QCOMPARE(job.revokedCount(), 0);
        // Nothing was sent: the sign-in still works at the provider.
        QVERIFY(isActive(tokens.refreshToken, "refresh_token"));
    }
};

QTEST_GUILESS_MAIN(TestSignOutJob)
#include "tst_signoutjob.moc"
