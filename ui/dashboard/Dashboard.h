// The Data view of a dataset file: the schema tree on the left; Rows, SQL,
// Loads and State, and Plot on the right. Everything slow happens on
// worker threads with their own read-only connections; the view follows
// commits to the file (a run here, grantline-cli elsewhere) without ever
// making a run wait.
#pragma once

#include <QWidget>

class BrowseTasks;
class DatasetReader;
class DatasetSchema;
class LoadsView;
class PlotView;
class QFileSystemWatcher;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QTreeView;
class RowsView;
class SchemaTreeModel;
class SqlConsole;

class Dashboard : public QWidget
{
    Q_OBJECT

public:
    // home: where the SQL console keeps each database's history.
    explicit Dashboard(const QString& home, QWidget* parent = nullptr);
    ~Dashboard() override;

    // Shows a file (empty: nothing). A file that is not there yet is
    // waited for (a pipeline that has not run).
    void setDatabase(const QString& path);
    QString databasePath() const
    {
        return m_path;
    }
    // A dataset on a PostgreSQL server instead of a file: the page says
    // where it is and how to open it there (the views here read files).
    // url: the server's URL without the password.
    void setServerDataset(const QString& schema, const QString& server, const QString& url);
    // Reads the file again now (after a run here committed).
    void refresh();

    QTreeView* tree() const
    {
        return m_tree;
    }
    SchemaTreeModel* treeModel() const
    {
        return m_treeModel;
    }
    RowsView* rows() const
    {
        return m_rows;
    }
    SqlConsole* console() const
    {
        return m_console;
    }
    LoadsView* loads() const
    {
        return m_loads;
    }
    PlotView* plot() const
    {
        return m_plot;
    }
    QTabWidget* tabs() const
    {
        return m_tabs;
    }
    QLabel* notice() const
    {
        return m_notice;
    }
    // Whether the schema and every count have been read since the last
    // change (tests wait on it).
    bool isUpToDate() const
    {
        return m_upToDate;
    }
    void showTable(const QString& table);

Q_SIGNALS:
    void message(const QString& text);
    // The schema and counts are read (again).
    void updated();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onSchemaRead(const DatasetSchema& schema, const QString& error);
    void onFileChanged();
    void readStatistics();
    void onTabChanged();
    void watchForTheFile();

    QString m_home;
    QString m_path;
    // Set by setServerDataset, empty for a file.
    QString m_serverSchema;
    QString m_server;
    QString m_serverUrl;
    DatasetReader* m_reader;
    BrowseTasks* m_tasks;
    SchemaTreeModel* m_treeModel;
    QTreeView* m_tree;
    QTabWidget* m_tabs;
    RowsView* m_rows;
    SqlConsole* m_console;
    LoadsView* m_loads;
    PlotView* m_plot;
    QLabel* m_notice;
    QStackedWidget* m_pages;
    QTimer* m_changed;
    QFileSystemWatcher* m_folder = nullptr;
    quint64 m_statisticsTask = 0;
    bool m_statisticsStale = true;
    bool m_upToDate = false;
    bool m_plotFromConsole = false;
};
