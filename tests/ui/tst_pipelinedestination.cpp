// Where a pipeline's data goes, as a person sets it in the window: New
// Pipeline choosing the suite's own PostgreSQL server, Test Connection
// answering in a sentence (a wrong password, then the right one), Create
// putting the password in the real keychain and only "{secrets.NAME}" in the
// file, a run from the window loading into the server; and the Destination…
// dialog (Ctrl+Shift+D) moving a pipeline from its SQLite file to the server
// and testing with the password the keychain holds. Real widgets, offscreen.
#include "AccessibleNames.h"
#include "PostgresServer.h"
#include "SecretsNow.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/SecretPrompt.h"
#include "dashboard/Dashboard.h"
#include "http/HttpServer.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "pipeline/DestinationDialog.h"
#include "pipeline/DestinationForm.h"
#include "pipeline/NewPipelineDialog.h"
#include "pipeline/PipelineAuthForm.h"
#include "pipeline/PipelinePage.h"
#include "run/RunJob.h"
#include "run/RunPanel.h"
#include "secrets/KeychainSecretStore.h"
#include "source/SecretLookupJob.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"Gui-pg-Pa55"_s;

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPipelineDestination : public QObject
{
    Q_OBJECT

    PostgresServer m_server;
    HttpServer m_api;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    void openWindow()
    {
        m_window.reset();
        m_context =
            std::make_unique<AppContext>(m_home->path(), std::make_unique<KeychainSecretStore>());
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    NewPipelineDialog* openDialog()
    {
        m_window->findChild<QAction*>(u"actionNewPipeline"_s)->trigger();
        return m_window->findChild<NewPipelineDialog*>();
    }

    static void type(QLineEdit* edit, const QString& text)
    {
        edit->clear();
        QTest::keyClicks(edit, text);
    }

    // Test Connection clicked; the sentence it ends with.
    static QString testConnection(DestinationForm* form)
    {
        QSignalSpy tested(form, &DestinationForm::tested);
        QTest::mouseClick(form->testButton(), Qt::LeftButton);
        if (!tested.wait(20000)) {
            return u"(no answer)"_s;
        }
        return form->testResult()->text();
    }

    QString value(const QString& sql)
    {
        QString error;
        const std::optional<QString> result = m_server.execute(sql, &error, u"loader"_s);
        return result ? *result : u"error: "_s + error;
    }

    QByteArray keychainValue(const QString& name)
    {
        return SecretsNow::read(m_context->secrets(), SecretLookupJob::keychainKey(name))
            .value_or(QByteArray());
    }

    // An empty pipeline over this process's API, its data into the server.
    NewPipelineDialog* newServerPipeline(const QString& name)
    {
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        type(dialog->nameEdit(), name);
        type(dialog->findChild<QLineEdit*>(u"baseUrl"_s),
             u"http://127.0.0.1:%1/"_s.arg(m_api.port()));
        type(dialog->findChild<QLineEdit*>(u"firstEndpointPath"_s), u"things"_s);
        DestinationForm* form = dialog->destinationForm();
        form->kindBox()->setCurrentIndex(DestinationForm::PostgresServer);
        type(form->urlEdit(), m_server.url(u"loader"_s, u"loader"_s));
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GrantlineTests"_s);
        QCoreApplication::setApplicationName(u"tst_pipelinedestination"_s);
        if (qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") != QLatin1String("1")) {
            QFAIL("Run through ctest, which starts a private gnome-keyring.");
        }
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY2(m_server.createUser(u"loader"_s, kPassword, &error), qPrintable(error));
        m_api.setHandler([](const HttpRequest&, HttpConnection* connection) {
            const QJsonArray things{
                QJsonObject{{u"id"_s, 1}, {u"name"_s, u"one"_s}, {u"tags"_s, QJsonArray{u"a"_s}}},
                QJsonObject{{u"id"_s, 2}, {u"name"_s, u"two"_s}}};
            connection->respond(HttpResponse::json(200, QJsonDocument(things)));
        });
        QVERIFY(m_api.listen(QHostAddress::LocalHost, 0));
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

    void aNewPipelineLoadsIntoTheServerWithItsPasswordInTheKeychain()
    {
        openWindow();
        NewPipelineDialog* dialog = newServerPipeline(u"warehouse"_s);
        DestinationForm* form = dialog->destinationForm();
        QCOMPARE(form->datasetEdit()->text(), u"warehouse_dataset"_s);
        QVERIFY(!form->pathEdit()->isVisible());
        QVERIFY(form->urlEdit()->isVisible());
        const QStringList unnamed = unnamedControls(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
        // A password written into the URL is refused before anything is made.
        type(form->urlEdit(),
             u"postgresql://loader:%1@127.0.0.1:%2/loader"_s.arg(kPassword).arg(m_server.port()));
        auto* create = dialog->findChild<QPushButton*>(u"createButton"_s);
        QVERIFY(!create->isEnabled());
        const QString refusal = dialog->findChild<QLabel*>(u"newPipelineProblem"_s)->text();
        QVERIFY2(refusal.contains(u"holds a password in plain text"_s), qPrintable(refusal));
        QVERIFY(!refusal.contains(kPassword));
        QVERIFY(!QJsonDocument(form->destinationJson()).toJson().contains(kPassword.toUtf8()));
        type(form->urlEdit(), m_server.url(u"loader"_s, u"loader"_s));
        // A wrong password: the test says so in a sentence.
        type(form->passwordEdit(), u"wrong-one"_s);
        const QString refused = testConnection(form);
        QVERIFY2(refused.startsWith(u"The PostgreSQL server at 127.0.0.1:%1 did not accept the "
                                    "password of user \"loader\"."_s.arg(m_server.port())),
                 qPrintable(refused));
        // Nothing typed and no secret named: dlt's environment name, as a run has it.
        form->passwordEdit()->clear();
        qputenv("DESTINATION__POSTGRES__CREDENTIALS__PASSWORD", kPassword.toUtf8());
        const QString fromEnvironment = testConnection(form);
        qunsetenv("DESTINATION__POSTGRES__CREDENTIALS__PASSWORD");
        QVERIFY2(fromEnvironment.startsWith(u"Connected to PostgreSQL "_s),
                 qPrintable(fromEnvironment));
        type(form->passwordEdit(), kPassword);
        const QString found = testConnection(form);
        QVERIFY2(found.startsWith(u"Connected to PostgreSQL "_s)
                     && found.contains(u"the first load creates the schema warehouse_dataset"_s),
                 qPrintable(found));
        QVERIFY2(create->isEnabled(),
                 qPrintable(dialog->findChild<QLabel*>(u"newPipelineProblem"_s)->text()));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(), u"warehouse"_s);

        const QString path = m_home->filePath(u"pipelines/warehouse.json"_s);
        const QJsonObject file = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(file[u"destination"_s].toObject(),
                 (QJsonObject{{u"type"_s, u"postgres"_s},
                              {u"credentials"_s, m_server.url(u"loader"_s, u"loader"_s)},
                              {u"password"_s, u"{secrets.warehouse_postgres_password}"_s}}));
        QCOMPARE(file[u"dataset_name"_s].toString(), u"warehouse_dataset"_s);
        QVERIFY(!readFile(path).contains(kPassword.toUtf8()));
        QCOMPARE(keychainValue(u"warehouse_postgres_password"_s), kPassword.toUtf8());

        // F5: the run loads into the server; Open Data is not offered.
        PipelinePage* page = m_window->pipelinePage();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page->endpointTable()->setFocus();
        RunPanel* panel = page->runPanel();
        QSignalSpy finished(panel, &RunPanel::finished);
        QTest::keyClick(page->endpointTable(), Qt::Key_F5);
        QVERIFY(panel->isRunning());
        QVERIFY(finished.wait(30000));
        const QString result = panel->findChild<QPlainTextEdit*>(u"loadInfo"_s)->toPlainText()
            + panel->findChild<QLabel*>(u"runStatus"_s)->text();
        QVERIFY2(result.contains(u"loaded to destination postgres and into dataset "
                                 "warehouse_dataset"_s),
                 qPrintable(result));
        QVERIFY2(
            result.contains(u"postgresql://loader:***@127.0.0.1:%1/loader"_s.arg(m_server.port())),
            qPrintable(result));
        QVERIFY(!result.contains(kPassword));
        QCOMPARE(value(u"SELECT string_agg(name, ',' ORDER BY id) FROM warehouse_dataset.things"_s),
                 u"one,two"_s);
        QCOMPARE(value(u"SELECT count(*) FROM warehouse_dataset.things__tags"_s), u"1"_s);
        QVERIFY(!panel->findChild<QPushButton*>(u"openDataButton"_s)->isVisible());
        // The Data tab says where the data is and how to open it there.
        Dashboard* data = page->showData();
        QVERIFY(data->notice()->isVisible());
        const QString notice = data->notice()->text();
        QVERIFY2(notice.startsWith(u"This pipeline loads into the schema warehouse_dataset of "
                                   "database loader on 127.0.0.1:%1"_s.arg(m_server.port())),
                 qPrintable(notice));
        QVERIFY2(notice.contains(u"psql \"%1\""_s.arg(m_server.url(u"loader"_s, u"loader"_s))),
                 qPrintable(notice));
        QVERIFY2(notice.contains(u"SET search_path TO \"warehouse_dataset\";"_s),
                 qPrintable(notice));
        QVERIFY(!notice.contains(kPassword));
        // Removing the pipeline leaves its data on the server, and says so.
        Confirmation::setNextAnswer(Confirmation::Answer::Cancelled);
        std::unique_ptr<QMenu> menu(m_window->pipelineMenu(u"warehouse"_s));
        menu->findChild<QAction*>(u"removePipeline"_s)->trigger();
        const QString question = Confirmation::lastQuestion().text;
        QVERIFY2(question.endsWith(u"stays in schema warehouse_dataset of database loader on "
                                   "127.0.0.1:%1."_s.arg(m_server.port())),
                 qPrintable(question));
    }

    void theDestinationDialogMovesAPipelineToTheServer()
    {
        openWindow();
        NewPipelineDialog* dialog = openDialog();
        dialog->setStart(NewPipelineDialog::EmptyPipeline);
        type(dialog->nameEdit(), u"moving"_s);
        type(dialog->findChild<QLineEdit*>(u"baseUrl"_s),
             u"http://127.0.0.1:%1/"_s.arg(m_api.port()));
        type(dialog->findChild<QLineEdit*>(u"firstEndpointPath"_s), u"things"_s);
        QCOMPARE(dialog->destinationForm()->kind(), DestinationForm::SqliteFile);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"createButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(), u"moving"_s);
        PipelinePage* page = m_window->pipelinePage();

        // Ctrl+Shift+D from the endpoint table.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page->endpointTable()->setFocus();
        QTest::keyClick(page->endpointTable(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        auto* settings = page->findChild<DestinationDialog*>();
        QVERIFY(settings);
        DestinationForm* form = settings->form();
        QCOMPARE(form->kind(), DestinationForm::SqliteFile);
        const QStringList unnamed = unnamedControls(settings);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
        // Alt+G reaches where the data goes.
        QApplication::setActiveWindow(settings);
        QVERIFY(QTest::qWaitForWindowActive(settings));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_G, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), form->kindBox());
        form->kindBox()->setCurrentIndex(DestinationForm::PostgresServer);
        type(form->urlEdit(), m_server.url(u"loader"_s, u"loader"_s));
        // A dataset name dlt would change: the schema it becomes is said at once.
        type(form->datasetEdit(), u"Moved Data"_s);
        QVERIFY2(form->testResult()->text().contains(u"the schema moved_data"_s),
                 qPrintable(form->testResult()->text()));
        type(form->datasetEdit(), u"moved"_s);
        QVERIFY(form->testResult()->text().isEmpty());
        type(form->passwordEdit(), kPassword);
        auto* save = settings->findChild<QPushButton*>(u"saveDestination"_s);
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!settings->isVisible());
        QVERIFY(page->hasUnsavedChanges());
        QVERIFY(page->save());
        const QString path = m_home->filePath(u"pipelines/moving.json"_s);
        const QJsonObject file = QJsonDocument::fromJson(readFile(path)).object();
        QCOMPARE(file[u"destination"_s].toObject()[u"type"_s].toString(), u"postgres"_s);
        QCOMPARE(file[u"dataset_name"_s].toString(), u"moved"_s);
        QVERIFY(!readFile(path).contains(kPassword.toUtf8()));
        QCOMPARE(keychainValue(u"moving_postgres_password"_s), kPassword.toUtf8());

        // Opened again: the server, and a test with the password the keychain holds.
        auto* again = page->editDestination();
        QVERIFY(again);
        QCOMPARE(again->form()->kind(), DestinationForm::PostgresServer);
        QVERIFY(again->form()->passwordEdit()->text().isEmpty());
        QVERIFY2(again->form()->passwordEdit()->placeholderText().contains(
                     u"stored in the keychain as secret/moving_postgres_password"_s),
                 qPrintable(again->form()->passwordEdit()->placeholderText()));
        const QString found = testConnection(again->form());
        QVERIFY2(found.contains(u"the first load creates the schema moved"_s), qPrintable(found));
        again->reject();
    }

    void aServerThatDoesNotAnswerIsAdviceAfterTheRun()
    {
        openWindow();
        NewPipelineDialog* dialog = newServerPipeline(u"nowhere"_s);
        type(dialog->destinationForm()->urlEdit(),
             u"postgresql://loader@127.0.0.1:%1/loader?connect_timeout=3"_s.arg(m_server.port()
                                                                                + 1));
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"createButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(), u"nowhere"_s);
        PipelinePage* page = m_window->pipelinePage();
        RunPanel* panel = page->runPanel();
        QSignalSpy finished(panel, &RunPanel::finished);
        QVERIFY(page->run());
        QVERIFY(finished.wait(30000));
        const QString problem = panel->findChild<QLabel*>(u"runProblem"_s)->text();
        QVERIFY2(problem.startsWith(u"The PostgreSQL server could not be reached or went away"_s),
                 qPrintable(problem));
        QVERIFY2(problem.contains(
                     u"No PostgreSQL server answers at 127.0.0.1:%1."_s.arg(m_server.port() + 1)),
                 qPrintable(problem));
        QVERIFY(panel->findChild<QPushButton*>(u"nextStepButton"_s)->isVisible());
    }

    void aRefusedPasswordIsStoredAnewFromThePanelAndTheRunGoesAgain()
    {
        openWindow();
        NewPipelineDialog* dialog = newServerPipeline(u"refused"_s);
        type(dialog->destinationForm()->passwordEdit(), u"not-the-password"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"createButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(), u"refused"_s);
        PipelinePage* page = m_window->pipelinePage();
        RunPanel* panel = page->runPanel();
        QSignalSpy finished(panel, &RunPanel::finished);
        QVERIFY(page->run());
        QVERIFY(finished.wait(30000));
        const QString problem = panel->findChild<QLabel*>(u"runProblem"_s)->text();
        QVERIFY2(problem.startsWith(u"The PostgreSQL server refused the pipeline's user or its "
                                    "password, the secret refused_postgres_password."_s),
                 qPrintable(problem));
        auto* next = panel->findChild<QPushButton*>(u"nextStepButton"_s);
        QVERIFY(next->isVisible());
        QVERIFY2(next->text().contains(u"refused_postgres_password"_s), qPrintable(next->text()));
        // The right password, stored from the panel: the run goes again and loads.
        SecretPrompt::setNextAnswer(
            SecretPrompt::Answer{u"refused_postgres_password"_s, kPassword});
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        QTest::mouseClick(next, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QVERIFY2(panel->lastRun()->error() == Job::NoError,
                 qPrintable(panel->lastRun()->errorText()));
        QCOMPARE(keychainValue(u"refused_postgres_password"_s), kPassword.toUtf8());
        QCOMPARE(value(u"SELECT count(*) FROM refused_dataset.things"_s), u"2"_s);
    }

    void aServerWithoutAFreeConnectionIsAdviceToRunAgain()
    {
        openWindow();
        NewPipelineDialog* dialog = newServerPipeline(u"crowded"_s);
        type(dialog->destinationForm()->passwordEdit(), kPassword);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"createButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_window->findChild<NavigationTree*>()->currentPipeline(), u"crowded"_s);
        PipelinePage* page = m_window->pipelinePage();
        RunPanel* panel = page->runPanel();
        QSignalSpy finished(panel, &RunPanel::finished);
        QVERIFY(m_server.execute(u"ALTER ROLE loader CONNECTION LIMIT 0"_s));
        const bool started = page->run();
        const bool ended = started && finished.wait(30000);
        QVERIFY(m_server.execute(u"ALTER ROLE loader CONNECTION LIMIT -1"_s));
        QVERIFY(ended);
        const QString problem = panel->findChild<QLabel*>(u"runProblem"_s)->text();
        QVERIFY2(problem.startsWith(u"The PostgreSQL server had no connection free for the "
                                    "pipeline's user"_s),
                 qPrintable(problem));
        QVERIFY2(problem.contains(u"has no connection free for user \"loader\" now"_s),
                 qPrintable(problem));
        QVERIFY(!problem.contains(u"holds its lock"_s));
    }

    void cleanupTestCase()
    {
        m_server.stop();
    }
};

QTEST_MAIN(TestPipelineDestination)
#include "tst_pipelinedestination.moc"
