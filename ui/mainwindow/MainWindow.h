// The application window: menus, the navigation on the left, the current page
// in the centre and a status bar.
#pragma once

#include <QMainWindow>

class EmptyStatePage;
class NavigationTree;
class QAction;
class QMenu;
class QSplitter;
class QStackedWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

Q_SIGNALS:
    // The user asked to set up a new connection (menu, shortcut or empty state).
    void newConnectionRequested();

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
    void showNewConnectionUnavailable();
    void showAbout();

    NavigationTree* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    EmptyStatePage* m_emptyState = nullptr;
    QSplitter* m_splitter = nullptr;

    QMenu* m_fileMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    QAction* m_newConnectionAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
