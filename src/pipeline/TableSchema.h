// One table of a schema: its columns in the order they first appeared, how it
// is written and, for a child table, which table its rows hang from. Stored
// in dlt's schema format inside _dlt_version.
#pragma once

#include "pipeline/DataType.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

struct ColumnSchema
{
    QString name;
    DataType type = DataType::Text;
    bool nullable = true;
    bool primaryKey = false;
    bool mergeKey = false;
    bool unique = false;
    bool rowKey = false;
    bool parentKey = false;
    bool rootKey = false;
    // A col__v_<type> column holding the values the column itself could not.
    bool variant = false;

    QJsonObject toJson() const;
    static ColumnSchema fromJson(const QJsonObject& json);
};

class TableSchema
{
public:
    QString name;
    // Empty for a root table.
    QString parent;
    QString resource;
    // append, replace, merge or skip (system tables).
    QString writeDisposition = QStringLiteral("append");
    // Deepest nesting of objects and lists turned into columns and child
    // tables; beyond it values are stored as JSON. -1: the default (1000).
    int maxNesting = -1;

    const std::vector<ColumnSchema>& columns() const
    {
        return m_columns;
    }
    // -1 when there is no such column.
    int indexOf(const QString& column) const
    {
        return m_index.value(column, -1);
    }
    const ColumnSchema* column(const QString& name) const;
    ColumnSchema* column(const QString& name);
    // Appends a column (its position is for ever); returns its index.
    int addColumn(const ColumnSchema& column);
    // One of dlt's _dlt_ columns, with the hints dlt gives it (NOT NULL;
    // row_key and unique on _dlt_id, parent_key, root_key); added if missing.
    int systemColumn(const QString& name, DataType type);
    // The variant column "<column>__v_<type>", added if missing.
    int variantOf(const QString& column, DataType type, int maxLength);
    QStringList primaryKey() const;
    QStringList mergeKey() const;
    bool isRoot() const
    {
        return parent.isEmpty();
    }

    QJsonObject toJson() const;
    static TableSchema fromJson(const QJsonObject& json);

private:
    std::vector<ColumnSchema> m_columns;
    QHash<QString, int> m_index;
};
