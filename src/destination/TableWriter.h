// Writes normalized rows into one table of a load's database: creates the
// table or adds the columns the schema gained (ALTER TABLE ADD COLUMN, never
// a rewrite), then inserts. Runs on the load's writer thread and reads only
// the columns snapshot of each batch. Bringing the table up to its columns
// is the same for every database; each says how it runs SQL, what columns
// a table has and how it declares one.
#pragma once

#include "pipeline/RowBatch.h"

#include <QString>
#include <QStringList>

#include <cstddef>

class TableSchema;

class TableWriter
{
public:
    // table: its name; tableName: as statements name it (see
    // DestinationDatabase::qualified).
    TableWriter(const QString& table, const QString& tableName)
        : m_table(table)
        , m_tableName(tableName)
    { }
    virtual ~TableWriter() = default;

    // The table as statements name it (DestinationDatabase::qualified).
    const QString& tableName() const
    {
        return m_tableName;
    }
    // Brings the database's table up to these columns.
    bool syncColumns(const TableSchema& columns, QString* error);
    // The rows with their snapshot of the table's columns.
    virtual bool insert(const TableRows& rows, QString* error) = 0;
    // Sends what insert() gathered; the loader drains before it touches the
    // database itself.
    virtual bool flush(QString* error)
    {
        Q_UNUSED(error);
        return true;
    }
    qint64 rowsWritten() const
    {
        return m_written;
    }

protected:
    // The table's columns now; empty when there is no such table.
    virtual QStringList existingColumns() = 0;
    // "name TYPE …" of one column; creating: the table is made with it.
    virtual QString columnDefinition(const TableSchema& columns, size_t index,
                                     bool creating) const = 0;
    // One DDL statement on the load's connection.
    virtual bool execute(const QString& sql, QString* error) = 0;

    QString m_table;
    QString m_tableName;
    qint64 m_written = 0;

private:
    bool addColumn(const TableSchema& columns, size_t index, QString* error);

    // Columns the table has, in the schema's order.
    size_t m_created = 0;
    bool m_exists = false;
    bool m_checked = false;
};
