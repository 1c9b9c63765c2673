#include "browse/RecordReader.h"

#include "destination/SqliteDatabase.h"
#include "pipeline/DltColumns.h"
#include "pipeline/RecordRebuilder.h"

namespace {

using DltColumns::kId;
using DltColumns::kParentId;
// Bound values per statement, well under SQLite's limit.
constexpr int kIdsPerStatement = 400;
constexpr int kMaxDepth = 64;

RecordRebuilder::Table rebuilderTable(const DatasetTable& table, bool root)
{
    RecordRebuilder::Table described;
    described.name = table.name;
    described.parent = root ? QString() : table.parent;
    for (const DatasetColumn& column : table.columns) {
        if (!column.dataType.isEmpty()) {
            described.dataTypes.insert(column.name, column.dataType);
        }
    }
    return described;
}

} // namespace

RecordReader::RecordReader(BrowseConnection& connection, const DatasetSchema& schema)
    : m_connection(connection)
    , m_schema(schema)
{ }

std::optional<QJsonValue> RecordReader::record(const QString& tableName, qint64 rowid,
                                               QString* error)
{
    const DatasetTable* table = m_schema.table(tableName);
    if (!table) {
        *error = tr("There is no table %1 in the file.").arg(tableName);
        return std::nullopt;
    }
    const auto rows = m_connection.selectNamed(
        QStringLiteral("SELECT * FROM %1 WHERE rowid = ?").arg(SqliteDatabase::quote(tableName)),
        error, {rowid});
    if (!rows) {
        return std::nullopt;
    }
    if (rows->isEmpty()) {
        *error = tr("The row is no longer in %1.").arg(tableName);
        return std::nullopt;
    }
    RecordRebuilder rebuilder;
    rebuilder.addTable(rebuilderTable(*table, true));
    const QVariantHash row = rows->first();
    if (row.contains(kId)
        && !readChildren(*table, {row.value(kId).toString()}, &rebuilder, 0, error)) {
        return std::nullopt;
    }
    return rebuilder.record(tableName, row);
}

bool RecordReader::readChildren(const DatasetTable& table, const QStringList& ids,
                                RecordRebuilder* rebuilder, int depth, QString* error)
{
    if (depth >= kMaxDepth) {
        return true;
    }
    for (const QString& childName : table.children) {
        const DatasetTable* child = m_schema.table(childName);
        if (!child || !child->hasColumn(kParentId)) {
            continue;
        }
        const auto rows = rowsWhere(*child, kParentId, ids, error);
        if (!rows) {
            return false;
        }
        if (rows->isEmpty()) {
            continue;
        }
        rebuilder->addTable(rebuilderTable(*child, false));
        rebuilder->addRows(childName, *rows);
        QStringList childIds;
        for (const QVariantHash& row : *rows) {
            childIds << row.value(kId).toString();
        }
        if (!readChildren(*child, childIds, rebuilder, depth + 1, error)) {
            return false;
        }
    }
    return true;
}

std::optional<QList<QVariantHash>> RecordReader::rowsWhere(const DatasetTable& table,
                                                           const QString& column,
                                                           const QStringList& values,
                                                           QString* error)
{
    QList<QVariantHash> rows;
    for (qsizetype from = 0; from < values.size(); from += kIdsPerStatement) {
        const QStringList some = values.mid(from, kIdsPerStatement);
        QStringList marks(some.size(), QStringLiteral("?"));
        QVariantList bound;
        for (const QString& value : some) {
            bound << value;
        }
        const auto part = m_connection.selectNamed(
            QStringLiteral("SELECT * FROM %1 WHERE %2 IN (%3)")
                .arg(SqliteDatabase::quote(table.name), SqliteDatabase::quote(column),
                     marks.join(QLatin1String(", "))),
            error, bound);
        if (!part) {
            return std::nullopt;
        }
        rows << *part;
    }
    return rows;
}
