// DatasetReader's half on its own thread, with its own read-only
// connection: the schema, the counts, and the check for commits.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/DatasetSchema.h"

#include <QObject>

#include <atomic>

class QTimer;

class DatasetReaderWorker : public QObject
{
    Q_OBJECT

public:
    explicit DatasetReaderWorker(std::atomic<quint64>* generation);

    void interrupt();

public Q_SLOTS:
    void read(quint64 generation, const QString& path);
    void watch(int intervalMilliseconds);

Q_SIGNALS:
    void schemaRead(quint64 generation, const DatasetSchema& schema, const QString& error);
    void tableCounted(quint64 generation, const QString& table, qint64 rows);
    void countsFinished(quint64 generation);
    void fileChanged();

private:
    std::optional<DatasetSchema> readSchema(quint64 generation, QString* error);
    void countRows(quint64 generation, const DatasetSchema& schema);
    void checkForCommits();

    std::atomic<quint64>* m_generation;
    BrowseConnection m_connection;
    std::atomic<bool> m_open{false};
    QTimer* m_watch = nullptr;
    qint64 m_dataVersion = -1;
};
