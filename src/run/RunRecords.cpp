#include "run/RunRecords.h"

#include "destination/SqliteDatabase.h"
#include "pipeline/TimestampParser.h"

#include <QFileInfo>
#include <QHash>
#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <memory>

namespace {

struct FileLoad
{
    QString loadId;
    int status = 0;
    QDateTime insertedAt;
};

std::optional<QList<FileLoad>> fileLoads(const QString& databasePath, QString* problem)
{
    QList<FileLoad> loads;
    if (databasePath.isEmpty() || !QFileInfo::exists(databasePath)) {
        return loads;
    }
    SqliteDatabase database(databasePath);
    if (!database.open(problem, true)) {
        return std::nullopt;
    }
    // A query, not tableExists(): a file that is no database says so here.
    const auto tables = database.select(
        QStringLiteral("SELECT name FROM sqlite_master WHERE name = '_dlt_loads'"), problem);
    if (!tables) {
        return std::nullopt;
    }
    if (tables->isEmpty()) {
        return loads;
    }
    // Every load, to tell which recorded runs the file still has: a row
    // per run, a few thousand at most.
    const auto rows =
        database.select(QStringLiteral("SELECT load_id, status, inserted_at FROM _dlt_loads "
                                       "ORDER BY inserted_at DESC"),
                        problem);
    if (!rows) {
        return std::nullopt;
    }
    for (const QVariantList& row : *rows) {
        FileLoad load;
        load.loadId = row.value(0).toString();
        load.status = row.value(1).toInt();
        // Written as dlt writes it ("2026-12-06 06:53:18.123456+00:00").
        const std::string text = row.value(2).toString().toStdString();
        if (const auto micros = TimestampParser::parseDateTime(text)) {
            load.insertedAt = QDateTime::fromMSecsSinceEpoch(*micros / 1000, Qt::UTC);
        }
        loads << load;
    }
    return loads;
}

} // namespace

QDateTime RunRecords::startOfLoad(const QString& loadId)
{
    bool ok = false;
    const double seconds = loadId.toDouble(&ok);
    return ok ? QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC) : QDateTime();
}

RunRecords::Result RunRecords::read(const QString& pipelinePath, const QString& databasePath)
{
    Result result;
    const QList<RunHistory::Run> runs = RunHistory(pipelinePath).runs();
    const std::optional<QList<FileLoad>> loads = fileLoads(databasePath, &result.problem);
    QHash<QString, const FileLoad*> byId;
    if (loads) {
        for (const FileLoad& load : *loads) {
            byId.insert(load.loadId, &load);
        }
    }
    QSet<QString> known;
    for (const RunHistory::Run& run : runs) {
        Entry entry;
        entry.run = run;
        entry.fileChecked = loads.has_value();
        entry.inFile = !run.loadId.isEmpty() && byId.contains(run.loadId);
        known.insert(run.loadId);
        result.entries << entry;
    }
    if (loads) {
        // The newest the record would keep, at most.
        int added = 0;
        for (const FileLoad& load : *loads) {
            if (known.contains(load.loadId)) {
                continue;
            }
            if (++added > RunHistory::kMaxRuns) {
                break;
            }
            Entry entry;
            entry.fileOnly = true;
            entry.fileChecked = true;
            entry.inFile = true;
            entry.run.loadId = load.loadId;
            entry.run.started = startOfLoad(load.loadId);
            entry.run.finished = load.insertedAt.isValid() ? load.insertedAt : entry.run.started;
            if (!entry.run.started.isValid()) {
                entry.run.started = entry.run.finished;
            }
            entry.run.outcome =
                load.status == 0 ? RunHistory::Outcome::Loaded : RunHistory::Outcome::Failed;
            entry.run.databasePath = databasePath;
            result.entries << entry;
        }
    }
    const auto startOf = [](const Entry& entry) {
        return entry.run.started.isValid() ? entry.run.started : entry.run.finished;
    };
    std::stable_sort(result.entries.begin(), result.entries.end(),
                     [&](const Entry& a, const Entry& b) { return startOf(a) > startOf(b); });
    return result;
}

QFuture<RunRecords::Result> RunRecords::readLater(const QString& pipelinePath,
                                                  const QString& databasePath)
{
    auto promise = std::make_shared<QPromise<Result>>();
    QFuture<Result> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([pipelinePath, databasePath, promise] {
        promise->addResult(read(pipelinePath, databasePath));
        promise->finish();
    });
    return future;
}
