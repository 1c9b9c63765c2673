// The load's second core: a thread that writes sealed row batches into the
// database (SQLite or PostgreSQL) while the caller's thread parses and
// normalizes the next ones. Three
// batches circulate (one filling, one queued, one writing), so memory stays
// bounded and a slow disk slows the normalizer down instead of piling rows
// up. The caller drains it before it touches the database itself.
#pragma once

#include "pipeline/RowBatch.h"

#include <QList>
#include <QPair>
#include <QString>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

class DestinationDatabase;
class TableWriter;

class BatchWriter
{
public:
    explicit BatchWriter(DestinationDatabase* database);
    ~BatchWriter();
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    // An empty batch to fill; waits while all of them are queued.
    RowBatch* freeBatch();
    // Queues a filled batch (its tables carry their column snapshots).
    void submit(RowBatch* batch);
    // Waits until every queued batch is written; false with the first
    // error if a write failed (later batches are then dropped).
    bool drain(QString* error);
    // Drops the batches not yet started (the load is being rolled back).
    void discardQueued();
    // Whether a write has failed (drain() says why); does not wait.
    bool hasFailed() const;
    // Rows written by table, in the order tables were first written.
    QList<QPair<QString, qint64>> rowCounts() const;
    // Writes the table's columns now (a table that got no rows); call drained.
    bool syncColumns(const TableSchema& columns, QString* error);
    // Finalizes the prepared statements; call drained, before COMMIT.
    void releaseStatements();

private:
    void run();
    TableWriter& writerOf(const QString& table);

    DestinationDatabase* m_database;
    std::vector<std::unique_ptr<RowBatch>> m_batches;
    std::vector<RowBatch*> m_free;
    std::deque<RowBatch*> m_queue;
    bool m_busy = false;
    bool m_stop = false;
    QString m_error;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::unordered_map<std::string, std::unique_ptr<TableWriter>> m_writers;
    QList<QPair<QString, qint64>> m_counts;
    std::thread m_thread;
};
