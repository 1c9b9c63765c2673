// How rows of a dlt dataset hang together, as queries: a row's child rows
// (by _dlt_parent_id), its parent row (by _dlt_id), and a table's rows of
// one load (a child table's through its root rows, for only root tables
// carry _dlt_load_id). The SQL is built here, with names quoted and values
// bound, so the grid only asks.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/DatasetSchema.h"
#include "browse/RowQuery.h"

#include <optional>

class RowLinks
{
public:
    explicit RowLinks(const DatasetSchema& schema)
        : m_schema(schema)
    { }

    // The rows of childTable whose parent is the row with this _dlt_id.
    std::optional<RowQuery> childRows(const QString& childTable, const QVariant& rowId) const;
    // The row of table's parent table with this _dlt_id.
    std::optional<RowQuery> parentRow(const QString& table, const QVariant& parentId) const;
    // The rows of a table one load wrote; nullopt when the table has no way
    // to its load (no dlt root table above it).
    std::optional<RowQuery> rowsOfLoad(const QString& table, const QString& loadId) const;
    bool knowsLoads(const QString& table) const;
    // The load of a child row, found by walking up from its _dlt_parent_id
    // to the root row (one keyed read per table); empty when not found.
    QVariant loadOfChildRow(BrowseConnection& connection, const QString& table,
                            const QVariant& parentId, QString* error) const;

private:
    QString loadCondition(const QString& table) const;

    DatasetSchema m_schema;
};
