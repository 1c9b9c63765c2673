// grantline-cli connection commands end to end, against the sandbox over
// loopback and a private keyring: add, show, remove with its keychain entry,
// the provider rules, and a keychain that is missing, locked or declined.
#include "CliTestCase.h"

class TestCliConnections : public CliTestCase
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

        // What it cannot do, it says before doing anything.
        const CliRun keepSecret = cli(
            {QStringLiteral("--session-only"), QStringLiteral("connection"), QStringLiteral("add"),
             QStringLiteral("srvmem"), QStringLiteral("--provider"), QStringLiteral("sandbox"),
             QStringLiteral("--issuer"), issuer(), QStringLiteral("--client-id"),
             QStringLiteral("sandbox-server-app"), QStringLiteral("--client-type"),
             QStringLiteral("server"), QStringLiteral("--scope"), QStringLiteral("data:read"),
             QStringLiteral("--client-secret-stdin")},
            "sandbox-server-secret\n", withoutKeychain());
        QCOMPARE(keepSecret.exitCode, 2);
        QVERIFY2(keepSecret.err.contains("would forget the client secret"),
                 keepSecret.err.constData());
        // Nor does a pipeline secret go where it would be forgotten.
        const CliRun pipelineSecret =
            cli({QStringLiteral("--session-only"), QStringLiteral("secret"), QStringLiteral("set"),
                 QStringLiteral("api_token")},
                "kept-nowhere\n", withoutKeychain());
        QCOMPARE(pipelineSecret.exitCode, 2);
        QVERIFY2(pipelineSecret.err.contains("would forget the secret"),
                 pipelineSecret.err.constData());
        addServerApp(QStringLiteral("srv-keychain"));
        const CliRun noSecret = cli({QStringLiteral("--session-only"), QStringLiteral("login"),
                                     QStringLiteral("srv-keychain")},
                                    {}, withoutKeychain());
        QCOMPARE(noSecret.exitCode, 1);
        QVERIFY2(noSecret.err.contains("cannot sign it in"), noSecret.err.constData());
    }

    void homeOptionOverridesTheEnvironment()
    {
        addDesktopApp(QStringLiteral("in-env-home"));
        QTemporaryDir other;
        const QStringList home{QStringLiteral("--home"), other.path()};
        QCOMPARE(cli(home + QStringList{QStringLiteral("connection"), QStringLiteral("list")}).out,
                 QByteArray());
        const CliRun added =
            cli(home
                + QStringList{QStringLiteral("connection"), QStringLiteral("add"),
                              QStringLiteral("in-other-home"), QStringLiteral("--provider"),
                              QStringLiteral("sandbox"), QStringLiteral("--issuer"), issuer(),
                              QStringLiteral("--client-id"), QStringLiteral("sandbox-desktop-app"),
                              QStringLiteral("--scope"), QStringLiteral("data:read")});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        QVERIFY(QFile::exists(other.filePath(QStringLiteral("connections/in-other-home.json"))));
        QCOMPARE(cli(home + QStringList{QStringLiteral("connection"), QStringLiteral("list")}).out,
                 QByteArray("in-other-home\n"));
        QCOMPARE(cli({QStringLiteral("connection"), QStringLiteral("list")}).out,
                 QByteArray("in-env-home\n"));
    }

    void refusedFileCanStillBeRemoved()
    {
        // A hand-edited file with a plain-http endpoint is refused on use, but
        // removing it must still clean up its keychain entry.
        addServerApp(QStringLiteral("edited"));
        QVERIFY(!keychainEntry(QStringLiteral("edited")).isEmpty());
        QFile file(m_home->filePath(QStringLiteral("connections/edited.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject endpoints = json[QStringLiteral("endpoints")].toObject();
        endpoints[QStringLiteral("token_endpoint")] = QStringLiteral("http://idp.example/token");
        json[QStringLiteral("endpoints")] = endpoints;
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(json).toJson());
        file.close();
        const CliRun used = cli({QStringLiteral("login"), QStringLiteral("edited")});
        QCOMPARE(used.exitCode, 1);
        QVERIFY2(used.err.contains("https"), used.err.constData());
        const CliRun removed =
            cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("edited")});
        QVERIFY2(removed.exitCode == 0, removed.err.constData());
        QCOMPARE(keychainEntry(QStringLiteral("edited")), QByteArray());
        QCOMPARE(
            cli({QStringLiteral("connection"), QStringLiteral("remove"), QStringLiteral("edited")})
                .exitCode,
            1);
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
        QVERIFY(KeyringControl::lock());
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

QTEST_GUILESS_MAIN(TestCliConnections)
#include "tst_cli_connections.moc"
