// A run as one job: extract a pipeline's resources (or read a JSON-lines
// file) and load them into SQLite, the way `grantline-cli run` and `import`
// and the window's Run button do. Extraction stays on the caller's event
// loop (network and keychain are asynchronous); normalization and every
// SQLite call run on a worker thread with its own connection. Pages reach
// the worker by credit (PageHandoff), so a slow disk slows the extraction
// and never freezes the caller. Cancel ends within a second, and only once
// the worker has rolled back: the file and its incremental state as before.
#pragma once

#include "core/Job.h"
#include "destination/Loader.h"
#include "http/RetryEvent.h"
#include "pipeline/LoadInfo.h"
#include "run/LoadWorker.h"
#include "run/RunHistory.h"
#include "source/ExtractJob.h"
#include "source/ExtractionPlan.h"

#include <memory>

class ConnectionStore;
class CredentialSet;
class PageHandoff;
class SecretStore;
class QNetworkAccessManager;
class QThread;

class RunJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // The file could not be opened or prepared; nothing was loaded.
        SetupFailed = UserError,
        // A request or an answer failed; the load was rolled back.
        ExtractFailed,
        // A record could not be loaded; rolled back.
        LoadFailed,
        // Writing the file failed (a full disk); rolled back.
        WriteFailed,
        // The file's stored state cannot be read; a full refresh starts over.
        StateUnreadable,
    };
    Q_ENUM(Error)

    struct Options
    {
        // The file or the server; a server's password is looked up by the
        // run (its "{secrets.NAME}"), or set here.
        LoadDestination destination;
        Loader::Options loader;
        // Resources, limit, retries; the incremental state is the file's.
        ExtractJob::Options extract;
        // The pipeline file whose RunHistory records how this run ended
        // (empty: no record).
        QString historyOf;
    };

    struct ImportOptions
    {
        QString filePath;
        LoadDestination destination;
        Loader::Options loader;
        RelationalNormalizer::TableOptions table;
    };

    // A pipeline run: the resources extracted with these credentials.
    RunJob(QNetworkAccessManager* network, const PipelineFile& pipeline, CredentialSet* credentials,
           const Options& options, QObject* parent = nullptr);
    // A JSON-lines file into one table.
    // The same, the run looking its secrets up first (keychain, then the
    // environment; only those of the resources that run) and building the
    // credentials itself, as `grantline-cli run` and the window do.
    // connections and secrets may be null (no connection, environment only).
    RunJob(QNetworkAccessManager* network, const PipelineFile& pipeline,
           const ConnectionStore* connections, SecretStore* secrets, const Options& options,
           QObject* parent = nullptr);
    explicit RunJob(const ImportOptions& options, QObject* parent = nullptr);
    ~RunJob() override;

    // For the crash tests: called at the loader's named points, on the
    // worker thread. Set before start().
    void setCheckpoint(LoadWorker::Checkpoint checkpoint);

    // What the load did (after finished(), a failure included), as dlt
    // reports it.
    LoadInfo loadInfo() const;
    QList<ExtractJob::ResourceStats> resourceStats() const;
    // After SetupFailed for a secret neither the keychain nor the
    // environment has: its name ("{secrets.NAME}"); else empty.
    QString missingSecret() const;
    // How the extraction ended (ExtractJob::Error; AuthFailed: a sign-in
    // could not be had), for a window's next step; NoError before it ran.
    int extractionError() const;
    // Why the extraction failed, in parts (the request, what the API said,
    // the parent record); Kind::None when it did not.
    ExtractFailure extractionFailure() const;
    // The database's problem behind a failure (a full disk, a lock another
    // program holds, a lost connection); None when it was not the cause.
    DestinationDatabase::Problem fileProblem() const;
    // What the run asked of the API so far: pages, failures, retries,
    // renewals, bytes, time, by status (what RunHistory records).
    RunHistory::Requests requestSummary() const;
    // The most pages that waited for the worker at once.
    int mostPagesInFlight() const;

Q_SIGNALS:
    // The extraction began: connect to its notes (detected paginators…).
    void extractionStarted(ExtractJob* job);
    // A request failed and is tried again; the run goes on.
    void retrying(const RetryEvent& event);

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    RunJob(const QString& pipelineName, const LoadDestination& destination,
           const Loader::Options& loader, QObject* parent);
    // The secrets a run looks up: its resources' and its server's password.
    QStringList secretsToLookUp() const;
    // Looks the secrets up, then opens the file.
    void lookUpSecrets();
    void beginLoad();
    void onBegun(bool ok, const QString& error, const QJsonObject& incrementalState,
                 bool fullRefreshHelps);
    void startExtraction(const QJsonObject& incrementalState);
    void onExtracted(Job* extraction);
    void onPageWritten(qint64 pageBytes, qint64 records, qint64 rows);
    void onImportProgress(qint64 records, qint64 bytesRead, qint64 bytesTotal);
    void onFailed(const QString& error, bool writeFailed, const LoadInfo& partial);
    void onCommitted(const LoadInfo& result);
    void onAborted(const LoadInfo& partial);
    void stopExtraction();
    void stopThread();
    void recordRun();
    void countRequests(ExtractJob* extraction);

    QNetworkAccessManager* m_network = nullptr;
    std::optional<PipelineFile> m_pipeline;
    CredentialSet* m_credentials = nullptr;
    // When the run looks its secrets up itself.
    const ConnectionStore* m_connections = nullptr;
    SecretStore* m_secrets = nullptr;
    bool m_looksUpSecrets = false;
    std::unique_ptr<CredentialSet> m_ownCredentials;
    ExtractJob::Options m_extractOptions;
    // What runs: made once at start, for the secrets and the tables.
    std::optional<ExtractionPlan> m_plan;
    std::optional<ImportOptions> m_import;
    QString m_pipelineName;
    QString m_historyOf;
    QString m_missingSecret;
    LoadDestination m_destination;
    int m_extractionError = NoError;
    ExtractFailure m_extractionFailure;
    QDateTime m_startedAt;
    RunHistory::Requests m_requests;

    QThread* m_thread;
    LoadWorker* m_worker;
    std::unique_ptr<PageHandoff> m_handoff;
    // Declared after the handoff: the extraction goes first.
    std::unique_ptr<ExtractJob> m_extract;
    QList<ExtractJob::ResourceStats> m_stats;
    // What the worker said the load did.
    LoadInfo m_result;
    // The failure to report once the worker's rollback is done.
    int m_pendingError = NoError;
    QString m_pendingText;
};
