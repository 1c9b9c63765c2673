// One change made through the endpoint table, undone and redone by putting
// back the whole state it started from or ended with: the document's exact
// bytes and the endpoints left out of the next run. Whole bytes rather than
// an inverse edit, so an undo gives back the file byte for byte.
#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QUndoCommand>

class EndpointTableModel;

struct EndpointTableState
{
    QByteArray bytes;
    QSet<QString> unticked;
};

class EndpointTableCommand : public QUndoCommand
{
public:
    EndpointTableCommand(EndpointTableModel* model, const QString& text,
                         const EndpointTableState& before, const EndpointTableState& after);

    void undo() override;
    void redo() override;

private:
    EndpointTableModel* m_model;
    EndpointTableState m_before;
    EndpointTableState m_after;
};
