// Copy as TSV and Export… for a rows grid: both read whole values (not the
// grid's cut previews) through the tasks' thread and connection, never on
// the GUI thread; export streams to CSV or JSON lines with a progress bar
// and Cancel.
#pragma once

#include <QObject>
#include <QPointer>

class BrowseTasks;
class QProgressDialog;
class QTableView;
class QWidget;
class RowsModel;

class RowsTransfer : public QObject
{
    Q_OBJECT

public:
    // owner: the widget the file dialog and progress belong to.
    RowsTransfer(BrowseTasks* tasks, RowsModel* model, QTableView* table, QWidget* owner);

    // The selected rows and columns to the clipboard, tab-separated.
    void copySelection();
    // The rows the grid shows (filters and sort kept) to a file the person
    // chooses; table: the name suggested for it.
    void exportRows(const QString& table);
    bool isExporting() const
    {
        return m_exportTask != 0;
    }

Q_SIGNALS:
    // What happened, in a sentence (copied, written, or why not).
    void message(const QString& text);

private:
    void onFinished(quint64 task, const QVariant& answer, const QString& error);

    BrowseTasks* m_tasks;
    RowsModel* m_model;
    QTableView* m_table;
    QWidget* m_owner;
    QPointer<QProgressDialog> m_progress;
    quint64 m_exportTask = 0;
};
