// Reads a grid's chunks on its own thread and read-only connection: by
// anchor when the count has reached the chunk, by OFFSET only before that
// (or for a view). Each read is one short statement, finalized at once.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/RowChunk.h"
#include "browse/RowQuery.h"

#include <QObject>

class RowAnchors;

class RowFetcher : public QObject
{
    Q_OBJECT

public:
    // Cells longer than this are cut for the grid.
    static constexpr int kPreviewCharacters = 400;

    explicit RowFetcher(RowAnchors* anchors, QObject* parent = nullptr);

public Q_SLOTS:
    void open(const QString& path);
    void fetch(quint64 generation, const RowQuery& query, qint64 chunk);
    // One whole cell, by rowid, for the cell viewer.
    void fetchCell(quint64 request, const QString& table, const QString& column, qint64 rowid);

Q_SIGNALS:
    void opened(const QString& error);
    void fetched(quint64 generation, qint64 chunk, const RowChunk& rows);
    void failed(quint64 generation, qint64 chunk, const QString& error);
    void cellFetched(quint64 request, const QVariant& value, const QString& error);

private:
    // The sorted order of this generation's rows in a temporary table;
    // false when it could not be made (the anchors serve then).
    bool sortedOrder(quint64 generation, const RowQuery& query);
    // SQLite's progress handler: stops making an order the query has left.
    static int stopWhenStale(void* fetcher);

    RowAnchors* m_anchors;
    BrowseConnection m_connection;
    quint64 m_orderGeneration = 0;
    bool m_orderReady = false;
    quint64 m_building = 0;
};
