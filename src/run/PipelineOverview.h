// What the window lists of the home's pipelines: each file as PipelineStore
// reads it, how its last run ended, whether a run of it is in progress, and
// each resource's latest run that loaded. readLater() reads it all on a pool
// thread, so that a folder changing under a run never holds up a window.
#pragma once

#include "run/RunHistory.h"
#include "source/PipelineStore.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QList>

#include <optional>

struct PipelineOverview
{
    struct ResourceRun
    {
        qint64 records = 0;
        QDateTime finished;
    };

    struct Pipeline
    {
        PipelineStore::Entry file;
        std::optional<RunHistory::Run> lastRun;
        bool running = false;
        // By resource name.
        QHash<QString, ResourceRun> lastLoads;
    };

    static QList<Pipeline> read(const QString& home);
    static QFuture<QList<Pipeline>> readLater(const QString& home);
    // Each resource's latest run that loaded, from runs oldest first.
    static QHash<QString, ResourceRun> lastLoads(const QList<RunHistory::Run>& runs);
};
