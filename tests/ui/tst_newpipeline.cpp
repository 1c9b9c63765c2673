// File → New Pipeline…: the dialog's every start (the Sandbox preset, a dlt
// config, an empty pipeline with a base URL), its sign-in choices with the
// secret going to the real keychain and only "{secrets.NAME}" into the file,
// refusals that keep what was typed, and a pipeline made only in the window
// loaded by grantline-cli run from the same home. Real widgets, offscreen,
// the sandbox served from this process.
#include "AccessibleNames.h"
#include "Screenshots.h"
#include "SecretsNow.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/FileChooser.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "oauth/ConnectionStore.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/NewPipelineDialog.h"
#include "pipeline/PipelineAuthForm.h"
#include "pipeline/PipelinePage.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "source/SecretLookupJob.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItem>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QJsonObject readJson(const QString& path)
{
    return QJsonDocument::fromJson(readFile(path)).object();
}

} // namespace

class TestNewPipeline : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    void openWindow(std::unique_ptr<SecretStore> secrets)
    {
        m_window.reset();
        m_context = std::make_unique<AppContext>(m_home->path(), std::move(secrets));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // A connection to this process's sandbox, as the wizard saves one (its
    // sign-in is not needed to make a pipeline).
    void addSandboxConnection()
    {
        Connection connection;
        connection.name = QStringLiteral("my-sandbox");
        connection.provider = QStringLiteral("sandbox");
        connection.endpoints.issuer = m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash);
        connection.client.clientId = QStringLiteral("sandbox-desktop-app");
        connection.createdAt = QDateTime::currentDateTimeUtc();
        QString error;
        QVERIFY2(ConnectionStore(m_home->path()).save(connection, &error), qPrintable(error));
    }

    NewPipelineDialog* openDialog()
    {
        m_window->findChild<QAction*>(QStringLiteral("actionNewPipeline"))->trigger();
        return m_window->findChild<NewPipelineDialog*>();
    }

    QPushButton* createButton(NewPipelineDialog* dialog) const
    {
        return dialog->findChild<QPushButton*>(QStringLiteral("createButton"));
    }

    QString problemOf(NewPipelineDialog* dialog) const
    {
        return dialog->findChild<QLabel*>(QStringLiteral("newPipelineProblem"))->text();
    }

    void type(NewPipelineDialog* dialog, const char* objectName, const QString& text)
    {
        auto* edit = dialog->findChild<QLineEdit*>(QLatin1String(objectName));
        QVERIFY2(edit, objectName);
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // What a screen reader says of the pipeline's dot.
    QString runStateOf(const QString& name) const
    {
        QTreeWidgetItem* section = m_window->findChild<NavigationTree*>()->pipelinesSection();
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->text(0) == name) {
                return section->child(i)->data(0, Qt::AccessibleDescriptionRole).toString();
            }
        }
        return QString();
    }

    // The value the keychain holds for a pipeline secret ("" when none).
    QByteArray keychainValue(const QString& name)
    {
        return SecretsNow::read(m_context->secrets(), SecretLookupJob::keychainKey(name))
            .value_or(QByteArray());
    }

    // New Pipeline, filled as an empty pipeline signing in with a bearer token.
    NewPipelineDialog* emptyWithBearer(const QString& name, const QString& token)
    {
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        type(dialog, "newPipelineName", name);
        type(dialog, "baseUrl", QStringLiteral("https://api.example/"));
        type(dialog, "firstEndpointPath", QStringLiteral("things"));
        PipelineAuthForm* auth = dialog->authForm();
        auth->kindBox()->setCurrentIndex(auth->kindBox()->findText(QStringLiteral("Bearer token")));
        QTest::keyClicks(auth->field(QStringLiteral("token")), token);
        return dialog;
    }

    QString pipelinePath(const QString& name) const
    {
        return m_home->filePath(QStringLiteral("pipelines/%1.json").arg(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantlineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_newpipeline"));
        if (qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") != QLatin1String("1")) {
            QFAIL("Run through ctest, which starts a private gnome-keyring.");
        }
        m_sandbox = std::make_unique<SandboxServer>(SandboxSettings{});
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    void init()
    {
        QSettings().clear();
        m_home = std::make_unique<QTemporaryDir>();
    }

    void cleanup()
    {
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        m_window.reset();
        m_context.reset();
    }

    void theEmptyListOffersANewPipeline()
    {
        openWindow(std::make_unique<MemorySecretStore>());
        auto* button = m_window->findChild<QPushButton*>(QStringLiteral("newPipelineButton"));
        QVERIFY(button->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(m_window->findChild<NewPipelineDialog*>());
    }

    void aPresetWithoutItsConnectionSaysWhatToDo()
    {
        openWindow(std::make_unique<MemorySecretStore>());
        NewPipelineDialog* dialog = openDialog();
        QVERIFY(dialog->isVisible());
        // The Sandbox preset is the first offer, and it needs a connection.
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("New Connection")),
                 qPrintable(problemOf(dialog)));
        dialog->setStart(NewPipelineDialog::ApsPreset);
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("aps connection")),
                 qPrintable(problemOf(dialog)));
    }

    void theSandboxPresetListsItsEndpoints()
    {
        addSandboxConnection();
        openWindow(std::make_unique<MemorySecretStore>());
        NewPipelineDialog* dialog = openDialog();
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("sandbox"));
        QCOMPARE(dialog->authForm()->connection(), QStringLiteral("my-sandbox"));
        // Only connections sign a preset in.
        QCOMPARE(dialog->authForm()->kindBox()->count(), 1);
        const QString database = m_home->filePath(QStringLiteral("data/sandbox.sqlite"));
        QCOMPARE(dialog->findChild<QLineEdit*>(QStringLiteral("databasePath"))->text(), database);
        QVERIFY2(createButton(dialog)->isEnabled(), qPrintable(problemOf(dialog)));
        dialog->resize(680, 250);
        QVERIFY(Screenshots::save(*dialog, QStringLiteral("new-pipeline")));
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        auto* navigation = m_window->findChild<NavigationTree*>();
        QTRY_COMPARE(navigation->currentPipeline(), QStringLiteral("sandbox"));
        QVERIFY(!m_window->findChild<NewPipelineDialog*>() || !dialog->isVisible());
        QCOMPARE(m_window->pipelinePage()->endpoints()->rowCount(), 6);
        const QJsonObject file = readJson(pipelinePath(QStringLiteral("sandbox")));
        QCOMPARE(file.value(QStringLiteral("pipeline_name")).toString(), QStringLiteral("sandbox"));
        QCOMPARE(file.value(QStringLiteral("destination")).toObject().value(QStringLiteral("path")),
                 QJsonValue(database));
        const QJsonObject client = file.value(QStringLiteral("source"))
                                       .toObject()
                                       .value(QStringLiteral("client"))
                                       .toObject();
        QCOMPARE(client.value(QStringLiteral("base_url")).toString(),
                 m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash) + u'/');
        QCOMPARE(
            client.value(QStringLiteral("auth")).toObject().value(QStringLiteral("connection")),
            QJsonValue(QStringLiteral("my-sandbox")));
        // The data's folder is there for the first run.
        QVERIFY(QDir(m_home->filePath(QStringLiteral("data"))).exists());
        // A second one from the same start gets a free name.
        dialog = openDialog();
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("sandbox-2"));
    }

    void aTakenOrBadNameIsRefusedBeforeCreate()
    {
        addSandboxConnection();
        openWindow(std::make_unique<MemorySecretStore>());
        NewPipelineDialog* dialog = openDialog();
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pipelinePath(QStringLiteral("sandbox"))));
        dialog = openDialog();
        type(dialog, "newPipelineName", QStringLiteral("sandbox"));
        QVERIFY(!createButton(dialog)->isEnabled());
        QCOMPARE(problemOf(dialog), QStringLiteral("There is already a pipeline \"sandbox\"."));
        type(dialog, "newPipelineName", QStringLiteral("../escape"));
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY(!problemOf(dialog).isEmpty());
        // Enter does nothing while Create is disabled.
        QTest::keyClick(dialog, Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("escape.json"))));
    }

    void aSecretGoesToTheKeychainAndOnlyItsNameToTheFile()
    {
        openWindow(std::make_unique<KeychainSecretStore>());
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        type(dialog, "newPipelineName", QStringLiteral("shop"));
        type(dialog, "baseUrl", QStringLiteral("https://shop.example/api/"));
        type(dialog, "firstEndpointPath", QStringLiteral("v2/orders?status=open"));
        PipelineAuthForm* auth = dialog->authForm();
        auth->kindBox()->setCurrentIndex(auth->kindBox()->findText(QStringLiteral("API key")));
        QCOMPARE(auth->kind(), PipelineAuthForm::ApiKey);
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("keychain")),
                 qPrintable(problemOf(dialog)));
        QCOMPARE(auth->field(QStringLiteral("secret_name"))->text(),
                 QStringLiteral("shop_api_key"));
        QTest::keyClicks(auth->field(QStringLiteral("api_key")), QStringLiteral("k3y-v4lue"));
        QCOMPARE(auth->field(QStringLiteral("api_key"))->echoMode(), QLineEdit::Password);
        dialog->resize(680, 420);
        QVERIFY(Screenshots::save(*dialog, QStringLiteral("new-pipeline-api-key")));
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
        QVERIFY2(createButton(dialog)->isEnabled(), qPrintable(problemOf(dialog)));
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(),
                     QStringLiteral("shop"));
        const QByteArray written = readFile(pipelinePath(QStringLiteral("shop")));
        QVERIFY(!written.contains("k3y-v4lue"));
        const QJsonObject source =
            QJsonDocument::fromJson(written).object().value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("client")).toObject().value(QStringLiteral("auth")),
                 QJsonValue(QJsonObject{
                     {QStringLiteral("type"), QStringLiteral("api_key")},
                     {QStringLiteral("name"), QStringLiteral("X-API-Key")},
                     {QStringLiteral("api_key"), QStringLiteral("{secrets.shop_api_key}")},
                     {QStringLiteral("location"), QStringLiteral("header")}}));
        // The first endpoint is named after its path.
        QCOMPARE(m_window->pipelinePage()->endpoints()->resourceName(0), QStringLiteral("orders"));
        QCOMPARE(keychainValue(QStringLiteral("shop_api_key")), QByteArray("k3y-v4lue"));
    }

    void aSessionOnlyStoreRefusesSecretsAndKeepsTheForm()
    {
        openWindow(std::make_unique<MemorySecretStore>());
        NewPipelineDialog* dialog =
            emptyWithBearer(QStringLiteral("tokened"), QStringLiteral("t0k"));
        PipelineAuthForm* auth = dialog->authForm();
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(problemOf(dialog).startsWith(QStringLiteral("Not created")));
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("only until Grantline quits")),
                 qPrintable(problemOf(dialog)));
        QVERIFY(dialog->isVisible());
        QCOMPARE(auth->field(QStringLiteral("token"))->text(), QStringLiteral("t0k"));
        QVERIFY(!QFile::exists(pipelinePath(QStringLiteral("tokened"))));
        // Without a secret it goes through.
        auth->kindBox()->setCurrentIndex(auth->kindBox()->findText(QStringLiteral("No sign-in")));
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pipelinePath(QStringLiteral("tokened"))));
    }

    void theTabOrderFollowsTheRowsAndMnemonicsReachTheirFields()
    {
        openWindow(std::make_unique<MemorySecretStore>());
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        PipelineAuthForm* auth = dialog->authForm();
        auth->kindBox()->setCurrentIndex(auth->kindBox()->findText(QStringLiteral("API key")));
        QApplication::setActiveWindow(dialog);
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        dialog->nameEdit()->setFocus();
        QTRY_COMPARE(QApplication::focusWidget(), dialog->nameEdit());
        QStringList order;
        for (int i = 0; i < 14 && QApplication::focusWidget(); ++i) {
            order << QApplication::focusWidget()->objectName();
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        const QStringList expected{QStringLiteral("newPipelineName"), QStringLiteral("startFrom"),
                                   QStringLiteral("baseUrl"), QStringLiteral("firstEndpointPath"),
                                   QStringLiteral("authKind"), QStringLiteral("auth_name"),
                                   QStringLiteral("authLocation"), QStringLiteral("auth_api_key"),
                                   QStringLiteral("authSecretName"),
                                   QStringLiteral("destinationKind"),
                                   QStringLiteral("databasePath"), QStringLiteral("browseDatabase"),
                                   // Create is disabled until the key is typed.
                                   QStringLiteral("cancelButton")};
        QCOMPARE(order.mid(0, expected.size()), expected);
        // Alt+S reaches the start's list, Alt+F the SQLite file.
        QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("startFrom"));
        QTest::keyClick(dialog, Qt::Key_F, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("databasePath"));
    }

    void theSignInChosenStaysWhenTheStartChanges()
    {
        openWindow(std::make_unique<MemorySecretStore>());
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        PipelineAuthForm* auth = dialog->authForm();
        auth->kindBox()->setCurrentIndex(auth->kindBox()->findText(QStringLiteral("Bearer token")));
        // A bearer token is a secret like the others: none typed, no Create.
        type(dialog, "baseUrl", QStringLiteral("https://api.example/"));
        type(dialog, "firstEndpointPath", QStringLiteral("things"));
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY2(problemOf(dialog).contains(QStringLiteral("Type the secret")),
                 qPrintable(problemOf(dialog)));
        QTest::keyClicks(auth->field(QStringLiteral("token")), QStringLiteral("t0k"));
        dialog->setStart(NewPipelineDialog::DltConfig);
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        QCOMPARE(auth->kind(), PipelineAuthForm::Bearer);
        // Also through a preset, which offers only connections meanwhile.
        dialog->setStart(NewPipelineDialog::SandboxPreset);
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        QCOMPARE(auth->kind(), PipelineAuthForm::Bearer);
        QCOMPARE(auth->field(QStringLiteral("token"))->text(), QStringLiteral("t0k"));
    }

    void theMissingBaseUrlIsSaidFirst()
    {
        openWindow(std::make_unique<MemorySecretStore>());
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        PipelineAuthForm* auth = dialog->authForm();
        auth->kindBox()->setCurrentIndex(auth->kindBox()->findText(QStringLiteral("API key")));
        QCOMPARE(problemOf(dialog), QStringLiteral("Type the base URL of the API."));
    }

    void aSecretAnotherPipelineUsesIsNeverReplaced()
    {
        openWindow(std::make_unique<KeychainSecretStore>());
        const auto make = [this](const QString& name, const QString& value) {
            NewPipelineDialog* dialog = openDialog();
            dialog->setStart(NewPipelineDialog::EmptyPipeline);
            type(dialog, "newPipelineName", name);
            type(dialog, "baseUrl", QStringLiteral("https://shop.example/api/"));
            type(dialog, "firstEndpointPath", QStringLiteral("orders"));
            PipelineAuthForm* auth = dialog->authForm();
            auth->kindBox()->setCurrentIndex(
                auth->kindBox()->findText(QStringLiteral("Bearer token")));
            auth->field(QStringLiteral("secret_name"))->clear();
            QTest::keyClicks(auth->field(QStringLiteral("secret_name")),
                             QStringLiteral("shop_token"));
            QTest::keyClicks(auth->field(QStringLiteral("token")), value);
            QTest::mouseClick(createButton(dialog), Qt::LeftButton);
            return dialog;
        };
        make(QStringLiteral("shop"), QStringLiteral("first-value"));
        QTRY_VERIFY(QFile::exists(pipelinePath(QStringLiteral("shop"))));
        NewPipelineDialog* second = make(QStringLiteral("shop2"), QStringLiteral("second-value"));
        QTRY_VERIFY(problemOf(second).startsWith(QStringLiteral("Not created")));
        QVERIFY2(problemOf(second).contains(QStringLiteral("\"shop\" already uses")),
                 qPrintable(problemOf(second)));
        QVERIFY(!QFile::exists(pipelinePath(QStringLiteral("shop2"))));
        QCOMPARE(keychainValue(QStringLiteral("shop_token")), QByteArray("first-value"));
    }

    void theDialogStaysWhileThePipelineIsCreated()
    {
        openWindow(std::make_unique<KeychainSecretStore>());
        NewPipelineDialog* dialog =
            emptyWithBearer(QStringLiteral("patient"), QStringLiteral("t0k"));
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        // The keychain answers later: Escape and Cancel wait for it.
        QVERIFY(
            !dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->isEnabled());
        QTest::keyClick(dialog, Qt::Key_Escape);
        dialog->reject();
        QVERIFY(dialog->isVisible());
        QTRY_VERIFY(QFile::exists(pipelinePath(QStringLiteral("patient"))));
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(),
                     QStringLiteral("patient"));
    }

    void aPlainHttpBaseUrlWithCredentialsGetsTheCliMessage()
    {
        openWindow(std::make_unique<KeychainSecretStore>());
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        type(dialog, "baseUrl", QStringLiteral("http://api.example/"));
        type(dialog, "firstEndpointPath", QStringLiteral("things"));
        PipelineAuthForm* auth = dialog->authForm();
        auth->kindBox()->setCurrentIndex(auth->kindBox()->findText(QStringLiteral("Bearer token")));
        QTest::keyClicks(auth->field(QStringLiteral("token")), QStringLiteral("t0k"));
        QVERIFY(!createButton(dialog)->isEnabled());
        QVERIFY2(problemOf(dialog).startsWith(QStringLiteral("source.client.base_url")),
                 qPrintable(problemOf(dialog)));
    }

    void aDltConfigIsImportedUnderTheChosenNameAndFile()
    {
        openWindow(std::make_unique<KeychainSecretStore>());
        const QString config = m_home->filePath(QStringLiteral("github.json"));
        QFile file(config);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"client\": {\"base_url\": \"https://api.github.com/\", "
                   "\"auth\": {\"type\": \"bearer\", \"token\": \"ghp_s3cr3t\"}}, "
                   "\"resources\": [\"issues\", \"pulls\"]}");
        file.close();
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::DltConfig);
        QVERIFY(!dialog->authForm()->isVisible());
        FileChooser::setNextFileName(config);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("browseConfig")),
                          Qt::LeftButton);
        QCOMPARE(dialog->nameEdit()->text(), QStringLiteral("github"));
        const QString database = m_home->filePath(QStringLiteral("elsewhere/gh.sqlite"));
        FileChooser::setNextFileName(database);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("browseDatabase")),
                          Qt::LeftButton);
        QVERIFY2(createButton(dialog)->isEnabled(), qPrintable(problemOf(dialog)));
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(),
                     QStringLiteral("github"));
        QCOMPARE(m_window->pipelinePage()->endpoints()->rowCount(), 2);
        const QByteArray written = readFile(pipelinePath(QStringLiteral("github")));
        QVERIFY(!written.contains("ghp_s3cr3t"));
        QCOMPARE(QJsonDocument::fromJson(written)
                     .object()
                     .value(QStringLiteral("destination"))
                     .toObject()
                     .value(QStringLiteral("path")),
                 QJsonValue(database));
    }

    void grantlineCliRunsAPipelineMadeOnlyInTheWindow()
    {
        openWindow(std::make_unique<KeychainSecretStore>());
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        type(dialog, "newPipelineName", QStringLiteral("hubs-api"));
        const QString base = m_sandbox->baseUrl().toString(QUrl::StripTrailingSlash);
        type(dialog, "baseUrl", base + u'/');
        type(dialog, "firstEndpointPath", QStringLiteral("project/v1/hubs"));
        PipelineAuthForm* auth = dialog->authForm();
        auth->kindBox()->setCurrentIndex(
            auth->kindBox()->findText(QStringLiteral("OAuth client credentials")));
        QTest::keyClicks(auth->field(QStringLiteral("access_token_url")),
                         base + QStringLiteral("/authentication/v2/token"));
        QTest::keyClicks(auth->field(QStringLiteral("client_id")),
                         QStringLiteral("sandbox-server-app"));
        QTest::keyClicks(auth->field(QStringLiteral("client_secret")),
                         QStringLiteral("sandbox-server-secret"));
        QTest::keyClicks(auth->field(QStringLiteral("scope")), QStringLiteral("data:read"));
        QVERIFY2(createButton(dialog)->isEnabled(), qPrintable(problemOf(dialog)));
        QTest::mouseClick(createButton(dialog), Qt::LeftButton);
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(),
                     QStringLiteral("hubs-api"));
        // The data selector set in the table, saved with Ctrl+S.
        PipelinePage* page = m_window->pipelinePage();
        QTableView* table = page->endpointTable();
        QVERIFY(table->model()->setData(
            table->model()->index(0, EndpointTableModel::DataSelectorColumn),
            QStringLiteral("data")));
        QVERIFY(page->save());
        QCOMPARE(runStateOf(QStringLiteral("hubs-api")), QStringLiteral("Never run"));
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRANTLINE_HOME"), m_home->path());
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GRANTLINE_CLI_PATH),
                  {QStringLiteral("run"), QStringLiteral("hubs-api")});
        // The event loop turns meanwhile: this process serves the sandbox.
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(cli.exitCode() == 0, err.constData());
        QVERIFY(!err.contains("sandbox-server-secret"));
        int hubs = 0;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(m_home->filePath(QStringLiteral("data/hubs-api.sqlite")));
            QVERIFY(db.open());
            QSqlQuery count(QStringLiteral("SELECT count(*) FROM hubs"), db);
            QVERIFY(count.next());
            QVERIFY2(count.value(0).toInt() > 0, "no hubs loaded");
            hubs = count.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        // The window sees the run it did not start: the dot and the table.
        QTRY_COMPARE(runStateOf(QStringLiteral("hubs-api")), QStringLiteral("Last run loaded"));
        const QModelIndex rows = table->model()->index(0, EndpointTableModel::LastRunRowsColumn);
        QTRY_COMPARE(rows.data().toLongLong(), qint64(hubs));
        QVERIFY(table->model()->index(0, EndpointTableModel::LastRunTimeColumn).data().isValid());
        // A run in progress elsewhere (its marker names a live process).
        QProcess other;
        other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        QFile marker(m_home->filePath(QStringLiteral("pipelines/.hubs-api.running")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write(QByteArray::number(other.processId()));
        marker.close();
        QTRY_COMPARE(runStateOf(QStringLiteral("hubs-api")), QStringLiteral("Running"));
        // Renamed or removed now, the run's record would be lost: refused.
        QMenu* menu = m_window->pipelineMenu(QStringLiteral("hubs-api"));
        menu->findChild<QAction*>(QStringLiteral("renamePipeline"))->trigger();
        menu->findChild<QAction*>(QStringLiteral("removePipeline"))->trigger();
        delete menu;
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("in progress")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(QFile::exists(pipelinePath(QStringLiteral("hubs-api"))));
        other.kill();
        QVERIFY(other.waitForFinished());
        m_window->updatePipelines();
        QCOMPARE(runStateOf(QStringLiteral("hubs-api")), QStringLiteral("Last run loaded"));
    }
};

QTEST_MAIN(TestNewPipeline)
#include "tst_newpipeline.moc"
