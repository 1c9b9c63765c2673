#include "browse/RowScanner.h"

#include "browse/BrowseStatement.h"
#include "browse/RowAnchors.h"

#include <QElapsedTimer>

RowScanner::RowScanner(RowAnchors* anchors, QObject* parent)
    : QObject(parent)
    , m_anchors(anchors)
{ }

void RowScanner::interrupt()
{
    if (m_open.load()) {
        m_connection.interrupt();
    }
}

void RowScanner::open(const QString& path)
{
    QString error;
    m_open = false;
    if (!m_connection.open(path, BrowseConnection::Mode::ReadOnly, &error)) {
        Q_EMIT failed(m_anchors->generation(), error);
        return;
    }
    m_open = true;
}

void RowScanner::scan(quint64 generation, const RowQuery& query)
{
    if (m_anchors->generation() != generation || !m_connection.isOpen()) {
        return;
    }
    if (query.hasRowid && query.sortedByRowid() && query.filters.isEmpty()
        && query.condition.isEmpty() && scanDense(generation, query)) {
        return;
    }
    scanKeys(generation, query);
}

bool RowScanner::scanDense(quint64 generation, const RowQuery& query)
{
    // count(*) walks the table without reading its rows: far quicker than
    // stepping through every rowid, and enough when there are no gaps.
    QString error;
    const auto rows = m_connection.select(query.countAndRange(), &error);
    if (!rows || rows->isEmpty()) {
        return false;
    }
    const qint64 count = rows->first().value(0).toLongLong();
    const qint64 first = rows->first().value(1).toLongLong();
    const qint64 last = rows->first().value(2).toLongLong();
    if (count != 0 && last - first + 1 != count) {
        return false;
    }
    m_anchors->setDense(generation, count, query.descending ? last : first,
                        query.descending ? -1 : 1);
    Q_EMIT counted(generation, count, true);
    return true;
}

void RowScanner::scanKeys(quint64 generation, const RowQuery& query, bool retried)
{
    QString error;
    QVariantList values;
    BrowseStatement statement(m_connection);
    if (!statement.prepare(query.keys(&values), &error) || !statement.bind(values, &error)) {
        Q_EMIT failed(generation, error);
        return;
    }
    const bool anchored = query.hasRowid && query.sortedByRowid();
    QElapsedTimer sinceSaid;
    sinceSaid.start();
    qint64 rows = 0;
    for (;;) {
        const BrowseStatement::Step step = statement.step();
        if (step == BrowseStatement::Step::Done) {
            break;
        }
        if (step == BrowseStatement::Step::Error) {
            // A newer query interrupted this one: it says nothing. An
            // interrupt meant for the scan before this one starts it over.
            if (m_anchors->generation() != generation) {
                return;
            }
            if (m_connection.wasInterrupted() && !retried) {
                m_anchors->clear(generation);
                scanKeys(generation, query, true);
                return;
            }
            Q_EMIT failed(generation, statement.error());
            return;
        }
        if (anchored && rows % RowQuery::kChunkRows == 0
            && !m_anchors->add(generation, statement.value(0).toLongLong())) {
            return;
        }
        ++rows;
        if (rows % 4096 == 0 && sinceSaid.elapsed() >= 100) {
            if (m_anchors->generation() != generation) {
                return;
            }
            m_anchors->setCounted(generation, rows, false);
            Q_EMIT counted(generation, rows, false);
            sinceSaid.restart();
        }
    }
    m_anchors->setCounted(generation, rows, true);
    Q_EMIT counted(generation, rows, true);
}
