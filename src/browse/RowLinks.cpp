#include "browse/RowLinks.h"

#include "destination/SqliteDatabase.h"
#include "pipeline/DltColumns.h"

using namespace DltColumns;

std::optional<RowQuery> RowLinks::childRows(const QString& childTable, const QVariant& rowId) const
{
    const DatasetTable* child = m_schema.table(childTable);
    if (!child || rowId.isNull() || !child->hasColumn(kParentId)) {
        return std::nullopt;
    }
    RowQuery query;
    query.table = childTable;
    query.columns = child->columnNames();
    query.condition = kParentId + QStringLiteral(" = ?");
    query.conditionValues = {rowId};
    return query;
}

std::optional<RowQuery> RowLinks::parentRow(const QString& table, const QVariant& parentId) const
{
    const DatasetTable* known = m_schema.table(table);
    const DatasetTable* parent = known ? m_schema.table(known->parent) : nullptr;
    if (!parent || parentId.isNull()) {
        return std::nullopt;
    }
    RowQuery query;
    query.table = parent->name;
    query.columns = parent->columnNames();
    query.condition = kId + QStringLiteral(" = ?");
    query.conditionValues = {parentId};
    return query;
}

QString RowLinks::loadCondition(const QString& table) const
{
    // Root rows carry their load; a child row's load is its root row's.
    const QStringList chain = m_schema.lineage(table);
    const DatasetTable* root = m_schema.table(chain.value(0));
    if (!root || !root->hasColumn(kLoadId)) {
        return {};
    }
    QString condition = kLoadId + QStringLiteral(" = ?");
    for (int i = 1; i < chain.size(); ++i) {
        condition = QStringLiteral("%1 IN (SELECT %2 FROM %3 WHERE %4)")
                        .arg(kParentId, kId, SqliteDatabase::quote(chain.at(i - 1)), condition);
    }
    return condition;
}

bool RowLinks::knowsLoads(const QString& table) const
{
    return !loadCondition(table).isEmpty();
}

std::optional<RowQuery> RowLinks::rowsOfLoad(const QString& table, const QString& loadId) const
{
    const DatasetTable* known = m_schema.table(table);
    const QString condition = loadCondition(table);
    if (!known || condition.isEmpty()) {
        return std::nullopt;
    }
    RowQuery query;
    query.table = table;
    query.columns = known->columnNames();
    if (known->hasColumn(kLoadId)) {
        // A root table: the filter under its _dlt_load_id header, editable.
        query.filters = {{kLoadId, QLatin1Char('=') + loadId}};
    } else {
        query.condition = condition;
        query.conditionValues = {loadId};
    }
    return query;
}

QVariant RowLinks::loadOfChildRow(BrowseConnection& connection, const QString& table,
                                  const QVariant& parentId, QString* error) const
{
    const QStringList chain = m_schema.lineage(table);
    if (chain.size() < 2 || parentId.isNull()) {
        return {};
    }
    QVariant id = parentId;
    for (int i = int(chain.size()) - 2; i >= 1; --i) {
        const auto rows =
            connection.select(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                                  .arg(kParentId, SqliteDatabase::quote(chain.at(i)), kId),
                              error, {id});
        if (!rows || rows->isEmpty()) {
            return {};
        }
        id = rows->first().value(0);
    }
    const auto rows =
        connection.select(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                              .arg(kLoadId, SqliteDatabase::quote(chain.first()), kId),
                          error, {id});
    return rows && !rows->isEmpty() ? rows->first().value(0) : QVariant();
}
