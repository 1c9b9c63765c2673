// Writes normalized rows into one PostgreSQL table with COPY … FROM STDIN in
// COPY's text format: rows gather per table over several batches and go out
// in one COPY of a few megabytes (measured: a COPY per batch spent as long
// starting statements as sending rows), with no per-row round trip and no
// SQL text to parse. Creates the table or adds the columns the
// schema gained (ALTER TABLE ADD COLUMN), inside the load's transaction, so a
// failed load leaves no new table or column behind.
#pragma once

#include "destination/TableWriter.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

#include <string>

class PostgresDatabase;

class PostgresTableWriter : public TableWriter
{
    Q_DECLARE_TR_FUNCTIONS(PostgresTableWriter)

public:
    PostgresTableWriter(PostgresDatabase* database, const QString& table);

    bool insert(const TableRows& rows, QString* error) override;
    // The rows gathered so far, sent now.
    bool flush(QString* error) override;

    // One value in COPY's text format (backslash, tab, newline and carriage
    // return escaped); false for a NUL byte, which PostgreSQL cannot store.
    static bool appendText(QByteArray& out, std::string_view text);

protected:
    QStringList existingColumns() override;
    QString columnDefinition(const TableSchema& columns, size_t index,
                             bool creating) const override;
    bool execute(const QString& sql, QString* error) override;

private:
    bool encode(const TableRows& rows, const TableSchema& columns, QByteArray& out,
                QString* error) const;
    // The _dlt_id of a merge table's rows in the order written (a row's
    // ctid says where it fits, not when it came).
    void recordOrder(const TableRows& rows, const TableSchema& columns);

    // Rows gathered before a COPY.
    static constexpr qsizetype kFlushBytes = 4 << 20;

    PostgresDatabase* m_database;
    std::string m_tableUtf8;
    // COPY "table" ("a", "b", …) FROM STDIN, for the columns it was made for.
    QString m_copy;
    size_t m_copyColumns = 0;
    QByteArray m_pending;
    QByteArray m_pendingOrder;
};
