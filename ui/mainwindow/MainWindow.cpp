#include "mainwindow/MainWindow.h"

#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/ConnectionActions.h"
#include "common/ConnectionRegistry.h"
#include "common/FileChooser.h"
#include "common/TextPrompt.h"
#include "connection/ConnectionPage.h"
#include "connection/EditConnectionDialog.h"
#include "connection/SignInDialog.h"
#include "core/Clock.h"
#include "core/Version.h"
#include "dashboard/DatabaseWindow.h"
#include "destination/LoadDestination.h"
#include "mainwindow/EmptyStatePage.h"
#include "mainwindow/NavigationTree.h"
#include "mainwindow/PipelineList.h"
#include "oauth/ConnectionStore.h"
#include "oauth/TokenStatus.h"
#include "pipeline/DltImport.h"
#include "pipeline/NewPipelineDialog.h"
#include "pipeline/PipelinePage.h"
#include "run/RunHistory.h"
#include "settings/SettingsDialog.h"
#include "source/PipelineFile.h"
#include "source/PipelineStore.h"
#include "wizard/ConnectionWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QIcon>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace {
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
constexpr int kStatusMessageMs = 8000;
constexpr int kStatusRefreshMs = 15000;
} // namespace

MainWindow::MainWindow(AppContext* context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_actions(new ConnectionActions(context, this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/grantline.svg")));
    setMinimumSize(720, 480);

    createActions();
    createMenus();
    createCentralArea();
    statusBar()->setObjectName(QStringLiteral("statusBar"));

    connect(this, &MainWindow::newConnectionRequested, this, &MainWindow::openConnectionWizard);
    ConnectionRegistry* registry = m_context->registry();
    connect(registry, &ConnectionRegistry::listChanged, this, &MainWindow::updateNavigation);
    connect(registry, &ConnectionRegistry::connectionChanged, this, &MainWindow::updateNavigation);
    connect(m_actions, &ConnectionActions::finished, this,
            [this](const QString& name, ConnectionActions::Action action, bool ok,
                   const QString& message) { onActionFinished(name, int(action), ok, message); });
    m_statusTimer->setInterval(kStatusRefreshMs);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateNavigation);
    m_statusTimer->start();

    retranslateUi();
    restoreWindowState();
    registry->reload();
    updatePipelines();
    startSandboxIfUsed();
}

void MainWindow::startSandboxIfUsed()
{
    // Saved sandbox connections need their provider back, on last time's port.
    const ConnectionRegistry* registry = m_context->registry();
    for (const QString& name : registry->names()) {
        const std::optional<Connection> connection = registry->connection(name);
        if (connection && connection->provider == QLatin1String("sandbox")) {
            m_context->startSandbox();
            return;
        }
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newConnectionAction = new QAction(this);
    m_newConnectionAction->setObjectName(QStringLiteral("actionNewConnection"));
    m_newConnectionAction->setShortcut(QKeySequence::New);
    connect(m_newConnectionAction, &QAction::triggered, this, &MainWindow::newConnectionRequested);

    m_newPipelineAction = new QAction(this);
    m_newPipelineAction->setObjectName(QStringLiteral("actionNewPipeline"));
    m_newPipelineAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+P")));
    connect(m_newPipelineAction, &QAction::triggered, this, &MainWindow::newPipeline);

    m_importDltAction = new QAction(this);
    m_importDltAction->setObjectName(QStringLiteral("actionImportDlt"));
    m_importDltAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+I")));
    connect(m_importDltAction, &QAction::triggered, this, &MainWindow::importDltConfig);

    m_openDatabaseAction = new QAction(this);
    m_openDatabaseAction->setObjectName(QStringLiteral("actionOpenDatabase"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, [this] { openDatabase(); });

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("actionSettings"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);

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
    m_fileMenu->addAction(m_newPipelineAction);
    m_fileMenu->addAction(m_importDltAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_fileMenu->addAction(m_settingsAction);
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
    m_connectionPage = new ConnectionPage(m_context, m_actions, this);
    m_pages->addWidget(m_connectionPage);
    m_pipelinePage = new PipelinePage(m_context, this);
    m_pipelineList = new PipelineList(m_context->connections().home(), this);
    connect(m_pipelineList, &PipelineList::changed, this, &MainWindow::showPipelineList);
    m_pages->addWidget(m_pipelinePage);
    connect(m_navigation, &NavigationTree::connectionSelected, this, &MainWindow::showConnection);
    connect(m_navigation, &NavigationTree::pipelineSelected, this, &MainWindow::showPipeline);
    connect(m_navigation, &NavigationTree::pipelineMenuRequested, this,
            [this](const QString& name, const QPoint& globalPos) {
                QMenu* menu = pipelineMenu(name);
                menu->setAttribute(Qt::WA_DeleteOnClose);
                menu->popup(globalPos);
            });
    connect(m_navigation, &NavigationTree::connectionMenuRequested, this,
            &MainWindow::showConnectionMenu);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    // The empty pipeline list has its way to a first pipeline.
    m_newPipelineButton = new QPushButton(this);
    m_newPipelineButton->setObjectName(QStringLiteral("newPipelineButton"));
    connect(m_newPipelineButton, &QPushButton::clicked, this, &MainWindow::newPipeline);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_navigation, 1);
    sideLayout->addWidget(m_newPipelineButton);
    m_splitter->addWidget(side);
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
    m_newPipelineAction->setText(tr("New &Pipeline…"));
    m_newPipelineAction->setStatusTip(
        tr("Make a pipeline from a preset, a dlt config or a base URL"));
    m_newPipelineButton->setText(tr("New Pipeline…"));
    m_newPipelineButton->setAccessibleName(tr("New pipeline"));
    m_importDltAction->setText(tr("&Import dlt Config…"));
    m_importDltAction->setStatusTip(
        tr("Make a pipeline from a dlt REST API config; its secrets go to the keychain"));
    m_openDatabaseAction->setText(tr("&Open Database…"));
    m_openDatabaseAction->setStatusTip(
        tr("Browse any SQLite file: one a pipeline loaded, or one dlt or anyone else made"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setStatusTip(tr("Sign-in port, browser, language and keychain"));
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
    if (!m_pipelinePage->confirmLeave()) {
        event->ignore();
        return;
    }
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

ConnectionPage* MainWindow::connectionPage() const
{
    return m_connectionPage;
}

void MainWindow::showAtStart()
{
    show();
    if (m_context->registry()->names().isEmpty()) {
        // Once the window is up, so the wizard opens over it, not before it.
        QTimer::singleShot(0, this, &MainWindow::openConnectionWizard);
    }
}

void MainWindow::openConnectionWizard()
{
    auto* wizard = new ConnectionWizard(m_context, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ConnectionWizard::connectionSaved, this, [this](const QString& name) {
        m_context->registry()->reload();
        m_navigation->selectConnection(name);
        statusBar()->showMessage(tr("Connection \"%1\" saved.").arg(name), kStatusMessageMs);
    });
    wizard->open();
}

void MainWindow::openSettings()
{
    auto* dialog = new SettingsDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateNavigation()
{
    const ConnectionRegistry* registry = m_context->registry();
    const QDateTime now = Clock::now();
    QList<NavigationTree::ConnectionEntry> entries;
    for (const QString& name : registry->names()) {
        NavigationTree::ConnectionEntry entry{name, TokenStatus::State::SignedOut, QString()};
        if (const auto secrets = registry->secrets(name)) {
            entry.state = TokenStatus::of(secrets->tokens, now);
            entry.toolTip = TokenStatus::describe(secrets->tokens, now);
        }
        if (!registry->problem(name).isEmpty()) {
            entry.toolTip = registry->problem(name);
        }
        entries.append(entry);
    }
    m_navigation->setConnections(entries);
    // A pipeline being looked at keeps the page.
    if (!m_navigation->currentPipeline().isEmpty()) {
        return;
    }
    if (m_navigation->currentConnection().isEmpty() && !entries.isEmpty()) {
        m_navigation->selectConnection(entries.first().name);
    }
    if (entries.isEmpty()) {
        m_pages->setCurrentWidget(m_emptyState);
    }
}

void MainWindow::updatePipelines()
{
    m_pipelineList->update();
}

void MainWindow::showPipelineList()
{
    const QList<PipelineOverview::Pipeline> pipelines = m_pipelineList->pipelines();
    m_navigation->setPipelines(PipelineList::entriesFor(pipelines));
    m_newPipelineButton->setVisible(pipelines.isEmpty());
    showLastRunsOfPage();
}

void MainWindow::showLastRunsOfPage()
{
    // From the list's own reading off the GUI thread, never the page's.
    for (const PipelineOverview::Pipeline& pipeline : m_pipelineList->pipelines()) {
        if (pipeline.file.name == m_pipelinePage->pipeline()) {
            m_pipelinePage->setLastRuns(pipeline.lastLoads);
            m_pipelinePage->setLastRunEnded(pipeline.lastRun ? pipeline.lastRun->finished
                                                             : QDateTime());
        }
    }
}

void MainWindow::newPipeline()
{
    auto* dialog = new NewPipelineDialog(m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->createdPipeline();
        updatePipelines();
        m_navigation->selectPipeline(name);
        statusBar()->showMessage(
            (QStringList{tr("Created the pipeline \"%1\".").arg(name)} + dialog->notes())
                .join(u' '));
    });
    dialog->open();
}

void MainWindow::showPipeline(const QString& name)
{
    if (name.isEmpty()) {
        return;
    }
    if (!leavePipelineFor(name)) {
        return;
    }
    if (m_pipelinePage->pipeline() != name) {
        m_pipelinePage->setPipeline(name,
                                    PipelineStore(m_context->connections().home()).pathFor(name));
        showLastRunsOfPage();
    }
    m_pages->setCurrentWidget(m_pipelinePage);
}

bool MainWindow::leavePipelineFor(const QString& pipeline)
{
    const QString open = m_pipelinePage->pipeline();
    if (open.isEmpty() || open == pipeline || m_pipelinePage->confirmLeave()) {
        return true;
    }
    // Stayed: the navigation shows the pipeline again.
    const QSignalBlocker quiet(m_navigation);
    m_navigation->selectPipeline(open);
    return false;
}

void MainWindow::importDltConfig()
{
    const QString path = FileChooser::openFileName(this, tr("Import a dlt config"), QString(),
                                                   tr("dlt REST API configs (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    auto* import = new DltImport(m_context, this);
    connect(
        import, &DltImport::finished, this,
        [this, import](const QString& name, const QString& error, const QStringList& notes) {
            import->deleteLater();
            if (!error.isEmpty()) {
                statusBar()->showMessage(tr("Not imported: %1").arg(error));
                return;
            }
            updatePipelines();
            m_navigation->selectPipeline(name);
            statusBar()->showMessage(
                (QStringList{tr("Imported as the pipeline \"%1\".").arg(name)} + notes).join(u' '));
        });
    import->start(path);
}

DatabaseWindow* MainWindow::openDatabase(const QString& chosen)
{
    const QString path = chosen.isEmpty()
        ? FileChooser::openFileName(this, tr("Open a Database"), QString(),
                                    tr("SQLite databases (*.db *.sqlite *.sqlite3 *.duckdb);;"
                                       "All files (*)"))
        : chosen;
    if (path.isEmpty()) {
        return nullptr;
    }
    // A window of its own: it lives until closed, or with the app.
    auto* window = new DatabaseWindow(m_context->connections().home(), path, this);
    window->setWindowFlag(Qt::Window);
    window->show();
    return window;
}

QMenu* MainWindow::pipelineMenu(const QString& name)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("pipelineMenu"));
    menu->addAction(tr("&Rename…"), this, [this, name] { renamePipeline(name); })
        ->setObjectName(QStringLiteral("renamePipeline"));
    menu->addAction(tr("&Duplicate"), this, [this, name] { duplicatePipeline(name); })
        ->setObjectName(QStringLiteral("duplicatePipeline"));
    menu->addSeparator();
    menu->addAction(tr("Re&move…"), this, [this, name] { removePipeline(name); })
        ->setObjectName(QStringLiteral("removePipeline"));
    return menu;
}

bool MainWindow::refuseWhileRunning(const QString& name)
{
    // Its run records where the file was: moved now, the record would be lost.
    const QString path = PipelineStore(m_context->connections().home()).pathFor(name);
    if (!RunHistory(path).isRunning()) {
        return false;
    }
    statusBar()->showMessage(
        tr("A run of \"%1\" is in progress; try again once it has ended.").arg(name));
    return true;
}

void MainWindow::renamePipeline(const QString& name)
{
    if (refuseWhileRunning(name)) {
        return;
    }
    const std::optional<QString> to =
        TextPrompt::ask(this, tr("Rename pipeline"), tr("New name of \"%1\":").arg(name), name);
    if (!to || *to == name) {
        return;
    }
    // A run may have started while the question was open.
    if (refuseWhileRunning(name)) {
        return;
    }
    // The open file moves: its unsaved edits are saved or dropped first.
    const bool open = m_pipelinePage->pipeline() == name;
    if (open && !m_pipelinePage->confirmLeave()) {
        return;
    }
    if (open) {
        m_pipelinePage->setPipeline(QString(), QString());
    }
    QString error;
    PipelineStore store(m_context->connections().home());
    if (!store.rename(name, *to, &error)) {
        statusBar()->showMessage(tr("Not renamed: %1").arg(error));
        if (open) {
            m_pipelinePage->setPipeline(name, store.pathFor(name));
        }
        return;
    }
    updatePipelines();
    m_navigation->selectPipeline(*to);
    if (open) {
        showPipeline(*to);
    }
}

void MainWindow::duplicatePipeline(const QString& name)
{
    QString error;
    const QString copy = PipelineStore(m_context->connections().home()).duplicate(name, &error);
    if (copy.isEmpty()) {
        statusBar()->showMessage(tr("Not duplicated: %1").arg(error));
        return;
    }
    updatePipelines();
    m_navigation->selectPipeline(copy);
}

void MainWindow::removePipeline(const QString& name)
{
    if (refuseWhileRunning(name)) {
        return;
    }
    Confirmation::Question question;
    question.title = tr("Remove pipeline");
    question.text = tr("Remove the pipeline \"%1\"? Its file goes to the trash; the data it "
                       "loaded stays in %2.")
                        .arg(name, whereDataStays(name));
    question.action = tr("Remove");
    question.role = QMessageBox::DestructiveRole;
    // Asked again after the question: a run may have started meanwhile.
    if (!Confirmation::ask(this, question) || refuseWhileRunning(name)) {
        return;
    }
    if (m_pipelinePage->pipeline() == name) {
        m_pipelinePage->setPipeline(QString(), QString());
        m_pages->setCurrentWidget(m_emptyState);
    }
    QString error;
    if (!PipelineStore(m_context->connections().home()).remove(name, &error)) {
        statusBar()->showMessage(tr("Not removed: %1").arg(error));
    }
    updatePipelines();
}

QString MainWindow::whereDataStays(const QString& name) const
{
    const QString path = PipelineStore(m_context->connections().home()).pathFor(name);
    ConfigProblems ignored;
    const std::optional<PipelineFile> file = PipelineFile::load(path, &ignored);
    return file ? LoadDestination::of(*file, QFileInfo(path).absolutePath()).describe()
                : tr("its database");
}

PipelinePage* MainWindow::pipelinePage() const
{
    return m_pipelinePage;
}

void MainWindow::showConnection(const QString& name)
{
    if (!name.isEmpty() && !leavePipelineFor(QString())) {
        return;
    }
    if (name.isEmpty() && !m_navigation->currentPipeline().isEmpty()) {
        // A pipeline was chosen instead: its page shows.
        m_connectionPage->setConnection(QString());
        return;
    }
    if (name.isEmpty()) {
        // Nothing may keep showing (or checking) a connection that is gone.
        m_connectionPage->setConnection(QString());
        m_pages->setCurrentWidget(m_emptyState);
        return;
    }
    if (m_connectionPage->connection() != name) {
        m_connectionPage->setConnection(name);
    }
    m_pages->setCurrentWidget(m_connectionPage);
}

void MainWindow::showConnectionMenu(const QString& name, const QPoint& globalPos)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("connectionMenu"));
    menu.addAction(tr("Sign &in again…"), this, [this, name] { signInAgain(name); });
    menu.addAction(tr("Sign &out"), this, [this, name] { signOut(name); });
    menu.addSeparator();
    menu.addAction(tr("&Edit…"), this, [this, name] { editConnection(name); });
    menu.addAction(tr("&Remove…"), this, [this, name] { removeConnection(name); });
    menu.exec(globalPos);
}

void MainWindow::signInAgain(const QString& name)
{
    auto* dialog = new SignInDialog(m_context, name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::signOut(const QString& name)
{
    if (Confirmation::ask(this,
                          {tr("Sign out"),
                           tr("Sign out of \"%1\"? The tokens are revoked and forgotten; "
                              "the connection stays, ready to sign in again.")
                               .arg(name),
                           tr("Sign out"), QMessageBox::AcceptRole})) {
        m_actions->signOut(name);
    }
}

void MainWindow::editConnection(const QString& name)
{
    const std::optional<Connection> connection = m_context->registry()->connection(name);
    if (!connection) {
        statusBar()->showMessage(m_context->registry()->problem(name), kStatusMessageMs);
        return;
    }
    auto* dialog = new EditConnectionDialog(m_context, *connection, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditConnectionDialog::saved, this, [this](const QString& saved) {
        statusBar()->showMessage(
            tr("\"%1\" saved; sign in again for the changes to apply.").arg(saved),
            kStatusMessageMs);
    });
    dialog->open();
}

void MainWindow::removeConnection(const QString& name)
{
    if (!Confirmation::ask(this,
                           {tr("Remove connection"),
                            tr("Remove \"%1\"? Its tokens and client secret are deleted "
                               "from the keychain. The app stays registered at the "
                               "provider.")
                                .arg(name),
                            tr("Remove"), QMessageBox::DestructiveRole})) {
        return;
    }
    m_context->registry()->remove(name, [this, name](bool ok, const QString& error) {
        statusBar()->showMessage(ok ? tr("Removed \"%1\".").arg(name)
                                    : tr("\"%1\" could not be removed: %2").arg(name, error),
                                 kStatusMessageMs);
    });
}

void MainWindow::onActionFinished(const QString& name, int action, bool ok, const QString& message)
{
    if (action == int(ConnectionActions::Action::Verify)) {
        return;
    }
    statusBar()->showMessage(ok ? message : tr("%1: %2").arg(name, message), kStatusMessageMs);
}
