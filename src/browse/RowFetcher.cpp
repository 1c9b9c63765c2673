#include "browse/RowFetcher.h"

#include "browse/BrowseStatement.h"
#include "browse/RowAnchors.h"
#include "destination/SqliteDatabase.h"

#include <sqlite3.h>

RowFetcher::RowFetcher(RowAnchors* anchors, QObject* parent)
    : QObject(parent)
    , m_anchors(anchors)
{ }

void RowFetcher::open(const QString& path)
{
    QString error;
    m_connection.open(path, BrowseConnection::Mode::ReadOnly, &error);
    Q_EMIT opened(error);
}

void RowFetcher::fetch(quint64 generation, const RowQuery& query, qint64 chunk)
{
    // A request made before the query changed is not worth a read; one
    // the query leaves while it reads (a sort, an OFFSET) stops there.
    if (m_anchors->generation() != generation || !m_connection.isOpen()) {
        return;
    }
    m_building = generation;
    sqlite3_progress_handler(m_connection.handle(), 10000, &RowFetcher::stopWhenStale, this);
    struct Unhook
    {
        sqlite3* handle;
        ~Unhook()
        {
            sqlite3_progress_handler(handle, 0, nullptr, nullptr);
        }
    } unhook{m_connection.handle()};
    QVariantList values;
    QString sql;
    const std::optional<qint64> anchor = m_anchors->anchor(generation, chunk);
    if (chunk == 0) {
        sql = query.firstChunk(&values);
    } else if (query.hasRowid && !query.sortedByRowid() && sortedOrder(generation, query)) {
        sql = query.chunkFromSortedRowids(QStringLiteral("temp.grantline_order"), chunk);
    } else if (anchor && query.hasRowid && query.sortedByRowid()) {
        sql = query.chunkAt(*anchor, &values);
    } else {
        sql = query.chunkByOffset(chunk * RowQuery::kChunkRows, &values);
    }
    // The query changed while its order was being made.
    if (m_anchors->generation() != generation) {
        return;
    }
    QString error;
    BrowseStatement statement(m_connection);
    if (!statement.prepare(sql, &error) || !statement.bind(values, &error)) {
        Q_EMIT failed(generation, chunk, error);
        return;
    }
    RowChunk rows;
    const int first = query.hasRowid ? 1 : 0;
    const int columns = statement.columnCount() - first;
    for (;;) {
        const BrowseStatement::Step step = statement.step();
        if (step == BrowseStatement::Step::Done) {
            break;
        }
        if (step == BrowseStatement::Step::Error) {
            if (m_anchors->generation() == generation) {
                Q_EMIT failed(generation, chunk, statement.error());
            }
            return;
        }
        rows.rowids << (first ? statement.value(0).toLongLong() : -1);
        QVariantList row;
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            const QVariant value = statement.value(first + i, kPreviewCharacters);
            if (statement.isCut(first + i, kPreviewCharacters)) {
                rows.cut.insert(int(rows.rows.size()) * columns + i);
            }
            rows.bytes += value.typeId() == QMetaType::QString ? value.toString().size() * 2 : 8;
            row << value;
        }
        rows.rows << row;
    }
    Q_EMIT fetched(generation, chunk, rows);
}

bool RowFetcher::sortedOrder(quint64 generation, const RowQuery& query)
{
    if (m_orderGeneration == generation) {
        return m_orderReady;
    }
    m_orderGeneration = generation;
    m_orderReady = false;
    QString error;
    m_connection.select(QStringLiteral("DROP TABLE IF EXISTS temp.grantline_order"), &error);
    QVariantList values;
    const QString sql =
        QStringLiteral("CREATE TEMP TABLE grantline_order AS ") + query.sortedRowids(&values);
    // Sorting millions of rows takes a second or two: a newer query (a
    // filter typed meanwhile) stops it, through fetch()'s progress handler.
    m_orderReady = m_connection.select(sql, &error, values).has_value();
    return m_orderReady;
}

int RowFetcher::stopWhenStale(void* fetcher)
{
    auto* self = static_cast<RowFetcher*>(fetcher);
    return self->m_anchors->generation() != self->m_building ? 1 : 0;
}

void RowFetcher::fetchCell(quint64 request, const QString& table, const QString& column,
                           qint64 rowid)
{
    QString error;
    const auto rows =
        m_connection.select(QStringLiteral("SELECT %1 FROM %2 WHERE rowid = ?")
                                .arg(SqliteDatabase::quote(column), SqliteDatabase::quote(table)),
                            &error, {rowid});
    if (rows && rows->isEmpty()) {
        error = tr("The row is no longer in the table.");
    }
    Q_EMIT cellFetched(request, rows && !rows->isEmpty() ? rows->first().value(0) : QVariant(),
                       error);
}
