#include "browse/LoadStatistics.h"

#include "destination/SqliteDatabase.h"
#include "pipeline/PipelineState.h"
#include "pipeline/TimestampParser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

double LoadRecord::seconds() const
{
    return started.isValid() && committed.isValid()
        ? qMax<qint64>(0, started.msecsTo(committed)) / 1000.0
        : 0;
}

qint64 LoadRecord::rows() const
{
    qint64 total = 0;
    for (qint64 rows : rowsByTable) {
        total += rows;
    }
    return total;
}

std::optional<LoadStatistics> LoadStatistics::read(BrowseConnection& connection,
                                                   const DatasetSchema& schema,
                                                   const std::atomic<bool>& cancelled,
                                                   QString* error)
{
    LoadStatistics statistics;
    if (schema.table(QStringLiteral("_dlt_loads")) && !statistics.readLoads(connection, error)) {
        return std::nullopt;
    }
    if (!statistics.countRowsPerLoad(connection, schema, cancelled, error)) {
        return std::nullopt;
    }
    statistics.readSizes(connection, schema);
    if (schema.table(QStringLiteral("_dlt_pipeline_state"))) {
        statistics.readState(connection);
    }
    return statistics;
}

bool LoadStatistics::readLoads(BrowseConnection& connection, QString* error)
{
    // A file without _dlt_version is no error: its loads have no versions.
    QString noVersions;
    const bool versions =
        connection.select(QStringLiteral("SELECT 1 FROM _dlt_version LIMIT 0"), &noVersions)
            .has_value();
    const auto rows = connection.select(
        versions ? QStringLiteral("SELECT l.load_id, l.inserted_at, l.status, "
                                  "l.schema_version_hash, (SELECT max(v.version) FROM _dlt_version "
                                  "AS v WHERE v.version_hash = l.schema_version_hash) "
                                  "FROM _dlt_loads AS l ORDER BY l.load_id")
                 : QStringLiteral("SELECT load_id, inserted_at, status, schema_version_hash, NULL "
                                  "FROM _dlt_loads ORDER BY load_id"),
        error);
    if (!rows) {
        return false;
    }
    for (const QVariantList& row : *rows) {
        LoadRecord load;
        load.loadId = row.value(0).toString();
        bool isTime = false;
        const double startedSeconds = load.loadId.toDouble(&isTime);
        if (isTime) {
            load.started = QDateTime::fromMSecsSinceEpoch(qint64(startedSeconds * 1000), Qt::UTC);
        }
        const QByteArray committed = row.value(1).toString().toUtf8();
        if (const auto micros = TimestampParser::parseDateTime(
                std::string_view(committed.constData(), size_t(committed.size())))) {
            load.committed = QDateTime::fromMSecsSinceEpoch(*micros / 1000, Qt::UTC);
        }
        load.status = row.value(2).toLongLong();
        load.schemaVersionHash = row.value(3).toString();
        load.schemaVersion = row.value(4).isNull() ? -1 : row.value(4).toLongLong();
        loads << load;
    }
    return true;
}

QString LoadStatistics::loadOfRows(const DatasetSchema& schema, const DatasetTable& table)
{
    const QString quoted = SqliteDatabase::quote(table.name);
    if (table.hasColumn(QStringLiteral("_dlt_load_id"))) {
        return QStringLiteral("SELECT _dlt_load_id AS load_id FROM %1").arg(quoted);
    }
    const QStringList chain = schema.lineage(table.name);
    if (chain.size() < 2 || !table.hasColumn(QStringLiteral("_dlt_parent_id"))) {
        return {};
    }
    const DatasetTable* root = schema.table(chain.first());
    if (!root || !root->hasColumn(QStringLiteral("_dlt_load_id"))) {
        return {};
    }
    // With a root key (merge tables), one join; otherwise up the chain.
    if (table.hasColumn(QStringLiteral("_dlt_root_id"))) {
        return QStringLiteral("SELECT r._dlt_load_id AS load_id FROM %1 AS t JOIN %2 AS r ON "
                              "t._dlt_root_id = r._dlt_id")
            .arg(quoted, SqliteDatabase::quote(root->name));
    }
    QString sql = QStringLiteral("SELECT t0._dlt_load_id AS load_id FROM %1 AS t0")
                      .arg(SqliteDatabase::quote(chain.first()));
    for (int i = 1; i < chain.size(); ++i) {
        sql += QStringLiteral(" JOIN %1 AS t%2 ON t%2._dlt_parent_id = t%3._dlt_id")
                   .arg(SqliteDatabase::quote(chain.at(i)))
                   .arg(i)
                   .arg(i - 1);
    }
    return sql;
}

bool LoadStatistics::countRowsPerLoad(BrowseConnection& connection, const DatasetSchema& schema,
                                      const std::atomic<bool>& cancelled, QString* error)
{
    QHash<QString, int> byId;
    for (int i = 0; i < loads.size(); ++i) {
        byId.insert(loads.at(i).loadId, i);
    }
    for (const DatasetTable& table : schema.tables()) {
        if (cancelled.load()) {
            *error = tr("Stopped.");
            return false;
        }
        if (table.system || table.view) {
            continue;
        }
        const QString rowsWithLoad = loadOfRows(schema, table);
        if (rowsWithLoad.isEmpty()) {
            continue;
        }
        const auto counts = connection.select(
            QStringLiteral("SELECT load_id, count(*) FROM (%1) GROUP BY load_id").arg(rowsWithLoad),
            error);
        if (!counts) {
            return false;
        }
        for (const QVariantList& count : *counts) {
            const QString load = count.value(0).toString();
            if (!byId.contains(load)) {
                // Rows of a load that never committed its _dlt_loads row
                // (dlt leaves them when a load fails half way).
                LoadRecord orphan;
                orphan.loadId = load;
                orphan.status = -1;
                byId.insert(load, int(loads.size()));
                loads << orphan;
            }
            loads[byId.value(load)].rowsByTable.insert(table.name, count.value(1).toLongLong());
        }
    }
    return true;
}

void LoadStatistics::readSizes(BrowseConnection& connection, const DatasetSchema& schema)
{
    QString error;
    QHash<QString, qint64> bytes;
    // dbstat walks every page: slow on a big file, but this is a worker.
    const auto pages = connection.select(
        QStringLiteral("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"), &error);
    for (const QVariantList& row : pages.value_or(QList<QVariantList>{})) {
        bytes.insert(row.value(0).toString(), row.value(1).toLongLong());
    }
    for (const DatasetTable& table : schema.tables()) {
        if (table.view) {
            continue;
        }
        TableSize size;
        size.table = table.name;
        size.rows = table.rows;
        if (size.rows < 0) {
            const auto count = connection.select(
                QStringLiteral("SELECT count(*) FROM %1").arg(SqliteDatabase::quote(table.name)),
                &error);
            size.rows = count && !count->isEmpty() ? count->first().value(0).toLongLong() : 0;
        }
        size.bytes = pages ? bytes.value(table.name, 0) : -1;
        sizes << size;
    }
}

void LoadStatistics::readState(BrowseConnection& connection)
{
    QString error;
    const auto rows = connection.select(
        QStringLiteral("SELECT state, pipeline_name, version, created_at FROM _dlt_pipeline_state "
                       "ORDER BY version DESC, created_at DESC LIMIT 1"),
        &error);
    if (!rows || rows->isEmpty()) {
        return;
    }
    const QVariantList row = rows->first();
    const std::optional<PipelineState> state = PipelineState::decode(row.value(0).toString());
    if (!state) {
        stateSummary = tr("The pipeline state cannot be read.");
        return;
    }
    stateSummary =
        tr("Pipeline %1, state version %2, saved %3")
            .arg(row.value(1).toString(), row.value(2).toString(), row.value(3).toString());
    const QJsonObject sources = state->json().value(QStringLiteral("sources")).toObject();
    for (auto source = sources.begin(); source != sources.end(); ++source) {
        const QJsonObject incremental = state->incremental(source.key());
        for (auto it = incremental.begin(); it != incremental.end(); ++it) {
            const QJsonObject cursor = it.value().toObject();
            const auto text = [](const QJsonValue& value) {
                return value.isString()
                    ? value.toString()
                    : QString::fromUtf8(
                          QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                          .mid(1)
                          .chopped(1);
            };
            cursors << StateCursor{source.key(), it.key(),
                                   cursor.value(QStringLiteral("cursor_path")).toString(),
                                   text(cursor.value(QStringLiteral("initial_value"))),
                                   text(cursor.value(QStringLiteral("last_value")))};
        }
    }
}
