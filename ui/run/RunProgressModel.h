// The run panel's table: one row per endpoint a run requests (parents
// first), with its state (waiting, fetching, loading, done, failed,
// skipped), pages, records, records per second, elapsed time and retries.
// Fed with the run's throttled snapshots, never record by record, so a
// million records cost the window a few hundred updates.
#pragma once

#include "source/ExtractJob.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>

class RunProgressModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        EndpointColumn,
        StateColumn,
        PagesColumn,
        RecordsColumn,
        RateColumn,
        ElapsedColumn,
        RetriesColumn,
        ColumnCount
    };
    enum class State { Waiting, Fetching, Loading, Done, Failed, Skipped };
    enum class Outcome { Loaded, Failed, Cancelled };
    // The row's state as a State, for tests and styling.
    static constexpr int StateRole = Qt::UserRole + 1;

    explicit RunProgressModel(QObject* parent = nullptr);

    // A new run of these resources (parents first): every row waits.
    void start(const QStringList& resources);
    // The run's counts now (RunJob::resourceStats()).
    void update(const QList<ExtractJob::ResourceStats>& stats);
    void addRetry(const QString& resource);
    // The extraction is over and the load is being saved.
    void extractionDone();
    // failedResource: the one that failed, when the run names it.
    void finish(Outcome outcome, const QString& failedResource = QString());

    State state(const QString& resource) const;
    qint64 records(const QString& resource) const;
    static QString stateName(State state);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString name;
        State state = State::Waiting;
        qint64 pages = 0;
        qint64 records = 0;
        int retries = 0;
        // From the first page to the last (or now, while it fetches).
        qint64 startedMs = -1;
        qint64 lastMs = -1;
    };

    int rowOf(const QString& resource) const;
    qint64 elapsedMs(const Row& row) const;
    void changed(int row);
    void changedAll();

    QList<Row> m_rows;
    QElapsedTimer m_clock;
};
