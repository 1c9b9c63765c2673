// grantline-cli sign-in and tokens end to end: the browser flow (printed
// address, --no-browser), refresh rotation, revocation of one or all tokens,
// logout, and debug logging that never shows a secret.
#include "CliTestCase.h"
#include "RevocationRecorder.h"
#include "http/HttpServer.h"
#include "oauth/TokenHistory.h"

#include <QTimer>

#include <csignal>

namespace {

// The events of a connection's token timeline, oldest first.
QList<TokenHistory::Event> eventsOf(const QString& home, const QString& name)
{
    QList<TokenHistory::Event> events;
    for (const TokenHistory::Entry& entry : TokenHistory(home).entries(name)) {
        events.append(entry.event);
    }
    return events;
}

} // namespace

class TestCliSignIn : public CliTestCase
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox();
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_providerError.clear();
        m_providerErrorDescription.clear();
    }

    void desktopLoginWithoutBrowserThenRefreshRotation()
    {
        addDesktopApp(QStringLiteral("desk"));
        QByteArray errors;
        QCOMPARE(
            loginThroughBrowser(QStringLiteral("desk"), BrowserSimulator::Decision::Allow, &errors),
            0);
        const auto reveal = [this] {
            return QJsonDocument::fromJson(
                       cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("desk"),
                            QStringLiteral("--json"), QStringLiteral("--reveal")})
                           .out)
                .object();
        };
        const QJsonObject first = reveal();
        QVERIFY(first[QStringLiteral("has_refresh_token")].toBool());
        const CliRun refreshed =
            cli({QStringLiteral("token"), QStringLiteral("refresh"), QStringLiteral("desk")});
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
        const QJsonObject second = reveal();
        QVERIFY(second[QStringLiteral("refresh_token")] != first[QStringLiteral("refresh_token")]);
        QVERIFY(second[QStringLiteral("access_token")] != first[QStringLiteral("access_token")]);
        verifyHomeHoldsNo(second[QStringLiteral("refresh_token")].toString().toLatin1());

        // Everything revoked at the provider: the next refresh says sign in again
        // and the dead tokens are not kept.
        HttpTestClient admin;
        admin.post(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/sandbox/revoke-all"))), {});
        const CliRun dead =
            cli({QStringLiteral("token"), QStringLiteral("refresh"), QStringLiteral("desk")});
        QCOMPARE(dead.exitCode, 1);
        QVERIFY2(dead.err.contains("login desk"), dead.err.constData());
        QCOMPARE(dead.err.count('\n'), 1);
        QCOMPARE(
            cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("desk")}).exitCode,
            1);
        // The GUI's timeline sees what the command line did.
        using Event = TokenHistory::Event;
        QCOMPARE(eventsOf(m_home->path(), QStringLiteral("desk")),
                 (QList<Event>{Event::SignedIn, Event::Refreshed, Event::SignedOut}));
    }

    void deniedLoginFailsWithTheReason()
    {
        addDesktopApp(QStringLiteral("deny"));
        QByteArray errors;
        QCOMPARE(
            loginThroughBrowser(QStringLiteral("deny"), BrowserSimulator::Decision::Deny, &errors),
            1);
        QVERIFY2(errors.contains("denied"), errors.constData());
    }

    void theBrowserTabShowsGrantlinesAnswer_data()
    {
        QTest::addColumn<QString>("clientId");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("signed in") << "sandbox-desktop-app"
                                   << ""
                                   << "data:read" << true << 0 << "Signed in"
                                   << "You can close this tab";
        QTest::newRow("denied") << "sandbox-desktop-app"
                                << ""
                                << "data:read" << false << 1 << "Access denied"
                                << "choose Allow";
        QTest::newRow("provider error") << "sandbox-desktop-app"
                                        << ""
                                        << "no-such:scope" << true << 1 << "Sign-in refused"
                                        << "The provider refused";
        QTest::newRow("token exchange failed") << "sandbox-web-app"
                                               << "not-the-secret"
                                               << "data:read" << true << 1 << "Sign-in failed"
                                               << "Return to Grantline to try again";
    }

    void theBrowserTabShowsGrantlinesAnswer()
    {
        // The sign-in object is gone as soon as the command has its result;
        // its answer to the browser must still arrive whole (it used to be
        // cut off with 0 bytes: "ERR_EMPTY_RESPONSE").
        QFETCH(QString, clientId);
        QFETCH(QString, secret);
        QFETCH(QString, scope);
        QFETCH(bool, allow);
        QFETCH(int, exitCode);
        QFETCH(QString, title);
        QFETCH(QString, sentence);
        QStringList add{QStringLiteral("connection"),
                        QStringLiteral("add"),
                        QStringLiteral("tab"),
                        QStringLiteral("--provider"),
                        QStringLiteral("sandbox"),
                        QStringLiteral("--issuer"),
                        issuer(),
                        QStringLiteral("--client-id"),
                        clientId,
                        QStringLiteral("--scope"),
                        scope};
        if (!secret.isEmpty()) {
            add << QStringLiteral("--client-type") << QStringLiteral("confidential")
                << QStringLiteral("--client-secret-stdin");
        }
        const CliRun added = cli(add, secret.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 0, added.err.constData());
        BrowserTab::Page page;
        QByteArray errors;
        QCOMPARE(
            loginFollowingUrl(
                {QStringLiteral("login"), QStringLiteral("tab"), QStringLiteral("--no-browser")},
                QProcess::StandardOutput,
                allow ? BrowserSimulator::Decision::Allow : BrowserSimulator::Decision::Deny,
                &errors, {}, nullptr, nullptr, &page),
            exitCode);
        QVERIFY2(!page.isEmpty(), "the browser got an empty response");
        QCOMPARE(page.status, 200);
        QVERIFY2(page.raw.contains("Connection: close"), page.raw.constData());
        QVERIFY2(page.text().contains(title), qPrintable(page.text()));
        QVERIFY2(page.text().contains(sentence), qPrintable(page.text()));
    }

    void ctrlCWhileTheCodeIsExchangedTellsTheBrowser()
    {
        // A token endpoint slow enough to press Ctrl+C while the browser tab
        // waits for Grantline's answer.
        const QString base = issuer();
        const CliRun added = cli(
            {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("slow"),
             QStringLiteral("--provider"), QStringLiteral("manual"),
             QStringLiteral("--authorize-url"),
             base + QStringLiteral("/authentication/v2/authorize"), QStringLiteral("--token-url"),
             base
                 + QStringLiteral(
                     "/authentication/v2/token?sandbox_fault=slow&sandbox_delay_ms=60000"),
             QStringLiteral("--client-id"), QStringLiteral("sandbox-desktop-app"),
             QStringLiteral("--scope"), QStringLiteral("data:read")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(
            QStringLiteral(GRANTLINE_CLI_PATH),
            {QStringLiteral("login"), QStringLiteral("slow"), QStringLiteral("--no-browser")});
        QByteArray printed;
        QVERIFY(QTest::qWaitFor(
            [&] {
                printed += process.readAllStandardOutput();
                return printed.contains('\n');
            },
            20000));
        HttpTestClient client;
        BrowserSimulator browser(client);
        const auto outcome =
            browser.signIn(QUrl::fromEncoded(printed.split('\n').first()),
                           QStringLiteral("demo@sandbox.grantline.org"), QStringLiteral("sandbox"),
                           BrowserSimulator::Decision::Allow);
        QVERIFY(!outcome.redirect.isEmpty());
        // Ctrl+C once the code exchange has reached the provider, so the
        // browser is surely waiting on Grantline's answer.
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            HttpTestClient stats;
            const QJsonObject counters = stats.get(QUrl(base + QStringLiteral("/sandbox/stats")))
                                             .json()[QStringLiteral("counters")]
                                             .toObject();
            if (counters[QStringLiteral("fault_slow")].toInt() >= 1) {
                poll.stop();
                ::kill(pid_t(process.processId()), SIGINT);
            }
        });
        poll.start(100);
        const BrowserTab::Page page = BrowserTab::open(outcome.redirect);
        QVERIFY2(!page.isEmpty(), "the browser got an empty response");
        QCOMPARE(page.status, 200);
        QVERIFY2(page.text().contains(QStringLiteral("Sign-in cancelled")),
                 qPrintable(page.text()));
        QVERIFY(QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 20000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        QVERIFY(process.readAllStandardError().contains("cancelled"));
    }

    void refreshesFromSeveralProcessesAtOnceKeepTheSignIn()
    {
        // The app, a scheduled run and a terminal may refresh one connection
        // at the same moment. With rotation, the slower ones used to spend a
        // refresh token already replaced (invalid_grant) and sign out.
        addDesktopApp(QStringLiteral("race"));
        QCOMPARE(loginThroughBrowser(QStringLiteral("race"), BrowserSimulator::Decision::Allow), 0);
        for (int round = 0; round < 3; ++round) {
            std::vector<std::unique_ptr<QProcess>> processes;
            for (int i = 0; i < 4; ++i) {
                processes.push_back(std::make_unique<QProcess>());
                processes.back()->setProcessEnvironment(environment());
                processes.back()->start(
                    QStringLiteral(GRANTLINE_CLI_PATH),
                    {QStringLiteral("token"), QStringLiteral("refresh"), QStringLiteral("race")});
            }
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return std::all_of(processes.begin(), processes.end(), [](const auto& p) {
                        return p->state() == QProcess::NotRunning;
                    });
                },
                120000));
            for (const auto& process : processes) {
                QVERIFY2(process->exitCode() == 0,
                         qPrintable(QStringLiteral("round %1: %2")
                                        .arg(round)
                                        .arg(QString::fromUtf8(process->readAllStandardError()))));
            }
        }
        // Still signed in, with a refresh token the provider accepts.
        const CliRun last =
            cli({QStringLiteral("token"), QStringLiteral("refresh"), QStringLiteral("race")});
        QVERIFY2(last.exitCode == 0, last.err.constData());
        // The lock is gone once nobody refreshes.
        QVERIFY(!QFile::exists(
            QDir(m_home->path()).filePath(QStringLiteral("connections/race.refresh.lock"))));
    }

    // The provider's words reach the terminal without the escape sequences
    // hidden in them (a window title, a cleared screen, a colour).
    void providerTextReachesTheTerminalWithoutControls()
    {
        addDesktopApp(QStringLiteral("odd"));
        m_providerError = QStringLiteral("server_error");
        m_providerErrorDescription = QStringLiteral("Refused\x1b]0;pwned\x07\x1b[2J by "
                                                    "\x1b[31mpolicy\r\x7f");
        QByteArray printed;
        QCOMPARE(
            loginThroughBrowser(QStringLiteral("odd"), BrowserSimulator::Decision::Allow, &printed),
            1);
        QVERIFY2(printed.contains("Refused by policy (server_error)"), printed.constData());
        for (const char control : {'\x1b', '\x07', '\r', '\x7f'}) {
            QVERIFY2(!printed.contains(control), printed.toPercentEncoding().constData());
        }
        QVERIFY(!printed.contains("pwned"));
    }

    void logoutRevokesAndForgets()
    {
        addServerApp(QStringLiteral("out"));
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("out")}).exitCode, 0);
        const CliRun logout = cli({QStringLiteral("logout"), QStringLiteral("out")});
        QVERIFY2(logout.exitCode == 0, logout.err.constData());
        const QByteArray logoutLine =
            logout.err.mid(logout.err.indexOf("http://")).split('\n').first();
        const QUrl logoutUrl = QUrl::fromEncoded(logoutLine);
        QCOMPARE(logoutUrl.path(), QStringLiteral("/authentication/v2/logout"));
        QCOMPARE(QUrlQuery(logoutUrl).queryItemValue(QStringLiteral("client_id")),
                 QStringLiteral("sandbox-server-app"));
        HttpTestClient browser;
        QCOMPARE(browser.get(logoutUrl).status, 200);
        QCOMPARE(
            cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("out")}).exitCode,
            1);
        using Event = TokenHistory::Event;
        QCOMPARE(eventsOf(m_home->path(), QStringLiteral("out")),
                 (QList<Event>{Event::SignedIn, Event::SignedOut}));
        // Removing the connection takes its timeline along.
        QCOMPARE(
            cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("out")})
                .exitCode,
            0);
        QVERIFY(eventsOf(m_home->path(), QStringLiteral("out")).isEmpty());
    }

    void browserLoginAlwaysPrintsTheAddress()
    {
        addDesktopApp(QStringLiteral("web"));
        // A stand-in xdg-open that records what it was asked to open and shows
        // nothing, like one on a machine without a display.
        QTemporaryDir bin;
        QFile opener(bin.filePath(QStringLiteral("xdg-open")));
        QVERIFY(opener.open(QIODevice::WriteOnly));
        opener.write("#!/bin/sh\nprintf '%s' \"$1\" > \"$(dirname \"$0\")/opened\"\n");
        opener.close();
        QVERIFY(opener.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        QProcessEnvironment path;
        path.insert(QStringLiteral("PATH"), bin.path() + u':' + qEnvironmentVariable("PATH"));
        QByteArray errors;
        QUrl followed;
        QCOMPARE(loginFollowingUrl({QStringLiteral("login"), QStringLiteral("web")},
                                   QProcess::StandardError, BrowserSimulator::Decision::Allow,
                                   &errors, path, &followed),
                 0);
        QVERIFY2(errors.contains("If it does not open, visit:"), errors.constData());
        QVERIFY2(errors.contains("Signed in to \"web\""), errors.constData());
        QFile opened(bin.filePath(QStringLiteral("opened")));
        QTRY_VERIFY(opened.exists());
        QVERIFY(opened.open(QIODevice::ReadOnly));
        QCOMPARE(QUrl::fromEncoded(opened.readAll()), followed);
    }

    void revokingOneTokenKeepsTheOther()
    {
        addDesktopApp(QStringLiteral("part"));
        QCOMPARE(loginThroughBrowser(QStringLiteral("part"), BrowserSimulator::Decision::Allow), 0);
        const int before = counter("revocations");
        const CliRun access = cli({QStringLiteral("token"), QStringLiteral("revoke"),
                                   QStringLiteral("part"), QStringLiteral("--access")});
        QVERIFY2(access.exitCode == 0, access.err.constData());
        QCOMPARE(counter("revocations"), before + 1);
        // The refresh token still works and brings a new access token.
        const CliRun introspected = cli({QStringLiteral("token"), QStringLiteral("introspect"),
                                         QStringLiteral("part"), QStringLiteral("--json")});
        QVERIFY(
            QJsonDocument::fromJson(introspected.out).object()[QStringLiteral("active")].toBool());
        const CliRun refreshed =
            cli({QStringLiteral("token"), QStringLiteral("refresh"), QStringLiteral("part")});
        QVERIFY2(refreshed.exitCode == 0, refreshed.err.constData());
        const CliRun refresh = cli({QStringLiteral("token"), QStringLiteral("revoke"),
                                    QStringLiteral("part"), QStringLiteral("--refresh")});
        QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
        QCOMPARE(counter("revocations"), before + 2);
        const CliRun noRefresh =
            cli({QStringLiteral("token"), QStringLiteral("refresh"), QStringLiteral("part")});
        QCOMPARE(noRefresh.exitCode, 1);
        QVERIFY2(noRefresh.err.contains("no refresh token"), noRefresh.err.constData());
    }

    void debugLoggingNeverShowsSecrets()
    {
        QProcessEnvironment verbose;
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("grantline.*.debug=true"));
        addServerApp(QStringLiteral("loud"));
        const CliRun login = cli({QStringLiteral("login"), QStringLiteral("loud")}, {}, verbose);
        QCOMPARE(login.exitCode, 0);
        const CliRun introspect =
            cli({QStringLiteral("token"), QStringLiteral("introspect"), QStringLiteral("loud")}, {},
                verbose);
        QCOMPARE(introspect.exitCode, 0);
        const CliRun refresh =
            cli({QStringLiteral("token"), QStringLiteral("refresh"), QStringLiteral("loud")}, {},
                verbose);
        QCOMPARE(refresh.exitCode, 0);
        const QByteArray token =
            QJsonDocument::fromJson(
                cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("loud"),
                     QStringLiteral("--json"), QStringLiteral("--reveal")})
                    .out)
                .object()[QStringLiteral("access_token")]
                .toString()
                .toLatin1();
        QVERIFY(!token.isEmpty());
        for (const QByteArray& output :
             {login.err, login.out, introspect.err, introspect.out, refresh.err, refresh.out}) {
            QVERIFY(!output.contains(token));
            QVERIFY(!output.contains(token.split('.').value(2)));
            QVERIFY(!output.contains("sandbox-server-secret"));
        }
        // The debug output was really on.
        QVERIFY2(login.err.contains("grantline."), login.err.constData());
    }

    void debugLoggingOfABrowserSignInAndRefreshShowsNoTokens()
    {
        QProcessEnvironment verbose;
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("grantline.*.debug=true"));
        addDesktopApp(QStringLiteral("chatty"));
        QByteArray signInOutput;
        QUrl authorize;
        QUrl redirect;
        QCOMPARE(loginFollowingUrl({QStringLiteral("login"), QStringLiteral("chatty"),
                                    QStringLiteral("--no-browser")},
                                   QProcess::StandardOutput, BrowserSimulator::Decision::Allow,
                                   &signInOutput, verbose, &authorize, &redirect),
                 0);
        // The one-time code travels only between the browser and Grantline.
        const QByteArray code =
            QUrlQuery(redirect).queryItemValue(QStringLiteral("code")).toLatin1();
        QVERIFY(!code.isEmpty());
        QVERIFY(!signInOutput.contains(code));
        const auto revealed = [this] {
            return QJsonDocument::fromJson(cli({QStringLiteral("token"), QStringLiteral("show"),
                                                QStringLiteral("chatty"), QStringLiteral("--json"),
                                                QStringLiteral("--reveal")})
                                               .out)
                .object();
        };
        const QJsonObject first = revealed();
        const CliRun refresh =
            cli({QStringLiteral("token"), QStringLiteral("refresh"), QStringLiteral("chatty")}, {},
                verbose);
        QCOMPARE(refresh.exitCode, 0);
        const QJsonObject second = revealed();
        QVERIFY2(signInOutput.contains("grantline."), signInOutput.constData());
        for (const QJsonObject& tokens : {first, second}) {
            for (const char* name : {"access_token", "refresh_token", "id_token"}) {
                const QByteArray secret = tokens[QLatin1String(name)].toString().toLatin1();
                QVERIFY2(!secret.isEmpty(), name);
                const QByteArray tail = secret.split('.').last();
                for (const QByteArray& output : {signInOutput, refresh.err, refresh.out}) {
                    QVERIFY2(!output.contains(secret) && !output.contains(tail), name);
                }
            }
        }
    }

    void logoutAtAnUnreachableProviderForgetsAndFails()
    {
        // The rule the GUI follows too: the tokens are forgotten here, and the
        // command fails, saying that the provider did not confirm.
        const QString sandbox = issuer();
        const auto at = [&sandbox](const char* path) { return sandbox + QLatin1String(path); };
        const CliRun added =
            cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("gone"),
                 QStringLiteral("--provider"), QStringLiteral("manual"), QStringLiteral("--issuer"),
                 sandbox, QStringLiteral("--authorize-url"), at("/authentication/v2/authorize"),
                 QStringLiteral("--token-url"), at("/authentication/v2/token"),
                 QStringLiteral("--revoke-url"), QStringLiteral("http://127.0.0.1:1/revoke"),
                 QStringLiteral("--client-id"), QStringLiteral("sandbox-desktop-app"),
                 QStringLiteral("--scope"), QStringLiteral("data:read")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(loginThroughBrowser(QStringLiteral("gone"), BrowserSimulator::Decision::Allow), 0);
        const CliRun logout = cli({QStringLiteral("logout"), QStringLiteral("gone")});
        QCOMPARE(logout.exitCode, 1);
        QVERIFY2(logout.err.contains("did not confirm"), logout.err.constData());
        const CliRun show =
            cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("gone")});
        QCOMPARE(show.exitCode, 1);
        QVERIFY2(show.err.contains("signed out"), show.err.constData());
    }

    void revokingBothTokensRevokesTheRefreshTokenFirst()
    {
        // RFC 7009 §2.1: revoking the refresh token ends the whole grant at
        // providers that support it; revoking the access token first would
        // leave a window where a refresh brings a new one. Each request says
        // which kind of token it carries.
        RevocationRecorder revocation;
        QVERIFY(revocation.listen());
        const QString sandbox = issuer();
        const auto at = [&sandbox](const char* path) { return sandbox + QLatin1String(path); };
        const CliRun added =
            cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("both"),
                 QStringLiteral("--provider"), QStringLiteral("manual"), QStringLiteral("--issuer"),
                 sandbox, QStringLiteral("--authorize-url"), at("/authentication/v2/authorize"),
                 QStringLiteral("--token-url"), at("/authentication/v2/token"),
                 QStringLiteral("--revoke-url"), revocation.url().toString(),
                 QStringLiteral("--client-id"), QStringLiteral("sandbox-desktop-app"),
                 QStringLiteral("--scope"), QStringLiteral("data:read")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QCOMPARE(loginThroughBrowser(QStringLiteral("both"), BrowserSimulator::Decision::Allow), 0);
        const QJsonObject tokens =
            QJsonDocument::fromJson(
                cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("both"),
                     QStringLiteral("--json"), QStringLiteral("--reveal")})
                    .out)
                .object();
        const QString refreshToken = tokens[QStringLiteral("refresh_token")].toString();
        const QString accessToken = tokens[QStringLiteral("access_token")].toString();
        QVERIFY(!refreshToken.isEmpty() && !accessToken.isEmpty());

        const CliRun revoked =
            cli({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("both")});
        QVERIFY2(revoked.exitCode == 0, revoked.err.constData());
        QVERIFY(revocation.sawRefreshThenAccess(refreshToken, accessToken));
    }
};

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_signin.moc"
