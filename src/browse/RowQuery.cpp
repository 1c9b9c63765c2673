#include "browse/RowQuery.h"

#include "browse/BrowseConnection.h"
#include "browse/RowFilter.h"
#include "destination/SqliteDatabase.h"

QString RowQuery::where(QVariantList* values, QList<QPair<QString, QString>>* errors) const
{
    QList<QPair<QString, QString>> quoted;
    for (const auto& [column, text] : filters) {
        quoted.append({SqliteDatabase::quote(column), text});
    }
    QList<QPair<QString, QString>> quotedErrors;
    const RowFilter::Condition filter = RowFilter::combined(quoted, &quotedErrors);
    if (errors) {
        for (const auto& [column, error] : std::as_const(quotedErrors)) {
            for (const auto& [name, text] : filters) {
                if (SqliteDatabase::quote(name) == column) {
                    errors->append({name, error});
                    break;
                }
            }
        }
    }
    QStringList parts;
    if (!filter.sql.isEmpty()) {
        parts << filter.sql;
        *values << filter.values;
    }
    if (!condition.isEmpty()) {
        parts << QLatin1Char('(') + condition + QLatin1Char(')');
        *values << conditionValues;
    }
    return parts.join(QLatin1String(" AND "));
}

QString RowQuery::sortKey() const
{
    return sortedByRowid() ? QStringLiteral("rowid")
                           : SqliteDatabase::quote(columns.at(sortColumn));
}

QString RowQuery::orderBy() const
{
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    if (!hasRowid) {
        return sortedByRowid() ? QString() : QStringLiteral(" ORDER BY ") + sortKey() + direction;
    }
    if (sortedByRowid()) {
        return QStringLiteral(" ORDER BY rowid") + direction;
    }
    return QStringLiteral(" ORDER BY ") + sortKey() + direction + QStringLiteral(", rowid")
        + direction;
}

QString RowQuery::selectList() const
{
    QStringList quoted;
    if (hasRowid) {
        quoted << QStringLiteral("rowid");
    }
    for (const QString& column : columns) {
        quoted << SqliteDatabase::quote(column);
    }
    return quoted.join(QLatin1String(", "));
}

QString RowQuery::from() const
{
    return SqliteDatabase::quote(table);
}

namespace {

QString withWhere(const QString& where, const QString& more = {})
{
    QStringList parts;
    if (!where.isEmpty()) {
        parts << QLatin1Char('(') + where + QLatin1Char(')');
    }
    if (!more.isEmpty()) {
        parts << more;
    }
    return parts.isEmpty() ? QString()
                           : QStringLiteral(" WHERE ") + parts.join(QLatin1String(" AND "));
}

} // namespace

QString RowQuery::firstChunk(QVariantList* values) const
{
    return QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + from()
        + withWhere(where(values)) + orderBy() + QStringLiteral(" LIMIT %1").arg(kChunkRows);
}

QString RowQuery::chunkAt(qint64 anchor, QVariantList* values) const
{
    const QString filter = where(values);
    *values << anchor;
    return QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + from()
        + withWhere(filter,
                    descending ? QStringLiteral("rowid <= ?") : QStringLiteral("rowid >= ?"))
        + orderBy() + QStringLiteral(" LIMIT %1").arg(kChunkRows);
}

QString RowQuery::chunkByOffset(qint64 firstRow, QVariantList* values) const
{
    return QStringLiteral("SELECT ") + selectList() + QStringLiteral(" FROM ") + from()
        + withWhere(where(values)) + orderBy()
        + QStringLiteral(" LIMIT %1 OFFSET %2").arg(kChunkRows).arg(firstRow);
}

QString RowQuery::sortedRowids(QVariantList* values) const
{
    return QStringLiteral("SELECT rowid AS r FROM ") + from() + withWhere(where(values))
        + orderBy();
}

QString RowQuery::chunkFromSortedRowids(const QString& orderTable, qint64 chunk) const
{
    QStringList quoted{QStringLiteral("t.rowid")};
    for (const QString& column : columns) {
        quoted << QStringLiteral("t.") + SqliteDatabase::quote(column);
    }
    // The order table's own rowids are 1, 2, 3, … in the sorted order.
    return QStringLiteral("SELECT %1 FROM %2 AS o JOIN %3 AS t ON t.rowid = o.r WHERE o.rowid > %4 "
                          "ORDER BY o.rowid LIMIT %5")
        .arg(quoted.join(QLatin1String(", ")), orderTable, from())
        .arg(chunk * kChunkRows)
        .arg(kChunkRows);
}

QString RowQuery::keys(QVariantList* values) const
{
    // Sorted by a column, the rows are only counted (in no order: the
    // reader keeps the sorted order itself); a view has no rowid to keep.
    if (!hasRowid || !sortedByRowid()) {
        return QStringLiteral("SELECT 1 FROM ") + from() + withWhere(where(values));
    }
    return QStringLiteral("SELECT rowid FROM ") + from() + withWhere(where(values)) + orderBy();
}

QString RowQuery::countAndRange() const
{
    return QStringLiteral("SELECT count(*), min(rowid), max(rowid) FROM ") + from();
}
