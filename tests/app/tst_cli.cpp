// grantline-cli end to end: connections, login (app token and the browser
// flow with --no-browser), token show/introspect/refresh/revoke, logout,
// against the sandbox over loopback and the real keychain. Secrets must never
// reach the Grantline home or the output unless asked for.
#include "BrowserSimulator.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Locks the private keyring's login collection, as a screen lock would.
inline bool lockKeyring()
{
    QProcess lock;
    lock.start(QStringLiteral("dbus-send"),
               {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.secrets"),
                QStringLiteral("/org/freedesktop/secrets"),
                QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
    return lock.waitForFinished(20000) && lock.exitCode() == 0;
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRANTLINE_HOME"), m_home->path());
        return env;
    }

    // Runs grantline-cli while this process keeps serving the sandbox.
    CliRun cli(const QStringList& arguments, const QByteArray& input = QByteArray(),
               const QProcessEnvironment& extra = {})
    {
        QProcess process;
        QProcessEnvironment env = environment();
        for (const QString& key : extra.keys()) {
            env.insert(key, extra.value(key));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRANTLINE_CLI_PATH), arguments);
        process.write(input);
        process.closeWriteChannel();
        CliRun run;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.exitCode = process.exitCode();
        run.out = process.readAllStandardOutput();
        run.err = process.readAllStandardError();
        return run;
    }

    QString issuer() const
    {
        return m_sandbox->baseUrl().toString();
    }

    void addServerApp(const QString& name)
    {
        const CliRun added = cli(
            {QStringLiteral("connection"), QStringLiteral("add"), name,
             QStringLiteral("--provider"), QStringLiteral("sandbox"), QStringLiteral("--issuer"),
             issuer(), QStringLiteral("--client-id"), QStringLiteral("sandbox-server-app"),
             QStringLiteral("--client-type"), QStringLiteral("server"), QStringLiteral("--scope"),
             QStringLiteral("data:read"), QStringLiteral("--client-secret-stdin")},
            "sandbox-server-secret\n");
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    void addDesktopApp(const QString& name)
    {
        const CliRun added =
            cli({QStringLiteral("connection"), QStringLiteral("add"), name,
                 QStringLiteral("--provider"), QStringLiteral("sandbox"),
                 QStringLiteral("--issuer"), issuer(), QStringLiteral("--client-id"),
                 QStringLiteral("sandbox-desktop-app"), QStringLiteral("--scope"),
                 QStringLiteral("data:read"), QStringLiteral("--scope"), QStringLiteral("openid")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    // Runs grantline-cli and, as a browser would, follows the first address it
    // prints on the given channel through the sandbox's sign-in pages.
    int loginFollowingUrl(const QStringList& arguments, QProcess::ProcessChannel channel,
                          BrowserSimulator::Decision decision, QByteArray* errors = nullptr,
                          const QProcessEnvironment& extra = {}, QUrl* followed = nullptr)
    {
        QProcess process;
        QProcessEnvironment env = environment();
        for (const QString& key : extra.keys()) {
            env.insert(key, extra.value(key));
        }
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(GRANTLINE_CLI_PATH), arguments);
        QByteArray printed;
        QByteArray url;
        const bool found = QTest::qWaitFor(
            [&] {
                printed += channel == QProcess::StandardOutput ? process.readAllStandardOutput()
                                                               : process.readAllStandardError();
                for (const QByteArray& line : printed.split('\n')) {
                    if (line.startsWith("http://") && printed.contains(line + '\n')) {
                        url = line;
                        return true;
                    }
                }
                return process.state() == QProcess::NotRunning;
            },
            20000);
        if (found && !url.isEmpty()) {
            const QUrl authorize = QUrl::fromEncoded(url);
            if (followed) {
                *followed = authorize;
            }
            HttpTestClient client;
            BrowserSimulator browser(client);
            const auto outcome =
                browser.signIn(authorize, QStringLiteral("demo@sandbox.grantline.org"),
                               QStringLiteral("sandbox"), decision);
            client.get(outcome.redirect);
        }
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (errors) {
            *errors = (channel == QProcess::StandardError ? printed : QByteArray())
                + process.readAllStandardError();
        }
        return process.exitCode();
    }

    // grantline-cli login --no-browser, with this test playing the browser.
    int loginThroughBrowser(const QString& name, BrowserSimulator::Decision decision,
                            QByteArray* errors = nullptr)
    {
        return loginFollowingUrl({QStringLiteral("login"), name, QStringLiteral("--no-browser")},
                                 QProcess::StandardOutput, decision, errors);
    }

    // The raw keychain entry of a connection, read past Grantline with secret-tool.
    static QByteArray keychainEntry(const QString& name)
    {
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"),
                      QStringLiteral("grantline"), QStringLiteral("user"),
                      QStringLiteral("connection/") + name});
        if (!lookup.waitForFinished(20000)) {
            return "<secret-tool did not answer>";
        }
        return lookup.readAllStandardOutput().trimmed();
    }

    static QProcessEnvironment withoutKeychain()
    {
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/grantline-no-bus"));
        noBus.insert(QStringLiteral("DISPLAY"), QString());
        return noBus;
    }

    int counter(const char* name)
    {
        HttpTestClient client;
        return client.get(m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/sandbox/stats"))))
            .json()[QStringLiteral("counters")][QLatin1String(name)]
            .toInt();
    }

    // No secret or token may be written anywhere in the Grantline home.
    void verifyHomeHoldsNo(const QByteArray& secret)
    {
        QDirIterator files(m_home->path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") != QLatin1String("1")) {
            QFAIL("Run through ctest, which starts a private gnome-keyring.");
        }
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
    }

    void serverAppFromAddToRemove()
    {
        addServerApp(QStringLiteral("srv"));
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("list")}).out,
                 QByteArray("srv\n"));
        const CliRun shown =
            cli({QStringLiteral("connection"), QStringLiteral("show"), QStringLiteral("srv")});
        QCOMPARE(shown.exitCode, 0);
        QVERIFY(shown.out.contains("sandbox-server-app"));
        QVERIFY(!shown.out.contains("sandbox-server-secret"));

        const CliRun login = cli({QStringLiteral("login"), QStringLiteral("srv")});
        QVERIFY2(login.exitCode == 0, login.err.constData());

        const CliRun shownToken = cli({QStringLiteral("token"), QStringLiteral("show"),
                                       QStringLiteral("srv"), QStringLiteral("--json")});
        QCOMPARE(shownToken.exitCode, 0);
        const QJsonObject summary = QJsonDocument::fromJson(shownToken.out).object();
        QCOMPARE(summary[QStringLiteral("claims")][QStringLiteral("client_id")].toString(),
                 QStringLiteral("sandbox-server-app"));
        QVERIFY(!summary.contains(QStringLiteral("access_token")));
        const CliRun revealed =
            cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("srv"),
                 QStringLiteral("--json"), QStringLiteral("--reveal")});
        const QByteArray accessToken = QJsonDocument::fromJson(revealed.out)
                                           .object()[QStringLiteral("access_token")]
                                           .toString()
                                           .toLatin1();
        QVERIFY(accessToken.count('.') == 2);
        QVERIFY(!shownToken.out.contains(accessToken));
        verifyHomeHoldsNo(accessToken);
        verifyHomeHoldsNo("sandbox-server-secret");

        const CliRun verified =
            cli({QStringLiteral("token"), QStringLiteral("verify"), QStringLiteral("srv")});
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        QVERIFY2(verified.out.contains("signature is valid"), verified.out.constData());

        const CliRun active = cli({QStringLiteral("token"), QStringLiteral("introspect"),
                                   QStringLiteral("srv"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(active.out).object()[QStringLiteral("active")].toBool(),
                 true);
        QCOMPARE(cli({QStringLiteral("token"), QStringLiteral("revoke"), QStringLiteral("srv"),
                      QStringLiteral("--all")})
                     .exitCode,
                 0);
        // The token is gone from the keychain too: nothing left to show.
        const CliRun afterRevoke =
            cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("srv")});
        QCOMPARE(afterRevoke.exitCode, 1);
        QVERIFY(afterRevoke.err.contains("signed out"));

        QVERIFY(!keychainEntry(QStringLiteral("srv")).isEmpty());
        QCOMPARE(
            cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("srv")})
                .exitCode,
            0);
        QCOMPARE(keychainEntry(QStringLiteral("srv")), QByteArray());
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("list")}).out, QByteArray());
        // Its keychain entry went with it: a new connection of the same name starts empty.
        addDesktopApp(QStringLiteral("srv"));
        QCOMPARE(
            cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("srv")}).exitCode,
            1);
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

    void apsConnectionUsesThePresetAndTheExactCallback()
    {
        const CliRun added = cli(
            {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("acc"),
             QStringLiteral("--provider"), QStringLiteral("aps"), QStringLiteral("--client-id"),
             QStringLiteral("my-aps-app"), QStringLiteral("--scope"), QStringLiteral("data:read"),
             QStringLiteral("--scope"), QStringLiteral("data:read:urn:adsk.wipprod:dm.lineage:abc"),
             QStringLiteral("--redirect-uri"), QStringLiteral("http://localhost:8080/callback")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject saved =
            QJsonDocument::fromJson(
                cli({QStringLiteral("connection"), QStringLiteral("show"), QStringLiteral("acc")})
                    .out)
                .object();
        QCOMPARE(saved[QStringLiteral("endpoints")][QStringLiteral("token_endpoint")].toString(),
                 QStringLiteral("https://developer.api.autodesk.com/authentication/v2/token"));
        QCOMPARE(saved[QStringLiteral("client")][QStringLiteral("redirect_uri")].toString(),
                 QStringLiteral("http://localhost:8080/callback"));
    }

    void sessionOnlyWorksWithoutAKeychain()
    {
        addDesktopApp(QStringLiteral("mem"));
        // Without the option, the failure says how to go on.
        const CliRun refused =
            cli({QStringLiteral("login"), QStringLiteral("mem"), QStringLiteral("--no-browser")},
                {}, withoutKeychain());
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("--session-only"), refused.err.constData());
        QByteArray errors;
        QCOMPARE(loginFollowingUrl({QStringLiteral("--session-only"), QStringLiteral("login"),
                                    QStringLiteral("mem"), QStringLiteral("--no-browser")},
                                   QProcess::StandardOutput, BrowserSimulator::Decision::Allow,
                                   &errors, withoutKeychain()),
                 0);
        QVERIFY2(errors.contains("in memory only"), errors.constData());
        // Nothing reached the disk: the home holds the connection file alone.
        QDirIterator files(m_home->path(), QDir::Files, QDirIterator::Subdirectories);
        QStringList found;
        while (files.hasNext()) {
            found << files.next();
        }
        QCOMPARE(found.size(), 1);
        QVERIFY(found.first().endsWith(QStringLiteral("mem.json")));
        QCOMPARE(keychainEntry(QStringLiteral("mem")), QByteArray());
    }

    void missingKeychainIsSaidAndLeavesNoHalfConnection()
    {
        QProcessEnvironment noBus;
        noBus.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                     QStringLiteral("unix:path=/nonexistent/grantline-no-bus"));
        noBus.insert(QStringLiteral("DISPLAY"), QString());
        const QStringList add{QStringLiteral("connection"),
                              QStringLiteral("add"),
                              QStringLiteral("nokeys"),
                              QStringLiteral("--provider"),
                              QStringLiteral("sandbox"),
                              QStringLiteral("--issuer"),
                              issuer(),
                              QStringLiteral("--client-id"),
                              QStringLiteral("sandbox-server-app"),
                              QStringLiteral("--client-type"),
                              QStringLiteral("server"),
                              QStringLiteral("--scope"),
                              QStringLiteral("data:read"),
                              QStringLiteral("--client-secret-stdin")};
        const CliRun refused = cli(add, "sandbox-server-secret\n", noBus);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("No keychain is reachable"), refused.err.constData());
        QCOMPARE(refused.err.count('\n'), 1);
        // Nothing saved: no connection without its secret, and no secret on disk.
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("list")}).out, QByteArray());
        verifyHomeHoldsNo("sandbox-server-secret");

        // A connection whose keychain becomes unreachable is not "signed out".
        addServerApp(QStringLiteral("later"));
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("later")}).exitCode, 0);
        const CliRun show = cli(
            {QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("later")}, {}, noBus);
        QCOMPARE(show.exitCode, 1);
        QVERIFY2(show.err.contains("No keychain is reachable"), show.err.constData());
        QVERIFY(!show.err.contains("signed out"));
    }

    void debugLoggingNeverShowsSecrets()
    {
        QProcessEnvironment verbose;
        verbose.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("grantline.*.debug=true"));
        addServerApp(QStringLiteral("loud"));
        const CliRun login = cli({QStringLiteral("login"), QStringLiteral("loud")}, {}, verbose);
        QCOMPARE(login.exitCode, 0);
        const CliRun refresh =
            cli({QStringLiteral("token"), QStringLiteral("introspect"), QStringLiteral("loud")}, {},
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
        for (const QByteArray& output : {login.err, login.out, refresh.err, refresh.out}) {
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
        QCOMPARE(loginFollowingUrl({QStringLiteral("login"), QStringLiteral("chatty"),
                                    QStringLiteral("--no-browser")},
                                   QProcess::StandardOutput, BrowserSimulator::Decision::Allow,
                                   &signInOutput, verbose),
                 0);
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

    void badCommandsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no client id")
            << QStringList{QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("x"),
                           QStringLiteral("--provider"), QStringLiteral("aps")}
            << QByteArray("usage");
        QTest::newRow("bad name")
            << QStringList{QStringLiteral("connection"), QStringLiteral("add"),
                           QStringLiteral("../x"),       QStringLiteral("--provider"),
                           QStringLiteral("aps"),        QStringLiteral("--client-id"),
                           QStringLiteral("i"),          QStringLiteral("--scope"),
                           QStringLiteral("data:read")}
            << QByteArray("not a valid name");
        QTest::newRow("unknown provider")
            << QStringList{QStringLiteral("connection"), QStringLiteral("add"),
                           QStringLiteral("x"),          QStringLiteral("--provider"),
                           QStringLiteral("github"),     QStringLiteral("--client-id"),
                           QStringLiteral("i"),          QStringLiteral("--scope"),
                           QStringLiteral("s")}
            << QByteArray("--provider must be");
        QTest::newRow("secret needed") << QStringList{QStringLiteral("connection"),
                                                      QStringLiteral("add"),
                                                      QStringLiteral("x"),
                                                      QStringLiteral("--provider"),
                                                      QStringLiteral("aps"),
                                                      QStringLiteral("--client-id"),
                                                      QStringLiteral("i"),
                                                      QStringLiteral("--client-type"),
                                                      QStringLiteral("confidential"),
                                                      QStringLiteral("--scope"),
                                                      QStringLiteral("data:read"),
                                                      QStringLiteral("--redirect-uri"),
                                                      QStringLiteral("http://localhost:8080/cb")}
                                       << QByteArray("client secret");
        const QStringList apsApp{QStringLiteral("connection"), QStringLiteral("add"),
                                 QStringLiteral("x"),          QStringLiteral("--provider"),
                                 QStringLiteral("aps"),        QStringLiteral("--client-id"),
                                 QStringLiteral("i")};
        QTest::newRow("aps without an exact callback")
            << apsApp + QStringList{QStringLiteral("--scope"), QStringLiteral("data:read")}
            << QByteArray("APS matches callback URLs exactly, port included");
        QTest::newRow("aps callback without a port") << apsApp
                + QStringList{QStringLiteral("--scope"), QStringLiteral("data:read"),
                              QStringLiteral("--redirect-uri"),
                              QStringLiteral("http://localhost/callback")}
                                                     << QByteArray("port included");
        QTest::newRow("aps unknown scope") << apsApp
                + QStringList{QStringLiteral("--scope"), QStringLiteral("data:raed"),
                              QStringLiteral("--redirect-uri"),
                              QStringLiteral("http://localhost:8080/callback")}
                                           << QByteArray("APS has no scope \"data:raed\"");
        QTest::newRow("no scope") << apsApp << QByteArray("at least one scope");
        QTest::newRow("bad token auth") << apsApp
                + QStringList{QStringLiteral("--scope"), QStringLiteral("data:read"),
                              QStringLiteral("--token-auth"), QStringLiteral("jwt")}
                                        << QByteArray("--token-auth must be basic, post or none");
        QTest::newRow("public app token") << apsApp
                + QStringList{QStringLiteral("--scope"), QStringLiteral("data:read"),
                              QStringLiteral("--grant"), QStringLiteral("client_credentials")}
                                          << QByteArray("without a secret cannot get app tokens");
        QTest::newRow("bad token param")
            << QStringList{QStringLiteral("connection"), QStringLiteral("add"),
                           QStringLiteral("x"),          QStringLiteral("--provider"),
                           QStringLiteral("aps"),        QStringLiteral("--client-id"),
                           QStringLiteral("i"),          QStringLiteral("--scope"),
                           QStringLiteral("data:read"),  QStringLiteral("--token-param"),
                           QStringLiteral("novalue")}
            << QByteArray("name=value");
        QTest::newRow("unknown subcommand")
            << QStringList{QStringLiteral("token"), QStringLiteral("teleport"), QStringLiteral("x")}
            << QByteArray("usage: token");
    }

    void badCommandsAreUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
    }

    void refusedProvidersAreFailures()
    {
        const CliRun plainHttp = cli(
            {QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("m"),
             QStringLiteral("--provider"), QStringLiteral("manual"), QStringLiteral("--token-url"),
             QStringLiteral("http://idp.example/token"), QStringLiteral("--client-id"),
             QStringLiteral("i"), QStringLiteral("--scope"), QStringLiteral("s")});
        QCOMPARE(plainHttp.exitCode, 1);
        QVERIFY2(plainHttp.err.contains("https"), plainHttp.err.constData());

        QUrl otherName = m_sandbox->baseUrl();
        otherName.setHost(QStringLiteral("localhost"));
        const CliRun wrongIssuer =
            cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("o"),
                 QStringLiteral("--provider"), QStringLiteral("oidc"), QStringLiteral("--issuer"),
                 otherName.toString(), QStringLiteral("--client-id"), QStringLiteral("i"),
                 QStringLiteral("--scope"), QStringLiteral("s")});
        QCOMPARE(wrongIssuer.exitCode, 1);
        QVERIFY2(wrongIssuer.err.contains("issuer"), wrongIssuer.err.constData());
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("list")}).out, QByteArray());

        addServerApp(QStringLiteral("twice"));
        const CliRun again =
            cli({QStringLiteral("connection"), QStringLiteral("add"), QStringLiteral("twice"),
                 QStringLiteral("--provider"), QStringLiteral("aps"), QStringLiteral("--client-id"),
                 QStringLiteral("i"), QStringLiteral("--scope"), QStringLiteral("data:read")});
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
    }

    // Last: the keyring stays locked for the rest of this session.
    void lockedKeyringIsNotSignedOut()
    {
        addServerApp(QStringLiteral("locked"));
        QCOMPARE(cli({QStringLiteral("login"), QStringLiteral("locked")}).exitCode, 0);
        QVERIFY(lockKeyring());
        const CliRun show =
            cli({QStringLiteral("token"), QStringLiteral("show"), QStringLiteral("locked")});
        QCOMPARE(show.exitCode, 1);
        QVERIFY2(show.err.contains("locked"), show.err.constData());
        QVERIFY(!show.err.contains("signed out"));
        // Signing in again cannot overwrite what the locked keyring holds.
        const CliRun login = cli({QStringLiteral("login"), QStringLiteral("locked")});
        QCOMPARE(login.exitCode, 1);
        QVERIFY2(login.err.contains("locked"), login.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
