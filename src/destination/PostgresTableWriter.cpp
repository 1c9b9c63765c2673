#include "destination/PostgresTableWriter.h"

#include "destination/PostgresDatabase.h"
#include "pipeline/RowId.h"
#include "pipeline/TableSchema.h"

#include <charconv>
#include <vector>

PostgresTableWriter::PostgresTableWriter(PostgresDatabase* database, const QString& table)
    : TableWriter(table, database->qualified(table))
    , m_database(database)
    , m_tableUtf8(table.toStdString())
{ }

QString PostgresTableWriter::columnDefinition(const TableSchema& columns, size_t index,
                                              bool creating) const
{
    const ColumnSchema& column = columns.columns()[index];
    QString definition =
        DestinationDatabase::quote(column.name) + u' ' + DataTypes::postgresType(column.type);
    // dlt's postgres destination makes unique columns (the row key) UNIQUE
    // (its create_indexes is on by default).
    if (column.unique) {
        definition += QLatin1String(" UNIQUE");
    }
    // A NOT NULL column cannot be added to a table that has rows.
    if (!column.nullable && creating) {
        definition += QLatin1String(" NOT NULL");
    }
    return definition;
}

QStringList PostgresTableWriter::existingColumns()
{
    return m_database->columnsOf(m_table);
}

bool PostgresTableWriter::execute(const QString& sql, QString* error)
{
    return m_database->exec(sql, error);
}

bool PostgresTableWriter::appendText(QByteArray& out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '\0':
            return false;
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return true;
}

namespace {

void appendNumber(QByteArray& out, int64_t value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

void appendNumber(QByteArray& out, double value)
{
    // The shortest text that reads back as the same double.
    char digits[32];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    out.append(digits, end - digits);
}

} // namespace

bool PostgresTableWriter::encode(const TableRows& rows, const TableSchema& columns, QByteArray& out,
                                 QString* error) const
{
    const size_t count = columns.columns().size();
    std::vector<const Cell*> cells(count, nullptr);
    for (size_t row = 0; row < rows.rowCount(); ++row) {
        std::fill(cells.begin(), cells.end(), nullptr);
        for (const Cell* cell = rows.rowBegin(row); cell != rows.rowEnd(row); ++cell) {
            cells[size_t(cell->column)] = cell;
        }
        for (size_t column = 0; column < count; ++column) {
            if (column > 0) {
                out += '\t';
            }
            const Cell* cell = cells[column];
            if (!cell || cell->kind == Cell::Null) {
                out += "\\N";
                continue;
            }
            switch (cell->kind) {
            case Cell::Null:
                break;
            case Cell::Integer:
                appendNumber(out, cell->integer);
                break;
            case Cell::Real:
                appendNumber(out, cell->real);
                break;
            case Cell::ChildId: {
                const RowId::Text id = RowId::child(cell->text, m_tableUtf8, cell->integer);
                out.append(id.data(), qsizetype(id.size()));
                break;
            }
            case Cell::Text:
                if (!appendText(out, cell->text)) {
                    *error = tr("A value of column \"%1\" in table \"%2\" holds the NUL character "
                                "(\\u0000), which PostgreSQL cannot store; the load was rolled "
                                "back.")
                                 .arg(columns.columns()[column].name, m_table);
                    return false;
                }
                break;
            }
        }
        out += '\n';
    }
    return true;
}

bool PostgresTableWriter::insert(const TableRows& rows, QString* error)
{
    if (rows.rowCount() == 0) {
        return true;
    }
    const TableSchema& columns = *rows.snapshot;
    // Rows encoded for fewer columns go out under their own column list.
    if (m_copyColumns != columns.columns().size() && !flush(error)) {
        return false;
    }
    if (!syncColumns(columns, error)) {
        return false;
    }
    if (m_copy.isEmpty() || m_copyColumns != columns.columns().size()) {
        QStringList names;
        for (const ColumnSchema& column : columns.columns()) {
            names << DestinationDatabase::quote(column.name);
        }
        m_copy = QStringLiteral("COPY %1 (%2) FROM STDIN").arg(tableName(), names.join(u", "));
        m_copyColumns = columns.columns().size();
    }
    if (!encode(rows, columns, m_pending, error)) {
        return false;
    }
    recordOrder(rows, columns);
    m_written += qint64(rows.rowCount());
    return m_pending.size() < kFlushBytes || flush(error);
}

bool PostgresTableWriter::flush(QString* error)
{
    const QString doing = tr("writing table %1").arg(m_table);
    if (!m_pending.isEmpty() && !m_database->copy(m_copy, m_pending, doing, error)) {
        return false;
    }
    m_pending.clear();
    if (!m_pendingOrder.isEmpty()
        && !m_database->copy(QStringLiteral("COPY %1 (\"_grantline_id\") FROM STDIN")
                                 .arg(PostgresDatabase::orderTable()),
                             m_pendingOrder, doing, error)) {
        return false;
    }
    m_pendingOrder.clear();
    return true;
}

void PostgresTableWriter::recordOrder(const TableRows& rows, const TableSchema& columns)
{
    // Only a merge that drops duplicates needs to know which row came last.
    const int id = columns.indexOf(QStringLiteral("_dlt_id"));
    if (!columns.isRoot() || columns.writeDisposition != QLatin1String("merge")
        || columns.primaryKey().isEmpty() || id < 0) {
        return;
    }
    for (size_t row = 0; row < rows.rowCount(); ++row) {
        for (const Cell* cell = rows.rowBegin(row); cell != rows.rowEnd(row); ++cell) {
            if (cell->column == id && cell->kind == Cell::Text) {
                appendText(m_pendingOrder, cell->text);
            }
        }
        m_pendingOrder += '\n';
    }
}
