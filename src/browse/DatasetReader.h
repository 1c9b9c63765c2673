// Reads a dataset file's schema on a thread of its own, then counts every
// table's rows there one by one (a big table never holds up the tree), and
// watches for commits: SQLite's data_version moves whenever another
// connection (a run here, grantline-cli elsewhere) commits to the file.
#pragma once

#include "browse/DatasetSchema.h"

#include <QObject>
#include <QThread>

#include <atomic>

class DatasetReaderWorker;

class DatasetReader : public QObject
{
    Q_OBJECT

public:
    explicit DatasetReader(QObject* parent = nullptr);
    ~DatasetReader() override;

    // Reads (again): the schema first, then the counts.
    void read(const QString& path);
    QString path() const
    {
        return m_path;
    }
    // Drops a read under way: its results are not reported.
    void stop();
    // Checks for commits this often (0: stops watching).
    void watch(int intervalMilliseconds);

Q_SIGNALS:
    void schemaRead(const DatasetSchema& schema, const QString& error);
    void tableCounted(const QString& table, qint64 rows);
    void countsFinished();
    // Something committed to the file since it was read.
    void fileChanged();

private:
    QString m_path;
    std::atomic<quint64> m_generation{0};
    QThread m_thread;
    DatasetReaderWorker* m_worker = nullptr;
};
