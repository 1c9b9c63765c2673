#include "destination/Loader.h"

#include "destination/BatchWriter.h"
#include "pipeline/RowId.h"
#include "pipeline/TimestampParser.h"

#include <QFileInfo>
#include <QJsonDocument>

#include <chrono>

namespace {

const QString kReplacedName = QStringLiteral("_grantline_replaced");

QString nowText()
{
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return QString::fromStdString(TimestampParser::format(
        std::chrono::duration_cast<std::chrono::microseconds>(now).count()));
}

QString rowId()
{
    const RowId::Text id = RowId::random();
    return QString::fromLatin1(id.data(), qsizetype(id.size()));
}

QString columnList(const QStringList& columns)
{
    QStringList quoted;
    for (const QString& column : columns) {
        quoted << DestinationDatabase::quote(column);
    }
    return quoted.join(QLatin1String(", "));
}

} // namespace

Loader::Loader(const LoadDestination& destination, const Options& options)
    : m_destination(destination)
    , m_options(options)
    , m_schema(options.schemaName)
{ }

Loader::Loader(const QString& databasePath, const Options& options)
    : Loader(LoadDestination::sqlite(databasePath), options)
{ }

namespace {
// Rows per batch handed to the writer thread: large enough that the hand-off
// costs nothing, small enough that three batches stay a few megabytes.
constexpr size_t kBatchRows = 4096;
} // namespace

Loader::~Loader()
{
    abort();
}

QString Loader::databasePath() const
{
    return m_destination.isPostgres() ? QString()
                                      : QFileInfo(m_destination.databasePath).absoluteFilePath();
}

bool Loader::begin(QString* error)
{
    m_elapsed.start();
    m_database = m_destination.makeDatabase(m_options.cancelled);
    if (!m_database->openForLoad(error) || !m_database->begin(error)) {
        return false;
    }
    if (!createSystemTables(error) || !readStoredSchema(error) || !readStoredState(error)) {
        abort();
        return false;
    }
    if (m_options.fullRefresh && !dropSourceTables(error)) {
        abort();
        return false;
    }
    m_loadId = nextLoadId(error);
    if (m_loadId.isEmpty()) {
        abort();
        return false;
    }
    m_normalizer = std::make_unique<RelationalNormalizer>(&m_schema);
    m_normalizer->setMaxIdentifierLength(m_database->maxIdentifierLength());
    m_normalizer->setLoadId(m_loadId);
    m_normalizer->setCopyText(true);
    m_normalizer->setDeferChildIds(true);
    m_writer = std::make_unique<BatchWriter>(m_database.get());
    m_current = m_writer->freeBatch();
    checkpoint(QStringLiteral("begun"));
    return true;
}

bool Loader::createSystemTables(QString* error)
{
    for (const QString& sql : m_database->systemTableStatements()) {
        if (!m_database->exec(sql, error)) {
            return false;
        }
    }
    return true;
}

std::optional<QList<Schema>> Loader::storedSchemas(DestinationDatabase& database,
                                                   const QString& schemaName, QString* error)
{
    // The newest version of each schema (of one, when named), by name.
    const auto rows = database.select(
        QStringLiteral("SELECT \"schema\" FROM (SELECT \"schema\", \"schema_name\", "
                       "row_number() OVER (PARTITION BY \"schema_name\" ORDER BY \"version\" "
                       "DESC, \"inserted_at\" DESC) AS newest FROM \"_dlt_version\" WHERE "
                       "coalesce(?, '') = '' "
                       "OR \"schema_name\" = ?) AS versions WHERE newest = 1 ORDER BY "
                       "\"schema_name\""),
        error, {schemaName, schemaName});
    if (!rows) {
        return std::nullopt;
    }
    QList<Schema> schemas;
    for (const QVariantList& row : *rows) {
        QJsonParseError parse;
        const QJsonDocument document =
            QJsonDocument::fromJson(row.value(0).toString().toUtf8(), &parse);
        if (!document.isObject()) {
            *error = tr("The schema stored in %1 cannot be read (%2). Load into another file.")
                         .arg(database.describe(), parse.errorString());
            return std::nullopt;
        }
        schemas << Schema::fromJson(document.object());
    }
    return schemas;
}

bool Loader::readStoredSchema(QString* error)
{
    const std::optional<QList<Schema>> stored =
        storedSchemas(*m_database, m_options.schemaName, error);
    if (!stored) {
        return false;
    }
    if (!stored->isEmpty()) {
        m_schema = stored->first();
        m_storedSchemaHash = m_schema.versionHash();
    }
    return true;
}

bool Loader::readStoredState(QString* error)
{
    // As dlt restores it: the newest state of this pipeline whose load completed.
    const auto rows = m_database->select(
        QStringLiteral("SELECT s.\"state\" FROM \"_dlt_pipeline_state\" AS s JOIN \"_dlt_loads\" "
                       "AS l ON l.\"load_id\" = s.\"_dlt_load_id\" WHERE s.\"pipeline_name\" = ? "
                       "AND l.\"status\" = 0 ORDER BY l.\"load_id\" DESC, s.\"version\" DESC "
                       "LIMIT 1"),
        error, {m_options.pipelineName});
    if (!rows) {
        return false;
    }
    if (rows->isEmpty()) {
        return true;
    }
    const auto state = PipelineState::decode(rows->first().value(0).toString());
    if (!state) {
        // A full refresh starts the state over anyway.
        if (m_options.fullRefresh) {
            return true;
        }
        m_remedy = Remedy::FullRefresh;
        *error = tr("The pipeline state stored in %1 cannot be read. A full refresh starts it "
                    "over; or load into another file.")
                     .arg(m_database->describe());
        return false;
    }
    m_state = *state;
    m_storedStateHash = m_state.versionHash();
    return true;
}

bool Loader::dropSourceTables(QString* error)
{
    for (const TableSchema* table : m_schema.dataTables()) {
        if (!m_database->exec(
                QStringLiteral("DROP TABLE IF EXISTS %1").arg(m_database->qualified(table->name)),
                error)) {
            return false;
        }
    }
    QJsonObject empty{{QStringLiteral("name"), m_options.schemaName},
                      {QStringLiteral("version"), m_schema.version()}};
    m_schema = Schema::fromJson(empty);
    m_schema.markChanged();
    m_state = PipelineState(QJsonObject{{QStringLiteral("_state_version"), m_state.version()}});
    return true;
}

QString Loader::nextLoadId(QString* error)
{
    // Unix time with its fraction, as dlt makes them; strictly after the
    // newest load in the file even if the clock went back.
    const auto rows = m_database->select(
        QStringLiteral("SELECT max(CAST(\"load_id\" AS DOUBLE PRECISION)) FROM \"_dlt_loads\""),
        error);
    if (!rows) {
        return {};
    }
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    double seconds =
        double(std::chrono::duration_cast<std::chrono::microseconds>(now).count()) / 1e6;
    const double newest = rows->isEmpty() ? 0 : rows->first().value(0).toDouble();
    if (seconds <= newest) {
        seconds = newest + 0.000001;
    }
    QString id = QString::number(seconds, 'f', 6);
    while (id.endsWith(QLatin1Char('0'))) {
        id.chop(1);
    }
    if (id.endsWith(QLatin1Char('.'))) {
        id += QLatin1Char('0');
    }
    return id;
}

QJsonObject Loader::incrementalState() const
{
    return m_state.incremental(m_options.schemaName);
}

TableSchema* Loader::prepareTable(const RelationalNormalizer::TableOptions& options, QString* error)
{
    TableSchema* table = m_normalizer->prepareTable(options, error);
    if (!table) {
        return nullptr;
    }
    m_preparedRoots.insert(table->name);
    if (table->writeDisposition == QLatin1String("replace") && !m_emptied.contains(table->name)) {
        m_emptied.insert(table->name);
        if (!drain(error) || !emptyTable(*table, error)) {
            return nullptr;
        }
    }
    return table;
}

bool Loader::emptyTable(const TableSchema& root, QString* error)
{
    std::vector<const TableSchema*> tables = m_schema.descendantsOf(root.name);
    tables.push_back(&root);
    for (const TableSchema* table : tables) {
        if (m_database->tableExists(table->name)
            && !m_database->exec(
                QStringLiteral("DELETE FROM %1").arg(m_database->qualified(table->name)), error)) {
            return false;
        }
    }
    return true;
}

bool Loader::write(TableSchema* root, simdjson::dom::element record, QString* error)
{
    if (!m_normalizer->normalize(root, record, m_current, error)) {
        return false;
    }
    return written(error);
}

bool Loader::write(TableSchema* root, simdjson::dom::element record,
                   simdjson::dom::element extraFields, QString* error)
{
    if (!m_normalizer->normalize(root, record, extraFields, m_current, error)) {
        return false;
    }
    return written(error);
}

bool Loader::written(QString* error)
{
    ++m_records;
    if (m_current->rowCount() >= kBatchRows && !submit(error)) {
        return false;
    }
    checkpoint(QStringLiteral("written"));
    return true;
}

void Loader::checkpoint(const QString& point) const
{
    if (m_checkpoint) {
        m_checkpoint(point);
    }
}

std::shared_ptr<const TableSchema> Loader::snapshotOf(const TableSchema* table)
{
    std::shared_ptr<const TableSchema>& snapshot = m_snapshots[table];
    if (!snapshot || snapshot->columns().size() != table->columns().size()) {
        snapshot = std::make_shared<const TableSchema>(*table);
    }
    return snapshot;
}

bool Loader::submit(QString* error)
{
    if (m_current->rowCount() == 0) {
        return true;
    }
    for (TableRows* rows : m_current->tables()) {
        rows->snapshot = snapshotOf(rows->table());
    }
    m_rowsSubmitted += qint64(m_current->rowCount());
    m_writer->submit(m_current);
    m_current = m_writer->freeBatch();
    // A failed write (a full disk) stops the load now, not at the end.
    return m_writer->hasFailed() ? drain(error) : true;
}

DestinationDatabase::Problem Loader::fileProblem() const
{
    return m_database ? m_database->lastProblem() : DestinationDatabase::Problem::None;
}

bool Loader::drain(QString* error)
{
    if (!submit(error) || !m_writer->drain(error)) {
        m_writeFailed = true;
        return false;
    }
    m_counts = m_writer->rowCounts();
    return true;
}

bool Loader::mergeTable(const TableSchema& root, QString* error)
{
    const QStringList primaryKey = root.primaryKey();
    const QStringList mergeKey = root.mergeKey();
    if ((primaryKey.isEmpty() && mergeKey.isEmpty()) || !m_database->tableExists(root.name)) {
        return true; // dlt: merge without keys is append
    }
    const QString table = m_database->qualified(root.name);
    const QString replaced = m_database->temporaryTable(kReplacedName);
    if (!m_database->exec(
            QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS \"_grantline_replaced\" (id TEXT)"),
            error)
        || !m_database->exec(QStringLiteral("DELETE FROM %1").arg(replaced), error)) {
        return false;
    }
    // Rows of earlier loads that this load's rows replace.
    for (const QStringList& key : {primaryKey, mergeKey}) {
        if (key.isEmpty()) {
            continue;
        }
        const QString columns = columnList(key);
        if (!m_database->exec(
                QStringLiteral("INSERT INTO %1 SELECT \"_dlt_id\" FROM %2 WHERE \"_dlt_load_id\" "
                               "<> ? AND (%3) IN (SELECT %3 FROM %2 WHERE \"_dlt_load_id\" = ?)")
                    .arg(replaced, table, columns),
                error, {m_loadId, m_loadId})) {
            return false;
        }
    }
    // Duplicates within this load: the last one of a key wins.
    if (!primaryKey.isEmpty()
        && !m_database->exec(
            QStringLiteral("INSERT INTO %1 %2")
                .arg(replaced,
                     m_database->earlierDuplicatesOfLoad(table, columnList(primaryKey), m_loadId)),
            error)) {
        return false;
    }
    // Their child rows go with them, found through _dlt_root_id.
    for (const TableSchema* child : m_schema.descendantsOf(root.name)) {
        if (!child->column(QStringLiteral("_dlt_root_id"))
            || !m_database->tableExists(child->name)) {
            continue;
        }
        if (!m_database->exec(QStringLiteral("DELETE FROM %1 WHERE \"_dlt_root_id\" IN (SELECT id "
                                             "FROM %2)")
                                  .arg(m_database->qualified(child->name), replaced),
                              error)) {
            return false;
        }
    }
    return m_database->exec(
        QStringLiteral("DELETE FROM %1 WHERE \"_dlt_id\" IN (SELECT id FROM %2)")
            .arg(table, replaced),
        error);
}

bool Loader::writeSchemaVersion(QString* error)
{
    if (m_schema.versionHash() == m_storedSchemaHash) {
        return true;
    }
    const QJsonObject json = m_schema.toJson();
    if (!m_database->exec(
            QStringLiteral("INSERT INTO \"_dlt_version\" (\"version\", \"engine_version\", "
                           "\"inserted_at\", \"schema_name\", \"version_hash\", \"schema\") "
                           "VALUES (?, ?, ?, ?, ?, ?)"),
            error,
            {m_schema.version(), Schema::kEngineVersion, nowText(), m_schema.name(),
             m_schema.versionHash(),
             QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))})) {
        return false;
    }
    m_schema.markSaved();
    m_schemaSaved = true;
    return true;
}

bool Loader::writeState(const QJsonObject& incremental, QString* error)
{
    const PipelineState next =
        m_state.updated(m_options.pipelineName, m_options.schemaName, incremental);
    if (next.versionHash() == m_storedStateHash) {
        return true;
    }
    if (!m_database->exec(
            QStringLiteral("INSERT INTO \"_dlt_pipeline_state\" (\"version\", \"engine_version\", "
                           "\"pipeline_name\", \"state\", \"created_at\", \"version_hash\", "
                           "\"_dlt_load_id\", \"_dlt_id\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            error,
            {next.version(), PipelineState::kEngineVersion, m_options.pipelineName, next.encode(),
             nowText(), next.versionHash(), m_loadId, rowId()})) {
        return false;
    }
    m_state = next;
    return true;
}

bool Loader::finish(const QJsonObject& incremental, QString* error)
{
    if (!drain(error)) {
        abort();
        return false;
    }
    for (const TableSchema* table : m_schema.dataTables()) {
        if (table->isRoot() && table->writeDisposition == QLatin1String("merge")
            && m_preparedRoots.contains(table->name) && !mergeTable(*table, error)) {
            abort();
            return false;
        }
    }
    // Tables the schema has but no row reached (declared columns only).
    for (const TableSchema* table : m_schema.dataTables()) {
        if (!table->columns().empty() && !m_writer->syncColumns(*snapshotOf(table), error)) {
            abort();
            return false;
        }
    }
    if (!writeSchemaVersion(error) || !writeState(incremental, error)
        || !m_database->exec(QStringLiteral("INSERT INTO \"_dlt_loads\" (\"load_id\", "
                                            "\"schema_name\", \"status\", \"inserted_at\", "
                                            "\"schema_version_hash\") VALUES (?, ?, 0, ?, ?)"),
                             error,
                             {m_loadId, m_schema.name(), nowText(), m_schema.versionHash()})) {
        abort();
        return false;
    }
    m_writer->releaseStatements();
    checkpoint(QStringLiteral("before-commit"));
    // The last moment a cancel can still leave the file as it was.
    if (m_options.cancelled && m_options.cancelled->load()) {
        abort();
        *error = tr("The load was cancelled; nothing of it was saved.");
        return false;
    }
    if (!m_database->commit(error)) {
        abort();
        return false;
    }
    checkpoint(QStringLiteral("committed"));
    return true;
}

void Loader::abort()
{
    // The writer thread stops before the rollback it would race with; the
    // batches it has not started are dropped, not written to be undone.
    m_current = nullptr;
    if (m_writer) {
        m_writer->discardQueued();
    }
    m_writer.reset();
    if (m_database && m_database->inTransaction()) {
        m_database->rollback();
    }
}

QList<QPair<QString, qint64>> Loader::rowCounts() const
{
    return m_counts;
}

QStringList Loader::warnings() const
{
    QStringList warnings;
    if (!m_normalizer) {
        return warnings;
    }
    for (const QString& column : m_normalizer->nullOnlyColumns()) {
        warnings << tr("%1 held only null values; no column was made for it.").arg(column);
    }
    const qint64 collisions = m_normalizer->collisionCount();
    if (collisions > 0 && !m_collisionsTaken) {
        warnings << tr("Records held two keys for one column (a key written twice, or keys "
                       "such as \"a\" and \"A\"), %1 in all; the later value was kept.")
                        .arg(collisions);
    }
    return warnings;
}

QList<RelationalNormalizer::KeyCollision> Loader::takeKeyCollisions()
{
    m_collisionsTaken = true;
    return m_normalizer ? m_normalizer->takeCollisions()
                        : QList<RelationalNormalizer::KeyCollision>();
}
