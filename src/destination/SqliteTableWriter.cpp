#include "destination/SqliteTableWriter.h"

#include "destination/SqliteDatabase.h"
#include "pipeline/RowId.h"
#include "pipeline/TableSchema.h"

#include <algorithm>

#include <sqlite3.h>

SqliteTableWriter::SqliteTableWriter(SqliteDatabase* database, const QString& table)
    : TableWriter(table, database->qualified(table))
    , m_database(database)
    , m_tableUtf8(table.toStdString())
{ }

SqliteTableWriter::~SqliteTableWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_group);
}

QString SqliteTableWriter::columnDefinition(const TableSchema& columns, size_t index,
                                            bool creating) const
{
    const ColumnSchema& column = columns.columns()[index];
    QString definition = SqliteDatabase::quote(column.name) + QLatin1Char(' ')
        + DataTypes::sqliteType(column.type, column.unique);
    // SQLite cannot add a NOT NULL column without a default to a table
    // that has rows, so only columns made with the table carry it.
    if (!column.nullable && creating) {
        definition += QLatin1String(" NOT NULL");
    }
    return definition;
}

QStringList SqliteTableWriter::existingColumns()
{
    return m_database->columnsOfRaw(m_table);
}

bool SqliteTableWriter::execute(const QString& sql, QString* error)
{
    return m_database->execRaw(sql, error);
}

sqlite3_stmt* SqliteTableWriter::compile(const QStringList& names, size_t rows, QString* error)
{
    QStringList marks;
    for (qsizetype i = 0; i < names.size(); ++i) {
        marks << QStringLiteral("?");
    }
    const QString row = QLatin1Char('(') + marks.join(QLatin1Char(',')) + QLatin1Char(')');
    QStringList values;
    for (size_t i = 0; i < rows; ++i) {
        values << row;
    }
    const QByteArray sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
            .arg(m_tableName, names.join(QLatin1Char(',')), values.join(QLatin1Char(',')))
            .toUtf8();
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(m_database->handle(), sql.constData(), int(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &statement, nullptr)
        != SQLITE_OK) {
        *error = m_database->describeLastError(QStringLiteral("INSERT INTO ") + m_table);
        sqlite3_finalize(statement);
        return nullptr;
    }
    return statement;
}

bool SqliteTableWriter::prepare(const TableSchema& columns, QString* error)
{
    const size_t count = columns.columns().size();
    if (m_insert && m_prepared == count) {
        return true;
    }
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_group);
    m_insert = nullptr;
    m_group = nullptr;
    QStringList names;
    for (const ColumnSchema& column : columns.columns()) {
        names << SqliteDatabase::quote(column.name);
    }
    // Rows go in groups through one multi-row INSERT: a step per group
    // instead of per row (SQLite allows 32,766 parameters a statement).
    m_groupRows = std::clamp<size_t>(30000 / std::max<size_t>(count, 1), 1, 64);
    m_insert = compile(names, 1, error);
    m_group = m_insert ? compile(names, m_groupRows, error) : nullptr;
    if (!m_group) {
        return false;
    }
    m_prepared = count;
    return true;
}

namespace {

void bindRow(sqlite3_stmt* statement, const Cell* begin, const Cell* end, int offset,
             std::string_view table)
{
    for (const Cell* cell = begin; cell != end; ++cell) {
        const int parameter = offset + cell->column + 1;
        switch (cell->kind) {
        case Cell::Null:
            sqlite3_bind_null(statement, parameter);
            break;
        case Cell::Integer:
            sqlite3_bind_int64(statement, parameter, cell->integer);
            break;
        case Cell::Real:
            sqlite3_bind_double(statement, parameter, cell->real);
            break;
        case Cell::ChildId: {
            const RowId::Text id = RowId::child(cell->text, table, cell->integer);
            sqlite3_bind_text(statement, parameter, id.data(), int(id.size()), SQLITE_TRANSIENT);
            break;
        }
        case Cell::Text:
            // The text outlives the step: no copy (SQLITE_STATIC).
            sqlite3_bind_text(statement, parameter, cell->text.data() ? cell->text.data() : "",
                              int(cell->text.size()), SQLITE_STATIC);
            break;
        }
    }
}

} // namespace

bool SqliteTableWriter::step(sqlite3_stmt* statement, QString* error)
{
    const int result = sqlite3_step(statement);
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (result != SQLITE_DONE) {
        *error = m_database->describeLastError(QStringLiteral("INSERT INTO ") + m_table);
        return false;
    }
    return true;
}

bool SqliteTableWriter::insert(const TableRows& rows, QString* error)
{
    if (rows.rowCount() == 0) {
        return true;
    }
    const TableSchema& columns = *rows.snapshot;
    if (!syncColumns(columns, error) || !prepare(columns, error)) {
        return false;
    }
    const size_t count = rows.rowCount();
    size_t row = 0;
    for (; row + m_groupRows <= count; row += m_groupRows) {
        for (size_t i = 0; i < m_groupRows; ++i) {
            bindRow(m_group, rows.rowBegin(row + i), rows.rowEnd(row + i), int(i * m_prepared),
                    m_tableUtf8);
        }
        if (!step(m_group, error)) {
            return false;
        }
        m_written += qint64(m_groupRows);
    }
    for (; row < count; ++row) {
        bindRow(m_insert, rows.rowBegin(row), rows.rowEnd(row), 0, m_tableUtf8);
        if (!step(m_insert, error)) {
            return false;
        }
        ++m_written;
    }
    return true;
}
