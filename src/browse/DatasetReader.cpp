#include "browse/DatasetReader.h"

#include "browse/DatasetReaderWorker.h"

DatasetReader::DatasetReader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<DatasetSchema>();
    m_worker = new DatasetReaderWorker(&m_generation);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &DatasetReaderWorker::schemaRead, this,
            [this](quint64 generation, const DatasetSchema& schema, const QString& error) {
                if (generation == m_generation.load()) {
                    Q_EMIT schemaRead(schema, error);
                }
            });
    connect(m_worker, &DatasetReaderWorker::tableCounted, this,
            [this](quint64 generation, const QString& table, qint64 rows) {
                if (generation == m_generation.load()) {
                    Q_EMIT tableCounted(table, rows);
                }
            });
    connect(m_worker, &DatasetReaderWorker::countsFinished, this, [this](quint64 generation) {
        if (generation == m_generation.load()) {
            Q_EMIT countsFinished();
        }
    });
    connect(m_worker, &DatasetReaderWorker::fileChanged, this, &DatasetReader::fileChanged);
    m_thread.setObjectName(QStringLiteral("grantline-dataset-read"));
    m_thread.start();
}

DatasetReader::~DatasetReader()
{
    ++m_generation;
    m_worker->interrupt();
    m_thread.quit();
    m_thread.wait();
}

void DatasetReader::read(const QString& path)
{
    m_path = path;
    const quint64 generation = ++m_generation;
    m_worker->interrupt();
    QMetaObject::invokeMethod(m_worker, "read", Qt::QueuedConnection, Q_ARG(quint64, generation),
                              Q_ARG(QString, path));
}

void DatasetReader::stop()
{
    ++m_generation;
    m_worker->interrupt();
}

void DatasetReader::watch(int intervalMilliseconds)
{
    QMetaObject::invokeMethod(m_worker, "watch", Qt::QueuedConnection,
                              Q_ARG(int, intervalMilliseconds));
}
