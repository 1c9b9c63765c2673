// Pipelines in the window: the home's pipeline files listed in the
// navigation, a pipeline's page with its endpoint table, edits saved with
// Ctrl+S and undone with Ctrl+Z, a refused edit shown with grantline-cli's
// message, a change on disk offered and never applied silently, and unsaved
// changes asked about before they are dropped. Real widgets, offscreen.
#include "AccessibleNames.h"
#include "Screenshots.h"
#include "SecretsNow.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/FileChooser.h"
#include "common/TextPrompt.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "pipeline/DltImport.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/PipelinePage.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "source/DltScriptWriter.h"
#include "source/PipelineDocument.h"
#include "source/SecretLookupJob.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

} // namespace

class TestPipelinePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_sandboxPath;

    PipelinePage* page() const
    {
        return m_window->pipelinePage();
    }

    QTableView* table() const
    {
        return page()->endpointTable();
    }

    QModelIndex cell(int row, int column) const
    {
        return table()->model()->index(row, column);
    }

    // The view's row of a resource (the table may be sorted).
    int rowOf(const QString& name) const
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            if (cell(row, EndpointTableModel::NameColumn).data().toString() == name) {
                return row;
            }
        }
        return -1;
    }

    void openSandbox()
    {
        auto* navigation = m_window->findChild<NavigationTree*>();
        navigation->selectPipeline(QStringLiteral("sandbox"));
        auto* pages = m_window->findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QCOMPARE(pages->currentWidget(), page());
        QVERIFY(page()->document());
        table()->setFocus();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantlineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_pipelinepage"));
    }

    void init()
    {
        QSettings().clear();
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("pipelines")));
        m_sandboxPath = m_home->filePath(QStringLiteral("pipelines/sandbox.json"));
        // The preset as grantline-cli preset writes it for a connection.
        QByteArray preset =
            readFile(QStringLiteral(GRANTLINE_SOURCE_DIR "/resources/presets/sandbox.json"));
        preset.replace("{connection.issuer}", "http://127.0.0.1:53682");
        writeFile(m_sandboxPath, preset);
        writeFile(m_home->filePath(QStringLiteral("pipelines/broken.json")),
                  "{\"pipeline_name\": ");
        m_context =
            std::make_unique<AppContext>(m_home->path(), std::make_unique<MemorySecretStore>());
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup()
    {
        // Nothing may stay unsaved to ask about when the window goes.
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        m_window.reset();
        m_context.reset();
    }

    void thePipelinesOfTheHomeAreListedAndOpen()
    {
        auto* navigation = m_window->findChild<NavigationTree*>();
        QTreeWidgetItem* section = navigation->pipelinesSection();
        QStringList names;
        for (int i = 0; i < section->childCount(); ++i) {
            if (!section->child(i)->isHidden()) {
                names << section->child(i)->text(0);
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("broken"), QStringLiteral("sandbox")}));
        // A file that cannot be read says so, and where.
        QCOMPARE(section->child(1)->data(0, Qt::AccessibleDescriptionRole).toString(),
                 QStringLiteral("Cannot be read"));
        QVERIFY(section->child(1)->toolTip(0).contains(QStringLiteral("line 1")));
        openSandbox();
        QCOMPARE(table()->model()->rowCount(), 6);
        QVERIFY(rowOf(QStringLiteral("item_versions")) >= 0);
        QCOMPARE(page()->findChild<QLabel*>(QStringLiteral("pipelinePath"))->text(), m_sandboxPath);
        // It reads cleanly: no problem shown.
        QVERIFY(!page()->findChild<QLabel*>(QStringLiteral("pipelineMessage"))->isVisible());
        m_window->resize(1100, 560);
        QVERIFY(Screenshots::save(*m_window, QStringLiteral("pipeline-endpoints")));
        const QStringList unnamed = unnamedViews(m_window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
    }

    void anEditIsSavedWithCtrlSAndUndoneWithCtrlZ()
    {
        openSandbox();
        const QByteArray before = readFile(m_sandboxPath);
        auto* save = page()->findChild<QAction*>(QStringLiteral("saveAction"));
        QVERIFY(!save->isEnabled());
        const int row = rowOf(QStringLiteral("signing_keys"));
        QVERIFY(table()->model()->setData(cell(row, EndpointTableModel::PathColumn),
                                          QStringLiteral("authentication/v2/keys?all=1")));
        QVERIFY(save->isEnabled());
        // Not on disk until saved.
        QCOMPARE(readFile(m_sandboxPath), before);
        QTest::keySequence(table(), QKeySequence::Save);
        QByteArray expected = before;
        expected.replace("\"authentication/v2/keys\"", "\"authentication/v2/keys?all=1\"");
        QCOMPARE(readFile(m_sandboxPath), expected);
        QVERIFY(!save->isEnabled());
        QTest::keySequence(table(), QKeySequence::Undo);
        QCOMPARE(page()->document()->bytes(), before);
        QVERIFY(save->isEnabled());
        QTest::keySequence(table(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
        QCOMPARE(page()->document()->bytes(), expected);
        QVERIFY(!page()->hasUnsavedChanges());
    }

    void aRefusedEditShowsTheCliMessage()
    {
        openSandbox();
        const QByteArray before = page()->document()->bytes();
        QVERIFY(!table()->model()->setData(
            cell(rowOf(QStringLiteral("hubs")), EndpointTableModel::WriteDispositionColumn),
            QStringLiteral("sometimes")));
        auto* message = page()->findChild<QLabel*>(QStringLiteral("pipelineMessage"));
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("write_disposition")),
                 qPrintable(message->text()));
        QCOMPARE(page()->document()->bytes(), before);
        QVERIFY(!page()->hasUnsavedChanges());
    }

    void aChangeOnDiskIsOfferedNotApplied()
    {
        openSandbox();
        const QByteArray before = page()->document()->bytes();
        QByteArray theirs = before;
        theirs.replace("\"page[limit]\": 200", "\"page[limit]\": 50");
        QVERIFY(theirs != before);
        writeFile(m_sandboxPath, theirs);
        auto* notice = page()->findChild<QWidget*>(QStringLiteral("diskNotice"));
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(page()->document()->bytes(), before);
        QTest::mouseClick(page()->findChild<QPushButton*>(QStringLiteral("reloadButton")),
                          Qt::LeftButton);
        QCOMPARE(page()->document()->bytes(), theirs);
        QVERIFY(!notice->isVisible());
    }

    void unsavedChangesAreAskedAboutBeforeLeaving()
    {
        openSandbox();
        const QByteArray before = readFile(m_sandboxPath);
        QVERIFY(table()->model()->setData(
            cell(rowOf(QStringLiteral("hubs")), EndpointTableModel::PathColumn),
            QStringLiteral("project/v1/hubs?x=1")));
        auto* navigation = m_window->findChild<NavigationTree*>();
        Confirmation::setNextAnswer(Confirmation::Answer::Cancelled);
        navigation->selectPipeline(QStringLiteral("broken"));
        // Kept: the page, its edit and the navigation stay on it.
        QCOMPARE(navigation->currentPipeline(), QStringLiteral("sandbox"));
        QVERIFY(page()->hasUnsavedChanges());
        QVERIFY(Confirmation::lastQuestion().text.contains(QStringLiteral("sandbox")));
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        navigation->selectPipeline(QStringLiteral("broken"));
        QCOMPARE(page()->pipeline(), QStringLiteral("broken"));
        QCOMPARE(readFile(m_sandboxPath), before);
    }

    void thePipelineIsExportedAsTheCliExportsIt()
    {
        openSandbox();
        const QString script = m_home->filePath(QStringLiteral("sandbox.py"));
        FileChooser::setNextFileName(script);
        QTest::keySequence(table(), QKeySequence(QStringLiteral("Ctrl+E")));
        const QByteArray written = readFile(script);
        const std::optional<PipelineFile> file = page()->document()->pipeline();
        QVERIFY(file);
        QCOMPARE(written,
                 DltScriptWriter::writeFor(*file, m_context->connections(),
                                           QStringLiteral("sandbox.json"))
                     .toUtf8());
        QVERIFY(written.contains("rest_api"));
        QVERIFY(
            page()->findChild<QLabel*>(QStringLiteral("pipelineMessage"))->text().contains(script));
        // Cancelled: nothing written, nothing said.
        QFile::remove(script);
        FileChooser::setNextFileName(QString());
        QTest::keySequence(table(), QKeySequence(QStringLiteral("Ctrl+E")));
        QVERIFY(!QFile::exists(script));
    }

    void aDltConfigBecomesAPipelineWithItsSecretInTheKeychain()
    {
        const QString config = m_home->filePath(QStringLiteral("my shop.json"));
        // A plain literal: moc does not read raw strings.
        writeFile(config,
                  "{\"client\": {\"base_url\": \"https://shop.example/api/\", "
                  "\"auth\": {\"type\": \"bearer\", \"token\": \"s3cr3t-t0ken\"}}, "
                  "\"resources\": [\"orders\", {\"name\": \"customers\", "
                  "\"endpoint\": {\"path\": \"customers\"}}]}");
        // Secrets kept only for the session would be lost at quit: refused.
        FileChooser::setNextFileName(config);
        m_window->findChild<QAction*>(QStringLiteral("actionImportDlt"))->trigger();
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("holds secrets")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("pipelines/my_shop.json"))));
        // Over the real keychain (the suite runs in a throwaway keyring session).
        QVERIFY(qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") == QLatin1String("1"));
        m_window.reset();
        m_context = std::make_unique<AppContext>(
            m_home->path(),
            std::make_unique<KeychainSecretStore>(QStringLiteral("grantline-tst-pipelinepage")));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        FileChooser::setNextFileName(config);
        m_window->findChild<QAction*>(QStringLiteral("actionImportDlt"))->trigger();
        auto* navigation = m_window->findChild<NavigationTree*>();
        QTRY_COMPARE(navigation->currentPipeline(), QStringLiteral("my_shop"));
        QCOMPARE(page()->pipeline(), QStringLiteral("my_shop"));
        QCOMPARE(page()->endpoints()->rowCount(), 2);
        const QByteArray written =
            readFile(m_home->filePath(QStringLiteral("pipelines/my_shop.json")));
        QVERIFY(!written.contains("s3cr3t-t0ken"));
        const QRegularExpressionMatch secret =
            QRegularExpression(QStringLiteral("\\{secrets\\.([A-Za-z0-9_]+)\\}"))
                .match(QString::fromUtf8(written));
        QVERIFY2(secret.hasMatch(), written.constData());
        QCOMPARE(SecretsNow::read(m_context->secrets(),
                                  SecretLookupJob::keychainKey(secret.captured(1))),
                 QByteArray("s3cr3t-t0ken"));
        // The same name again gets "-2"; a file that is not JSON is refused.
        QCOMPARE(DltImport::nameFor(config, m_home->path()), QStringLiteral("my_shop-2"));
        writeFile(config, "not json");
        FileChooser::setNextFileName(config);
        m_window->findChild<QAction*>(QStringLiteral("actionImportDlt"))->trigger();
        QVERIFY(
            m_window->statusBar()->currentMessage().contains(QStringLiteral("not a JSON object")));
        QVERIFY(!QFile::exists(m_home->filePath(QStringLiteral("pipelines/my_shop-2.json"))));
    }

    void theContextMenuRenamesDuplicatesAndRemoves()
    {
        openSandbox();
        auto* navigation = m_window->findChild<NavigationTree*>();
        const auto trigger = [this](const QString& pipeline, const char* action) {
            std::unique_ptr<QMenu> menu(m_window->pipelineMenu(pipeline));
            menu->findChild<QAction*>(QLatin1String(action))->trigger();
        };
        const QString folder = m_home->filePath(QStringLiteral("pipelines"));
        TextPrompt::setNextAnswer(QStringLiteral("shop"));
        trigger(QStringLiteral("sandbox"), "renamePipeline");
        QCOMPARE(navigation->currentPipeline(), QStringLiteral("shop"));
        QCOMPARE(page()->pipeline(), QStringLiteral("shop"));
        QVERIFY(QFile::exists(folder + QStringLiteral("/shop.json")));
        QVERIFY(!QFile::exists(m_sandboxPath));
        // A name that is not one is refused with the rule, and nothing moves.
        TextPrompt::setNextAnswer(QStringLiteral("../evil"));
        trigger(QStringLiteral("shop"), "renamePipeline");
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Not renamed")));
        QVERIFY(QFile::exists(folder + QStringLiteral("/shop.json")));
        QCOMPARE(page()->pipeline(), QStringLiteral("shop"));

        trigger(QStringLiteral("shop"), "duplicatePipeline");
        QCOMPARE(navigation->currentPipeline(), QStringLiteral("shop-copy"));
        QCOMPARE(readFile(folder + QStringLiteral("/shop-copy.json")),
                 readFile(folder + QStringLiteral("/shop.json")));

        Confirmation::setNextAnswer(Confirmation::Answer::Cancelled);
        trigger(QStringLiteral("shop-copy"), "removePipeline");
        QVERIFY(QFile::exists(folder + QStringLiteral("/shop-copy.json")));
        // The question says where the data stays: the pipeline's own file.
        const QString question = Confirmation::lastQuestion().text;
        QVERIFY2(
            question.endsWith(QStringLiteral("the data it loaded stays in %1.")
                                  .arg(folder + QStringLiteral("/sandbox_data_management.sqlite"))),
            qPrintable(question));
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        trigger(QStringLiteral("shop-copy"), "removePipeline");
        QVERIFY(!QFile::exists(folder + QStringLiteral("/shop-copy.json")));
        QStringList names;
        for (int i = 0; i < navigation->pipelinesSection()->childCount(); ++i) {
            if (!navigation->pipelinesSection()->child(i)->isHidden()) {
                names << navigation->pipelinesSection()->child(i)->text(0);
            }
        }
        QCOMPARE(names, (QStringList{QStringLiteral("broken"), QStringLiteral("shop")}));
    }

    void theKeyboardReachesTheTableActions()
    {
        openSandbox();
        QTest::keySequence(table(), QKeySequence::Find);
        auto* filter = page()->findChild<QLineEdit*>(QStringLiteral("endpointFilter"));
        QVERIFY(filter->hasFocus());
        // Tab goes as the tab stands: the filter, its buttons, then the table.
        QStringList stops;
        for (QWidget* next = filter->nextInFocusChain(); next != table() && stops.size() < 50;
             next = next->nextInFocusChain()) {
            if (next->isVisible() && (next->focusPolicy() & Qt::TabFocus)) {
                stops << next->objectName();
            }
        }
        QVERIFY2(!stops.isEmpty(), "the table comes right after the filter");
        QCOMPARE(stops.first(), QStringLiteral("tickAllButton"));
        QCOMPARE(stops.last(), QStringLiteral("saveButton"));
        QTest::keyClicks(filter, QStringLiteral("signing"));
        QCOMPARE(table()->model()->rowCount(), 1);
        table()->setFocus();
        table()->selectRow(0);
        QTest::keySequence(table(), QKeySequence::Delete);
        QCOMPARE(table()->model()->rowCount(), 0);
        QCOMPARE(page()->endpoints()->rowCount(), 5);
        QTest::keySequence(table(), QKeySequence::Undo);
        QCOMPARE(page()->endpoints()->rowCount(), 6);
        // Several rows removed at once come back with one undo.
        filter->clear();
        const QByteArray before = page()->document()->bytes();
        table()->setFocus();
        table()->selectionModel()->select(
            QItemSelection(cell(rowOf(QStringLiteral("signing_keys")), 0),
                           cell(rowOf(QStringLiteral("signing_keys")), 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table()->selectionModel()->select(
            QItemSelection(cell(rowOf(QStringLiteral("item_versions")), 0),
                           cell(rowOf(QStringLiteral("item_versions")), 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QTest::keySequence(table(), QKeySequence::Delete);
        QCOMPARE(page()->endpoints()->rowCount(), 4);
        QTest::keySequence(table(), QKeySequence::Undo);
        QCOMPARE(page()->endpoints()->rowCount(), 6);
        QCOMPARE(page()->document()->bytes(), before);
    }
};

QTEST_MAIN(TestPipelinePage)
#include "tst_pipelinepage.moc"
