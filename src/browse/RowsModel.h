// The rows of one table (or view) of a dataset file as a lazy table model:
// chunks are read on a worker thread with its own read-only connection,
// counted on another, and kept in a bounded cache that forgets the chunks
// used longest ago. A table of millions of rows opens at once, scrolls to
// its end without being read, and costs the same memory at any size.
#pragma once

#include "browse/RowAnchors.h"
#include "browse/RowChunk.h"
#include "browse/RowQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QThread>

class RowFetcher;
class RowScanner;

class RowsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        // Whether the cell is NULL (DisplayRole is then empty).
        NullRole = Qt::UserRole + 1,
        // Whether the cell shows only the start of a longer value.
        CutRole,
        // The row's rowid (-1 in a view).
        RowidRole,
        // Whether the row has been read yet ("loading…" until then).
        LoadedRole,
    };
    // Chunks kept; the least recently used goes first.
    static constexpr int kCachedChunks = 48;
    // Reads asked for at once: a fast scroll does not queue a read for
    // every chunk it passes.
    static constexpr int kReadsInFlight = 3;
    // Rows added to the model in one turn of the event loop.
    static constexpr int kRowsPerStep = 500000;

    explicit RowsModel(QObject* parent = nullptr);
    ~RowsModel() override;

    // Opens the file on the model's threads; failures come as failed().
    void setDatabase(const QString& path);
    QString databasePath() const
    {
        return m_path;
    }
    // Shows other rows: starts over (the cache and count too).
    void setQuery(const RowQuery& query);
    const RowQuery& query() const
    {
        return m_query;
    }
    // The file changed (a run committed): read again, keeping the place
    // and showing the old rows until the new ones come.
    void refresh();

    // The filter under one header; "" clears it.
    void setFilter(int column, const QString& text);
    QString filterOf(int column) const;
    // The filters that could not be read, column name → why.
    QList<QPair<QString, QString>> filterErrors() const
    {
        return m_filterErrors;
    }

    // Until the count is known and every row counted is in the model.
    bool isCounting() const
    {
        return !m_countFinished || m_rows != m_targetRows;
    }
    qint64 rowid(int row) const;
    // The row's values if it has been read, else empty.
    QVariantList rowValues(int row) const;
    // Reads one cell whole (the grid has only its start); the answer comes
    // as cellFetched(request, …).
    quint64 fetchCell(int row, int column);
    // Chunks in the cache now, and their approximate size.
    int cachedChunks() const
    {
        return int(m_cache.size());
    }
    qint64 cachedBytes() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countChanged(qint64 rows, bool finished);
    // A chunk came in (for views that wait on it, and tests).
    void rowsRead(int first, int last);
    void failed(const QString& error);
    void cellFetched(quint64 request, const QVariant& value, const QString& error);

private:
    struct Cached
    {
        RowChunk chunk;
        quint64 used = 0;
    };

    void start();
    const Cached* cached(qint64 chunk) const;
    void request(qint64 chunk) const;
    void onFetched(quint64 generation, qint64 chunk, const RowChunk& rows);
    void onFetchFailed(quint64 generation, qint64 chunk, const QString& error);
    void onCounted(quint64 generation, qint64 rows, bool finished);
    void resizeTo(qint64 rows);
    void growTowardsTarget();
    void evict();

    QString m_path;
    RowQuery m_query;
    QList<QPair<QString, QString>> m_filterErrors;
    quint64 m_generation = 0;
    RowAnchors m_anchors;
    QThread m_fetchThread;
    QThread m_scanThread;
    RowFetcher* m_fetcher = nullptr;
    RowScanner* m_scanner = nullptr;
    int m_rows = 0;
    // The count the rows are growing towards.
    int m_targetRows = 0;
    bool m_countFinished = true;
    quint64 m_nextCellRequest = 0;
    // Mutable: a view asking for data() is what asks for a chunk.
    mutable QHash<qint64, Cached> m_cache;
    // Before refresh(): shown until the chunk is read again.
    mutable QHash<qint64, Cached> m_stale;
    mutable QSet<qint64> m_inFlight;
    mutable QSet<qint64> m_missed;
    mutable quint64 m_useCounter = 0;
};
