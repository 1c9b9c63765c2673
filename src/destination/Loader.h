// One load into one SQLite file or one PostgreSQL schema, the dlt way:
// records are normalized and
// written as they come, inside a single transaction that also holds the
// schema version, the pipeline state (incremental cursors) and the
// _dlt_loads row. A crash or kill at any moment leaves the file as it was
// before the load or as it is after it, never in between.
//
// Dataset placement: every table lives in the one file (dlt's dataset
// "main"). dlt would attach "<db>__<dataset>.db" for any other dataset, but
// SQLite commits a transaction over attached WAL files atomically per file
// only, which would break the all-or-nothing promise above.
#pragma once

#include "destination/DestinationDatabase.h"
#include "destination/LoadDestination.h"

#include "pipeline/PipelineState.h"
#include "pipeline/RelationalNormalizer.h"
#include "pipeline/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QMap>
#include <QSet>

#include <atomic>
#include <functional>
#include <memory>
#include <unordered_map>

class BatchWriter;

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(Loader)

public:
    struct Options
    {
        QString pipelineName;
        // dlt's source name, also the schema's name.
        QString schemaName = QStringLiteral("rest_api");
        // Drop the source's tables and state first (dlt's drop_sources).
        bool fullRefresh = false;
        // Set by another thread to end a wait for a locked file early.
        const std::atomic<bool>* cancelled = nullptr;
    };

    Loader(const LoadDestination& destination, const Options& options);
    // Into a SQLite file.
    Loader(const QString& databasePath, const Options& options);
    ~Loader();

    // The newest stored version of each schema in a file (only schemaName's
    // when given); nullopt with a sentence when one cannot be read.
    static std::optional<QList<Schema>> storedSchemas(DestinationDatabase& database,
                                                      const QString& schemaName, QString* error);

    // Opens the file, reads the stored schema and state, starts the
    // transaction. Call once.
    bool begin(QString* error);
    // What a person can do about the error begin() reported, for each front
    // end to offer its own way (grantline-cli names its flag): the sentence
    // itself names none, since the GUI shows it too.
    enum class Remedy { None, FullRefresh };
    // The database's problem behind the last failure (a full disk, a lock
    // held by another program, a lost connection), for a next step.
    DestinationDatabase::Problem fileProblem() const;
    Remedy remedy() const
    {
        return m_remedy;
    }
    QString loadId() const
    {
        return m_loadId;
    }
    // Incremental state by resource, as ExtractJob takes it.
    QJsonObject incrementalState() const;
    const Schema& schema() const
    {
        return m_schema;
    }

    // The root table of a resource (a replace table is emptied here, once).
    TableSchema* prepareTable(const RelationalNormalizer::TableOptions& options, QString* error);
    bool write(TableSchema* root, simdjson::dom::element record, QString* error);
    bool write(TableSchema* root, simdjson::dom::element record, simdjson::dom::element extraFields,
               QString* error);

    // Merges, the system rows, COMMIT. incremental: ExtractJob::state().
    bool finish(const QJsonObject& incremental, QString* error);
    // Rolls back: the file is as it was.
    void abort();
    // Whether the last failure was writing the file (a full disk), not a record.
    bool writeFailed() const
    {
        return m_writeFailed;
    }

    // Called at named points of a load ("begun", "written", "before-commit",
    // "committed"): the crash tests kill the process there.
    void setCheckpoint(std::function<void(const QString& point)> checkpoint)
    {
        m_checkpoint = std::move(checkpoint);
    }

    // Rows written by table, in the order tables were first written.
    QList<QPair<QString, qint64>> rowCounts() const;
    qint64 recordCount() const
    {
        return m_records;
    }
    // Rows normalized and handed to the writer so far (the load's progress).
    qint64 rowsSubmitted() const
    {
        return m_rowsSubmitted;
    }
    // The database, for interrupt() from another thread while this one is
    // inside it; null before begin().
    DestinationDatabase* database() const
    {
        return m_database.get();
    }
    QStringList warnings() const;
    // The key collisions of the records written since the last call, for a
    // caller that names them by line; once asked, warnings() leaves them out.
    QList<RelationalNormalizer::KeyCollision> takeKeyCollisions();
    qint64 elapsedMilliseconds() const
    {
        return m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    }
    // The SQLite file's absolute path; empty for a server.
    QString databasePath() const;
    const LoadDestination& destination() const
    {
        return m_destination;
    }
    bool schemaChanged() const
    {
        return m_schemaSaved;
    }

private:
    bool createSystemTables(QString* error);
    bool readStoredSchema(QString* error);
    bool readStoredState(QString* error);
    bool dropSourceTables(QString* error);
    QString nextLoadId(QString* error);
    // Hands the filling batch to the writer thread.
    bool submit(QString* error);
    // Waits for the writer thread: before the loader touches the file itself.
    bool drain(QString* error);
    std::shared_ptr<const TableSchema> snapshotOf(const TableSchema* table);
    bool emptyTable(const TableSchema& root, QString* error);
    bool mergeTable(const TableSchema& root, QString* error);
    bool writeSchemaVersion(QString* error);
    bool writeState(const QJsonObject& incremental, QString* error);
    void checkpoint(const QString& point) const;
    // After a record: hands a full batch on.
    bool written(QString* error);

    LoadDestination m_destination;
    Options m_options;
    std::unique_ptr<DestinationDatabase> m_database;
    Schema m_schema;
    std::unique_ptr<RelationalNormalizer> m_normalizer;
    bool m_collisionsTaken = false;
    std::unique_ptr<BatchWriter> m_writer;
    RowBatch* m_current = nullptr;
    std::unordered_map<const TableSchema*, std::shared_ptr<const TableSchema>> m_snapshots;
    QList<QPair<QString, qint64>> m_counts;
    QSet<QString> m_emptied;
    QSet<QString> m_preparedRoots;
    PipelineState m_state;
    QString m_storedStateHash;
    QString m_storedSchemaHash;
    QString m_loadId;
    Remedy m_remedy = Remedy::None;
    qint64 m_records = 0;
    qint64 m_rowsSubmitted = 0;
    bool m_schemaSaved = false;
    QElapsedTimer m_elapsed;
    bool m_writeFailed = false;
    std::function<void(const QString&)> m_checkpoint;
};
