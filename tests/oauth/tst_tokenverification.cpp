// Verifying sandbox-issued tokens against the sandbox's JWKS over HTTP,
// including the one refetch after a key is not found.
#include "HttpTestClient.h"
#include "ScopedTestClock.h"
#include "oauth/TokenVerificationJob.h"
#include "oauth/UserInfoJob.h"
#include "sandbox/SandboxServer.h"

#include <QSignalSpy>
#include <QTest>

class TestTokenVerification : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;

    QByteArray appToken(const SandboxServer& sandbox, const QString& query = QString())
    {
        HttpTestClient client;
        QUrl url = sandbox.baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/token")));
        url.setQuery(query);
        return client
            .postForm(url,
                      {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                       {QStringLiteral("scope"), QStringLiteral("data:read")}},
                      {{"Authorization",
                        HttpTestClient::basicAuth(QStringLiteral("sandbox-server-app"),
                                                  QStringLiteral("sandbox-server-secret"))}})
            .json()
            .value(QStringLiteral("access_token"))
            .toString()
            .toLatin1();
    }

    QUrl jwks() const
    {
        return m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/keys")));
    }

    static void run(Job& job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(30000));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void sandboxTokenVerifies()
    {
        JwtVerifier::Expectations expectations;
        expectations.issuer = m_sandbox->baseUrl().toString();
        expectations.audience = QStringLiteral("https://autodesk.com");
        TokenVerificationJob job(&m_network, jwks(), appToken(*m_sandbox), expectations);
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QCOMPARE(job.verification().algorithm, QStringLiteral("RS256"));
        QCOMPARE(job.fetchCount(), 1);
    }

    void unknownKeyIsFetchedOnceMore()
    {
        SandboxServer other{SandboxSettings{}};
        QString error;
        QVERIFY(other.start(&error));
        // Signed by another sandbox's key: not in this JWKS even after a refetch.
        TokenVerificationJob job(&m_network, jwks(), appToken(other), {});
        run(job);
        QCOMPARE(job.error(), int(TokenVerificationJob::NotVerified));
        QCOMPARE(job.verification().status, JwtVerification::Status::KeyNotFound);
        QCOMPARE(job.fetchCount(), 2);
    }

    void wrongIssuerAndExpiryAreReported()
    {
        JwtVerifier::Expectations expectations;
        expectations.issuer = QStringLiteral("https://developer.api.autodesk.com");
        TokenVerificationJob wrongIssuer(&m_network, jwks(), appToken(*m_sandbox), expectations);
        run(wrongIssuer);
        QCOMPARE(wrongIssuer.verification().status, JwtVerification::Status::WrongIssuer);

        // An hour's token, two hours later by the app's clock: no sleeping.
        const QByteArray token = appToken(*m_sandbox);
        ScopedTestClock clock;
        clock.advance(std::chrono::hours(2));
        JwtVerifier::Expectations strict;
        strict.leewaySeconds = 0;
        TokenVerificationJob expired(&m_network, jwks(), token, strict);
        run(expired);
        QCOMPARE(expired.verification().status, JwtVerification::Status::Expired);
        QVERIFY(expired.errorText().contains(QStringLiteral("expired")));
    }

    void userInfoNeedsAUserToken()
    {
        const QUrl userinfo = m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/userinfo")));
        UserInfoJob app(&m_network, userinfo, QString::fromLatin1(appToken(*m_sandbox)));
        run(app);
        QCOMPARE(app.error(), int(UserInfoJob::NotAuthorized));
        QVERIFY(app.profile().isEmpty());
        UserInfoJob garbage(&m_network, userinfo, QStringLiteral("not-a-token"));
        run(garbage);
        QCOMPARE(garbage.error(), int(UserInfoJob::NotAuthorized));
    }

    void missingKeySetIsReported()
    {
        QUrl nowhere = jwks();
        nowhere.setPath(QStringLiteral("/no/keys/here"));
        TokenVerificationJob job(&m_network, nowhere, appToken(*m_sandbox), {});
        run(job);
        QCOMPARE(job.error(), int(TokenVerificationJob::KeysUnavailable));
        QVERIFY(job.errorText().contains(QStringLiteral("HTTP 404")));
    }
};

QTEST_GUILESS_MAIN(TestTokenVerification)
#include "tst_tokenverification.moc"
