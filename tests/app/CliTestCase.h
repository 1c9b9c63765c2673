// Shared by the grantline-cli suites: the sandbox served from the test
// process, a fresh Grantline home per test, the executable run as a user
// would, and a "browser" that follows the sign-in address it prints.
#pragma once

#include "BrowserSimulator.h"
#include "BrowserTab.h"
#include "DatasetFiles.h"
#include "KeyringControl.h"
#include "sandbox/SandboxServer.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class CliTestCase : public QObject
{
protected:
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    // Set: the provider refuses every sign-in at once with this OAuth error
    // and description (an odd or hostile provider), no sign-in pages.
    QString m_providerError;
    QString m_providerErrorDescription;

    // A file of the test's Grantline home.
    QString path(const QString& name) const
    {
        return m_home->filePath(name);
    }

    // Writes a file of the home; its path, empty when it cannot be written.
    QString writeFile(const QString& name, const QByteArray& content)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly)) {
            return QString();
        }
        file.write(content);
        return file.fileName();
    }

    // count items, from offset on, as JSON lines of APS-like items.
    QString itemsFile(const QString& name, qint64 count, qint64 offset = 0)
    {
        return DatasetFiles::writeItemsFile(path(name), count, offset);
    }

    // For initTestCase(): only inside the private keyring ctest starts.
    void startSandbox()
    {
        if (qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") != QLatin1String("1")) {
            QFAIL("Run through ctest, which starts a private gnome-keyring.");
        }
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    // The test's own environment, its Grantline home, and the extra variables.
    QProcessEnvironment environment(const QProcessEnvironment& extra = {}) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRANTLINE_HOME"), m_home->path());
        for (const QString& key : extra.keys()) {
            env.insert(key, extra.value(key));
        }
        return env;
    }

    // Runs grantline-cli while this process keeps serving the sandbox.
    CliRun cli(const QStringList& arguments, const QByteArray& input = QByteArray(),
               const QProcessEnvironment& extra = {})
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
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
    // *errors: all it wrote, on both channels.
    int loginFollowingUrl(const QStringList& arguments, QProcess::ProcessChannel channel,
                          BrowserSimulator::Decision decision, QByteArray* errors = nullptr,
                          const QProcessEnvironment& extra = {}, QUrl* followed = nullptr,
                          QUrl* redirected = nullptr, BrowserTab::Page* callbackPage = nullptr)
    {
        QProcess process;
        process.setProcessEnvironment(environment(extra));
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
            BrowserSimulator::Outcome outcome;
            if (m_providerError.isEmpty()) {
                outcome = browser.signIn(authorize, QStringLiteral("demo@sandbox.grantline.org"),
                                         QStringLiteral("sandbox"), decision);
            } else {
                outcome.redirect = BrowserSimulator::errorRedirect(authorize, m_providerError,
                                                                   m_providerErrorDescription);
            }
            if (redirected) {
                *redirected = outcome.redirect;
            }
            // Read as a browser reads it: the page Grantline answers with.
            const BrowserTab::Page page = BrowserTab::open(outcome.redirect);
            if (callbackPage) {
                *callbackPage = page;
            }
        }
        (void)QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30000);
        if (process.state() != QProcess::NotRunning) {
            process.kill();
            process.waitForFinished();
            return -1;
        }
        if (errors) {
            // Everything it printed on either channel, the address included.
            *errors = printed
                + (channel == QProcess::StandardOutput ? process.readAllStandardOutput()
                                                       : process.readAllStandardError())
                + (channel == QProcess::StandardOutput ? process.readAllStandardError()
                                                       : process.readAllStandardOutput());
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
        return keychainValue(QStringLiteral("connection/") + name);
    }

    // Any Grantline keychain entry by key ("secret/token"), read with secret-tool.
    static QByteArray keychainValue(const QString& key)
    {
        QProcess lookup;
        lookup.start(QStringLiteral("secret-tool"),
                     {QStringLiteral("lookup"), QStringLiteral("server"),
                      QStringLiteral("grantline"), QStringLiteral("user"), key});
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
};
