#include "run/LoadWorker.h"

#include "destination/LoadSink.h"
#include "pipeline/JsonLinesReader.h"

#include <QElapsedTimer>
#include <QFileInfo>

namespace {

// Records whose key collisions are named one by one; the rest are counted.
constexpr qint64 kNamedCollisionRecords = 10;
// How often an import reports how far it got.
constexpr qint64 kImportProgressMs = 50;

QString collisionText(qint64 line, const RelationalNormalizer::KeyCollision& collision,
                      const QString& rootTable)
{
    const QString column =
        collision.table == rootTable ? collision.column : collision.table + u'.' + collision.column;
    if (collision.earlierKey == collision.laterKey) {
        return LoadWorker::tr(
                   "line %1: key \"%2\" appears twice; column \"%3\" keeps the later value.")
            .arg(line)
            .arg(collision.laterKey.left(80), column);
    }
    return LoadWorker::tr(
               "line %1: keys \"%2\" and \"%3\" both become column \"%4\"; the later value is "
               "kept.")
        .arg(line)
        .arg(collision.earlierKey.left(80), collision.laterKey.left(80), column);
}

} // namespace

LoadWorker::LoadWorker(const LoadDestination& destination, const Loader::Options& options)
    : m_destination(destination)
    , m_options(options)
{
    m_options.cancelled = &m_cancel;
    m_last = infoOf();
}

void LoadWorker::setPassword(const QString& password)
{
    m_destination.password = password;
}

LoadWorker::~LoadWorker()
{
    closeLoader(true);
}

void LoadWorker::requestCancel()
{
    m_cancel = true;
    std::lock_guard lock(m_handleMutex);
    // Only inside finish(): SQLite rolls an interrupted write back at once,
    // and the loader stops there. While records are written the loader
    // would go on in autocommit (a new table's DDL saved for good), so a
    // cancel then waits for the page in hand.
    // A server's transaction goes back whole wherever it is stopped.
    if (m_handle && (m_finishing || m_handle->interruptsWholeLoad())) {
        m_handle->interrupt();
    }
}

DestinationDatabase::Problem LoadWorker::fileProblem() const
{
    return DestinationDatabase::Problem(m_fileProblem.load());
}

bool LoadWorker::isCancelRequested() const
{
    return m_cancel;
}

void LoadWorker::setCheckpoint(Checkpoint checkpoint)
{
    m_checkpoint = std::move(checkpoint);
}

bool LoadWorker::openLoader(QString* error)
{
    m_loader = std::make_unique<Loader>(m_destination, m_options);
    if (m_checkpoint) {
        Loader* loader = m_loader.get();
        m_loader->setCheckpoint(
            [this, loader](const QString& point) { m_checkpoint(point, loader->recordCount()); });
    }
    if (!m_loader->begin(error)) {
        m_fullRefreshHelps = m_loader->remedy() == Loader::Remedy::FullRefresh;
        closeLoader(true);
        return false;
    }
    std::lock_guard lock(m_handleMutex);
    m_handle = m_loader->database();
    return true;
}

void LoadWorker::beginRun(const PipelineFile& pipeline, const QStringList& emitted)
{
    m_pipeline = pipeline;
    QString error;
    if (m_cancel || !openLoader(&error)) {
        m_failed = true;
        Q_EMIT begun(false, error, {}, m_fullRefreshHelps);
        return;
    }
    m_sink = std::make_unique<LoadSink>(m_loader.get(), &m_pipeline);
    // Every table the run loads is prepared now: a replace table is emptied
    // even when its API sends nothing.
    if (!m_sink->prepare(emitted, &error)) {
        m_failed = true;
        closeLoader(true);
        Q_EMIT begun(false, error, {}, m_fullRefreshHelps);
        return;
    }
    Q_EMIT begun(true, QString(), m_loader->incrementalState(), false);
}

void LoadWorker::writeRecords(const QString& resource,
                              const std::vector<simdjson::dom::element>& elements,
                              const QJsonObject& extraFields, qint64 pageBytes)
{
    if (m_failed || m_cancel || !m_loader) {
        Q_EMIT pageWritten(pageBytes, -1, -1);
        return;
    }
    QString error;
    if (!m_sink->accept(resource, elements, extraFields, &error)) {
        failWith(m_loader->writeFailed() ? error : tr("Resource \"%1\": %2").arg(resource, error));
        return;
    }
    m_last.records = m_loader->recordCount();
    Q_EMIT pageWritten(pageBytes, m_loader->recordCount(), m_loader->rowsSubmitted());
}

void LoadWorker::finish(const QJsonObject& incrementalState)
{
    if (m_failed || m_cancel || !m_loader) {
        return;
    }
    QString error;
    setFinishing();
    if (!m_loader->finish(incrementalState, &error)) {
        // Merges, system rows, COMMIT: the file's failure, never a record's.
        if (!m_cancel) {
            failWith(error, {}, true);
        }
        return;
    }
    m_last = infoOf();
    closeLoader(false);
    Q_EMIT committed(m_last);
}

void LoadWorker::importJsonLines(const QString& path,
                                 const RelationalNormalizer::TableOptions& options)
{
    JsonLinesReader reader(path);
    QString error;
    if (!reader.open(&error) || !openLoader(&error)) {
        m_failed = true;
        Q_EMIT begun(false, error, {}, m_fullRefreshHelps);
        return;
    }
    Q_EMIT begun(true, QString(), {}, false);
    TableSchema* root = m_loader->prepareTable(options, &error);
    if (!root) {
        failWith(error);
        return;
    }
    const QString name = root->name;
    const QString fileName = QFileInfo(path).fileName();
    // dlt keeps the later of two values for one column; say where it happened.
    QStringList collisions;
    qint64 collidingRecords = 0;
    QElapsedTimer sinceReport;
    sinceReport.start();
    const bool read = reader.read(
        [&](simdjson::dom::element record, QString* failure) {
            if (m_cancel) {
                return false;
            }
            if (!m_loader->write(root, record, failure)) {
                // A write error of the file is not this line's fault.
                if (!m_loader->writeFailed()) {
                    *failure =
                        tr("%1, line %2: %3").arg(fileName).arg(reader.lineNumber()).arg(*failure);
                }
                return false;
            }
            const auto met = m_loader->takeKeyCollisions();
            if (!met.isEmpty() && ++collidingRecords <= kNamedCollisionRecords) {
                for (const RelationalNormalizer::KeyCollision& collision : met) {
                    collisions << collisionText(reader.lineNumber(), collision, name);
                }
            }
            if (sinceReport.elapsed() >= kImportProgressMs) {
                sinceReport.restart();
                Q_EMIT importProgress(m_loader->recordCount(), reader.bytesRead(), reader.size());
            }
            return true;
        },
        &error);
    if (m_cancel) {
        return;
    }
    Q_EMIT importProgress(m_loader->recordCount(), reader.bytesRead(), reader.size());
    if (collidingRecords > kNamedCollisionRecords) {
        // No plural form: the count may be one.
        collisions << tr("In %1 more of the records, two keys became one column too; the later "
                         "values were kept.")
                          .arg(collidingRecords - kNamedCollisionRecords);
    }
    if (!read) {
        if (!m_cancel) {
            failWith(error, collisions);
        }
        return;
    }
    setFinishing();
    if (!m_loader->finish({}, &error)) {
        if (!m_cancel) {
            failWith(error, collisions, true);
        }
        return;
    }
    m_last = infoOf();
    m_last.warnings = collisions + m_last.warnings;
    closeLoader(false);
    Q_EMIT committed(m_last);
}

void LoadWorker::setFinishing()
{
    std::lock_guard lock(m_handleMutex);
    m_finishing = true;
}

void LoadWorker::abort()
{
    if (m_loader) {
        m_last = infoOf();
    }
    closeLoader(true);
    Q_EMIT aborted(m_last);
}

void LoadWorker::failWith(const QString& error, const QStringList& warningsFirst, bool fileFault)
{
    m_failed = true;
    m_last = infoOf();
    m_last.warnings = warningsFirst + m_last.warnings;
    m_last.tableRows.clear();
    const bool writeFailed = fileFault || (m_loader && m_loader->writeFailed());
    closeLoader(true);
    Q_EMIT failed(error, writeFailed, m_last);
}

void LoadWorker::closeLoader(bool rollBack)
{
    {
        std::lock_guard lock(m_handleMutex);
        m_handle = nullptr;
    }
    m_sink.reset();
    if (m_loader && rollBack) {
        // Before the rollback, whose own statements describe nothing.
        m_fileProblem = int(m_loader->fileProblem());
        m_loader->abort();
    }
    m_loader.reset();
}

LoadInfo LoadWorker::infoOf() const
{
    LoadInfo info;
    info.pipelineName = m_options.pipelineName;
    info.databasePath = m_loader ? m_loader->databasePath() : m_destination.databasePath;
    info.destination = m_destination.dltName();
    info.dataset = m_destination.datasetName();
    if (m_destination.isPostgres()) {
        info.serverLocation = m_destination.location();
    }
    if (m_loader) {
        info.loadId = m_loader->loadId();
        info.records = m_loader->recordCount();
        info.seconds = double(m_loader->elapsedMilliseconds()) / 1000.0;
        info.tableRows = m_loader->rowCounts();
        info.warnings = m_loader->warnings();
    }
    return info;
}
