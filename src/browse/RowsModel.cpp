#include "browse/RowsModel.h"

#include "browse/RowFetcher.h"
#include "browse/RowScanner.h"

#include <QTimer>

#include <algorithm>
#include <limits>

RowsModel::RowsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    qRegisterMetaType<RowChunk>();
    qRegisterMetaType<RowQuery>();
    m_fetcher = new RowFetcher(&m_anchors);
    m_scanner = new RowScanner(&m_anchors);
    m_fetcher->moveToThread(&m_fetchThread);
    m_scanner->moveToThread(&m_scanThread);
    connect(&m_fetchThread, &QThread::finished, m_fetcher, &QObject::deleteLater);
    connect(&m_scanThread, &QThread::finished, m_scanner, &QObject::deleteLater);
    connect(m_fetcher, &RowFetcher::fetched, this, &RowsModel::onFetched);
    connect(m_fetcher, &RowFetcher::failed, this, &RowsModel::onFetchFailed);
    connect(m_fetcher, &RowFetcher::opened, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
        }
    });
    connect(m_fetcher, &RowFetcher::cellFetched, this, &RowsModel::cellFetched);
    connect(m_scanner, &RowScanner::counted, this, &RowsModel::onCounted);
    connect(m_scanner, &RowScanner::failed, this, [this](quint64 generation, const QString& error) {
        if (generation == m_generation) {
            m_countFinished = true;
            Q_EMIT failed(error);
        }
    });
    m_fetchThread.setObjectName(QStringLiteral("grantline-rows-read"));
    m_scanThread.setObjectName(QStringLiteral("grantline-rows-count"));
    m_fetchThread.start();
    m_scanThread.start();
}

RowsModel::~RowsModel()
{
    // A count in progress sees the new generation and stops; an interrupt
    // ends the statement it is inside.
    m_anchors.restart(++m_generation);
    m_scanner->interrupt();
    m_fetchThread.quit();
    m_scanThread.quit();
    m_fetchThread.wait();
    m_scanThread.wait();
}

void RowsModel::setDatabase(const QString& path)
{
    // Nothing of the file before stays: not its rows, not its count, not
    // a read asked of it.
    beginResetModel();
    m_anchors.restart(++m_generation);
    m_scanner->interrupt();
    m_cache.clear();
    m_stale.clear();
    m_inFlight.clear();
    m_missed.clear();
    m_rows = 0;
    m_targetRows = 0;
    m_countFinished = true;
    endResetModel();
    m_path = path;
    QMetaObject::invokeMethod(m_fetcher, "open", Qt::QueuedConnection, Q_ARG(QString, path));
    QMetaObject::invokeMethod(m_scanner, "open", Qt::QueuedConnection, Q_ARG(QString, path));
}

void RowsModel::setQuery(const RowQuery& query)
{
    beginResetModel();
    m_query = query;
    m_rows = 0;
    m_targetRows = 0;
    m_cache.clear();
    m_stale.clear();
    start();
    endResetModel();
}

void RowsModel::refresh()
{
    // The rows on screen stay until their chunk is read again.
    for (auto it = m_cache.cbegin(); it != m_cache.cend(); ++it) {
        m_stale.insert(it.key(), it.value());
    }
    m_cache.clear();
    start();
    if (m_rows > 0) {
        Q_EMIT dataChanged(index(0, 0), index(m_rows - 1, qMax(0, columnCount() - 1)));
    }
}

void RowsModel::start()
{
    ++m_generation;
    m_anchors.restart(m_generation);
    m_scanner->interrupt();
    m_inFlight.clear();
    m_missed.clear();
    m_filterErrors.clear();
    QVariantList ignored;
    m_query.where(&ignored, &m_filterErrors);
    m_countFinished = false;
    QMetaObject::invokeMethod(m_scanner, "scan", Qt::QueuedConnection, Q_ARG(quint64, m_generation),
                              Q_ARG(RowQuery, m_query));
    request(0);
}

void RowsModel::setFilter(int column, const QString& text)
{
    if (column < 0 || column >= m_query.columns.size()) {
        return;
    }
    RowQuery query = m_query;
    const QString name = query.columns.at(column);
    query.filters.erase(std::remove_if(query.filters.begin(), query.filters.end(),
                                       [&](const auto& filter) { return filter.first == name; }),
                        query.filters.end());
    if (!text.trimmed().isEmpty()) {
        query.filters.append({name, text});
    }
    setQuery(query);
}

QString RowsModel::filterOf(int column) const
{
    const QString name = m_query.columns.value(column);
    for (const auto& [filterColumn, text] : m_query.filters) {
        if (filterColumn == name) {
            return text;
        }
    }
    return {};
}

const RowsModel::Cached* RowsModel::cached(qint64 chunk) const
{
    auto it = m_cache.find(chunk);
    if (it != m_cache.end()) {
        it->used = ++m_useCounter;
        return &*it;
    }
    request(chunk);
    auto stale = m_stale.constFind(chunk);
    return stale != m_stale.cend() ? &*stale : nullptr;
}

void RowsModel::request(qint64 chunk) const
{
    if (m_inFlight.contains(chunk)) {
        return;
    }
    if (m_inFlight.size() >= kReadsInFlight) {
        m_missed.insert(chunk);
        return;
    }
    m_inFlight.insert(chunk);
    QMetaObject::invokeMethod(m_fetcher, "fetch", Qt::QueuedConnection,
                              Q_ARG(quint64, m_generation), Q_ARG(RowQuery, m_query),
                              Q_ARG(qint64, chunk));
}

void RowsModel::onFetched(quint64 generation, qint64 chunk, const RowChunk& rows)
{
    if (generation != m_generation) {
        return;
    }
    m_inFlight.remove(chunk);
    m_stale.remove(chunk);
    m_cache.insert(chunk, Cached{rows, ++m_useCounter});
    evict();
    const qint64 first = chunk * RowQuery::kChunkRows;
    const qint64 last = first + rows.rows.size() - 1;
    // Before the count says so, the first chunk is enough to show.
    if (!m_countFinished && last + 1 > m_targetRows) {
        resizeTo(last + 1);
    }
    if (rows.rows.size() > 0 && first < m_rows) {
        const int lastShown = int(qMin<qint64>(last, m_rows - 1));
        Q_EMIT dataChanged(index(int(first), 0), index(lastShown, qMax(0, columnCount() - 1)));
        Q_EMIT rowsRead(int(first), lastShown);
    }
    // The chunks skipped while reads were full are asked for again if the
    // view still shows them (a repaint calls data()).
    const QSet<qint64> missed = std::exchange(m_missed, {});
    for (qint64 skipped : missed) {
        const qint64 from = skipped * RowQuery::kChunkRows;
        if (from < m_rows) {
            const int to = int(qMin<qint64>(from + RowQuery::kChunkRows, m_rows) - 1);
            Q_EMIT dataChanged(index(int(from), 0), index(to, qMax(0, columnCount() - 1)));
        }
    }
}

void RowsModel::onFetchFailed(quint64 generation, qint64 chunk, const QString& error)
{
    if (generation != m_generation) {
        return;
    }
    m_inFlight.remove(chunk);
    Q_EMIT failed(error);
}

void RowsModel::onCounted(quint64 generation, qint64 rows, bool finished)
{
    if (generation != m_generation) {
        return;
    }
    // While counting, the rows only grow: a refresh that finds fewer rows
    // removes them once it knows.
    if (rows > m_targetRows || finished) {
        resizeTo(rows);
    }
    m_countFinished = finished;
    Q_EMIT countChanged(rows, finished);
}

void RowsModel::resizeTo(qint64 rows)
{
    m_targetRows = int(qMin<qint64>(rows, std::numeric_limits<int>::max()));
    growTowardsTarget();
}

void RowsModel::growTowardsTarget()
{
    if (m_targetRows < m_rows) {
        beginRemoveRows({}, m_targetRows, m_rows - 1);
        m_rows = m_targetRows;
        endRemoveRows();
        return;
    }
    if (m_targetRows == m_rows) {
        return;
    }
    // A view keeps a little for every row (QHeaderView's sections): millions
    // of rows are added a step at a time, each step one short turn of the
    // event loop, never one long stall.
    const int step = qMin(m_targetRows - m_rows, kRowsPerStep);
    beginInsertRows({}, m_rows, m_rows + step - 1);
    m_rows += step;
    endInsertRows();
    if (m_rows < m_targetRows) {
        QTimer::singleShot(0, this, &RowsModel::growTowardsTarget);
    }
}

void RowsModel::evict()
{
    while (m_cache.size() > kCachedChunks) {
        auto oldest =
            std::min_element(m_cache.begin(), m_cache.end(),
                             [](const Cached& a, const Cached& b) { return a.used < b.used; });
        m_cache.erase(oldest);
    }
}

qint64 RowsModel::cachedBytes() const
{
    qint64 bytes = 0;
    for (const Cached& entry : std::as_const(m_cache)) {
        bytes += entry.chunk.bytes + entry.chunk.rows.size() * columnCount() * 16;
    }
    return bytes;
}

qint64 RowsModel::rowid(int row) const
{
    const Cached* entry = cached(row / RowQuery::kChunkRows);
    const int offset = row % RowQuery::kChunkRows;
    return entry && offset < entry->chunk.rowids.size() ? entry->chunk.rowids.at(offset) : -1;
}

QVariantList RowsModel::rowValues(int row) const
{
    const Cached* entry = cached(row / RowQuery::kChunkRows);
    const int offset = row % RowQuery::kChunkRows;
    return entry && offset < entry->chunk.rows.size() ? entry->chunk.rows.at(offset)
                                                      : QVariantList();
}

quint64 RowsModel::fetchCell(int row, int column)
{
    const quint64 request = ++m_nextCellRequest;
    QMetaObject::invokeMethod(m_fetcher, "fetchCell", Qt::QueuedConnection, Q_ARG(quint64, request),
                              Q_ARG(QString, m_query.table),
                              Q_ARG(QString, m_query.columns.value(column)),
                              Q_ARG(qint64, rowid(row)));
    return request;
}

int RowsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RowsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_query.columns.size());
}

QVariant RowsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Cached* entry = cached(index.row() / RowQuery::kChunkRows);
    const int offset = index.row() % RowQuery::kChunkRows;
    const bool loaded = entry && offset < entry->chunk.rows.size();
    if (role == LoadedRole) {
        return loaded;
    }
    if (!loaded) {
        return {};
    }
    const QVariant& value = entry->chunk.rows.at(offset).value(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return value;
    case NullRole:
        return value.isNull();
    case CutRole:
        return entry->chunk.cut.contains(offset * columnCount() + index.column());
    case RowidRole:
        return entry->chunk.rowids.value(offset, -1);
    default:
        return {};
    }
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (orientation == Qt::Horizontal) {
        return m_query.columns.value(section);
    }
    return section + 1;
}

void RowsModel::sort(int column, Qt::SortOrder order)
{
    RowQuery query = m_query;
    query.sortColumn = column;
    query.descending = order == Qt::DescendingOrder;
    if (query.sortColumn == m_query.sortColumn && query.descending == m_query.descending) {
        return;
    }
    setQuery(query);
}
