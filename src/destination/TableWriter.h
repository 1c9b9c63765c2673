// Writes normalized rows into one table of a load's database: creates the
// table or adds the columns the schema gained, then inserts. Runs on the
// load's writer thread and reads only the columns snapshot of each batch.
#pragma once

#include "pipeline/RowBatch.h"

#include <QString>

class TableSchema;

class TableWriter
{
public:
    virtual ~TableWriter() = default;

    // Brings the database's table up to these columns.
    virtual bool syncColumns(const TableSchema& columns, QString* error) = 0;
    // The rows with their snapshot of the table's columns.
    virtual bool insert(const TableRows& rows, QString* error) = 0;
    qint64 rowsWritten() const
    {
        return m_written;
    }

protected:
    qint64 m_written = 0;
};
