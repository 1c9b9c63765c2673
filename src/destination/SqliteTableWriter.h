// Writes normalized rows into one table: creates the table or adds the
// columns the schema gained (ALTER TABLE ADD COLUMN, never a rewrite), then
// inserts through one prepared statement.
//
// The insert runs on the sqlite3 handle QtSql exposes rather than through
// QSqlQuery: QSqlQuery boxes every value in a QVariant and copies each text
// into a QString and back to UTF-8, which the insert benchmark measured as
// most of the load time (tests/bench/bench_load prints both paths).
#pragma once

#include "pipeline/RowBatch.h"

#include <QString>

#include <cstddef>

class SqliteDatabase;
class TableSchema;
struct sqlite3_stmt;

class SqliteTableWriter
{
public:
    SqliteTableWriter(SqliteDatabase* database, const TableSchema* table);
    ~SqliteTableWriter();
    SqliteTableWriter(const SqliteTableWriter&) = delete;
    SqliteTableWriter& operator=(const SqliteTableWriter&) = delete;

    // Brings the file's table up to the schema's columns.
    bool syncColumns(QString* error);
    bool insert(const TableRows& rows, QString* error);
    qint64 rowsWritten() const
    {
        return m_written;
    }

private:
    bool prepare(QString* error);
    QString columnDefinition(size_t index, bool creating) const;

    SqliteDatabase* m_database;
    const TableSchema* m_table;
    // Columns the file's table has, in the schema's order.
    size_t m_created = 0;
    bool m_exists = false;
    bool m_checked = false;
    sqlite3_stmt* m_insert = nullptr;
    size_t m_prepared = 0;
    qint64 m_written = 0;
};
