// The main window as a person first sees it: menus, navigation, the wizard
// a first start opens, the empty state and its button, driven with real
// widgets offscreen.
#include "AccessibleNames.h"
#include "common/AppContext.h"
#include "common/ConnectionRegistry.h"
#include "core/TranslationLoader.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "oauth/ConnectionStore.h"
#include "secrets/MemorySecretStore.h"
#include "wizard/ConnectionWizard.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItem>

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;

private Q_SLOTS:
    void theSamePipelinesKeepTheirRows()
    {
        NavigationTree tree;
        NavigationTree::PipelineEntry shop;
        shop.name = QStringLiteral("shop");
        tree.setPipelines({shop});
        QTreeWidgetItem* row = tree.pipelinesSection()->child(1);
        QCOMPARE(row->text(0), QStringLiteral("shop"));
        // Marked, since a new row may come back at the old one's address.
        row->setData(0, Qt::UserRole + 100, true);
        // The same list again (a folder event with nothing new): the same row.
        tree.setPipelines({shop});
        QVERIFY(tree.pipelinesSection()->child(1)->data(0, Qt::UserRole + 100).toBool());
        shop.runState = NavigationTree::RunState::Loaded;
        tree.setPipelines({shop});
        QCOMPARE(
            tree.pipelinesSection()->child(1)->data(0, Qt::AccessibleDescriptionRole).toString(),
            QStringLiteral("Last run loaded"));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantlineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    }

    void init()
    {
        QSettings().clear();
        m_home = std::make_unique<QTemporaryDir>();
        m_context =
            std::make_unique<AppContext>(m_home->path(), std::make_unique<MemorySecretStore>());
    }

    void cleanup()
    {
        m_context.reset();
    }

    void showsTheEmptyState()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.windowTitle(), QStringLiteral("Grantline"));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QVERIFY(pages);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));

        auto* title = window.findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
        QVERIFY(title);
        QVERIFY(title->isVisible());
        QCOMPARE(title->text(), QStringLiteral("No connections yet"));

        auto* description = window.findChild<QLabel*>(QStringLiteral("emptyStateDescription"));
        QVERIFY(description);
        QVERIFY(description->text().contains(QStringLiteral("Sandbox")));
        // The wrapped explanation gets all the lines it needs, none clipped.
        QVERIFY2(description->height() >= description->heightForWidth(description->width()),
                 qPrintable(QStringLiteral("%1 < %2")
                                .arg(description->height())
                                .arg(description->heightForWidth(description->width()))));

        auto* icon = window.findChild<QLabel*>(QStringLiteral("emptyStateIcon"));
        QVERIFY(icon);
        // The SVG icon only renders when the SVG image plugin is installed.
        QVERIFY(!icon->pixmap().isNull());
        QVERIFY(!window.windowIcon().isNull());

        auto* button = window.findChild<QPushButton*>(QStringLiteral("setUpConnectionButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), QStringLiteral("Set up a connection"));
    }

    void navigationListsConnectionsAndPipelines()
    {
        MainWindow window(m_context.get());
        QVERIFY2(unnamedViews(&window).isEmpty(), qPrintable(unnamedViews(&window).join(u',')));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
        QVERIFY(tree);
        QVERIFY(tree->isVisible());
        QCOMPARE(tree->topLevelItemCount(), 2);
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Connections"));
        QCOMPARE(tree->topLevelItem(1)->text(0), QStringLiteral("Pipelines"));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* section = tree->topLevelItem(i);
            QVERIFY(section->isExpanded());
            QVERIFY(!(section->flags() & Qt::ItemIsSelectable));
            // Nothing yet: only the disabled "No …" placeholder.
            QCOMPARE(section->childCount(), 1);
            QCOMPARE(section->child(0)->flags(), Qt::NoItemFlags);
        }
    }

    void menuBarHasFileAndHelp()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QList<QAction*> menus = window.menuBar()->actions();
        QCOMPARE(menus.size(), 2);
        QCOMPARE(menus.at(0)->text(), QStringLiteral("&File"));
        QCOMPARE(menus.at(1)->text(), QStringLiteral("&Help"));
        auto* statusBar = window.findChild<QStatusBar*>(QStringLiteral("statusBar"));
        QVERIFY(statusBar);
        QVERIFY(statusBar->isVisible());
    }

    void clickingSetUpAsksForANewConnection()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy requested(&window, &MainWindow::newConnectionRequested);
        auto* button = window.findChild<QPushButton*>(QStringLiteral("setUpConnectionButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        // The wizard opens on its first page, over the window.
        auto* wizard = window.findChild<ConnectionWizard*>();
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ConnectionWizard::ProviderPageId));
        QVERIFY(wizard->isModal());
        wizard->reject();
    }

    // As the README promises: a first start opens the wizard on the built-in
    // Sandbox; cancelling it leaves the empty page and its button.
    void firstStartOpensTheWizardOnTheSandbox()
    {
        MainWindow window(m_context.get());
        window.showAtStart();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionWizard* wizard = nullptr;
        QTRY_VERIFY((wizard = window.findChild<ConnectionWizard*>()) && wizard->isVisible());
        QCOMPARE(wizard->currentId(), int(ConnectionWizard::ProviderPageId));
        auto* sandbox = wizard->findChild<QRadioButton*>(QStringLiteral("provider_sandbox"));
        QVERIFY(sandbox);
        QVERIFY(sandbox->isChecked());

        wizard->reject();
        QTRY_VERIFY(!window.findChild<ConnectionWizard*>());
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pageStack"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
        QVERIFY(
            window.findChild<QPushButton*>(QStringLiteral("setUpConnectionButton"))->isVisible());
    }

    void startWithAConnectionOpensNoWizard()
    {
        Connection connection;
        connection.name = QStringLiteral("saved");
        connection.provider = QStringLiteral("sandbox");
        connection.endpoints.token = QUrl(QStringLiteral("http://127.0.0.1:1/token"));
        connection.client.clientId = QStringLiteral("sandbox-desktop-app");
        QString error;
        QVERIFY2(m_context->connections().save(connection, &error), qPrintable(error));
        m_context->registry()->reload();

        MainWindow window(m_context.get());
        window.showAtStart();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::qWait(200);
        QVERIFY(!window.findChild<ConnectionWizard*>());
    }

    void newConnectionShortcutAsksToo()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QSignalSpy requested(&window, &MainWindow::newConnectionRequested);
        QTest::keySequence(&window, QKeySequence::New);
        QCOMPARE(requested.count(), 1);
    }

    void geometryIsRememberedAcrossRuns()
    {
        {
            MainWindow window(m_context.get());
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(900, 600);
            QTRY_COMPARE(window.size(), QSize(900, 600));
            window.close();
        }
        MainWindow reopened(m_context.get());
        QCOMPARE(reopened.size(), QSize(900, 600));
    }

    void switchingLanguageRetranslatesLive()
    {
        MainWindow window(m_context.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* title = window.findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
        auto* tree = window.findChild<QTreeWidget*>(QStringLiteral("navigationTree"));
        QVERIFY(title && tree);

        TranslationLoader translations;
        QVERIFY(translations.load(QLocale(QLocale::French)));
        QTRY_COMPARE(title->text(), QStringLiteral("Aucune connexion pour l’instant"));
        QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Connexions"));

        QVERIFY(translations.load(QLocale(QLocale::English)));
        QTRY_COMPARE(title->text(), QStringLiteral("No connections yet"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
