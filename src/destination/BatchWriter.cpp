#include "destination/BatchWriter.h"

#include "destination/DestinationDatabase.h"
#include "destination/TableWriter.h"
#include "pipeline/TableSchema.h"

#include <algorithm>

namespace {
constexpr int kBatches = 3;
}

BatchWriter::BatchWriter(DestinationDatabase* database)
    : m_database(database)
{
    for (int i = 0; i < kBatches; ++i) {
        m_batches.push_back(std::make_unique<RowBatch>());
        m_free.push_back(m_batches.back().get());
    }
    m_thread = std::thread([this] { run(); });
}

BatchWriter::~BatchWriter()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
    m_writers.clear();
}

void BatchWriter::discardQueued()
{
    {
        std::lock_guard lock(m_mutex);
        for (RowBatch* batch : m_queue) {
            batch->clear();
            m_free.push_back(batch);
        }
        m_queue.clear();
    }
    m_changed.notify_all();
}

RowBatch* BatchWriter::freeBatch()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_free.empty(); });
    RowBatch* batch = m_free.back();
    m_free.pop_back();
    return batch;
}

void BatchWriter::submit(RowBatch* batch)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(batch);
    }
    m_changed.notify_all();
}

bool BatchWriter::drain(QString* error)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_busy; });
    if (!m_error.isEmpty()) {
        *error = m_error;
        return false;
    }
    // The writer thread is idle until the next submit: what the writers
    // gathered goes out from here, without holding the lock over the wire.
    lock.unlock();
    for (auto& [table, writer] : m_writers) {
        if (!writer->flush(error)) {
            std::lock_guard relock(m_mutex);
            m_error = *error;
            return false;
        }
    }
    return true;
}

bool BatchWriter::hasFailed() const
{
    std::lock_guard lock(m_mutex);
    return !m_error.isEmpty();
}

QList<QPair<QString, qint64>> BatchWriter::rowCounts() const
{
    std::lock_guard lock(m_mutex);
    return m_counts;
}

bool BatchWriter::syncColumns(const TableSchema& columns, QString* error)
{
    return writerOf(columns.name).syncColumns(columns, error);
}

void BatchWriter::releaseStatements()
{
    m_writers.clear();
}

TableWriter& BatchWriter::writerOf(const QString& table)
{
    const std::string key = table.toStdString();
    auto it = m_writers.find(key);
    if (it == m_writers.end()) {
        it = m_writers.emplace(key, m_database->tableWriter(table)).first;
    }
    return *it->second;
}

void BatchWriter::run()
{
    while (true) {
        RowBatch* batch = nullptr;
        bool failed = false;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
            if (m_queue.empty()) {
                return;
            }
            batch = m_queue.front();
            m_queue.pop_front();
            m_busy = true;
            failed = !m_error.isEmpty();
        }
        QString error;
        QList<QPair<QString, qint64>> written;
        for (const TableRows* rows : batch->tables()) {
            if (failed) {
                break;
            }
            if (!writerOf(rows->snapshot->name).insert(*rows, &error)) {
                failed = true;
                break;
            }
            written << qMakePair(rows->snapshot->name, qint64(rows->rowCount()));
        }
        batch->clear();
        {
            std::lock_guard lock(m_mutex);
            if (!error.isEmpty() && m_error.isEmpty()) {
                m_error = error;
            }
            for (const auto& [table, rows] : written) {
                auto it = std::find_if(m_counts.begin(), m_counts.end(),
                                       [&](const auto& entry) { return entry.first == table; });
                if (it == m_counts.end()) {
                    m_counts << qMakePair(table, rows);
                } else {
                    it->second += rows;
                }
            }
            m_free.push_back(batch);
            m_busy = false;
        }
        m_changed.notify_all();
    }
}
