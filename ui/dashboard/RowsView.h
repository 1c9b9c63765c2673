// The rows of one table (or a query's result) in a lazy grid, with the
// filter row under the header, sorting by a click, and following the data
// the way only Grantline can: a row's child rows and its parent, the record
// it came from rebuilt as JSON, the rows of one load. Back and forward go
// through the rows followed. Copy and export are RowsTransfer's.
#pragma once

#include "browse/DatasetSchema.h"
#include "browse/RowQuery.h"

#include <QList>
#include <QWidget>

class BrowseTasks;
class FilterHeader;
class QAction;
class QLabel;
class QMenu;
class QTableView;
class QToolButton;
class RowsModel;
class RowsTransfer;
class ValueViewer;

class RowsView : public QWidget
{
    Q_OBJECT

public:
    // following: the schema's tables can be followed (not for a query's
    // result, which has no parent or children).
    RowsView(BrowseTasks* tasks, bool following, QWidget* parent = nullptr);
    ~RowsView() override;

    void setDatabase(const QString& path);
    void setSchema(const DatasetSchema& schema);
    // Shows a table from its first row, as a new step of the trail.
    void showTable(const QString& table);
    // Shows rows as a new step (description: what they are, in words).
    void showRows(const RowQuery& query, const QString& description);
    // The file changed: read again where the grid is.
    void refresh();
    // The current table's rows of one load (child tables by their root row).
    void filterToLoad(const QString& loadId);

    RowsModel* model() const
    {
        return m_model;
    }
    QTableView* table() const
    {
        return m_table;
    }
    FilterHeader* filterHeader() const
    {
        return m_header;
    }
    QString currentTable() const;
    QString description() const;
    // The viewer of the last Show Record as JSON or cell (tests read it).
    ValueViewer* viewer() const
    {
        return m_viewer;
    }
    QAction* recordAction() const
    {
        return m_showRecord;
    }
    QAction* backAction() const
    {
        return m_back;
    }
    QAction* forwardAction() const
    {
        return m_forward;
    }
    QAction* parentAction() const
    {
        return m_parentRow;
    }
    QAction* exportAction() const
    {
        return m_export;
    }
    QAction* copyAction() const
    {
        return m_copy;
    }
    QAction* cellAction() const
    {
        return m_showCell;
    }
    // The child tables of the current row's table, as actions.
    QList<QAction*> childActions() const;

    void showRecord();
    void showCell();
    void showChildRows(const QString& childTable);
    void showParentRow();
    void copySelection();
    void exportRows();
    void back();
    void forward();

Q_SIGNALS:
    // A table is shown (for the schema tree to select it).
    void tableShown(const QString& table);
    // A sentence for the status line.
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Step
    {
        RowQuery query;
        QString description;
    };

    void createActions();
    void retranslateUi();
    void go(int step);
    void apply(const RowQuery& query);
    void fitColumns();
    void onFilterChanged(int column, const QString& text);
    void rememberFilter(const QString& text);
    void updateStatus();
    void updateActions();
    void updateChildMenu();
    void showLoadOfRow();
    QVariant currentValue(const QString& column) const;
    QString tableTitle(const QString& table) const;

    BrowseTasks* m_tasks;
    bool m_following;
    DatasetSchema m_schema;
    RowsModel* m_model;
    QTableView* m_table;
    FilterHeader* m_header;
    QLabel* m_trail;
    QLabel* m_status;
    RowsTransfer* m_transfer;
    ValueViewer* m_viewer = nullptr;
    QList<Step> m_steps;
    int m_step = -1;
    quint64 m_recordTask = 0;
    quint64 m_cellRequest = 0;
    // The columns are sized to the first rows read of a table.
    bool m_fitColumns = false;

    QAction* m_back = nullptr;
    QAction* m_forward = nullptr;
    QAction* m_showRecord = nullptr;
    QAction* m_showCell = nullptr;
    QAction* m_parentRow = nullptr;
    QAction* m_childRows = nullptr;
    QAction* m_loadOfRow = nullptr;
    QAction* m_copy = nullptr;
    QAction* m_export = nullptr;
    QAction* m_clearFilters = nullptr;
    QAction* m_focusFilter = nullptr;
    QAction* m_fileOrder = nullptr;
    QMenu* m_childMenu = nullptr;
    QToolButton* m_childButton = nullptr;
    QList<QToolButton*> m_buttons;
};
