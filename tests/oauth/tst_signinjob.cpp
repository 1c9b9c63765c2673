// One sign-in attempt of any grant against the sandbox: the browser sign-in
// with who signed in, the app's own token, and the remedy offered for each
// kind of failure.
#include "SandboxBrowser.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DiscoveryJob.h"
#include "oauth/SignInJob.h"
#include "sandbox/SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

class TestSignInJob : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;
    ProviderEndpoints m_endpoints;
    SandboxBrowser m_browser;

    Connection connection(const QString& clientId) const
    {
        Connection c;
        c.name = QStringLiteral("test");
        c.provider = QStringLiteral("sandbox");
        c.endpoints = m_endpoints;
        c.client.clientId = clientId;
        c.client.scopes = {QStringLiteral("data:read"), QStringLiteral("openid")};
        return c;
    }

    std::unique_ptr<SignInJob> attempt(const Connection& c, const QString& secret = QString())
    {
        auto job = std::make_unique<SignInJob>(&m_network, c, secret, [this](const QUrl& url) {
            m_browser.openUrl(url);
            return true;
        });
        job->setAutoDelete(false);
        return job;
    }

    static bool finish(SignInJob& job)
    {
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        return finished.wait(30000) && finished.size() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        DiscoveryJob discovery(&m_network, m_sandbox->baseUrl().toString());
        discovery.setAutoDelete(false);
        QSignalSpy done(&discovery, &Job::finished);
        discovery.start();
        QVERIFY(done.wait(10000));
        m_endpoints = discovery.endpoints();
    }

    void init()
    {
        m_browser.decision = BrowserSimulator::Decision::Allow;
        m_browser.opened.clear();
        m_browser.callbackPages.clear();
    }

    void aPersonSignsInAndIsNamed()
    {
        auto job = attempt(connection(QStringLiteral("sandbox-desktop-app")));
        QSignalSpy url(job.get(), &SignInJob::authorizationUrlReady);
        QSignalSpy exchanging(job.get(), &SignInJob::exchangingCode);
        QSignalSpy profile(job.get(), &SignInJob::fetchingProfile);
        QVERIFY(finish(*job));
        QCOMPARE(job->error(), int(Job::NoError));
        QCOMPARE(url.size(), 1);
        QCOMPARE(exchanging.size(), 1);
        QCOMPARE(profile.size(), 1);
        QCOMPARE(job->userName(), QStringLiteral("Zoë Ångström"));
        QVERIFY(!job->tokens().accessToken.isEmpty());
        QVERIFY(!job->tokens().refreshToken.isEmpty());
        QVERIFY(!job->tokens().idToken.isEmpty());
    }

    void anAppGetsItsOwnToken()
    {
        Connection c = connection(QStringLiteral("sandbox-server-app"));
        c.client.type = ClientRegistration::ClientType::ServerToServer;
        c.client.tokenAuth = ClientRegistration::TokenAuth::ClientSecretBasic;
        c.client.grantType = QStringLiteral("client_credentials");
        c.client.scopes = {QStringLiteral("data:read")};
        auto job = attempt(c, QStringLiteral("sandbox-server-secret"));
        QVERIFY(finish(*job));
        QCOMPARE(job->error(), int(Job::NoError));
        QVERIFY(!job->tokens().accessToken.isEmpty());
        QVERIFY(job->userName().isEmpty());
        QVERIFY(m_browser.opened.isEmpty());

        auto wrong = attempt(c, QStringLiteral("not-the-secret"));
        QVERIFY(finish(*wrong));
        QCOMPARE(wrong->error(), int(SignInJob::Failed));
        QCOMPARE(wrong->remedy(), SignInJob::Remedy::CheckCredentials);
        QVERIFY(!wrong->errorText().isEmpty());
    }

    void aWrongSecretAtTheCodeExchangeAsksToCheckCredentials()
    {
        Connection c = connection(QStringLiteral("sandbox-web-app"));
        c.client.type = ClientRegistration::ClientType::Confidential;
        c.client.tokenAuth = ClientRegistration::TokenAuth::ClientSecretPost;
        auto job = attempt(c, QStringLiteral("not-the-secret"));
        QVERIFY(finish(*job));
        QCOMPARE(job->remedy(), SignInJob::Remedy::CheckCredentials);
    }

    void aTakenPortAsksForAnotherPort()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        Connection c = connection(QStringLiteral("sandbox-desktop-app"));
        c.client.redirectUri =
            QStringLiteral("http://127.0.0.1:%1/callback").arg(squatter.serverPort());
        auto job = attempt(c);
        QVERIFY(finish(*job));
        QCOMPARE(job->remedy(), SignInJob::Remedy::ChangePort);
        QVERIFY(job->errorText().contains(QString::number(squatter.serverPort())));
        QVERIFY(m_browser.opened.isEmpty());
    }

    void aCallbackOffThisComputerAsksToCheckTheRegistration()
    {
        Connection c = connection(QStringLiteral("sandbox-desktop-app"));
        c.client.redirectUri = QStringLiteral("http://example.com:8080/callback");
        auto job = attempt(c);
        QVERIFY(finish(*job));
        QCOMPARE(job->remedy(), SignInJob::Remedy::CheckRegistration);
        QVERIFY(m_browser.opened.isEmpty());
    }

    void aProviderRefusalAsksToCheckTheRegistration()
    {
        // The sandbox sends the browser back with invalid_scope.
        Connection c = connection(QStringLiteral("sandbox-desktop-app"));
        c.client.scopes = {QStringLiteral("no-such-scope")};
        auto job = attempt(c);
        QVERIFY(finish(*job));
        QVERIFY2(job->remedy() == SignInJob::Remedy::CheckRegistration,
                 qPrintable(job->errorText()));
    }

    void denyingOffersToTryAgain()
    {
        m_browser.decision = BrowserSimulator::Decision::Deny;
        auto job = attempt(connection(QStringLiteral("sandbox-desktop-app")));
        QVERIFY(finish(*job));
        QCOMPARE(job->remedy(), SignInJob::Remedy::TryAgain);
        QVERIFY(job->errorText().contains(QStringLiteral("denied")));
        QVERIFY(job->tokens().isEmpty());
    }

    void cancellingEndsOnceAndFreesThePort()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        Connection c = connection(QStringLiteral("sandbox-desktop-app"));
        c.client.redirectUri = QStringLiteral("http://127.0.0.1:%1/callback").arg(port);
        // A browser that never comes back.
        auto job =
            std::make_unique<SignInJob>(&m_network, c, QString(), [](const QUrl&) { return true; });
        job->setAutoDelete(false);
        QSignalSpy url(job.get(), &SignInJob::authorizationUrlReady);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QVERIFY(url.wait(10000));
        job->cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error(), int(Job::Cancelled));
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
        QTcpServer reuse;
        QVERIFY(reuse.listen(QHostAddress::LocalHost, port));
    }

    void theBrowserGetsItsPageAfterTheJobIsGone()
    {
        // The caller deletes the job as soon as it has the result (as
        // grantline-cli does); the page to the browser must still arrive.
        auto job = attempt(connection(QStringLiteral("sandbox-desktop-app")));
        SignInJob* raw = job.get();
        int error = -1;
        connect(raw, &Job::finished, this, [&] {
            error = raw->error();
            job.reset();
        });
        raw->start();
        QTRY_VERIFY_WITH_TIMEOUT(!job, 30000);
        QCOMPARE(error, int(Job::NoError));
        QTRY_COMPARE(m_browser.callbackPages.size(), 1);
        const BrowserTab::Page page = m_browser.callbackPages.first();
        QCOMPARE(page.status, 200);
        QVERIFY2(page.text().contains(QStringLiteral("Signed in")), qPrintable(page.text()));
        QVERIFY(page.text().contains(QStringLiteral("You can close this tab")));
    }

    void closingTheSignInWhileTheCodeIsExchangedTellsTheBrowser()
    {
        // A token endpoint slow enough to close the wizard (delete the job)
        // while the browser waits for its page.
        Connection c = connection(QStringLiteral("sandbox-desktop-app"));
        c.endpoints.token.setQuery(QStringLiteral("sandbox_fault=slow&sandbox_delay_ms=20000"));
        auto job = attempt(c);
        connect(job.get(), &SignInJob::exchangingCode, this, [&] {
            // As a person closing the wizard would: a moment later.
            QTimer::singleShot(50, this, [&] { job.reset(); });
        });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(!job, 30000);
        QTRY_COMPARE(m_browser.callbackPages.size(), 1);
        const BrowserTab::Page page = m_browser.callbackPages.first();
        QCOMPARE(page.status, 200);
        QVERIFY2(page.text().contains(QStringLiteral("Sign-in cancelled")),
                 qPrintable(page.text()));
    }

    void aSignInNobodyFinishesTimesOutAndFreesThePort()
    {
        Connection c = connection(QStringLiteral("sandbox-desktop-app"));
        AuthorizationCodeFlow flow(&m_network, c.endpoints, c.client, QString(),
                                   [](const QUrl&) { return true; });
        flow.setAutoDelete(false);
        flow.setSignInTimeout(std::chrono::milliseconds(300));
        QSignalSpy finished(&flow, &Job::finished);
        flow.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(flow.error(), int(AuthorizationCodeFlow::SignInTimedOut));
        QVERIFY2(flow.errorText().contains(QStringLiteral("not finished in time")),
                 qPrintable(flow.errorText()));
        QTcpServer again;
        QVERIFY(again.listen(QHostAddress::LocalHost, QUrl(flow.redirectUri()).port()));
        // The default gives a person time to sign in, but not forever.
        QCOMPARE(AuthorizationCodeFlow::kSignInTimeout, std::chrono::minutes(10));
    }

    void aSignInFinishedJustBeforeTheDeadlineIsNotCutOff()
    {
        // The browser comes back in time; the code exchange then outlasts the
        // sign-in deadline. It must finish: the person did sign in.
        Connection c = connection(QStringLiteral("sandbox-desktop-app"));
        c.endpoints.token.setQuery(QStringLiteral("sandbox_fault=slow&sandbox_delay_ms=3000"));
        AuthorizationCodeFlow flow(&m_network, c.endpoints, c.client, QString(),
                                   [this](const QUrl& url) {
                                       m_browser.openUrl(url);
                                       return true;
                                   });
        flow.setAutoDelete(false);
        flow.setSignInTimeout(std::chrono::milliseconds(1500));
        QSignalSpy exchanging(&flow, &AuthorizationCodeFlow::exchangingCode);
        QSignalSpy finished(&flow, &Job::finished);
        flow.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(exchanging.size(), 1);
        QVERIFY2(flow.error() == Job::NoError, qPrintable(flow.errorText()));
        QVERIFY(!flow.tokens().accessToken.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSignInJob)
#include "tst_signinjob.moc"
