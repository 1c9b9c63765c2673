// What a dataset file holds, as a person browsing it wants it: its tables
// nested the way dlt nests them (items → items__tags), dlt's system tables
// apart, and for every column its dlt data type, keys, whether it is a
// variant column and the load that added it (from the schema versions in
// _dlt_version). A file dlt never touched reads too, from SQLite alone.
#pragma once

#include "browse/BrowseConnection.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

struct DatasetColumn
{
    QString name;
    // As SQLite declares it ("BIGINT"), and as dlt's schema names it
    // ("bigint"; empty when the file has no dlt schema for it).
    QString declaredType;
    QString dataType;
    bool nullable = true;
    bool primaryKey = false;
    bool mergeKey = false;
    // col__v_<type>: the values of col that did not fit its type.
    bool variant = false;
    // One of dlt's _dlt_ columns.
    bool system = false;
    // The load that added the column, and when; empty if not known.
    QString addedByLoad;
};

struct DatasetTable
{
    QString name;
    // The table its rows hang from (_dlt_parent_id → its _dlt_id); empty
    // for a root table.
    QString parent;
    QStringList children;
    QString resource;
    // append, replace or merge (a child table's is its root's).
    QString writeDisposition;
    // dlt's _dlt_loads, _dlt_version, _dlt_pipeline_state, SQLite's own.
    bool system = false;
    bool view = false;
    bool hasRowid = true;
    QList<DatasetColumn> columns;
    // Counted in the background; -1 until then.
    qint64 rows = -1;

    QStringList columnNames() const;
    int indexOf(const QString& column) const;
    bool hasColumn(const QString& column) const
    {
        return indexOf(column) >= 0;
    }
};

class DatasetSchema
{
    Q_DECLARE_TR_FUNCTIONS(DatasetSchema)

public:
    // Reads the tables, the stored dlt schemas and their versions; nullopt
    // with a sentence when the file cannot be read.
    static std::optional<DatasetSchema> read(BrowseConnection& connection, QString* error);

    const QList<DatasetTable>& tables() const
    {
        return m_tables;
    }
    const DatasetTable* table(const QString& name) const;
    DatasetTable* table(const QString& name);
    // Data tables without a parent, in the order dlt made them.
    QStringList roots() const;
    QStringList systemTables() const;
    // The chain from a root down to this table (the root first).
    QStringList lineage(const QString& table) const;
    // Whether a dlt schema was found (else the tables are SQLite's only).
    bool isDltDataset() const
    {
        return m_dlt;
    }
    QString schemaName() const
    {
        return m_schemaName;
    }
    qint64 schemaVersion() const
    {
        return m_schemaVersion;
    }

private:
    bool readTables(BrowseConnection& connection, QString* error);
    void readColumns(BrowseConnection& connection, DatasetTable* table);
    void applyStoredSchemas(BrowseConnection& connection);
    void noteColumnLoads(BrowseConnection& connection);
    void nestByName();
    void linkChildren();

    QList<DatasetTable> m_tables;
    bool m_dlt = false;
    QString m_schemaName;
    qint64 m_schemaVersion = 0;
};

Q_DECLARE_METATYPE(DatasetSchema)
