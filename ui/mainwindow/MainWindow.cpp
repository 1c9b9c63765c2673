#include "mainwindow/MainWindow.h"

#include "core/Version.h"
#include "mainwindow/EmptyStatePage.h"
#include "mainwindow/NavigationTree.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QIcon>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
constexpr int kStatusMessageMs = 8000;
} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/grantline.svg")));
    setMinimumSize(640, 420);

    createActions();
    createMenus();
    createCentralArea();
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    // Until the connection wizard exists, say so instead of doing nothing.
    connect(this, &MainWindow::newConnectionRequested, this,
            &MainWindow::showNewConnectionUnavailable);

    retranslateUi();
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newConnectionAction = new QAction(this);
    m_newConnectionAction->setObjectName(QStringLiteral("actionNewConnection"));
    m_newConnectionAction->setShortcut(QKeySequence::New);
    connect(m_newConnectionAction, &QAction::triggered, this, &MainWindow::newConnectionRequested);

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("actionQuit"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("actionAbout"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("actionAboutQt"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newConnectionAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createCentralArea()
{
    m_navigation = new NavigationTree(this);

    m_emptyState = new EmptyStatePage(this);
    connect(m_emptyState, &EmptyStatePage::setUpConnectionRequested, this,
            &MainWindow::newConnectionRequested);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_pages->addWidget(m_emptyState);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 700});
    setCentralWidget(m_splitter);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Grantline"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newConnectionAction->setText(tr("&New Connection…"));
    m_newConnectionAction->setStatusTip(tr("Register an app and sign in to an API"));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Grantline"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        resize(1024, 680);
    }
    restoreState(settings.value(kStateKey).toByteArray());
    m_splitter->restoreState(settings.value(kSplitterKey).toByteArray());
}

void MainWindow::saveWindowState() const
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kSplitterKey, m_splitter->saveState());
}

void MainWindow::showNewConnectionUnavailable()
{
    statusBar()->showMessage(tr("The connection wizard is not part of this build yet."),
                             kStatusMessageMs);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Grantline"),
        tr("<h3>Grantline %1</h3>"
           "<p>Sign in to OAuth-protected REST APIs, load their data into a local SQLite "
           "file and browse it.</p>"
           "<p>Secrets are kept in your system keychain and nowhere else.</p>")
            .arg(QLatin1String(Grantline::kVersion)));
}
