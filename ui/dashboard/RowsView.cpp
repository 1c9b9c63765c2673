#include "dashboard/RowsView.h"

#include "browse/BrowseConnection.h"
#include "browse/BrowseTasks.h"
#include "browse/RecordReader.h"
#include "browse/RowLinks.h"
#include "browse/RowsModel.h"
#include "common/PlainTextLabel.h"
#include "dashboard/FilterHeader.h"
#include "dashboard/RowsDelegate.h"
#include "dashboard/RowsTransfer.h"
#include "dashboard/ValueViewer.h"

#include <QAbstractButton>
#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <utility>

namespace {

const QString kFilterHistory = QStringLiteral("dashboard/filterHistory");
constexpr int kFilterHistorySize = 50;

QAction* makeAction(QWidget* owner, const char* name, const QKeySequence& shortcut = {})
{
    auto* action = new QAction(owner);
    action->setObjectName(QString::fromLatin1(name));
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    owner->addAction(action);
    return action;
}

} // namespace

RowsView::RowsView(BrowseTasks* tasks, bool following, QWidget* parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_following(following)
    , m_model(new RowsModel(this))
    , m_table(new QTableView(this))
    , m_header(new FilterHeader(m_table))
    , m_trail(PlainTextLabel::create(this, "rowsTrail"))
    , m_status(PlainTextLabel::create(this, "rowsStatus"))
    , m_transfer(new RowsTransfer(tasks, m_model, m_table, this))
{
    setObjectName(following ? QStringLiteral("rowsView") : QStringLiteral("resultView"));
    m_table->setObjectName(QStringLiteral("rowsTable"));
    m_table->setHorizontalHeader(m_header);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new RowsDelegate(m_table));
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_trail->setWordWrap(false);

    createActions();
    auto* bar = new QHBoxLayout;
    for (QAction* action : {m_back, m_forward}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        bar->addWidget(button);
        m_buttons << button;
    }
    bar->addWidget(m_trail, 1);
    for (QAction* action : {m_showRecord, m_childRows, m_parentRow, m_export}) {
        // A query's result has no record, children or parent to follow.
        if (!action->isVisible()) {
            continue;
        }
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
        m_buttons << button;
        if (action == m_childRows) {
            m_childButton = button;
            button->setMenu(m_childMenu);
            button->setPopupMode(QToolButton::InstantPopup);
        }
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_header, &FilterHeader::filterChanged, this, &RowsView::onFilterChanged);
    connect(m_header, &FilterHeader::filterConfirmed, this, &RowsView::rememberFilter);
    connect(m_header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder order) {
                if (column != m_model->query().sortColumn
                    || (order == Qt::DescendingOrder) != m_model->query().descending) {
                    RowQuery query = m_model->query();
                    query.sortColumn = column;
                    query.descending = order == Qt::DescendingOrder;
                    apply(query);
                }
            });
    connect(m_model, &RowsModel::countChanged, this, &RowsView::updateStatus);
    connect(m_model, &RowsModel::rowsRead, this, [this] {
        if (std::exchange(m_fitColumns, false)) {
            fitColumns();
        }
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RowsView::updateStatus);
    connect(m_model, &RowsModel::failed, this, [this](const QString& error) {
        m_status->setText(error);
        Q_EMIT message(error);
    });
    connect(m_model, &RowsModel::cellFetched, this,
            [this](quint64 request, const QVariant& value, const QString& error) {
                if (request != m_cellRequest || !m_viewer) {
                    return;
                }
                const QString title = m_viewer->windowTitle();
                if (error.isEmpty()) {
                    m_viewer->showValue(title,
                                        value.isNull() ? QStringLiteral("NULL") : value.toString());
                } else {
                    m_viewer->showError(title, error);
                }
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RowsView::updateActions);
    connect(m_table, &QAbstractItemView::doubleClicked, this, &RowsView::showCell);
    connect(m_tasks, &BrowseTasks::finished, this,
            [this](quint64 task, const QVariant& answer, const QString& error) {
                if (task == m_recordTask && m_viewer) {
                    const QString title = m_viewer->windowTitle();
                    if (error.isEmpty()) {
                        const QJsonValue record = answer.value<QJsonValue>();
                        m_viewer->showValue(
                            title,
                            QString::fromUtf8(record.isObject()
                                                  ? QJsonDocument(record.toObject()).toJson()
                                                  : QJsonDocument(QJsonArray{record}).toJson()));
                    } else {
                        m_viewer->showError(title, error);
                    }
                }
            });
    connect(m_transfer, &RowsTransfer::message, this, [this](const QString& text) {
        m_status->setText(text);
        Q_EMIT message(text);
    });
    m_header->setHistory(QSettings().value(kFilterHistory).toStringList());
    retranslateUi();
    updateActions();
}

RowsView::~RowsView() = default;

void RowsView::createActions()
{
    m_back = makeAction(this, "rowsBack", QKeySequence::Back);
    m_forward = makeAction(this, "rowsForward", QKeySequence::Forward);
    m_showRecord = makeAction(this, "showRecordAction", QKeySequence(Qt::CTRL | Qt::Key_J));
    m_showCell = makeAction(this, "showCellAction", QKeySequence(Qt::Key_F3));
    m_childRows = makeAction(this, "childRowsAction", QKeySequence(Qt::ALT | Qt::Key_Down));
    m_parentRow = makeAction(this, "parentRowAction", QKeySequence(Qt::ALT | Qt::Key_Up));
    m_loadOfRow = makeAction(this, "loadOfRowAction", QKeySequence(Qt::CTRL | Qt::Key_L));
    m_copy = makeAction(this, "copyRowsAction", QKeySequence::Copy);
    m_export = makeAction(this, "exportRowsAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_focusFilter = makeAction(this, "focusFilterAction", QKeySequence::Find);
    m_clearFilters =
        makeAction(this, "clearFiltersAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_fileOrder = makeAction(this, "fileOrderAction", QKeySequence(Qt::CTRL | Qt::Key_0));
    m_childMenu = new QMenu(this);
    m_childMenu->setObjectName(QStringLiteral("childRowsMenu"));
    connect(m_back, &QAction::triggered, this, &RowsView::back);
    connect(m_forward, &QAction::triggered, this, &RowsView::forward);
    connect(m_showRecord, &QAction::triggered, this, &RowsView::showRecord);
    connect(m_showCell, &QAction::triggered, this, &RowsView::showCell);
    connect(m_childRows, &QAction::triggered, this, [this] {
        const QList<QAction*> children = childActions();
        if (children.size() == 1) {
            children.first()->trigger();
        } else if (!children.isEmpty()) {
            const QRect cell = m_table->visualRect(m_table->currentIndex());
            m_childMenu->popup(m_table->viewport()->mapToGlobal(cell.bottomLeft()));
        }
    });
    connect(m_parentRow, &QAction::triggered, this, &RowsView::showParentRow);
    connect(m_loadOfRow, &QAction::triggered, this, &RowsView::showLoadOfRow);
    connect(m_copy, &QAction::triggered, this, &RowsView::copySelection);
    connect(m_export, &QAction::triggered, this, &RowsView::exportRows);
    connect(m_focusFilter, &QAction::triggered, this,
            [this] { m_header->focusEditor(qMax(0, m_table->currentIndex().column())); });
    connect(m_clearFilters, &QAction::triggered, this, [this] {
        RowQuery query = m_model->query();
        query.filters.clear();
        apply(query);
    });
    connect(m_fileOrder, &QAction::triggered, this, [this] {
        m_header->setSortIndicator(-1, Qt::AscendingOrder);
        RowQuery query = m_model->query();
        query.sortColumn = -1;
        query.descending = false;
        apply(query);
    });
    if (!m_following) {
        for (QAction* action : {m_showRecord, m_childRows, m_parentRow, m_loadOfRow}) {
            action->setVisible(false);
        }
    }
    for (QAction* action : {m_showCell, m_showRecord, m_childRows, m_parentRow, m_loadOfRow, m_copy,
                            m_export, m_focusFilter, m_clearFilters, m_fileOrder}) {
        m_table->addAction(action);
    }
}

void RowsView::retranslateUi()
{
    m_back->setText(tr("Back"));
    m_back->setToolTip(tr("Back to the rows shown before (%1)")
                           .arg(m_back->shortcut().toString(QKeySequence::NativeText)));
    m_forward->setText(tr("Forward"));
    m_forward->setToolTip(
        tr("Forward again (%1)").arg(m_forward->shortcut().toString(QKeySequence::NativeText)));
    m_showRecord->setText(tr("Record as &JSON"));
    m_showRecord->setToolTip(tr("The record this row came from, rebuilt as the API sent it"));
    m_showCell->setText(tr("View &Cell"));
    m_childRows->setText(tr("Child Ro&ws"));
    m_childRows->setToolTip(tr("The rows that hang from this row in a child table"));
    m_parentRow->setText(tr("&Parent Row"));
    m_parentRow->setToolTip(tr("The row this row hangs from"));
    m_loadOfRow->setText(tr("Rows of This &Load"));
    m_copy->setText(tr("Copy as TSV"));
    m_export->setText(tr("E&xport…"));
    m_export->setToolTip(tr("Write these rows (filters and sort as shown) to CSV or JSON lines"));
    m_focusFilter->setText(tr("Filter This Column"));
    m_clearFilters->setText(tr("Clear Filters"));
    m_fileOrder->setText(tr("File Order"));
    m_table->setAccessibleName(m_following ? tr("Rows of the table") : tr("Rows of the result"));
    m_childMenu->setTitle(tr("Child Rows"));
    if (m_childButton) {
        m_childButton->setAccessibleName(tr("Child rows"));
    }
    for (QToolButton* button : std::as_const(m_buttons)) {
        button->setAccessibleName(button->defaultAction()->text().remove(QLatin1Char('&')));
    }
    m_trail->setAccessibleName(tr("Rows shown"));
    // The table's corner button selects every row: a screen reader says so.
    for (QAbstractButton* corner :
         m_table->findChildren<QAbstractButton*>(QString(), Qt::FindDirectChildrenOnly)) {
        corner->setAccessibleName(tr("Select all rows"));
    }
    m_status->setAccessibleName(tr("Row count"));
    updateStatus();
}

void RowsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RowsView::setDatabase(const QString& path)
{
    m_model->setDatabase(path);
    m_steps.clear();
    m_step = -1;
}

void RowsView::setSchema(const DatasetSchema& schema)
{
    m_schema = schema;
    updateActions();
}

void RowsView::showTable(const QString& table)
{
    const DatasetTable* known = m_schema.table(table);
    if (!known) {
        return;
    }
    RowQuery query;
    query.table = table;
    query.columns = known->columnNames();
    query.hasRowid = known->hasRowid;
    showRows(query, tableTitle(table));
}

QString RowsView::tableTitle(const QString& table) const
{
    const DatasetTable* known = m_schema.table(table);
    return known && known->view ? tr("view %1").arg(table) : table;
}

void RowsView::showRows(const RowQuery& query, const QString& description)
{
    // A new step drops the steps ahead (as a browser does).
    m_steps = m_steps.mid(0, m_step + 1);
    m_steps << Step{query, description};
    go(int(m_steps.size()) - 1);
}

void RowsView::go(int step)
{
    if (step < 0 || step >= m_steps.size()) {
        return;
    }
    m_step = step;
    const Step& shown = m_steps.at(step);
    const bool sameColumns = shown.query.columns == m_model->query().columns;
    m_model->setQuery(shown.query);
    if (!sameColumns) {
        m_header->setColumns(shown.query.columns);
        m_fitColumns = true;
    }
    for (int column = 0; column < shown.query.columns.size(); ++column) {
        m_header->setFilterText(column, m_model->filterOf(column));
    }
    {
        const QSignalBlocker quiet(m_header);
        m_header->setSortIndicator(shown.query.sortColumn,
                                   shown.query.descending ? Qt::DescendingOrder
                                                          : Qt::AscendingOrder);
    }
    m_trail->setText(shown.description);
    updateStatus();
    updateActions();
    Q_EMIT tableShown(shown.query.table);
}

void RowsView::fitColumns()
{
    // To the first rows read, within bounds: wide enough for a filter, not
    // so wide that one long text hides the other columns.
    const int narrowest = m_table->fontMetrics().horizontalAdvance(QStringLiteral("Filter00000"));
    const int widest = m_table->fontMetrics().averageCharWidth() * 40;
    // The rows on screen only: by default Qt measures the first thousand,
    // reading (and asking the worker for) rows nobody looks at.
    m_header->setResizeContentsPrecision(0);
    m_table->resizeColumnsToContents();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        m_table->setColumnWidth(column, qBound(narrowest, m_table->columnWidth(column), widest));
    }
}

void RowsView::apply(const RowQuery& query)
{
    // Filters and sort change the step in place: Back is for the rows
    // followed, not for each letter typed.
    if (m_step < 0) {
        return;
    }
    m_steps[m_step].query = query;
    m_model->setQuery(query);
    updateStatus();
    updateActions();
}

void RowsView::refresh()
{
    if (m_step >= 0) {
        m_model->refresh();
    }
}

void RowsView::back()
{
    go(m_step - 1);
}

void RowsView::forward()
{
    go(m_step + 1);
}

void RowsView::onFilterChanged(int column, const QString& text)
{
    if (m_model->filterOf(column) == text || column >= m_model->query().columns.size()) {
        return;
    }
    RowQuery query = m_model->query();
    const QString name = query.columns.at(column);
    query.filters.removeIf([&](const auto& filter) { return filter.first == name; });
    if (!text.trimmed().isEmpty()) {
        query.filters.append({name, text});
    }
    apply(query);
}

void RowsView::rememberFilter(const QString& text)
{
    if (text.trimmed().isEmpty()) {
        return;
    }
    QSettings settings;
    QStringList history = settings.value(kFilterHistory).toStringList();
    history.removeAll(text);
    history.prepend(text);
    history = history.mid(0, kFilterHistorySize);
    settings.setValue(kFilterHistory, history);
    m_header->setHistory(history);
}

void RowsView::updateStatus()
{
    const QList<QPair<QString, QString>> errors = m_model->filterErrors();
    for (int column = 0; column < m_model->query().columns.size(); ++column) {
        QString error;
        for (const auto& [name, why] : errors) {
            if (name == m_model->query().columns.at(column)) {
                error = why;
            }
        }
        m_header->setError(column, error);
    }
    if (m_step < 0) {
        m_status->clear();
        return;
    }
    const QString rows = QLocale().toString(m_model->rowCount());
    QString text = m_model->isCounting() ? tr("Counting… %1 rows so far").arg(rows)
                                         : tr("%n row(s)", nullptr, m_model->rowCount());
    if (!m_model->query().filters.isEmpty() || !m_model->query().condition.isEmpty()) {
        text = m_model->isCounting() ? tr("Counting… %1 matching rows so far").arg(rows)
                                     : tr("%n matching row(s)", nullptr, m_model->rowCount());
    }
    for (const auto& [name, why] : errors) {
        text += QLatin1Char('\n') + tr("The filter of %1 is left out: %2").arg(name, why);
    }
    m_status->setText(text);
}

void RowsView::updateActions()
{
    m_back->setEnabled(m_step > 0);
    m_forward->setEnabled(m_step >= 0 && m_step + 1 < m_steps.size());
    const bool onRow = m_table->currentIndex().isValid();
    const DatasetTable* table = m_schema.table(currentTable());
    const bool dlt = table && table->hasColumn(QStringLiteral("_dlt_id"));
    m_showRecord->setEnabled(m_following && onRow && table && table->hasRowid && !table->system);
    m_showCell->setEnabled(onRow);
    m_parentRow->setEnabled(m_following && onRow && table && !table->parent.isEmpty()
                            && table->hasColumn(QStringLiteral("_dlt_parent_id")));
    m_loadOfRow->setEnabled(m_following && onRow && table && !table->system
                            && RowLinks(m_schema).knowsLoads(table->name));
    updateChildMenu();
    m_childRows->setEnabled(m_following && onRow && dlt && !m_childMenu->isEmpty());
    m_copy->setEnabled(onRow);
    m_export->setEnabled(m_step >= 0);
}

void RowsView::updateChildMenu()
{
    m_childMenu->clear();
    const DatasetTable* table = m_schema.table(currentTable());
    if (!table || !m_following) {
        return;
    }
    for (const QString& child : table->children) {
        QAction* action = m_childMenu->addAction(child);
        action->setObjectName(QStringLiteral("child_") + child);
        connect(action, &QAction::triggered, this, [this, child] { showChildRows(child); });
    }
}

QList<QAction*> RowsView::childActions() const
{
    return m_childMenu->actions();
}

QString RowsView::currentTable() const
{
    return m_step >= 0 ? m_steps.at(m_step).query.table : QString();
}

QString RowsView::description() const
{
    return m_step >= 0 ? m_steps.at(m_step).description : QString();
}

QVariant RowsView::currentValue(const QString& column) const
{
    const int index = int(m_model->query().columns.indexOf(column));
    const int row = m_table->currentIndex().row();
    return index >= 0 && row >= 0 ? m_model->rowValues(row).value(index) : QVariant();
}

void RowsView::showChildRows(const QString& childTable)
{
    const std::optional<RowQuery> query =
        RowLinks(m_schema).childRows(childTable, currentValue(QStringLiteral("_dlt_id")));
    if (query) {
        const int row = m_table->currentIndex().row();
        showRows(*query,
                 tr("%1 under row %2 of %3")
                     .arg(childTable, QLocale().toString(row + 1), currentTable()));
    }
}

void RowsView::showParentRow()
{
    const std::optional<RowQuery> query = RowLinks(m_schema).parentRow(
        currentTable(), currentValue(QStringLiteral("_dlt_parent_id")));
    if (query) {
        showRows(*query,
                 tr("the %1 row that row %2 of %3 hangs from")
                     .arg(query->table, QLocale().toString(m_table->currentIndex().row() + 1),
                          currentTable()));
    }
}

void RowsView::filterToLoad(const QString& loadId)
{
    const QString table = currentTable();
    const std::optional<RowQuery> query = RowLinks(m_schema).rowsOfLoad(table, loadId);
    if (query) {
        showRows(*query, tr("%1 of load %2").arg(table, loadId));
    }
}

void RowsView::showLoadOfRow()
{
    const QVariant load = currentValue(QStringLiteral("_dlt_load_id"));
    if (!load.isNull()) {
        filterToLoad(load.toString());
        return;
    }
    // A child row: its root row's load, read on the tasks' thread.
    const QString table = currentTable();
    const QVariant parentId = currentValue(QStringLiteral("_dlt_parent_id"));
    const RowLinks links(m_schema);
    const quint64 task =
        m_tasks->post([links, table, parentId](BrowseConnection& connection, BrowseTasks::Control&,
                                               QString* error) -> QVariant {
            return links.loadOfChildRow(connection, table, parentId, error);
        });
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_tasks, &BrowseTasks::finished, this,
        [this, task, connection](quint64 done, const QVariant& answer, const QString& error) {
            if (done != task) {
                return;
            }
            disconnect(*connection);
            if (!answer.isNull()) {
                filterToLoad(answer.toString());
            } else {
                Q_EMIT message(error.isEmpty() ? tr("The row's load cannot be found.") : error);
            }
        });
}

void RowsView::showRecord()
{
    const QString table = currentTable();
    const int row = m_table->currentIndex().row();
    const qint64 rowid = m_model->rowid(row);
    if (rowid < 0) {
        return;
    }
    if (!m_viewer) {
        m_viewer = new ValueViewer(this);
    }
    m_viewer->showWaiting(tr("Record of row %1 in %2").arg(QLocale().toString(row + 1), table));
    m_viewer->show();
    const DatasetSchema schema = m_schema;
    m_recordTask =
        m_tasks->post([schema, table, rowid](BrowseConnection& connection, BrowseTasks::Control&,
                                             QString* error) -> QVariant {
            RecordReader reader(connection, schema);
            const std::optional<QJsonValue> record = reader.record(table, rowid, error);
            return record ? QVariant::fromValue(*record) : QVariant();
        });
}

void RowsView::showCell()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid()) {
        return;
    }
    if (!m_viewer) {
        m_viewer = new ValueViewer(this);
    }
    const QString title = tr("%1 of row %2 in %3")
                              .arg(m_model->query().columns.value(index.column()),
                                   QLocale().toString(index.row() + 1), description());
    if (!index.data(RowsModel::CutRole).toBool() || m_model->rowid(index.row()) < 0) {
        const QVariant value = index.data();
        m_viewer->showValue(title, value.isNull() ? QStringLiteral("NULL") : value.toString());
    } else {
        m_viewer->showWaiting(title);
        m_viewer->setWindowTitle(title);
        m_cellRequest = m_model->fetchCell(index.row(), index.column());
    }
    m_viewer->show();
    m_viewer->raise();
}

void RowsView::copySelection()
{
    m_transfer->copySelection();
}

void RowsView::exportRows()
{
    if (m_step >= 0) {
        m_transfer->exportRows(currentTable());
    }
}
