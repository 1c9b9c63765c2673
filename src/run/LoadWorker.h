// The half of a run that touches the database: it lives on a worker thread
// and owns the load's connection (a SQLite file or a PostgreSQL server), its
// normalizer and its writer. The caller posts work to it (pages, the finish,
// an abort) and hears back by queued signals, so the caller's thread never
// waits on the database: not on the busy timeout at open, not on connecting,
// not on the writer's batches, not on the merges and the COMMIT.
#pragma once

#include "destination/Loader.h"
#include "pipeline/LoadInfo.h"
#include "source/PipelineFile.h"

#include <QObject>

#include <simdjson.h>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

class DestinationDatabase;
class LoadSink;

class LoadWorker : public QObject
{
    Q_OBJECT

public:
    // Called at the loader's named points, on the worker thread.
    using Checkpoint = std::function<void(const QString& point, qint64 records)>;

    LoadWorker(const LoadDestination& destination, const Loader::Options& options);
    ~LoadWorker() override;

    // Thread-safe: stops the work in hand as soon as it can (a statement in
    // SQLite is interrupted); the abort() posted after it rolls back.
    void requestCancel();
    bool isCancelRequested() const;
    // Thread-safe: the database's problem behind a failure (a full disk, a
    // lock another program holds, a lost connection); None when there was none.
    DestinationDatabase::Problem fileProblem() const;
    // Set before the thread starts.
    void setCheckpoint(Checkpoint checkpoint);
    // The server's password, looked up for this run; set before the thread starts.
    void setPassword(const QString& password);

    // The rest runs on the worker thread, posted in this order.
    // Opens the file, reads the stored state, prepares the tables of the
    // pipeline's resources that will be loaded.
    void beginRun(const PipelineFile& pipeline, const QStringList& emitted);
    // One page of records, which stay valid until the call returns (the
    // caller's sink keeps their document alive).
    void writeRecords(const QString& resource, const std::vector<simdjson::dom::element>& records,
                      const QJsonObject& extraFields, qint64 pageBytes);
    // Merges, the system rows, COMMIT; then the connection closes.
    void finish(const QJsonObject& incrementalState);
    // A JSON-lines file into one table, begin to COMMIT (grantline-cli import).
    void importJsonLines(const QString& path, const RelationalNormalizer::TableOptions& table);
    // Rolls back whatever is open and closes the file.
    void abort();

Q_SIGNALS:
    // Queued to the caller.
    // fullRefreshHelps: the stored state cannot be read; dropping it would.
    void begun(bool ok, const QString& error, const QJsonObject& incrementalState,
               bool fullRefreshHelps);
    // A page is in the transaction (or was dropped after a failure or a
    // cancel: records and rows are -1 then): its credit back. records and
    // rows: written so far.
    void pageWritten(qint64 pageBytes, qint64 records, qint64 rows);
    void importProgress(qint64 records, qint64 bytesRead, qint64 bytesTotal);
    // The load failed and was rolled back: the file is as before.
    void failed(const QString& error, bool writeFailed, const LoadInfo& partial);
    void committed(const LoadInfo& result);
    void aborted(const LoadInfo& partial);

private:
    bool openLoader(QString* error);
    // From here on a cancel may interrupt SQLite (see requestCancel()).
    void setFinishing();
    // Rolls back and reports; warningsFirst go before the loader's own.
    // fileFault: writing the file failed, whatever the loader noticed.
    void failWith(const QString& error, const QStringList& warningsFirst = {},
                  bool fileFault = false);
    // Rolls back and closes; the handle is no longer interruptible.
    void closeLoader(bool rollBack);
    // What the load did, read before its connection closes.
    LoadInfo infoOf() const;

    LoadDestination m_destination;
    Loader::Options m_options;
    Checkpoint m_checkpoint;
    PipelineFile m_pipeline;
    std::unique_ptr<Loader> m_loader;
    std::unique_ptr<LoadSink> m_sink;
    bool m_failed = false;
    bool m_fullRefreshHelps = false;
    LoadInfo m_last;
    std::atomic<bool> m_cancel{false};
    // The file's problem when the loader closed on a failure.
    std::atomic<int> m_fileProblem{int(DestinationDatabase::Problem::None)};
    // Guards the database requestCancel() interrupts against its closing.
    mutable std::mutex m_handleMutex;
    DestinationDatabase* m_handle = nullptr;
    // Inside finish(): merges and COMMIT, where an interrupt is safe.
    bool m_finishing = false;
};
