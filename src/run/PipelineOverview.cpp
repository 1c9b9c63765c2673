#include "run/PipelineOverview.h"

#include <QPromise>
#include <QThreadPool>

#include <memory>

QList<PipelineOverview::Pipeline> PipelineOverview::read(const QString& home)
{
    QList<Pipeline> pipelines;
    for (const PipelineStore::Entry& file : PipelineStore(home).list()) {
        const RunHistory history(file.path);
        const QList<RunHistory::Run> runs = history.runs();
        Pipeline pipeline;
        pipeline.file = file;
        if (!runs.isEmpty()) {
            pipeline.lastRun = runs.last();
        }
        pipeline.running = history.isRunning();
        pipeline.lastLoads = lastLoads(runs);
        pipelines.append(pipeline);
    }
    return pipelines;
}

QFuture<QList<PipelineOverview::Pipeline>> PipelineOverview::readLater(const QString& home)
{
    // Shared: the pool takes a copyable function, and a promise moves only.
    auto promise = std::make_shared<QPromise<QList<Pipeline>>>();
    QFuture<QList<Pipeline>> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([home, promise] {
        promise->addResult(read(home));
        promise->finish();
    });
    return future;
}

QHash<QString, PipelineOverview::ResourceRun>
PipelineOverview::lastLoads(const QList<RunHistory::Run>& runs)
{
    QHash<QString, ResourceRun> loads;
    for (const RunHistory::Run& run : runs) {
        if (run.outcome != RunHistory::Outcome::Loaded) {
            continue;
        }
        // Newer runs overwrite older ones.
        for (auto it = run.resourceRecords.begin(); it != run.resourceRecords.end(); ++it) {
            loads.insert(it.key(), {it.value(), run.finished});
        }
    }
    return loads;
}
