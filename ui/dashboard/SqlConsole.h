// The SQL console: an editor with highlighting and completion, run with
// Ctrl+Enter on a worker thread, stopped with Esc (SQLite is interrupted),
// the result in the same lazy grid as the tables, an error marked where it
// is, a history kept per database. Read-only unless Allow Writing is on.
#pragma once

#include <QWidget>

class BrowseTasks;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QTimer;
class QueryRunner;
class RowsView;
class SqlEditor;
struct QueryOutcome;

class SqlConsole : public QWidget
{
    Q_OBJECT

public:
    SqlConsole(const QString& home, QWidget* parent = nullptr);
    ~SqlConsole() override;

    void setDatabase(const QString& path);
    void setNames(const QStringList& tables, const QStringList& columns);

    SqlEditor* editor() const
    {
        return m_editor;
    }
    RowsView* result() const
    {
        return m_result;
    }
    QueryRunner* runner() const
    {
        return m_runner;
    }
    // Reads of the result file (copy, export, plot of the result).
    BrowseTasks* resultTasks() const
    {
        return m_resultTasks;
    }
    QCheckBox* allowWriting() const
    {
        return m_allowWriting;
    }
    QComboBox* history() const
    {
        return m_history;
    }
    QLabel* statusLabel() const
    {
        return m_status;
    }
    QAction* runAction() const
    {
        return m_run;
    }
    QAction* stopAction() const
    {
        return m_stop;
    }

    void run();
    void stop();

Q_SIGNALS:
    // Statements changed the file (writing was allowed).
    void fileChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void onRowsCopied(const QString& table, const QStringList& columns, qint64 rows);
    void onFinished(const QueryOutcome& outcome);
    void onAllowWritingToggled(bool on);
    void showHistory(const QStringList& statements);
    void updateActions();

    QString m_path;
    QueryRunner* m_runner;
    BrowseTasks* m_resultTasks;
    SqlEditor* m_editor;
    RowsView* m_result;
    QLabel* m_status;
    QCheckBox* m_allowWriting;
    QComboBox* m_history;
    QAction* m_run;
    QAction* m_stop;
    QTimer* m_resultRefresh;
    QString m_shownResult;
    QString m_lastSql;
};
