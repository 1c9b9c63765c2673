// The main window over a connection signed in to the in-process sandbox, with
// the real keychain: the navigation's status dot and context menu, and the
// token inspector's claims, countdown, signature check, introspection,
// refresh, revocation, sign-out and copy — each through the real widgets.
#include "AccessibleNames.h"
#include "GuiTestSession.h"
#include "KeyringControl.h"
#include "RevocationRecorder.h"
#include "ScopedTestClock.h"
#include "Screenshots.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/ConnectionActions.h"
#include "common/ConnectionRegistry.h"
#include "connection/ConnectionPage.h"
#include "connection/EditConnectionDialog.h"
#include "core/TranslationLoader.h"
#include "http/HttpServer.h"
#include "inspector/ClaimsModel.h"
#include "inspector/TokenInspector.h"
#include "inspector/TokenTimeline.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "oauth/AccessTokenJob.h"
#include "oauth/ConnectionSaveJob.h"
#include "oauth/ConnectionStore.h"
#include "oauth/DiscoveryJob.h"
#include "oauth/IntrospectionJob.h"
#include "oauth/ProviderProfile.h"
#include "oauth/SignInJob.h"
#include "oauth/TokenInspection.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/PipelinePage.h"
#include "pipeline/TestRequestDialog.h"
#include "run/RunJob.h"
#include "run/RunPanel.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretJob.h"
#include "settings/AppSettings.h"
#include "settings/SettingsDialog.h"
#include "source/PipelinePresets.h"
#include "source/PipelineStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

namespace {

const QString kName = QStringLiteral("sandbox");

} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private:
    GuiTestSession m_session;
    // Shorthands into the session.
    SandboxBrowser& m_browser = m_session.browser;
    std::unique_ptr<AppContext>& m_context = m_session.context;

    template <typename T> static T* find(QWidget& window, const char* name)
    {
        T* widget = window.findChild<T*>(QLatin1String(name));
        if (!widget) {
            qWarning("no widget %s", name);
        }
        return widget;
    }

    template <typename J> static bool run(J* job)
    {
        QSignalSpy done(job, &Job::finished);
        job->start();
        return done.wait(30000) && job->error() == Job::NoError;
    }

    // A connection to the in-process sandbox, signed in and saved the way
    // the wizard does it.
    bool signIn()
    {
        QSignalSpy ready(m_context.get(), &AppContext::sandboxReady);
        m_context->startSandbox();
        if (!ready.wait(20000)) {
            return false;
        }
        auto* discovery = new DiscoveryJob(
            m_context->network(), ready.first().first().toUrl().toString(QUrl::StripTrailingSlash));
        discovery->setAutoDelete(false);
        std::unique_ptr<DiscoveryJob> owner(discovery);
        if (!run(discovery)) {
            return false;
        }
        Connection connection;
        connection.name = kName;
        connection.provider = QStringLiteral("sandbox");
        connection.endpoints = discovery->endpoints();
        // Tests whose name starts "aConfidential" use the web app, with a secret.
        const bool confidential =
            QLatin1String(QTest::currentTestFunction()).startsWith(QLatin1String("aConfidential"));
        const QString clientSecret =
            confidential ? QStringLiteral("sandbox-web-secret") : QString();
        connection.client.clientId = confidential ? QStringLiteral("sandbox-web-app")
                                                  : QStringLiteral("sandbox-desktop-app");
        if (confidential) {
            connection.client.type = ClientRegistration::ClientType::Confidential;
            connection.client.tokenAuth = ClientRegistration::TokenAuth::ClientSecretBasic;
        }
        // Tests whose name starts "aNarrowSignIn" sign in without data:read.
        const bool narrow =
            QLatin1String(QTest::currentTestFunction()).startsWith(QLatin1String("aNarrowSignIn"));
        connection.client.scopes = narrow
            ? QStringList{QStringLiteral("openid")}
            : QStringList{QStringLiteral("openid"), QStringLiteral("data:read")};
        connection.createdAt = QDateTime::currentDateTimeUtc();
        std::unique_ptr<SignInJob> signIn(
            new SignInJob(m_context->network(), connection, clientSecret, [this](const QUrl& url) {
                m_browser.openUrl(url);
                return true;
            }));
        signIn->setAutoDelete(false);
        if (!run(signIn.get())) {
            qWarning() << signIn->errorText();
            return false;
        }
        ConnectionSecrets secrets;
        secrets.clientSecret = clientSecret;
        secrets.tokens = signIn->tokens();
        auto* save = new ConnectionSaveJob(m_context->secrets(), &m_context->connections(),
                                           connection, secrets);
        save->setAutoDelete(false);
        std::unique_ptr<ConnectionSaveJob> saveOwner(save);
        return run(save);
    }

    QTreeWidgetItem* navigationItem(MainWindow& window)
    {
        QTreeWidgetItem* section = find<QTreeWidget>(window, "navigationTree")->topLevelItem(0);
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->text(0) == kName) {
                return section->child(i);
            }
        }
        return nullptr;
    }

    QString dotOf(MainWindow& window)
    {
        QTreeWidgetItem* item = navigationItem(window);
        return item ? item->data(0, Qt::AccessibleDescriptionRole).toString() : QString();
    }

    ConnectionSecrets stored()
    {
        std::optional<ConnectionSecrets> secrets = m_context->registry()->secrets(kName);
        return secrets ? *secrets : ConnectionSecrets();
    }

    // The window, shown, with the connection selected and its keychain read.
    bool openWindow(MainWindow& window)
    {
        window.show();
        return QTest::qWaitForWindowExposed(&window)
            && QTest::qWaitFor([&] { return dotOf(window) == QLatin1String("Signed in"); }, 20000)
            && window.connectionPage()->isVisible();
    }

    // The Sandbox preset through this connection, as New Pipeline makes it,
    // loading into hubs.sqlite in the home.
    void createHubsPipeline(MainWindow& window)
    {
        QString error;
        const std::optional<QJsonObject> preset = PipelinePresets::forConnection(
            QStringLiteral("sandbox"), *m_context->registry()->connection(kName), &error);
        QVERIFY2(preset, qPrintable(error));
        QJsonObject pipeline = *preset;
        pipeline.insert(QStringLiteral("destination"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("sqlite")},
                                    {QStringLiteral("path"),
                                     m_session.home->filePath(QStringLiteral("hubs.sqlite"))}});
        QVERIFY(PipelineStore(m_session.home->path())
                    .create(QStringLiteral("hubs"), QJsonDocument(pipeline).toJson(), &error));
        window.updatePipelines();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!GuiTestSession::isInsidePrivateKeyring()) {
            // Never the user's own keyring, and never a silent pass either.
            QFAIL("Refusing to write to your own keyring: run this test through ctest, which "
                  "starts a private gnome-keyring (tests/support/run-in-keyring-session.sh).");
        }
        m_session.begin("tst_tokeninspector");
    }

    void cleanupTestCase()
    {
        m_session.end();
    }

    void init()
    {
        m_session.startTest(QStringLiteral("grantline-inspector-"));
        QVERIFY(signIn());
    }

    void cleanup()
    {
        m_session.endTest();
    }

    void showsTheClaimsTheCountdownAndAValidSignature()
    {
        MainWindow window(m_context.get());
        // Every view has a name a screen reader can say.
        QVERIFY2(unnamedViews(&window).isEmpty(), qPrintable(unnamedViews(&window).join(u',')));
        QVERIFY(openWindow(window));
        QCOMPARE(navigationItem(window)->toolTip(0).contains(QStringLiteral("expires in")), true);
        // A plain paragraph: text that looks like markup shows as written.
        QVERIFY(navigationItem(window)->toolTip(0).startsWith(QStringLiteral("<p")));
        TokenInspector* inspector = window.connectionPage()->inspector();
        ClaimsModel* claims = inspector->claimsModel();
        QAbstractItemModelTester tester(claims,
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        const int exp = claims->rowOfClaim(QStringLiteral("exp"));
        QVERIFY(exp >= 0);
        const QString meaning = claims->index(exp, ClaimsModel::MeaningColumn).data().toString();
        QVERIFY2(meaning.contains(QStringLiteral("in 59 min"))
                     || meaning.contains(QStringLiteral("in 1 h")),
                 qPrintable(meaning));
        const int iss = claims->rowOfClaim(QStringLiteral("iss"));
        QCOMPARE(claims->index(iss, ClaimsModel::ValueColumn).data().toString(),
                 m_context->sandboxUrl().toString(QUrl::StripTrailingSlash));
        QCOMPARE(claims->index(iss, ClaimsModel::MeaningColumn).data().toString(),
                 QStringLiteral("who issued it"));
        QVERIFY(claims->index(0, ClaimsModel::PartColumn).data().toString()
                == QStringLiteral("Header"));

        auto* countdown = find<QLabel>(window, "expiryCountdown");
        // 3,599 s: "59 min 59 s", or "1 h 0 min" in the first second.
        QVERIFY2(countdown->text().startsWith(QStringLiteral("The access token expires in 59 min"))
                     || countdown->text().startsWith(
                         QStringLiteral("The access token expires in 1 h 0 min")),
                 qPrintable(countdown->text()));
        const QString before = countdown->text();
        QTRY_VERIFY_WITH_TIMEOUT(countdown->text() != before, 3000);
        QVERIFY(find<QProgressBar>(window, "lifetimeUsed")->value() <= 2);

        auto* scopes = find<QListWidget>(window, "scopeList");
        QVERIFY(!scopes->findItems(QStringLiteral("data:read"), Qt::MatchExactly).isEmpty());

        auto* signature = find<QLabel>(window, "signatureStatus");
        QTRY_VERIFY_WITH_TIMEOUT(signature->text().contains(QStringLiteral("Valid signature")),
                                 20000);
        // The ID token too, checked as an ID token for this app.
        auto* choice = find<QComboBox>(window, "tokenChoice");
        QCOMPARE(choice->count(), 2);
        choice->setCurrentIndex(1);
        QVERIFY(claims->rowOfClaim(QStringLiteral("nonce")) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(signature->text().contains(QStringLiteral("Valid signature")),
                                 20000);
        choice->setCurrentIndex(0);

        auto* timeline = inspector->findChild<TokenTimeline*>();
        QCOMPARE(timeline->lifetimeCount(), 1);
        QCOMPARE(timeline->markCount(TokenHistory::Event::SignedIn), 1);
        QTRY_VERIFY_WITH_TIMEOUT(signature->text().contains(QStringLiteral("Valid")), 20000);
        QVERIFY(Screenshots::save(window, QStringLiteral("inspector")));
    }

    void aTokenNearItsEndShowsAsExpiringSoon()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        // The hour's token 57 minutes on, by the app's clock: 2 min 59 s left.
        ScopedTestClock clock(stored().tokens.obtainedAt);
        clock.advance(std::chrono::minutes(57));
        QTRY_COMPARE_WITH_TIMEOUT(dotOf(window), QStringLiteral("Expiring soon"), 20000);
        const QRegularExpression minutesLeft(QStringLiteral("expires in 2 min"));
        QVERIFY(navigationItem(window)->toolTip(0).contains(minutesLeft));
        auto* countdown = find<QLabel>(window, "expiryCountdown");
        QVERIFY2(countdown->text().contains(minutesLeft), qPrintable(countdown->text()));
    }

    void aForgedSignatureIsCalledInvalid()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        // The same claims under a signature the provider never made.
        ConnectionSecrets secrets = stored();
        QString& token = secrets.tokens.accessToken;
        const qsizetype dot = token.lastIndexOf(u'.');
        token = token.left(dot + 1) + QString(token.size() - dot - 1, u'A');
        QSignalSpy written(m_context->registry(), &ConnectionRegistry::connectionChanged);
        m_context->registry()->writeSecrets(kName, secrets, TokenHistory::Event::Refreshed,
                                            [](bool, const QString&) {});
        QVERIFY(written.wait(20000));
        auto* signature = find<QLabel>(window, "signatureStatus");
        QTRY_VERIFY_WITH_TIMEOUT(signature->text().startsWith(QStringLiteral("✘ Not valid")),
                                 20000);
    }

    void introspectsThenRevokingMakesItInactive()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        auto* result = find<QLabel>(window, "introspectionResult");
        QTest::mouseClick(find<QPushButton>(window, "introspectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Active.")), 20000);
        QVERIFY(result->text().contains(QStringLiteral("client_id: sandbox-desktop-app")));
        // Times read as dates, as in the claims table, never as epoch seconds.
        const TokenInspection token = TokenInspection::inspect(
            stored().tokens.accessToken.toLatin1(), QDateTime::currentDateTimeUtc());
        QVERIFY2(result->text().contains(QStringLiteral("exp: %1 (in ")
                                             .arg(TokenInspection::localTimeText(token.expiresAt))),
                 qPrintable(result->text()));
        static const QRegularExpression epoch(QStringLiteral("^(exp|iat|nbf|auth_time): \\d+$"),
                                              QRegularExpression::MultilineOption);
        QVERIFY2(!result->text().contains(epoch), qPrintable(result->text()));
        // What the provider and the token say is shown as text, never as markup.
        for (const char* name :
             {"introspectionResult", "signatureStatus", "actionStatus", "tokenWarnings",
              "tokenKind", "expiryCountdown", "connectionSummary", "connectionTitle"}) {
            QVERIFY2(find<QLabel>(window, name)->textFormat() == Qt::PlainText, name);
        }

        // Revoking the refresh token ends the grant, the access token with it.
        const QString refreshToken = stored().tokens.refreshToken;
        Confirmation::setNextAnswer(Confirmation::Answer::Cancelled);
        find<QToolButton>(window, "revokeButton")
            ->menu()
            ->findChild<QAction*>(QStringLiteral("revokeRefresh"))
            ->trigger();
        QCOMPARE(stored().tokens.refreshToken, refreshToken);
        QVERIFY(Confirmation::lastQuestion().text.contains(kName));
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        find<QToolButton>(window, "revokeButton")
            ->menu()
            ->findChild<QAction*>(QStringLiteral("revokeRefresh"))
            ->trigger();
        auto* status = find<QLabel>(window, "actionStatus");
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Revoked."), 20000);
        QVERIFY(stored().tokens.refreshToken.isEmpty());
        QVERIFY(!stored().tokens.accessToken.isEmpty());

        QTest::mouseClick(find<QPushButton>(window, "introspectButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("Inactive")), 20000);
        QVERIFY(Screenshots::save(window, QStringLiteral("inspector-revoked")));
        QCOMPARE(m_context->registry()->history().entries(kName).last().event,
                 TokenHistory::Event::Revoked);
    }

    void refreshGetsANewTokenAndMarksTheTimeline()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        const TokenSet before = stored().tokens;
        QTest::mouseClick(find<QPushButton>(window, "refreshButton"), Qt::LeftButton);
        auto* status = find<QLabel>(window, "actionStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Refreshed")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(stored().tokens.accessToken != before.accessToken, 20000);
        // Rotation: the old refresh token is replaced.
        QVERIFY(stored().tokens.refreshToken != before.refreshToken);
        auto* timeline = window.connectionPage()->inspector()->findChild<TokenTimeline*>();
        QCOMPARE(timeline->markCount(TokenHistory::Event::Refreshed), 1);
        QCOMPARE(timeline->lifetimeCount(), 2);
    }

    void signOutRevokesForgetsAndTurnsTheDotGrey()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        const QString accessToken = stored().tokens.accessToken;
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        QTest::mouseClick(find<QPushButton>(window, "signOutButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dotOf(window), QStringLiteral("Signed out"), 20000);
        QVERIFY(stored().tokens.isEmpty());
        QVERIFY(stored().tokens.refreshToken.isEmpty());
        QVERIFY(!find<QPushButton>(window, "copyTokenButton")->isEnabled());
        // The provider forgot the token too.
        const std::optional<Connection> connection = m_context->registry()->connection(kName);
        auto* check = new IntrospectionJob(m_context->network(),
                                           connection->endpoints.introspection, connection->client,
                                           QString(), accessToken, QStringLiteral("access_token"));
        check->setAutoDelete(false);
        std::unique_ptr<IntrospectionJob> owner(check);
        QVERIFY(run(check));
        QVERIFY(!check->isActive());
        // The browser was sent to the provider's logout page.
        QVERIFY(!m_browser.opened.isEmpty());
        QVERIFY(m_browser.opened.last().path().endsWith(QStringLiteral("/logout")));

        // Sign in again, from the navigation's context menu.
        window.signInAgain(kName);
        QTRY_COMPARE_WITH_TIMEOUT(dotOf(window), QStringLiteral("Signed in"), 30000);
        QVERIFY(!stored().tokens.accessToken.isEmpty());
    }

    void aTestRequestRefusedForTheSignInOffersToSignInAgain()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        // The Sandbox preset through this connection, as New Pipeline makes it.
        QString error;
        const std::optional<QJsonObject> preset = PipelinePresets::forConnection(
            QStringLiteral("sandbox"), *m_context->registry()->connection(kName), &error);
        QVERIFY2(preset, qPrintable(error));
        QVERIFY(PipelineStore(m_session.home->path())
                    .create(QStringLiteral("hubs"), QJsonDocument(*preset).toJson(), &error));
        window.updatePipelines();
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        window.signOut(kName);
        QTRY_COMPARE_WITH_TIMEOUT(dotOf(window), QStringLiteral("Signed out"), 20000);

        window.findChild<NavigationTree*>()->selectPipeline(QStringLiteral("hubs"));
        PipelinePage* page = window.pipelinePage();
        QTableView* table = page->endpointTable();
        const int row = page->endpoints()->rowOfResource(QStringLiteral("hubs"));
        table->selectionModel()->select(table->model()->index(row, 0),
                                        QItemSelectionModel::ClearAndSelect
                                            | QItemSelectionModel::Rows);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        table->setFocus();
        QTest::keySequence(table, QKeySequence(QStringLiteral("Ctrl+T")));
        auto* dialog = page->findChild<TestRequestDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        auto* again = find<QPushButton>(*dialog, "signInAgainButton");
        QVERIFY(again->isVisible());
        QVERIFY(again->text().contains(kName));
        QVERIFY(!again->accessibleName().isEmpty());
        // Signed in through the browser, the request goes again and answers.
        QTest::mouseClick(again, Qt::LeftButton);
        auto* summary = find<QLabel>(*dialog, "testSummary");
        QTRY_VERIFY_WITH_TIMEOUT(
            dialog->isFinished() && summary->text().contains(QStringLiteral("HTTP 200")), 30000);
        QVERIFY(!again->isVisible());
        QCOMPARE(dotOf(window), QStringLiteral("Signed in"));
    }

    void aRunRefusedForTheSignInOffersToSignInAgain()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        createHubsPipeline(window);
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        window.signOut(kName);
        QTRY_COMPARE_WITH_TIMEOUT(dotOf(window), QStringLiteral("Signed out"), 20000);

        window.findChild<NavigationTree*>()->selectPipeline(QStringLiteral("hubs"));
        PipelinePage* page = window.pipelinePage();
        // Started; the sign-in it needs is gone.
        QVERIFY(page->run());
        RunPanel* panel = page->runPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 30000);
        RunJob* refused = panel->lastRun();
        QVERIFY(refused);
        QCOMPARE(refused->extractionError(), int(ExtractJob::AuthFailed));
        auto* again = find<QPushButton>(*panel, "nextStepButton");
        QVERIFY(again->isVisible());
        QVERIFY2(again->text().contains(kName), qPrintable(again->text()));
        // Signed in through the browser, the run goes again and loads.
        QTest::mouseClick(again, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastRun() != refused && !panel->isRunning(), 60000);
        QVERIFY2(panel->lastRun()->error() == Job::NoError,
                 qPrintable(panel->lastRun()->errorText()));
        QCOMPARE(dotOf(window), QStringLiteral("Signed in"));
    }

    void aNarrowSignInRefusedByTheApiOffersToEditTheScopes()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        createHubsPipeline(window);
        window.findChild<NavigationTree*>()->selectPipeline(QStringLiteral("hubs"));
        PipelinePage* page = window.pipelinePage();
        // Signed in with "openid" only: the data API answers 403.
        QVERIFY(page->run());
        RunPanel* panel = page->runPanel();
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isRunning(), 30000);
        RunJob* refused = panel->lastRun();
        QCOMPARE(refused->extractionFailure().kind, ExtractFailure::Kind::Forbidden);
        auto* problem = find<QLabel>(*panel, "runProblem");
        QVERIFY2(problem->text().contains(QStringLiteral("data:read")),
                 qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(
                     QStringLiteral("The connection %1 asks for: openid.").arg(kName)),
                 qPrintable(problem->text()));
        auto* next = find<QPushButton>(*panel, "nextStepButton");
        QVERIFY(next->isVisible());
        QCOMPARE(next->text(), QStringLiteral("Edit the &Scopes of %1…").arg(kName));
        QTest::mouseClick(next, Qt::LeftButton);
        EditConnectionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<EditConnectionDialog*>()) && dialog->isVisible());
        auto* scopes = find<QLineEdit>(*dialog, "scopes");
        scopes->clear();
        QTest::keyClicks(scopes, QStringLiteral("openid data:read"));
        auto* save = find<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Save);
        QTest::mouseClick(save, Qt::LeftButton);
        // Saved, signed in again through the browser with the new scopes,
        // and the run goes again and loads.
        QTRY_VERIFY_WITH_TIMEOUT(panel->lastRun() != refused && !panel->isRunning(), 60000);
        QVERIFY2(panel->lastRun()->error() == Job::NoError,
                 qPrintable(panel->lastRun()->errorText()));
        QString error;
        QCOMPARE(m_context->connections().load(kName, &error)->client.scopes,
                 QStringList({QStringLiteral("openid"), QStringLiteral("data:read")}));
    }

    void editingChangesTheFileAndKeepsTheTokens()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        const QString accessToken = stored().tokens.accessToken;
        window.editConnection(kName);
        EditConnectionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<EditConnectionDialog*>()) && dialog->isVisible());
        auto* save = find<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Save);
        auto* callback = find<QLineEdit>(*dialog, "callbackUrl");
        auto* validation = find<QLabel>(*dialog, "validation");
        // The sign-in's own rule: http on this computer, whatever the port.
        for (const char* wrong : {"https://example.com/cb", "http://example.com:80/cb"}) {
            callback->clear();
            QTest::keyClicks(callback, QLatin1String(wrong));
            QVERIFY2(!save->isEnabled(), wrong);
            QVERIFY2(validation->text().contains(QStringLiteral("not an http address on this "
                                                                "computer")),
                     qPrintable(validation->text()));
        }
        callback->clear();
        QTest::keyClicks(callback, QStringLiteral("http://127.0.0.1:8765/callback"));
        auto* scopes = find<QLineEdit>(*dialog, "scopes");
        scopes->clear();
        QVERIFY(!save->isEnabled());
        QTest::keyClicks(scopes, QStringLiteral("openid data:read data:write"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QString error;
        const std::optional<Connection> saved = m_context->connections().load(kName, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->client.redirectUri, QStringLiteral("http://127.0.0.1:8765/callback"));
        QCOMPARE(saved->client.scopes.size(), 3);
        QCOMPARE(stored().tokens.accessToken, accessToken);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("sign in again")));
    }

    void aSecondActionWaitsForTheFirst()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        auto* actions = window.findChild<ConnectionActions*>();
        QVERIFY(actions);
        // What the actions reported, signature checks aside.
        QList<QPair<bool, QString>> outcomes;
        connect(actions, &ConnectionActions::finished, this,
                [&outcomes](const QString&, ConnectionActions::Action action, bool ok,
                            const QString& message) {
                    if (action != ConnectionActions::Action::Verify) {
                        outcomes.append({ok, message});
                    }
                });
        const QString before = stored().tokens.refreshToken;
        actions->refresh(kName);
        // A sign-out built from the tokens the refresh is replacing would
        // leave the new refresh token unrevoked: it is refused instead.
        actions->signOut(kName);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.first().first, false);
        QVERIFY(outcomes.first().second.contains(QStringLiteral("still running")));
        QTRY_COMPARE_WITH_TIMEOUT(outcomes.size(), 2, 20000);
        QVERIFY2(outcomes.at(1).first, qPrintable(outcomes.at(1).second));
        QVERIFY(stored().tokens.refreshToken != before);
        QVERIFY(!m_context->registry()->isBusy(kName));
        // Now the sign-out goes ahead, with the refreshed tokens.
        actions->signOut(kName);
        QTRY_COMPARE_WITH_TIMEOUT(dotOf(window), QStringLiteral("Signed out"), 20000);
    }

    void actionsStartFromWhatTheKeychainHoldsNow()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        const QString cachedRefresh = stored().tokens.refreshToken;
        // Another process (grantline-cli, a pipeline run) refreshes behind the
        // window's back: the keychain holds a rotated refresh token now.
        const std::optional<Connection> connection = m_context->registry()->connection(kName);
        auto* other =
            new AccessTokenJob(m_context->network(), m_context->secrets(), *connection, true);
        other->setAutoDelete(false);
        std::unique_ptr<AccessTokenJob> owner(other);
        QVERIFY(run(other));
        KeychainSecretStore keychain(m_session.service);
        const auto readKeychain = [&keychain] {
            SecretJob* read = keychain.readSecret(ConnectionSecrets::keyFor(kName));
            QSignalSpy done(read, &Job::finished);
            read->start();
            return done.wait(20000) ? ConnectionSecrets::parse(read->secret())
                                    : std::optional<ConnectionSecrets>();
        };
        const QString rotated = readKeychain()->tokens.refreshToken;
        QVERIFY(rotated != cachedRefresh);

        // Revoking the access token must keep the live refresh token, not
        // write the dead one back from the window's copy.
        auto* actions = window.findChild<ConnectionActions*>();
        bool done = false;
        connect(actions, &ConnectionActions::finished, this,
                [&done](const QString&, ConnectionActions::Action action, bool, const QString&) {
                    done = done || action == ConnectionActions::Action::Revoke;
                });
        actions->revoke(kName, true, false);
        QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
        const std::optional<ConnectionSecrets> after = readKeychain();
        QVERIFY(after);
        QCOMPARE(after->tokens.refreshToken, rotated);
        QVERIFY(after->tokens.accessToken.isEmpty());
    }

    void aConfidentialAppsSecretIsReplacedInTheKeychainOnly()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        const QString accessToken = stored().tokens.accessToken;
        window.editConnection(kName);
        EditConnectionDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<EditConnectionDialog*>()) && dialog->isVisible());
        auto* secret = find<QLineEdit>(*dialog, "clientSecret");
        QVERIFY(secret->isVisible());
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QTest::keyClicks(secret, QStringLiteral("a-new-secret-value"));
        QTest::mouseClick(
            find<QDialogButtonBox>(*dialog, "buttons")->button(QDialogButtonBox::Save),
            Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<EditConnectionDialog*>()
                                     || !window.findChild<EditConnectionDialog*>()->isVisible(),
                                 20000);
        QTRY_COMPARE_WITH_TIMEOUT(stored().clientSecret, QStringLiteral("a-new-secret-value"),
                                  20000);
        QCOMPARE(stored().tokens.accessToken, accessToken);
        QFile file(QDir(m_session.home->path())
                       .filePath(QStringLiteral("connections/%1.json").arg(kName)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("a-new-secret-value"));
    }

    void copyingTheTokenWarnsFirst()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        QGuiApplication::clipboard()->setText(QStringLiteral("untouched"));
        Confirmation::setNextAnswer(Confirmation::Answer::Cancelled);
        QTest::mouseClick(find<QPushButton>(window, "copyTokenButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("untouched"));
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        QTest::mouseClick(find<QPushButton>(window, "copyTokenButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), stored().tokens.accessToken);
        QGuiApplication::clipboard()->clear();
    }

    void theRealConfirmationDefaultsToCancel()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        // No answer set: the box comes up as users see it.
        bool checked = false;
        QTimer::singleShot(0, this, [&checked] {
            QMessageBox* box = nullptr;
            QTRY_VERIFY((box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())));
            QCOMPARE(box->objectName(), QStringLiteral("confirmation"));
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            auto* action = box->findChild<QPushButton*>(QStringLiteral("confirmationAction"));
            QVERIFY(action);
            QCOMPARE(box->buttonRole(action), QMessageBox::DestructiveRole);
            QCOMPARE(box->textFormat(), Qt::PlainText);
            // Enter takes the default: Cancel.
            QTest::keyClick(box, Qt::Key_Return);
            checked = true;
        });
        window.removeConnection(kName);
        QVERIFY(checked);
        QVERIFY(m_context->connections().exists(kName));
    }

    void removingDeletesFileKeychainEntryAndHistory()
    {
        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        window.removeConnection(kName);
        QCOMPARE(Confirmation::lastQuestion().role, QMessageBox::DestructiveRole);
        QTRY_VERIFY_WITH_TIMEOUT(!navigationItem(window), 20000);
        QVERIFY(!m_context->connections().exists(kName));
        QVERIFY(m_context->registry()->history().entries(kName).isEmpty());
        QCOMPARE(find<QStackedWidget>(window, "pageStack")->currentWidget()->objectName(),
                 QStringLiteral("emptyStatePage"));
        KeychainSecretStore keychain(m_session.service);
        SecretJob* read = keychain.readSecret(ConnectionSecrets::keyFor(kName));
        QSignalSpy done(read, &Job::finished);
        read->start();
        QVERIFY(done.wait(20000));
        QCOMPARE(read->error(), int(SecretJob::NotFound));
    }

    void settingsSaveAndTestTheKeychain()
    {
        SettingsDialog dialog(m_context.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* status = find<QLabel>(dialog, "keychainStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Available.")), 20000);
        find<QSpinBox>(dialog, "redirectPort")->setValue(9123);
        find<QComboBox>(dialog, "browser")->setCurrentIndex(1);
        auto* language = find<QComboBox>(dialog, "language");
        const int french = language->findData(QStringLiteral("fr"));
        QVERIFY(french > 0);
        language->setCurrentIndex(french);
        QVERIFY(Screenshots::save(dialog, QStringLiteral("settings")));
        QTest::mouseClick(find<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(AppSettings::redirectPort(), 9123);
        QCOMPARE(AppSettings::browserChoice(), AppSettings::BrowserChoice::CopyLink);
        QCOMPARE(AppSettings::language(), QStringLiteral("fr"));
        QCOMPARE(m_context->translations()->loadedLanguage(), QStringLiteral("fr"));
        AppSettings::setLanguage(QString());
        m_context->applyLanguage();
    }

    void revokingBothTokensSendsTheRefreshTokenFirst()
    {
        checkRevocationOrder(ConnectionActions::Action::Revoke);
    }

    void signingOutRevokesTheRefreshTokenFirst()
    {
        checkRevocationOrder(ConnectionActions::Action::SignOut);
    }

    // Last: the keyring stays locked for the rest of the session.
    void aLockedKeychainIsReportedInSettings()
    {
        QVERIFY(KeyringControl::lock());
        SettingsDialog dialog(m_context.get());
        dialog.show();
        auto* status = find<QLabel>(dialog, "keychainStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().startsWith(QStringLiteral("Locked")), 40000);

        // A locked keyring reads like an empty one: the connection must not be
        // taken for signed out, or a later write would drop its client secret.
        QSignalSpy changed(m_context->registry(), &ConnectionRegistry::connectionChanged);
        m_context->registry()->reload();
        QVERIFY(changed.wait(40000));
        QVERIFY(!m_context->registry()->secrets(kName));
        QVERIFY2(m_context->registry()->problem(kName).contains(QStringLiteral("locked")),
                 qPrintable(m_context->registry()->problem(kName)));
    }

private:
    // Revoke or sign out with both tokens held, against a revocation endpoint
    // that records what it got: the refresh token goes first, since revoking
    // it ends the whole grant (RFC 7009 §2.1), and each says what it is.
    void checkRevocationOrder(ConnectionActions::Action action)
    {
        RevocationRecorder revocation;
        QVERIFY(revocation.listen());
        QString error;
        std::optional<Connection> connection = m_context->connections().load(kName, &error);
        QVERIFY2(connection, qPrintable(error));
        connection->endpoints.revocation = revocation.url();
        QVERIFY2(m_context->connections().save(*connection, &error), qPrintable(error));
        m_context->registry()->reload();

        MainWindow window(m_context.get());
        QVERIFY(openWindow(window));
        QCOMPARE(m_context->registry()->connection(kName)->endpoints.revocation,
                 connection->endpoints.revocation);
        const TokenSet tokens = stored().tokens;
        QVERIFY(!tokens.refreshToken.isEmpty() && !tokens.accessToken.isEmpty());
        auto* actions = window.findChild<ConnectionActions*>();
        QVERIFY(actions);
        std::optional<QPair<bool, QString>> outcome;
        connect(actions, &ConnectionActions::finished, this,
                [&outcome, action](const QString&, ConnectionActions::Action finished, bool ok,
                                   const QString& message) {
                    if (finished == action) {
                        outcome = {ok, message};
                    }
                });
        if (action == ConnectionActions::Action::SignOut) {
            actions->signOut(kName);
        } else {
            actions->revoke(kName, true, true);
        }
        QTRY_VERIFY_WITH_TIMEOUT(outcome, 20000);
        QVERIFY2(outcome->first, qPrintable(outcome->second));
        QVERIFY(revocation.sawRefreshThenAccess(tokens.refreshToken, tokens.accessToken));
        QVERIFY(stored().tokens.isEmpty());
    }
};

QTEST_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
