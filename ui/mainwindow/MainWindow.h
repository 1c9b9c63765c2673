// The application window: menus, the connections on the left with their
// status dots and context menu, the current connection in the centre, and a
// status bar.
#pragma once

#include "mainwindow/NavigationTree.h"

#include <QMainWindow>

class AppContext;
class ConnectionActions;
class ConnectionPage;
class DatabaseWindow;
class EmptyStatePage;
class PipelineList;
class PipelinePage;
class NavigationTree;
class QAction;
class QPushButton;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(AppContext* context, QWidget* parent = nullptr);
    ~MainWindow() override;

    ConnectionPage* connectionPage() const;
    PipelinePage* pipelinePage() const;
    // The pipeline's context menu (rename, duplicate, remove); the caller owns it.
    QMenu* pipelineMenu(const QString& name);
    // Reads the pipelines of the home again (after one was made or removed).
    void updatePipelines();
    // Shows the window as the app starts: on a first start (no connection
    // saved) the connection wizard opens over it, on the built-in Sandbox.
    // The empty page behind keeps its button for later.
    void showAtStart();
    // File → Open Database…: the dashboard over a SQLite file in a window
    // of its own (the file chosen in a dialog when none is given).
    DatabaseWindow* openDatabase(const QString& path = {});

Q_SIGNALS:
    // The user asked to set up a new connection (menu, shortcut or empty state).
    void newConnectionRequested();

public Q_SLOTS:
    void openConnectionWizard();
    void openSettings();
    void signInAgain(const QString& name);
    void signOut(const QString& name);
    void editConnection(const QString& name);
    void removeConnection(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createCentralArea();
    void retranslateUi();
    void restoreWindowState();
    void saveWindowState() const;
    void showAbout();
    void updateNavigation();
    void startSandboxIfUsed();
    void showConnection(const QString& name);
    void showPipeline(const QString& name);
    void importDltConfig();
    void newPipeline();
    void showPipelineList();
    void showLastRunsOfPage();
    // True (and said in the status bar) while a run of it is in progress.
    bool refuseWhileRunning(const QString& name);
    void renamePipeline(const QString& name);
    void duplicatePipeline(const QString& name);
    void removePipeline(const QString& name);
    // For the question before removing: the database file, or the server's
    // schema, where the pipeline's data stays.
    QString whereDataStays(const QString& name) const;
    // Leaving the pipeline shown (for another, or a connection when empty):
    // false when the person keeps it for unsaved changes.
    bool leavePipelineFor(const QString& pipeline);
    void showConnectionMenu(const QString& name, const QPoint& globalPos);
    void onActionFinished(const QString& name, int action, bool ok, const QString& message);

    AppContext* m_context;
    ConnectionActions* m_actions = nullptr;
    NavigationTree* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    ConnectionPage* m_connectionPage = nullptr;
    PipelinePage* m_pipelinePage = nullptr;
    QSplitter* m_splitter = nullptr;
    // The status dots move from "signed in" to "expiring soon" by themselves.
    QTimer* m_statusTimer = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newConnectionAction = nullptr;
    QAction* m_newPipelineAction = nullptr;
    QAction* m_importDltAction = nullptr;
    QAction* m_openDatabaseAction = nullptr;
    QPushButton* m_newPipelineButton = nullptr;
    PipelineList* m_pipelineList = nullptr;
    QAction* m_settingsAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
