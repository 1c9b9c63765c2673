#include "pipeline/EndpointTableCommand.h"

#include "pipeline/EndpointTableModel.h"

EndpointTableCommand::EndpointTableCommand(EndpointTableModel* model, const QString& text,
                                           const EndpointTableState& before,
                                           const EndpointTableState& after)
    : QUndoCommand(text)
    , m_model(model)
    , m_before(before)
    , m_after(after)
{ }

void EndpointTableCommand::undo()
{
    m_model->applyState(m_before);
}

void EndpointTableCommand::redo()
{
    m_model->applyState(m_after);
}
