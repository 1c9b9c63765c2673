#include "browse/RowAnchors.h"

#include "browse/RowQuery.h"

void RowAnchors::restart(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    m_generation = generation;
    forget();
}

void RowAnchors::clear(quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    if (generation == m_generation) {
        forget();
    }
}

void RowAnchors::forget()
{
    m_counted = 0;
    m_finished = false;
    m_dense = false;
    m_firstRowid = 0;
    m_rowids.clear();
    m_rowids.shrink_to_fit();
}

quint64 RowAnchors::generation() const
{
    QMutexLocker lock(&m_mutex);
    return m_generation;
}

void RowAnchors::setDense(quint64 generation, qint64 rows, qint64 firstRowid, int step)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation) {
        return;
    }
    m_dense = true;
    m_firstRowid = firstRowid;
    m_step = step;
    m_counted = rows;
    m_finished = true;
}

bool RowAnchors::add(quint64 generation, qint64 rowid)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation) {
        return false;
    }
    m_rowids.push_back(rowid);
    return true;
}

void RowAnchors::setCounted(quint64 generation, qint64 rows, bool finished)
{
    QMutexLocker lock(&m_mutex);
    if (generation == m_generation) {
        m_counted = rows;
        m_finished = finished;
    }
}

std::optional<qint64> RowAnchors::anchor(quint64 generation, qint64 chunk) const
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation || chunk < 0) {
        return std::nullopt;
    }
    if (m_dense) {
        if (chunk * RowQuery::kChunkRows >= m_counted) {
            return std::nullopt;
        }
        return m_firstRowid + m_step * chunk * RowQuery::kChunkRows;
    }
    if (chunk < qint64(m_rowids.size())) {
        return m_rowids[size_t(chunk)];
    }
    return std::nullopt;
}

qint64 RowAnchors::counted() const
{
    QMutexLocker lock(&m_mutex);
    return m_counted;
}

bool RowAnchors::isFinished() const
{
    QMutexLocker lock(&m_mutex);
    return m_finished;
}
