// The rowids of every RowQuery::kChunkRows-th row of a grid's query in rowid order,
// found by the counting scan and read by the chunk reader: the scan and the
// reads run on two threads with two connections, so a long count never
// keeps a chunk from being read. Thread-safe.
#pragma once

#include <QMutex>

#include <optional>
#include <vector>

class RowAnchors
{
public:
    // Starts over for a new query; the old scan sees it and stops.
    void restart(quint64 generation);
    quint64 generation() const;
    // Forgets what a scan of this generation found, to scan again.
    void clear(quint64 generation);

    // Rows of a table without gaps, in rowid order: the anchor of chunk n
    // is firstRowid + step * n * kChunkRows (step -1 going down).
    void setDense(quint64 generation, qint64 rows, qint64 firstRowid, int step);
    // Adds the rowid of row counted(); returns false when the query changed.
    bool add(quint64 generation, qint64 rowid);
    void setCounted(quint64 generation, qint64 rows, bool finished);

    // The rowid of the first row of a chunk, when the scan has come that far.
    std::optional<qint64> anchor(quint64 generation, qint64 chunk) const;
    qint64 counted() const;
    bool isFinished() const;

private:
    // With the mutex held.
    void forget();

    mutable QMutex m_mutex;
    quint64 m_generation = 0;
    qint64 m_counted = 0;
    bool m_finished = false;
    bool m_dense = false;
    qint64 m_firstRowid = 0;
    int m_step = 1;
    // 8 bytes a chunk: 300 KB for 5M rows.
    std::vector<qint64> m_rowids;
};
