#include "destination/SqliteTableWriter.h"

#include "destination/SqliteDatabase.h"
#include "pipeline/TableSchema.h"

#include <QSet>

#include <sqlite3.h>

SqliteTableWriter::SqliteTableWriter(SqliteDatabase* database, const QString& table)
    : m_database(database)
    , m_table(table)
{ }

SqliteTableWriter::~SqliteTableWriter()
{
    sqlite3_finalize(m_insert);
}

QString SqliteTableWriter::columnDefinition(const TableSchema& columns, size_t index, bool creating)
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

bool SqliteTableWriter::syncColumns(const TableSchema& columns, QString* error)
{
    const size_t wanted = columns.columns().size();
    if (!m_checked) {
        m_checked = true;
        const QStringList existing = m_database->columnsOfRaw(m_table);
        m_exists = !existing.isEmpty();
        const QSet<QString> names(existing.begin(), existing.end());
        // Count the schema's columns the table already has, in order; a
        // column missing in the middle (a file changed by hand) is added.
        m_created = 0;
        std::vector<size_t> missing;
        for (size_t i = 0; i < wanted; ++i) {
            if (names.contains(columns.columns()[i].name)) {
                continue;
            }
            missing.push_back(i);
        }
        if (m_exists) {
            for (size_t index : missing) {
                if (!m_database->execRaw(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                                             .arg(SqliteDatabase::quote(m_table),
                                                  columnDefinition(columns, index, false)),
                                         error)) {
                    return false;
                }
            }
            m_created = wanted;
        }
    }
    if (!m_exists) {
        if (wanted == 0) {
            return true;
        }
        QStringList definitions;
        for (size_t i = 0; i < wanted; ++i) {
            definitions << columnDefinition(columns, i, true);
        }
        if (!m_database->execRaw(
                QStringLiteral("CREATE TABLE %1 (%2)")
                    .arg(SqliteDatabase::quote(m_table), definitions.join(QLatin1String(", "))),
                error)) {
            return false;
        }
        m_exists = true;
        m_created = wanted;
        return true;
    }
    for (; m_created < wanted; ++m_created) {
        if (!m_database->execRaw(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                                     .arg(SqliteDatabase::quote(m_table),
                                          columnDefinition(columns, m_created, false)),
                                 error)) {
            return false;
        }
    }
    return true;
}

bool SqliteTableWriter::prepare(const TableSchema& columns, QString* error)
{
    const size_t count = columns.columns().size();
    if (m_insert && m_prepared == count) {
        return true;
    }
    sqlite3_finalize(m_insert);
    m_insert = nullptr;
    QStringList names;
    QStringList marks;
    for (const ColumnSchema& column : columns.columns()) {
        names << SqliteDatabase::quote(column.name);
        marks << QStringLiteral("?");
    }
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(SqliteDatabase::quote(m_table), names.join(QLatin1Char(',')),
                                    marks.join(QLatin1Char(',')))
                               .toUtf8();
    if (sqlite3_prepare_v3(m_database->handle(), sql.constData(), int(sql.size()),
                           SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr)
        != SQLITE_OK) {
        *error = m_database->describeLastError(QStringLiteral("INSERT INTO ") + m_table);
        return false;
    }
    m_prepared = count;
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
    for (size_t row = 0; row < rows.rowCount(); ++row) {
        sqlite3_clear_bindings(m_insert);
        for (const Cell* cell = rows.rowBegin(row); cell != rows.rowEnd(row); ++cell) {
            const int parameter = cell->column + 1;
            switch (cell->kind) {
            case Cell::Null:
                break;
            case Cell::Integer:
                sqlite3_bind_int64(m_insert, parameter, cell->integer);
                break;
            case Cell::Real:
                sqlite3_bind_double(m_insert, parameter, cell->real);
                break;
            case Cell::Text:
                // The text outlives the step: no copy (SQLITE_STATIC).
                sqlite3_bind_text(m_insert, parameter, cell->text.data() ? cell->text.data() : "",
                                  int(cell->text.size()), SQLITE_STATIC);
                break;
            }
        }
        const int result = sqlite3_step(m_insert);
        sqlite3_reset(m_insert);
        if (result != SQLITE_DONE) {
            *error = m_database->describeLastError(QStringLiteral("INSERT INTO ") + m_table);
            return false;
        }
        ++m_written;
    }
    return true;
}
