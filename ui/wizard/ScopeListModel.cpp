#include "wizard/ScopeListModel.h"

ScopeListModel::ScopeListModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ScopeListModel::setScopes(const QList<Scope>& scopes)
{
    beginResetModel();
    m_scopes = scopes;
    endResetModel();
    Q_EMIT checkedScopesChanged();
}

QStringList ScopeListModel::checkedScopes() const
{
    QStringList names;
    for (const Scope& scope : m_scopes) {
        if (scope.checked) {
            names.append(scope.name);
        }
    }
    return names;
}

void ScopeListModel::setChecked(const QString& scope, bool checked)
{
    for (int row = 0; row < m_scopes.size(); ++row) {
        if (m_scopes.at(row).name == scope) {
            setData(index(row, ScopeColumn), checked ? Qt::Checked : Qt::Unchecked,
                    Qt::CheckStateRole);
        }
    }
}

int ScopeListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_scopes.size());
}

int ScopeListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScopeListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Scope& scope = m_scopes.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == ScopeColumn) {
        return scope.checked ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return index.column() == ScopeColumn ? scope.name : scope.description;
    }
    return QVariant();
}

bool ScopeListModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != ScopeColumn) {
        return false;
    }
    const bool checked = value.toInt() == Qt::Checked;
    Scope& scope = m_scopes[index.row()];
    if (scope.checked == checked) {
        return true;
    }
    scope.checked = checked;
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT checkedScopesChanged();
    return true;
}

Qt::ItemFlags ScopeListModel::flags(const QModelIndex& index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ScopeColumn) {
        flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}

QVariant ScopeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QVariant();
    }
    return section == ScopeColumn ? tr("Scope") : tr("What it lets Grantline do");
}
