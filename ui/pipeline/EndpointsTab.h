// The pipeline page's Endpoints tab: a filter by name, the page's actions
// as buttons, and the table of the pipeline's endpoints (sorted and
// filtered through an EndpointFilterModel), with what acts on the rows
// selected in it. The page owns the model and connects the actions.
#pragma once

#include <QList>
#include <QWidget>

class EndpointFilterModel;
class EndpointTableModel;
class PipelineActions;
class QLineEdit;
class QTableView;

class EndpointsTab : public QWidget
{
    Q_OBJECT

public:
    EndpointsTab(PipelineActions* actions, QWidget* parent = nullptr);

    // The endpoints to show; nullptr for none.
    void setModel(EndpointTableModel* model);
    QTableView* table() const
    {
        return m_table;
    }
    // The selected rows as the model numbers them, top to bottom.
    QList<int> selectedSourceRows() const;
    // A new endpoint, its name open for typing.
    void addEndpoint();
    void duplicateSelected();
    // The selected endpoints, in one step to undo.
    void removeSelected();
    // Ticks or unticks every endpoint the filter lets through.
    void tickAllVisible(bool ticked);
    // Ctrl+F: the focus to the filter, its text selected.
    void focusFilter();

Q_SIGNALS:
    void selectionChanged();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    EndpointTableModel* m_model = nullptr;
    EndpointFilterModel* m_filter = nullptr;
    QLineEdit* m_filterEdit;
    QTableView* m_table = nullptr;
};
