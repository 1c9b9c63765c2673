#include "destination/TableWriter.h"

#include "pipeline/TableSchema.h"

#include <QSet>

bool TableWriter::addColumn(const TableSchema& columns, size_t index, QString* error)
{
    return execute(QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                       .arg(tableName(), columnDefinition(columns, index, false)),
                   error);
}

bool TableWriter::syncColumns(const TableSchema& columns, QString* error)
{
    const size_t wanted = columns.columns().size();
    if (!m_checked) {
        m_checked = true;
        const QStringList existing = existingColumns();
        m_exists = !existing.isEmpty();
        if (m_exists) {
            // Any of the schema's columns the table lacks, wherever it is
            // (a table changed by hand).
            const QSet<QString> names(existing.begin(), existing.end());
            for (size_t i = 0; i < wanted; ++i) {
                if (!names.contains(columns.columns()[i].name) && !addColumn(columns, i, error)) {
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
        if (!execute(
                QStringLiteral("CREATE TABLE %1 (%2)").arg(tableName(), definitions.join(u", ")),
                error)) {
            return false;
        }
        m_exists = true;
        m_created = wanted;
        return true;
    }
    for (; m_created < wanted; ++m_created) {
        if (!addColumn(columns, m_created, error)) {
            return false;
        }
    }
    return true;
}
