#include "run/RunJob.h"

#include "core/Clock.h"
#include "core/Logging.h"
#include "run/PageHandoff.h"
#include "run/RunHistory.h"
#include "source/CredentialSet.h"
#include "source/ExtractionPlan.h"
#include "source/SecretLookupJob.h"

#include <QThread>

RunJob::RunJob(const QString& pipelineName, const LoadDestination& destination,
               const Loader::Options& loader, QObject* parent)
    : Job(parent)
    , m_pipelineName(pipelineName)
    , m_destination(destination)
    , m_thread(new QThread)
    , m_worker(new LoadWorker(destination, loader))
{
    qRegisterMetaType<LoadInfo>();
    m_thread->setObjectName(QStringLiteral("grantline-load"));
    m_worker->moveToThread(m_thread);
    m_result.databasePath = destination.databasePath;
    if (destination.postgres && destination.password.isEmpty()
        && destination.postgres->passwordSecret.isEmpty()) {
        // No secret named: dlt's environment names, then libpq's own
        // (PGPASSWORD, ~/.pgpass) when the connection is made.
        m_worker->setPassword(PostgresCredentials::passwordFromEnvironment());
    }
    connect(m_worker, &LoadWorker::begun, this, &RunJob::onBegun);
    connect(m_worker, &LoadWorker::pageWritten, this, &RunJob::onPageWritten);
    connect(m_worker, &LoadWorker::importProgress, this, &RunJob::onImportProgress);
    connect(m_worker, &LoadWorker::failed, this, &RunJob::onFailed);
    connect(m_worker, &LoadWorker::committed, this, &RunJob::onCommitted);
    connect(m_worker, &LoadWorker::aborted, this, &RunJob::onAborted);
    m_handoff = std::make_unique<PageHandoff>(m_worker);
}

RunJob::RunJob(QNetworkAccessManager* network, const PipelineFile& pipeline,
               CredentialSet* credentials, const Options& options, QObject* parent)
    : RunJob(pipeline.pipelineName, options.destination, options.loader, parent)
{
    m_network = network;
    m_pipeline = pipeline;
    m_credentials = credentials;
    m_extractOptions = options.extract;
    m_historyOf = options.historyOf;
    if (!m_historyOf.isEmpty()) {
        // First to hear of the end: the record is there for whoever reacts.
        connect(this, &Job::finished, this, &RunJob::recordRun);
    }
}

RunJob::RunJob(QNetworkAccessManager* network, const PipelineFile& pipeline,
               const ConnectionStore* connections, SecretStore* secrets, const Options& options,
               QObject* parent)
    : RunJob(network, pipeline, static_cast<CredentialSet*>(nullptr), options, parent)
{
    m_connections = connections;
    m_secrets = secrets;
    m_looksUpSecrets = true;
}

RunJob::RunJob(const ImportOptions& options, QObject* parent)
    : RunJob(options.loader.pipelineName, options.destination, options.loader, parent)
{
    m_import = options;
}

RunJob::~RunJob()
{
    // Deleted mid-run (the window closes): the worker rolls back first.
    if (m_thread->isRunning()) {
        m_worker->requestCancel();
    }
    stopExtraction();
    stopThread();
    delete m_thread;
}

void RunJob::setCheckpoint(LoadWorker::Checkpoint checkpoint)
{
    m_worker->setCheckpoint(std::move(checkpoint));
}

void RunJob::doStart()
{
    m_startedAt = Clock::now();
    if (!m_historyOf.isEmpty()) {
        RunHistory(m_historyOf).markRunning();
    }
    if (m_import) {
        beginLoad();
        return;
    }
    m_plan.emplace(*m_pipeline, m_extractOptions.resources);
    const ExtractionPlan& plan = *m_plan;
    // A resource that is not in the file, or one left unselected: said
    // before anything is looked up or opened.
    if (!plan.problem().isEmpty()) {
        setError(SetupFailed, plan.problem());
        emitResult();
        return;
    }
    if (m_looksUpSecrets) {
        lookUpSecrets();
        return;
    }
    beginLoad();
}

void RunJob::lookUpSecrets()
{
    setProgressDescription(tr("Reading the secrets of %1").arg(m_pipelineName));
    auto* lookup = new SecretLookupJob(m_secrets, m_pipeline->sourceName, secretsToLookUp());
    const QString password =
        m_destination.postgres ? m_destination.postgres->passwordSecret : QString();
    if (!password.isEmpty()) {
        lookup->addEnvironmentNames(password, PostgresCredentials::passwordEnvironmentNames());
    }
    // Which secret is missing, for a window to offer storing it.
    connect(lookup, &Job::finished, this,
            [this, lookup] { m_missingSecret = lookup->missingName(); });
    startSubjob(lookup, SetupFailed, QString(), [this](Job* done) {
        const auto* found = static_cast<SecretLookupJob*>(done);
        if (m_destination.postgres && !m_destination.postgres->passwordSecret.isEmpty()) {
            m_worker->setPassword(found->values().value(m_destination.postgres->passwordSecret));
        }
        m_ownCredentials =
            std::make_unique<CredentialSet>(m_network, found->values(), m_connections, m_secrets);
        m_credentials = m_ownCredentials.get();
        beginLoad();
    });
}

QStringList RunJob::secretsToLookUp() const
{
    // Only the secrets of the resources that run, and the password of the
    // server it loads into (not the file's, when the run loads elsewhere).
    QStringList names = m_pipeline->secretNames(m_plan->resources());
    if (m_destination.postgres && !m_destination.postgres->passwordSecret.isEmpty()
        && !names.contains(m_destination.postgres->passwordSecret)) {
        names << m_destination.postgres->passwordSecret;
    }
    return names;
}

void RunJob::beginLoad()
{
    m_thread->start();
    LoadWorker* worker = m_worker;
    if (m_import) {
        setTotalAmount(Bytes, -1);
        setProgressDescription(tr("Reading %1").arg(m_import->filePath));
        QMetaObject::invokeMethod(
            worker,
            [worker, path = m_import->filePath, table = m_import->table] {
                worker->importJsonLines(path, table);
            },
            Qt::QueuedConnection);
        return;
    }
    setProgressDescription(tr("Opening %1").arg(m_destination.describe()));
    const QStringList emitted = m_plan->emitted();
    QMetaObject::invokeMethod(
        worker, [worker, pipeline = *m_pipeline, emitted] { worker->beginRun(pipeline, emitted); },
        Qt::QueuedConnection);
}

void RunJob::onBegun(bool ok, const QString& error, const QJsonObject& incrementalState,
                     bool fullRefreshHelps)
{
    if (isFinished()) {
        return;
    }
    if (!ok) {
        setError(fullRefreshHelps ? StateUnreadable : SetupFailed, error);
        emitResult();
        return;
    }
    // Cancelled while the file was opened: the abort() on its way rolls back.
    if (!m_import && !m_worker->isCancelRequested()) {
        startExtraction(incrementalState);
    }
}

void RunJob::startExtraction(const QJsonObject& incrementalState)
{
    ExtractJob::Options options = m_extractOptions;
    options.state = incrementalState;
    m_extract = std::make_unique<ExtractJob>(m_network, *m_pipeline, m_credentials, m_handoff.get(),
                                             options);
    m_extract->setAutoDelete(false);
    connect(m_extract.get(), &ExtractJob::retrying, this, &RunJob::retrying);
    countRequests(m_extract.get());
    connect(m_extract.get(), &Job::progressChanged, this, [this](Job* extraction) {
        setProcessedAmount(Pages, extraction->processedAmount(Pages));
        setProcessedAmount(Bytes, extraction->processedAmount(Bytes));
        setTotalAmount(Pages, extraction->totalAmount(Pages));
        setTotalAmount(Records, extraction->totalAmount(Records));
        setProgressDescription(extraction->progressDescription());
    });
    Q_EMIT extractionStarted(m_extract.get());
    startSubjob(m_extract.get(), [this](Job* extraction) { onExtracted(extraction); });
}

void RunJob::onExtracted(Job* extraction)
{
    m_stats = m_extract->stats();
    m_extractionError = extraction->error();
    m_extractionFailure = m_extract->failure();
    LoadWorker* worker = m_worker;
    if (extraction->error() != NoError) {
        // Reported once the worker has rolled back (onAborted).
        m_pendingError = ExtractFailed;
        m_pendingText = extraction->errorText()
            + tr(" Nothing of this run was saved; the next run starts where the last completed "
                 "one ended.");
        QMetaObject::invokeMethod(
            worker, [worker] { worker->abort(); }, Qt::QueuedConnection);
        return;
    }
    setProgressDescription(tr("Saving the load into %1").arg(m_destination.describe()));
    // Queued behind the pages still on their way: they are written first.
    QMetaObject::invokeMethod(
        worker, [worker, state = m_extract->state()] { worker->finish(state); },
        Qt::QueuedConnection);
}

void RunJob::onPageWritten(qint64 pageBytes, qint64 records, qint64 rows)
{
    m_handoff->pageWritten(pageBytes);
    // A dropped page (after a failure or a cancel) changes no amount.
    if (!isFinished() && records >= 0) {
        setProcessedAmount(Records, records);
        setProcessedAmount(Rows, rows);
    }
}

void RunJob::onImportProgress(qint64 records, qint64 bytesRead, qint64 bytesTotal)
{
    setProcessedAmount(Records, records);
    setProcessedAmount(Bytes, bytesRead);
    setTotalAmount(Bytes, bytesTotal);
}

void RunJob::onFailed(const QString& error, bool writeFailed, const LoadInfo& partial)
{
    if (isFinished()) {
        return;
    }
    m_result = partial;
    // The worker has rolled back already; the extraction has nothing to feed.
    stopExtraction();
    const int code = writeFailed ? WriteFailed : LoadFailed;
    setError(code, error);
    // Failed before a cancel could stop it: that is the outcome to report.
    replaceDeferredCancel(code, error);
    emitResult();
}

void RunJob::onCommitted(const LoadInfo& result)
{
    if (isFinished()) {
        return;
    }
    m_result = result;
    setProcessedAmount(Records, result.records);
    // A cancel that came after the COMMIT cannot undo it: say what happened.
    replaceDeferredCancel(NoError, QString());
    emitResult();
}

void RunJob::onAborted(const LoadInfo& partial)
{
    if (isFinished()) {
        return;
    }
    m_result = partial;
    m_result.tableRows.clear();
    // A cancel (deferred until now) keeps its Cancelled; an extraction
    // failure, even one a cancel came after, is reported now that nothing
    // of it is left in the file.
    setError(m_pendingError, m_pendingText);
    if (m_pendingError != NoError) {
        replaceDeferredCancel(m_pendingError, m_pendingText);
    }
    emitResult();
}

void RunJob::doCancel()
{
    if (!m_thread->isRunning()) {
        return;
    }
    m_worker->requestCancel();
    LoadWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->abort(); }, Qt::QueuedConnection);
    deferCancelledResult();
}

QString RunJob::activityDescription() const
{
    return m_import ? tr("The import") : tr("The run");
}

void RunJob::stopExtraction()
{
    if (m_extract && !m_extract->isFinished()) {
        releaseSubjob(m_extract.get());
        m_extract->cancel();
    }
}

void RunJob::stopThread()
{
    if (!m_thread->isRunning()) {
        delete m_worker;
        m_worker = nullptr;
        return;
    }
    LoadWorker* worker = m_worker;
    QThread* thread = m_thread;
    // The worker goes on its own thread, where its connection was made.
    QMetaObject::invokeMethod(
        worker,
        [worker, thread] {
            delete worker;
            thread->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    m_worker = nullptr;
}

LoadInfo RunJob::loadInfo() const
{
    LoadInfo info = m_result;
    info.pipelineName = m_pipelineName;
    if (error() != NoError) {
        info.tableRows.clear();
        info.failure = errorText();
    }
    return info;
}

ExtractFailure RunJob::extractionFailure() const
{
    return m_extractionFailure;
}

DestinationDatabase::Problem RunJob::fileProblem() const
{
    const int code = error();
    const bool fileFailed = code == SetupFailed || code == LoadFailed || code == WriteFailed;
    return fileFailed ? m_worker->fileProblem() : DestinationDatabase::Problem::None;
}

int RunJob::extractionError() const
{
    return m_extractionError;
}

QString RunJob::missingSecret() const
{
    return m_missingSecret;
}

QList<ExtractJob::ResourceStats> RunJob::resourceStats() const
{
    return m_extract ? m_extract->stats() : m_stats;
}

int RunJob::mostPagesInFlight() const
{
    return m_handoff ? m_handoff->mostPagesInFlight() : 0;
}

void RunJob::countRequests(ExtractJob* extraction)
{
    connect(extraction, &ExtractJob::requestFinished, this,
            [this](const QString&, const QString&, const QString&, int status, qint64 ms,
                   qint64 bytes) {
                ++m_requests.sent;
                m_requests.bytes += bytes;
                m_requests.failed += status == 0 || status >= 400 ? 1 : 0;
                m_requests.milliseconds += ms;
                ++m_requests.statuses[status];
            });
    connect(extraction, &ExtractJob::retrying, this, [this] { ++m_requests.retries; });
    connect(extraction, &ExtractJob::credentialsRenewed, this,
            [this](const QString&, bool, bool ok) { m_requests.renewals += ok ? 1 : 0; });
}

RunHistory::Requests RunJob::requestSummary() const
{
    return m_requests;
}

void RunJob::recordRun()
{
    RunHistory::Run run;
    run.finished = Clock::now();
    // Cancelled before it began: it began and ended at once.
    run.started = m_startedAt.isValid() ? m_startedAt : run.finished;
    run.outcome = error() == NoError ? RunHistory::Outcome::Loaded
        : error() == Cancelled       ? RunHistory::Outcome::Cancelled
                                     : RunHistory::Outcome::Failed;
    run.error = errorText();
    run.loadId = error() == NoError ? m_result.loadId : QString();
    // Also when the extraction was stopped midway (its counts so far).
    const QList<ExtractJob::ResourceStats> extracted = m_extract ? m_extract->stats() : m_stats;
    for (const ExtractJob::ResourceStats& stats : extracted) {
        run.resourceRecords.insert(stats.name, stats.records);
    }
    for (const auto& [table, rows] : std::as_const(m_result.tableRows)) {
        run.tableRows.insert(table, rows);
    }
    run.warnings = m_result.warnings;
    run.databasePath = m_result.databasePath;
    run.requests = requestSummary();
    // A few hundred bytes, once per run; a failure to record it does not
    // change what the run did.
    QString problem;
    const RunHistory history(m_historyOf);
    if (!history.append(run, &problem)) {
        qCWarning(lcPipeline).noquote() << problem;
    }
    history.clearRunning();
}
