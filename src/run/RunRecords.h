// Every run of a pipeline, for its history in the window: Grantline's own
// record (RunHistory: loaded, failed and cancelled runs, with their counts,
// warnings and request summary) and the loads the SQLite file's _dlt_loads
// holds that the record does not know (a run by dlt itself, or one from
// before the record). Read off the caller's thread by readLater().
#pragma once

#include "run/RunHistory.h"

#include <QFuture>
#include <QList>
#include <QString>

#include <optional>

struct RunRecords
{
    struct Entry
    {
        RunHistory::Run run;
        // Known from _dlt_loads only: no counts, no request summary.
        bool fileOnly = false;
        // The file's _dlt_loads could be read, and has the load.
        bool fileChecked = false;
        bool inFile = false;
    };

    struct Result
    {
        // Newest first.
        QList<Entry> entries;
        // Why the file's loads could not be read (the runs still are).
        QString problem;
    };

    static Result read(const QString& pipelinePath, const QString& databasePath);
    static QFuture<Result> readLater(const QString& pipelinePath, const QString& databasePath);
    // dlt's load id is the load's start as seconds since the epoch.
    static QDateTime startOfLoad(const QString& loadId);
};
