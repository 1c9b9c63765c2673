// The endpoints of a pipeline as a table, one row per resource of the file:
// ticked for the next run, what is requested and how rows are written, and
// the last run. Cells show what a run uses (resource_defaults merged, shown
// subdued) but an edit writes only into the resource itself. Every edit is
// checked as grantline-cli checks the file and refused with its message, and
// every change is an undoable command on undoStack().
#pragma once

#include "pipeline/EndpointTableCommand.h"
#include "source/ConfigProblem.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonValue>
#include <QPointer>
#include <QUndoStack>

class PipelineDocument;

class EndpointTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TickedColumn,
        NameColumn,
        MethodColumn,
        PathColumn,
        DataSelectorColumn,
        PaginatorColumn,
        WriteDispositionColumn,
        PrimaryKeyColumn,
        CursorColumn,
        ParentColumn,
        LastRunRowsColumn,
        LastRunTimeColumn,
        ColumnCount
    };
    enum Role {
        // The row's problem (a refused edit, or the file's), as grantline-cli says it.
        ProblemRole = Qt::UserRole + 1,
        // True when the cell's value comes from resource_defaults (or the client).
        DefaultedRole,
    };

    // The document outlives the model; its selection file is read now.
    explicit EndpointTableModel(PipelineDocument* document, QObject* parent = nullptr);

    PipelineDocument* document() const;
    QUndoStack* undoStack();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    // One undoable command for the whole range; refused like an edit when
    // another resource still takes values from one of them.
    bool removeRows(int row, int count, const QModelIndex& parent = QModelIndex()) override;

    // The last refused edit's message for the row, else the file's first
    // problem in that resource; empty when there is none.
    QString rowProblem(int row) const;
    QString resourceName(int row) const;
    int rowOfResource(const QString& name) const;

    bool isTicked(int row) const;
    QStringList tickedNames() const;
    // One undoable command for all the rows.
    void setTicked(const QList<int>& rows, bool ticked);

    // "new_endpoint" (or the next free "new_endpointN") at the end; its row, or -1.
    int addEndpoint();
    // A copy right after the row, named "x_copy" (or "x_copy2", …); its row, or -1.
    int duplicateEndpoint(int row);

    // A change made elsewhere (the endpoint editor), checked and undoable like
    // an edit in the table; row is where a refusal is shown (-1: none).
    bool changeDocument(const QString& undoText, const QByteArray& bytes, int row = -1);
    // The problem changeDocument() would refuse bytes with (the row's own
    // first, else the first new one); empty when they bring none.
    QString newProblem(int row, const QByteArray& after) const;

    // Shown as it is; the table computes nothing about runs.
    void setLastRun(const QString& name, qint64 rows, const QDateTime& time);

    // For EndpointTableCommand: puts the document and ticks in this state.
    void applyState(const EndpointTableState& state);

signals:
    // An edit was not made; message is grantline-cli's (path: sentence).
    void editRefused(int row, const QString& message);

private:
    struct Cell
    {
        QString text;
        // Empty when the resource itself holds the value.
        QString defaultedFrom;
    };
    struct Row
    {
        QString name;
        QList<Cell> cells;
        QString problem;
    };
    struct LastRun
    {
        qint64 rows = 0;
        QDateTime time;
    };

    void rebuild();
    QSet<QString> notSelectedByTheFile() const;
    void changeRows(const QList<Row>& rows);
    QList<Row> readRows() const;
    Row readRow(qsizetype index, const ConfigProblems& problems) const;
    Cell cell(qsizetype index, const QString& subPath, const QString& text) const;
    QString clientPaginatorType() const;

    EndpointTableState state() const;
    // Pushes the change, or refuses it (on row) when it brings a new problem.
    bool commit(int row, const QString& text, const EndpointTableState& after);
    bool refuse(int row, const QString& message);
    ConfigProblems problemsOf(const QByteArray& bytes) const;
    QString uniqueName(const QString& base) const;
    void saveSelection();

    QPointer<PipelineDocument> m_document;
    QUndoStack m_undoStack;
    QList<Row> m_rows;
    QSet<QString> m_unticked;
    QHash<QString, LastRun> m_lastRuns;
    QHash<int, QString> m_refused;
    // Set while a command puts its state back, to tell it from other changes.
    bool m_applying = false;
};
