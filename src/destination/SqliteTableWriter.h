// Writes normalized rows into one table: creates the table or adds the
// columns the schema gained (ALTER TABLE ADD COLUMN, never a rewrite), then
// inserts through one prepared statement. Runs on the load's writer thread,
// so it uses only the sqlite3 handle and the columns snapshot of each batch.
//
// The insert runs on the sqlite3 handle QtSql exposes rather than through
// QSqlQuery: QSqlQuery boxes every value in a QVariant and copies each text
// into a QString and back to UTF-8, which the load benchmark measured as the
// larger part of the load (tests/bench/bench_load prints both paths).
#pragma once

#include "destination/TableWriter.h"
#include "pipeline/RowBatch.h"

#include <QString>

#include <cstddef>
#include <string>

class SqliteDatabase;
class TableSchema;
struct sqlite3_stmt;

class SqliteTableWriter : public TableWriter
{
public:
    SqliteTableWriter(SqliteDatabase* database, const QString& table);
    ~SqliteTableWriter() override;
    SqliteTableWriter(const SqliteTableWriter&) = delete;
    SqliteTableWriter& operator=(const SqliteTableWriter&) = delete;

    // The rows with their snapshot of the table's columns.
    bool insert(const TableRows& rows, QString* error) override;

protected:
    // On the sqlite3 handle: QtSql's connection is not the writer thread's.
    QStringList existingColumns() override;
    QString columnDefinition(const TableSchema& columns, size_t index,
                             bool creating) const override;
    bool execute(const QString& sql, QString* error) override;

private:
    bool prepare(const TableSchema& columns, QString* error);
    sqlite3_stmt* compile(const QStringList& names, size_t rows, QString* error);
    bool step(sqlite3_stmt* statement, QString* error);

    SqliteDatabase* m_database;
    std::string m_tableUtf8;
    sqlite3_stmt* m_insert = nullptr;
    // The same for several rows at once.
    sqlite3_stmt* m_group = nullptr;
    size_t m_groupRows = 1;
    size_t m_prepared = 0;
};
