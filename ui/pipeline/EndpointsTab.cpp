#include "pipeline/EndpointsTab.h"

#include "pipeline/EndpointFilterModel.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/PipelineActions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

EndpointsTab::EndpointsTab(PipelineActions* actions, QWidget* parent)
    : QWidget(parent)
    , m_filterEdit(new QLineEdit(this))
{
    setObjectName(QStringLiteral("endpointsTab"));
    m_filterEdit->setObjectName(QStringLiteral("endpointFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setEnabled(false);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (m_filter) {
            m_filter->setNameFilter(text);
        }
    });
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(actions->button(actions->tickAll, "tickAllButton", this));
    bar->addWidget(actions->button(actions->tickNone, "tickNoneButton", this));
    bar->addWidget(actions->button(actions->add, "addEndpointButton", this));
    bar->addWidget(actions->button(actions->duplicate, "duplicateEndpointButton", this));
    bar->addWidget(actions->button(actions->remove, "removeEndpointButton", this));
    bar->addWidget(actions->button(actions->edit, "editEndpointButton", this));
    bar->addWidget(actions->button(actions->editDefaults, "editDefaultsButton", this));
    bar->addWidget(actions->button(actions->editClient, "editClientButton", this));
    bar->addWidget(actions->button(actions->editDestination, "editDestinationButton", this));
    bar->addWidget(actions->button(actions->test, "testRequestButton", this));
    bar->addWidget(actions->button(actions->undo, "undoButton", this));
    bar->addWidget(actions->button(actions->redo, "redoButton", this));
    bar->addWidget(actions->button(actions->save, "saveButton", this));

    // Made after the buttons: Tab goes filter, buttons, table, as they stand.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("endpointTable"));
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    retranslateUi();
}

void EndpointsTab::setModel(EndpointTableModel* model)
{
    m_table->setModel(nullptr);
    delete m_filter;
    m_filter = nullptr;
    m_model = model;
    m_filterEdit->setEnabled(model != nullptr);
    if (!model) {
        return;
    }
    m_filter = new EndpointFilterModel(this);
    m_filter->setEndpointModel(model);
    m_filter->setNameFilter(m_filterEdit->text());
    m_table->setModel(m_filter);
    m_table->resizeColumnsToContents();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &EndpointsTab::selectionChanged);
}

QList<int> EndpointsTab::selectedSourceRows() const
{
    QList<int> rows;
    if (!m_filter || !m_table->selectionModel()) {
        return rows;
    }
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        rows << m_filter->mapToSource(index).row();
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void EndpointsTab::addEndpoint()
{
    if (!m_model) {
        return;
    }
    const int row = m_model->addEndpoint();
    if (row >= 0) {
        const QModelIndex index =
            m_filter->mapFromSource(m_model->index(row, EndpointTableModel::NameColumn));
        m_table->setCurrentIndex(index);
        m_table->edit(index);
    }
}

void EndpointsTab::duplicateSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (m_model && rows.size() == 1) {
        m_model->duplicateEndpoint(rows.first());
    }
}

void EndpointsTab::removeSelected()
{
    const QList<int> rows = selectedSourceRows();
    if (!m_model || rows.isEmpty()) {
        return;
    }
    // One step to undo, however many rows.
    m_model->undoStack()->beginMacro(tr("Remove %n endpoint(s)", nullptr, int(rows.size())));
    // From the bottom: the rows above keep their numbers.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it) {
        m_model->removeRows(*it, 1);
    }
    m_model->undoStack()->endMacro();
}

void EndpointsTab::tickAllVisible(bool ticked)
{
    if (m_filter) {
        m_filter->tickAllVisible(ticked);
    }
}

void EndpointsTab::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void EndpointsTab::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void EndpointsTab::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter endpoints by name (Ctrl+F)"));
    m_filterEdit->setAccessibleName(tr("Filter endpoints by name"));
    m_table->setAccessibleName(tr("Endpoints of the pipeline"));
}
