#include "pipeline/EndpointFilterModel.h"

#include "pipeline/EndpointTableModel.h"

EndpointFilterModel::EndpointFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setFilterKeyColumn(EndpointTableModel::NameColumn);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    // The last run's counts and times sort as numbers and times, not text.
    setSortRole(Qt::EditRole);
}

void EndpointFilterModel::setEndpointModel(EndpointTableModel* model)
{
    setSourceModel(model);
}

EndpointTableModel* EndpointFilterModel::endpointModel() const
{
    return qobject_cast<EndpointTableModel*>(sourceModel());
}

void EndpointFilterModel::setNameFilter(const QString& text)
{
    setFilterFixedString(text);
}

void EndpointFilterModel::tickAllVisible(bool ticked)
{
    EndpointTableModel* model = endpointModel();
    if (!model) {
        return;
    }
    QList<int> rows;
    for (int row = 0; row < rowCount(); ++row) {
        rows.append(mapToSource(index(row, 0)).row());
    }
    model->setTicked(rows, ticked);
}

bool EndpointFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The tick has no text: sorted by its state, unticked first.
    if (left.column() == EndpointTableModel::TickedColumn) {
        return left.data(Qt::CheckStateRole).toInt() < right.data(Qt::CheckStateRole).toInt();
    }
    return QSortFilterProxyModel::lessThan(left, right);
}
