// The connection wizard driven like a person would, offscreen, against the
// in-process sandbox and the real keychain: the browser is a URL handler that
// signs in and answers the consent page over HTTP. Screenshots of each page
// are saved when GRANTLINE_SCREENSHOTS names a folder.
#include "AccessibleNames.h"
#include "GuiTestSession.h"
#include "KeyringControl.h"
#include "Screenshots.h"
#include "common/AppContext.h"
#include "oauth/ConnectionSecrets.h"
#include "oauth/ConnectionStore.h"
#include "oauth/TokenHistory.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "settings/AppSettings.h"
#include "wizard/ConnectionWizard.h"
#include "wizard/ProviderPage.h"
#include "wizard/ScopesPage.h"
#include "wizard/SignInPage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUrlQuery>

namespace {

QString stateOf(const QUrl& url)
{
    return QUrlQuery(url).queryItemValue(QStringLiteral("state"));
}

} // namespace

class TestConnectionWizard : public QObject
{
    Q_OBJECT

private:
    GuiTestSession m_session;
    // Shorthands into the session.
    SandboxBrowser& m_browser = m_session.browser;
    std::unique_ptr<AppContext>& m_context = m_session.context;
    std::unique_ptr<QTemporaryDir>& m_home = m_session.home;
    QString& m_service = m_session.service;

    ConnectionStore& store()
    {
        return m_context->connections();
    }

    QAbstractButton* nextButton(QWizard& wizard)
    {
        return wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton
                                                                  : QWizard::NextButton);
    }

    // Clicks Next once the page allows it.
    bool next(QWizard& wizard)
    {
        QAbstractButton* button = nextButton(wizard);
        if (!QTest::qWaitFor([button] { return button->isEnabled(); }, 20000)) {
            return false;
        }
        const int before = wizard.currentId();
        QTest::mouseClick(button, Qt::LeftButton);
        return wizard.currentId() != before;
    }

    // At the indicator: a click in the middle of a wide radio button may miss
    // its text.
    void choose(QWizard& wizard, const char* name)
    {
        auto* radio = find<QRadioButton>(wizard, name);
        QTest::mouseClick(radio, Qt::LeftButton, {}, QPoint(6, radio->height() / 2));
        QVERIFY(radio->isChecked());
    }

    template <typename T> T* find(QWizard& wizard, const char* name)
    {
        return wizard.findChild<T*>(QLatin1String(name));
    }

    // Provider (sandbox) → Register → Credentials → Scopes, then on the
    // sign-in page with the browser already sent to the provider.
    bool walkToSignIn(QWizard& wizard, bool shots = false)
    {
        wizard.show();
        if (!QTest::qWaitForWindowExposed(&wizard)) {
            return false;
        }
        const QList<int> pages{ConnectionWizard::ProviderPageId, ConnectionWizard::RegisterPageId,
                               ConnectionWizard::CredentialsPageId, ConnectionWizard::ScopesPageId};
        const QStringList names{
            QStringLiteral("wizard-1-provider"), QStringLiteral("wizard-2-register"),
            QStringLiteral("wizard-3-credentials"), QStringLiteral("wizard-4-scopes")};
        for (int i = 0; i < pages.size(); ++i) {
            if (wizard.currentId() != pages.at(i)) {
                qWarning() << "on page" << wizard.currentId() << "instead of" << pages.at(i);
                return false;
            }
            if (shots) {
                if (!QTest::qWaitFor([&] { return nextButton(wizard)->isEnabled(); }, 20000)) {
                    return false;
                }
                if (!Screenshots::save(wizard, names.at(i))) {
                    return false;
                }
            }
            if (!next(wizard)) {
                qWarning() << "Next did not leave page" << pages.at(i);
                return false;
            }
        }
        return wizard.currentId() == ConnectionWizard::SignInPageId;
    }

    // Starts the app's built-in sandbox and gives its issuer URL (empty if
    // it did not start), for tests that reach it as another provider.
    QString builtInSandboxIssuer()
    {
        m_context->startSandbox();
        QSignalSpy ready(m_context.get(), &AppContext::sandboxReady);
        if (!ready.wait(20000)) {
            return QString();
        }
        return ready.first().first().toUrl().toString(QUrl::StripTrailingSlash);
    }

    // True only when the keychain answers that it holds nothing for the
    // connection (not when it fails to answer at all).
    bool keychainHoldsNothing(const QString& name)
    {
        KeychainSecretStore keychain(m_service);
        SecretJob* job = keychain.readSecret(ConnectionSecrets::keyFor(name));
        QSignalSpy done(job, &Job::finished);
        job->start();
        return done.wait(30000) && job->error() == SecretJob::NotFound;
    }

    std::optional<ConnectionSecrets> keychainEntry(const QString& name)
    {
        KeychainSecretStore keychain(m_service);
        SecretJob* job = keychain.readSecret(ConnectionSecrets::keyFor(name));
        QSignalSpy done(job, &Job::finished);
        job->start();
        if (!done.wait(30000) || job->error() != Job::NoError) {
            return std::nullopt;
        }
        return ConnectionSecrets::parse(job->secret());
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!GuiTestSession::isInsidePrivateKeyring()) {
            // Never the user's own keyring, and never a silent pass either.
            QFAIL("Refusing to write to your own keyring: run this test through ctest, which "
                  "starts a private gnome-keyring (tests/support/run-in-keyring-session.sh).");
        }
        m_session.begin("tst_connectionwizard");
    }

    void cleanupTestCase()
    {
        m_session.end();
    }

    void init()
    {
        m_session.startTest(QStringLiteral("grantline-wizard-test-"));
    }

    void cleanup()
    {
        m_session.endTest();
    }

    void completesAgainstTheBuiltInSandbox()
    {
        ConnectionWizard wizard(m_context.get());
        // Every page's lists and tables have a name a screen reader can say.
        QVERIFY2(unnamedViews(&wizard).isEmpty(), qPrintable(unnamedViews(&wizard).join(u',')));
        QSignalSpy saved(&wizard, &ConnectionWizard::connectionSaved);
        QVERIFY(walkToSignIn(wizard, true));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectionWizard::DonePageId), 30000);
        QVERIFY(Screenshots::save(wizard, QStringLiteral("wizard-6-done")));

        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.first().first().toString(), QStringLiteral("sandbox"));
        QCOMPARE(m_browser.opened.size(), 1);
        // The browser tab was answered with Grantline's page, not left empty.
        QCOMPARE(m_browser.callbackPages.size(), 1);
        QCOMPARE(m_browser.callbackPages.first().status, 200);
        QVERIFY2(m_browser.callbackPages.first().text().contains(
                     QStringLiteral("You can close this tab")),
                 qPrintable(m_browser.callbackPages.first().text()));
        // The address shown is the one the browser got, with PKCE S256.
        const QUrl shown(find<QLineEdit>(wizard, "authorizationUrl")->text());
        QCOMPARE(shown, m_browser.opened.first());
        QCOMPARE(QUrlQuery(shown).queryItemValue(QStringLiteral("code_challenge_method")),
                 QStringLiteral("S256"));

        const QString summary = find<QLabel>(wizard, "doneSummary")->text();
        QVERIFY2(summary.contains(QStringLiteral("Zoë Ångström")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("expires in")), qPrintable(summary));
        QVERIFY(!wizard.button(QWizard::BackButton)->isEnabled()
                || !wizard.button(QWizard::BackButton)->isVisible());

        // The connection file names the app; the tokens are in the keychain only.
        QString error;
        const std::optional<Connection> connection =
            store().load(QStringLiteral("sandbox"), &error);
        QVERIFY2(connection, qPrintable(error));
        QCOMPARE(connection->client.clientId, QStringLiteral("sandbox-desktop-app"));
        QVERIFY(connection->client.scopes.contains(QStringLiteral("data:read")));
        const std::optional<ConnectionSecrets> secrets = keychainEntry(QStringLiteral("sandbox"));
        QVERIFY(secrets);
        QVERIFY(!secrets->tokens.accessToken.isEmpty());
        QVERIFY(!secrets->tokens.refreshToken.isEmpty());
        QFile file(QDir(m_home->path()).filePath(QStringLiteral("connections/sandbox.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray onDisk = file.readAll();
        QVERIFY(!onDisk.contains(secrets->tokens.accessToken.toUtf8()));
        QVERIFY(!onDisk.contains(secrets->tokens.refreshToken.toUtf8()));

        // The timeline starts with this sign-in.
        const QList<TokenHistory::Entry> history =
            TokenHistory(m_home->path()).entries(QStringLiteral("sandbox"));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().event, TokenHistory::Event::SignedIn);
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
    }

    void denyingSaysSoAndATryAgainIsAFreshFlow()
    {
        ConnectionWizard wizard(m_context.get());
        m_browser.decision = BrowserSimulator::Decision::Deny;
        QVERIFY(walkToSignIn(wizard));
        auto* page = static_cast<SignInPage*>(wizard.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(page->stage(), SignInPage::Stage::Failed, 30000);
        const QString status = find<QLabel>(wizard, "signInStatus")->text();
        QVERIFY2(status.contains(QStringLiteral("denied")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("Allow")), qPrintable(status));
        QCOMPARE(m_browser.callbackPages.size(), 1);
        QVERIFY2(m_browser.callbackPages.first().text().contains(QStringLiteral("Access denied")),
                 qPrintable(m_browser.callbackPages.first().text()));
        auto* nextStep = find<QPushButton>(wizard, "nextStep");
        QVERIFY(nextStep->isVisible());
        QCOMPARE(nextStep->text(), QStringLiteral("&Try again"));
        QVERIFY(Screenshots::save(wizard, QStringLiteral("wizard-5-sign-in-denied")));
        // Nothing saved: no file, no keychain entry.
        QVERIFY(store().names().isEmpty());
        QVERIFY(keychainHoldsNothing(QStringLiteral("sandbox")));
        QVERIFY(!nextButton(wizard)->isEnabled());

        m_browser.decision = BrowserSimulator::Decision::Allow;
        QTest::mouseClick(nextStep, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectionWizard::DonePageId), 30000);
        QCOMPARE(m_browser.opened.size(), 2);
        QVERIFY(stateOf(m_browser.opened.at(0)) != stateOf(m_browser.opened.at(1)));
        QCOMPARE(store().names(), QStringList{QStringLiteral("sandbox")});
    }

    // An error_description is the provider's text: shown as written, never
    // rendered (no bold, no image, no link).
    void aProviderErrorIsShownAsPlainText()
    {
        ConnectionWizard wizard(m_context.get());
        const QString description = QStringLiteral(
            "<b>x</b><img src=\"http://127.0.0.1:9/pixel\"><a href=\"http://evil/\">y</a>");
        m_browser.providerError = QStringLiteral("server_error");
        m_browser.providerErrorDescription = description;
        QVERIFY(walkToSignIn(wizard));
        auto* page = static_cast<SignInPage*>(wizard.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(page->stage(), SignInPage::Stage::Failed, 30000);
        auto* status = find<QLabel>(wizard, "signInStatus");
        QVERIFY2(status->text().contains(description), qPrintable(status->text()));
        QCOMPARE(status->textFormat(), Qt::PlainText);
        QVERIFY(!status->openExternalLinks());
        QVERIFY(store().names().isEmpty());
    }

    void aTakenPortSaysSoAndAnotherPortWorks()
    {
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
        ConnectionWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::RegisterPageId));
        find<QCheckBox>(wizard, "anyPort")->setChecked(false);
        find<QSpinBox>(wizard, "callbackPort")->setValue(squatter.serverPort());
        const QString portStatus = find<QLabel>(wizard, "portStatus")->text();
        QVERIFY2(portStatus.contains(QString::number(squatter.serverPort())),
                 qPrintable(portStatus));
        QCOMPARE(find<QLineEdit>(wizard, "callbackUrl")->text(),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(squatter.serverPort()));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        auto* page = static_cast<SignInPage*>(wizard.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(page->stage(), SignInPage::Stage::Failed, 30000);
        const QString status = find<QLabel>(wizard, "signInStatus")->text();
        QVERIFY2(status.contains(QString::number(squatter.serverPort())), qPrintable(status));
        QVERIFY(Screenshots::save(wizard, QStringLiteral("wizard-5-sign-in-port-taken")));
        QVERIFY(m_browser.opened.isEmpty());

        auto* nextStep = find<QPushButton>(wizard, "nextStep");
        QCOMPARE(nextStep->text(), QStringLiteral("&Choose another port"));
        QTest::mouseClick(nextStep, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::RegisterPageId));
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 freePort = probe.serverPort();
        probe.close();
        find<QSpinBox>(wizard, "callbackPort")->setValue(freePort);
        QVERIFY(find<QLabel>(wizard, "portStatus")->text().isEmpty());
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectionWizard::DonePageId), 30000);
        QCOMPARE(m_browser.opened.size(), 1);
        QCOMPARE(QUrlQuery(m_browser.opened.first())
                     .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(freePort));
    }

    void aWrongSecretPointsBackToTheCredentials()
    {
        ConnectionWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(next(wizard));
        choose(wizard, "appType1");
        QVERIFY(next(wizard));
        auto* secret = find<QLineEdit>(wizard, "clientSecret");
        QCOMPARE(find<QLineEdit>(wizard, "clientId")->text(), QStringLiteral("sandbox-web-app"));
        secret->clear();
        QTest::keyClicks(secret, QStringLiteral("not-the-secret"));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        auto* page = static_cast<SignInPage*>(wizard.currentPage());
        QTRY_COMPARE_WITH_TIMEOUT(page->stage(), SignInPage::Stage::Failed, 30000);
        auto* nextStep = find<QPushButton>(wizard, "nextStep");
        QCOMPARE(nextStep->text(), QStringLiteral("&Check the client ID and secret"));
        QCOMPARE(m_browser.callbackPages.size(), 1);
        QVERIFY2(m_browser.callbackPages.first().text().contains(QStringLiteral("Sign-in failed")),
                 qPrintable(m_browser.callbackPages.first().text()));
        QVERIFY(store().names().isEmpty());
        QTest::mouseClick(nextStep, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::CredentialsPageId));
        secret->clear();
        QTest::keyClicks(secret, QStringLiteral("sandbox-web-secret"));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectionWizard::DonePageId), 30000);
        // The secret went to the keychain with the tokens, never to the file.
        const std::optional<ConnectionSecrets> saved = keychainEntry(QStringLiteral("sandbox"));
        QVERIFY(saved);
        QCOMPARE(saved->clientSecret, QStringLiteral("sandbox-web-secret"));
        QFile file(QDir(m_home->path()).filePath(QStringLiteral("connections/sandbox.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sandbox-web-secret"));
    }

    void cancelWhileWaitingLeavesNothing()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        // No URL handler: a browser that never comes back.
        ConnectionWizard wizard(m_context.get());
        QVERIFY(walkToSignIn(wizard));
        auto* page = static_cast<SignInPage*>(wizard.currentPage());
        QTRY_VERIFY_WITH_TIMEOUT(!find<QLineEdit>(wizard, "authorizationUrl")->text().isEmpty(),
                                 10000);
        QVERIFY(Screenshots::save(wizard, QStringLiteral("wizard-5-sign-in-waiting")));
        QCOMPARE(page->stage(), SignInPage::Stage::WaitingForBrowser);
        const QUrl url(find<QLineEdit>(wizard, "authorizationUrl")->text());
        const QUrl redirect(
            QUrlQuery(url).queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        QVERIFY(store().names().isEmpty());
        QVERIFY(keychainHoldsNothing(QStringLiteral("sandbox")));
        // The loopback listener is gone with the attempt.
        QTcpServer reuse;
        QVERIFY2(reuse.listen(QHostAddress::LocalHost, quint16(redirect.port())),
                 qPrintable(redirect.toString()));
    }

    void cancellingWhileTheCodeIsExchangedTellsTheBrowser()
    {
        const QString issuer = builtInSandboxIssuer();
        QVERIFY(!issuer.isEmpty());
        ConnectionWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        choose(wizard, "provider_manual");
        QTest::keyClicks(find<QLineEdit>(wizard, "authorizeUrl"),
                         issuer + QStringLiteral("/authentication/v2/authorize"));
        // A token endpoint slow enough to press Cancel while the browser tab
        // waits for Grantline's answer.
        QTest::keyClicks(find<QLineEdit>(wizard, "tokenUrl"),
                         issuer
                             + QStringLiteral("/authentication/v2/token"
                                              "?sandbox_fault=slow&sandbox_delay_ms=60000"));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        auto* id = find<QLineEdit>(wizard, "clientId");
        id->clear();
        QTest::keyClicks(id, QStringLiteral("sandbox-desktop-app"));
        QVERIFY(next(wizard));
        QTest::keyClicks(find<QLineEdit>(wizard, "otherScopes"), QStringLiteral("data:read"));
        QTimer cancelDuringExchange;
        connect(&cancelDuringExchange, &QTimer::timeout, this, [&] {
            auto* page = qobject_cast<SignInPage*>(wizard.currentPage());
            if (page && page->stage() == SignInPage::Stage::Exchanging) {
                cancelDuringExchange.stop();
                QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
            }
        });
        cancelDuringExchange.start(20);
        QVERIFY(next(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(m_browser.callbackPages.size(), 1, 30000);
        const BrowserTab::Page tab = m_browser.callbackPages.first();
        QCOMPARE(tab.status, 200);
        QVERIFY2(tab.text().contains(QStringLiteral("Sign-in cancelled")), qPrintable(tab.text()));
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(store().names().isEmpty());
    }

    void theCopyLinkChoiceLeavesTheBrowserToThePerson()
    {
        AppSettings::setBrowserChoice(AppSettings::BrowserChoice::CopyLink);
        ConnectionWizard wizard(m_context.get());
        QVERIFY(walkToSignIn(wizard));
        auto* status = find<QLabel>(wizard, "signInStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("clipboard")), 10000);
        const QString url = find<QLineEdit>(wizard, "authorizationUrl")->text();
        QVERIFY(!url.isEmpty());
        QCOMPARE(QGuiApplication::clipboard()->text(), url);
        QVERIFY(m_browser.opened.isEmpty());
        AppSettings::setBrowserChoice(AppSettings::BrowserChoice::System);
        // "Open again" then uses the system browser, which signs in.
        QTest::mouseClick(find<QPushButton>(wizard, "openAgain"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectionWizard::DonePageId), 30000);
        QCOMPARE(m_browser.opened.size(), 1);
        QCOMPARE(m_browser.opened.first().toString(QUrl::FullyEncoded), url);
    }

    void backThenNextStartsAFreshFlow()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
        ConnectionWizard wizard(m_context.get());
        QVERIFY(walkToSignIn(wizard));
        auto* url = find<QLineEdit>(wizard, "authorizationUrl");
        QTRY_VERIFY_WITH_TIMEOUT(!url->text().isEmpty(), 10000);
        const QUrl first(url->text());
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::ScopesPageId));
        QDesktopServices::setUrlHandler(QStringLiteral("http"), &m_browser, "openUrl");
        QVERIFY(next(wizard));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectionWizard::DonePageId), 30000);
        QCOMPARE(m_browser.opened.size(), 1);
        QVERIFY(stateOf(first) != stateOf(m_browser.opened.first()));
        QVERIFY(QUrlQuery(first).queryItemValue(QStringLiteral("code_challenge"))
                != QUrlQuery(m_browser.opened.first())
                       .queryItemValue(QStringLiteral("code_challenge")));
    }

    void discoversAnOpenIdProviderByIssuer()
    {
        const QString issuer = builtInSandboxIssuer();
        QVERIFY(!issuer.isEmpty());

        ConnectionWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        choose(wizard, "provider_oidc");
        QVERIFY(!nextButton(wizard)->isEnabled());
        auto* issuerField = find<QLineEdit>(wizard, "issuerUrl");
        auto* status = find<QLabel>(wizard, "discoveryStatus");

        // Nothing listens there: a sentence, not a code, and no way on.
        QTest::keyClicks(issuerField, QStringLiteral("http://127.0.0.1:9/nothing"));
        QTest::mouseClick(find<QPushButton>(wizard, "lookUpIssuer"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!status->text().startsWith(QStringLiteral("Looking")), 20000);
        QVERIFY2(status->text().contains(QStringLiteral("127.0.0.1:9")),
                 qPrintable(status->text()));
        QVERIFY(!nextButton(wizard)->isEnabled());

        issuerField->clear();
        QTest::keyClicks(issuerField, issuer);
        QTest::keyClick(issuerField, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(find<QTreeWidget>(wizard, "endpointList")->topLevelItemCount(), 7,
                                  20000);
        QVERIFY(nextButton(wizard)->isEnabled());
        QVERIFY(status->text().contains(issuer));
        // Editing the issuer throws the lookup away.
        QTest::keyClick(issuerField, Qt::Key_Backspace);
        QVERIFY(!nextButton(wizard)->isEnabled());
        QCOMPARE(find<QTreeWidget>(wizard, "endpointList")->topLevelItemCount(), 0);
    }

    void keyboardAloneGetsThroughTheForms()
    {
        // The default port from Settings is the one the Register page offers.
        AppSettings::setRedirectPort(9477);
        ConnectionWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        choose(wizard, "provider_aps");
        QVERIFY(next(wizard));
        QCOMPARE(find<QSpinBox>(wizard, "callbackPort")->value(), 9477);
        QCOMPARE(find<QLineEdit>(wizard, "callbackUrl")->text(),
                 QStringLiteral("http://localhost:9477/callback"));
        choose(wizard, "appType1");
        QVERIFY(next(wizard));
        auto* id = find<QLineEdit>(wizard, "clientId");
        auto* secret = find<QLineEdit>(wizard, "clientSecret");
        id->setFocus();
        QTRY_VERIFY(id->hasFocus());
        QTest::keyClicks(id, QStringLiteral("my-client"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY(secret->hasFocus());
        QTest::keyClicks(secret, QStringLiteral("my-secret"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("tokenAuth"));
        // Every label on the form leads to its field with Alt+letter.
        for (const char* name : {"clientIdLabel", "clientSecretLabel", "tokenAuthLabel"}) {
            auto* label = find<QLabel>(wizard, name);
            QVERIFY2(label->buddy(), name);
            QVERIFY2(label->text().contains(u'&'), name);
        }
    }

    void remembersItsSize()
    {
        {
            ConnectionWizard wizard(m_context.get());
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));
            wizard.resize(820, 640);
            QTRY_COMPARE(wizard.size(), QSize(820, 640));
            wizard.reject();
        }
        ConnectionWizard again(m_context.get());
        QCOMPARE(again.size(), QSize(820, 640));
    }

    void manualEndpointsAreCheckedAsTyped()
    {
        ConnectionWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        choose(wizard, "provider_manual");
        auto* problem = find<QLabel>(wizard, "providerProblem");
        QVERIFY(!nextButton(wizard)->isEnabled());
        QTest::keyClicks(find<QLineEdit>(wizard, "authorizeUrl"),
                         QStringLiteral("http://login.example.com/authorize"));
        QTest::keyClicks(find<QLineEdit>(wizard, "tokenUrl"),
                         QStringLiteral("https://login.example.com/token"));
        // Plain http is only for this computer (RFC 8252 §8.3).
        QVERIFY2(problem->text().contains(QStringLiteral("login.example.com")),
                 qPrintable(problem->text()));
        QVERIFY(!nextButton(wizard)->isEnabled());
        auto* authorize = find<QLineEdit>(wizard, "authorizeUrl");
        authorize->clear();
        QTest::keyClicks(authorize, QStringLiteral("https://login.example.com/authorize"));
        QVERIFY2(problem->text().isEmpty(), qPrintable(problem->text()));
        QVERIFY(nextButton(wizard)->isEnabled());
        // The name must be usable as a file name and not taken.
        auto* name = find<QLineEdit>(wizard, "connectionName");
        name->clear();
        QTest::keyClicks(name, QStringLiteral("../evil"));
        QVERIFY(!nextButton(wizard)->isEnabled());
        QVERIFY(problem->text().contains(QStringLiteral("../evil")));
    }

    void credentialsAreCheckedAsTyped()
    {
        ConnectionWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        choose(wizard, "provider_aps");
        QVERIFY(next(wizard));
        // APS: no "any port", the callback is the exact localhost URL.
        QVERIFY(!find<QCheckBox>(wizard, "anyPort")->isVisible());
        QVERIFY(find<QLineEdit>(wizard, "callbackUrl")
                    ->text()
                    .startsWith(QStringLiteral("http://localhost:")));
        QVERIFY(find<QLabel>(wizard, "callbackRule")->text().contains(QStringLiteral("port")));
        choose(wizard, "appType1");
        QVERIFY(next(wizard));
        auto* id = find<QLineEdit>(wizard, "clientId");
        auto* secret = find<QLineEdit>(wizard, "clientSecret");
        auto* validation = find<QLabel>(wizard, "validation");
        QVERIFY(secret->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(id, QStringLiteral("abc def"));
        QVERIFY(validation->text().contains(QStringLiteral("spaces")));
        id->clear();
        QTest::keyClicks(id, QStringLiteral("AbCdEf0123456789AbCdEf0123456789"));
        QVERIFY(validation->text().contains(QStringLiteral("secret")));
        QTest::keyClicks(secret, QStringLiteral("s3cr3t "));
        QVERIFY(validation->text().contains(QStringLiteral("space")));
        QVERIFY(!nextButton(wizard)->isEnabled());
        QTest::keyClick(secret, Qt::Key_Backspace);
        QVERIFY(validation->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(nextButton(wizard)->isEnabled(), 20000);
        QVERIFY(next(wizard));
        // The APS scope table, with defaults that make sense.
        auto* scopes = static_cast<ScopesPage*>(wizard.currentPage());
        QAbstractItemModelTester tester(scopes->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        QVERIFY(scopes->model()->rowCount() >= 16);
        QVERIFY(scopes->model()->checkedScopes().contains(QStringLiteral("data:read")));
        QVERIFY(!scopes->model()->checkedScopes().contains(QStringLiteral("data:write")));
        for (const QString& scope : scopes->model()->checkedScopes()) {
            scopes->model()->setChecked(scope, false);
        }
        QVERIFY(!nextButton(wizard)->isEnabled());
        QVERIFY(find<QLabel>(wizard, "scopeProblem")->text().contains(QStringLiteral("scope")));
        QTest::keyClicks(find<QLineEdit>(wizard, "otherScopes"), QStringLiteral("nonsense:scope"));
        QVERIFY(find<QLabel>(wizard, "scopeProblem")
                    ->text()
                    .contains(QStringLiteral("nonsense:scope")));
        QVERIFY(!nextButton(wizard)->isEnabled());
        // Cancel: nothing of it stays, the secret included.
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QVERIFY(store().names().isEmpty());
        QVERIFY(keychainHoldsNothing(QStringLiteral("aps")));
    }

    // Last: the keyring stays locked for the rest of the session.
    void aLockedKeychainStopsTheWizardBeforeSignIn()
    {
        QVERIFY(KeyringControl::lock());
        ConnectionWizard wizard(m_context.get());
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QVERIFY(next(wizard));
        QVERIFY(next(wizard));
        QCOMPARE(wizard.currentId(), int(ConnectionWizard::CredentialsPageId));
        auto* status = find<QLabel>(wizard, "keychainStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("Unlock")), 40000);
        QVERIFY(!nextButton(wizard)->isEnabled());
        QVERIFY(find<QPushButton>(wizard, "checkKeychain")->isEnabled());
        QVERIFY(Screenshots::save(wizard, QStringLiteral("wizard-3-keychain-locked")));
    }
};

QTEST_MAIN(TestConnectionWizard)
#include "tst_connectionwizard.moc"
