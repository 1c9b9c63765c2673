// What the loads of a dataset file did, for the Loads and State view: each
// load with its status, schema version, duration and the rows it wrote to
// every table (child tables too: their rows are traced to their root row's
// load), the size of each table, and the pipeline state decoded (each
// endpoint's incremental cursor). Read in one go on a worker thread.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/DatasetSchema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <optional>

struct LoadRecord
{
    QString loadId;
    // The load's id is the time it started; inserted_at when it committed.
    QDateTime started;
    QDateTime committed;
    // 0: completed (dlt's only status).
    qint64 status = 0;
    QString schemaVersionHash;
    // The schema version that hash names; -1 if not found.
    qint64 schemaVersion = -1;
    QMap<QString, qint64> rowsByTable;

    double seconds() const;
    qint64 rows() const;
};

struct TableSize
{
    QString table;
    qint64 rows = 0;
    // Bytes on disk (SQLite's dbstat); -1 when SQLite cannot say.
    qint64 bytes = -1;
};

struct StateCursor
{
    QString source;
    QString resource;
    QString cursorPath;
    QString initialValue;
    QString lastValue;
};

class LoadStatistics
{
    Q_DECLARE_TR_FUNCTIONS(LoadStatistics)

public:
    static std::optional<LoadStatistics> read(BrowseConnection& connection,
                                              const DatasetSchema& schema,
                                              const std::atomic<bool>& cancelled, QString* error);

    QList<LoadRecord> loads;
    QList<TableSize> sizes;
    QList<StateCursor> cursors;
    // The state's own fields, readable (pipeline name, version, …).
    QString stateSummary;

private:
    bool readLoads(BrowseConnection& connection, QString* error);
    bool countRowsPerLoad(BrowseConnection& connection, const DatasetSchema& schema,
                          const std::atomic<bool>& cancelled, QString* error);
    void readSizes(BrowseConnection& connection, const DatasetSchema& schema);
    void readState(BrowseConnection& connection);
    // SQL that gives each row of a table the load of its root row.
    static QString loadOfRows(const DatasetSchema& schema, const DatasetTable& table);
};

Q_DECLARE_METATYPE(LoadStatistics)
