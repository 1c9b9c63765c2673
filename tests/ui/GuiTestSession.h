// What the GUI suites over the real keychain share: they run only inside the
// throwaway keyring session, keep QSettings apart from the user's, hand every
// http URL the app opens to the sandbox browser, and start each test with a
// new Grantline home and its own keychain service.
#pragma once

#include "SandboxBrowser.h"
#include "common/AppContext.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class GuiTestSession
{
public:
    // False outside tests/support/run-in-keyring-session.sh: never the
    // user's own keyring.
    static bool isInsidePrivateKeyring()
    {
        return qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") == QLatin1String("1");
    }

    void begin(const char* suite)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantlineTests"));
        QCoreApplication::setApplicationName(QLatin1String(suite));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &browser, "openUrl");
    }

    void end()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    }

    // A fresh home, settings and keychain service for the current test.
    void startTest(const QString& servicePrefix)
    {
        // Ports and the browser choice must not leak from one test to the next.
        QSettings().clear();
        context.reset();
        home = std::make_unique<QTemporaryDir>();
        service = servicePrefix + QLatin1String(QTest::currentTestFunction());
        context = std::make_unique<AppContext>(home->path(),
                                               std::make_unique<KeychainSecretStore>(service));
        browser.decision = BrowserSimulator::Decision::Allow;
        browser.providerError.clear();
        browser.providerErrorDescription.clear();
        browser.opened.clear();
        browser.callbackPages.clear();
    }

    void endTest()
    {
        context.reset();
    }

    SandboxBrowser browser;
    std::unique_ptr<QTemporaryDir> home;
    std::unique_ptr<AppContext> context;
    QString service;
};
