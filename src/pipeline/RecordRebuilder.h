// The inverse of the relational normalizer: a record as the API sent it,
// rebuilt from its row and the rows of its child tables. Nested objects come
// back from their flattened "a__b" columns, lists from their child tables in
// _dlt_list_idx order, variant columns into the key they stand for, JSON
// columns parsed. Names stay dlt's normalized ones and values keep the types
// they were loaded with; dlt drops nulls and empty lists and objects, so
// those are absent here too.
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QVariantHash>

class RecordRebuilder
{
public:
    struct Table
    {
        QString name;
        // Empty for the record's own table.
        QString parent;
        // Column → dlt data type name ("bigint", "json", …); a column not
        // named here keeps its value as SQLite returned it.
        QHash<QString, QString> dataTypes;
    };

    void addTable(const Table& table);
    // Rows of a child table (each column → value, with _dlt_id,
    // _dlt_parent_id and _dlt_list_idx).
    void addRows(const QString& table, const QList<QVariantHash>& rows);
    // The record a row of a table stood for.
    QJsonValue record(const QString& table, const QVariantHash& row) const;

private:
    QJsonObject objectOf(const QString& table, const QVariantHash& row, int depth) const;
    QJsonValue elementOf(const QString& table, const QVariantHash& row, int depth) const;
    QJsonArray listOf(const QString& childTable, const QString& parentId, int depth) const;
    QJsonValue valueOf(const QString& table, const QString& column, const QVariant& value) const;
    bool hasData(const QVariantHash& row, const QString& except) const;

    QHash<QString, Table> m_tables;
    // Child tables of each table.
    QHash<QString, QStringList> m_children;
    // (table, _dlt_parent_id) → rows in _dlt_list_idx order.
    QHash<QString, QHash<QString, QList<QVariantHash>>> m_rowsByParent;
};
