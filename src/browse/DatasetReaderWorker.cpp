#include "browse/DatasetReaderWorker.h"

#include "destination/SqliteDatabase.h"

#include <QTimer>

DatasetReaderWorker::DatasetReaderWorker(std::atomic<quint64>* generation)
    : m_generation(generation)
{ }

void DatasetReaderWorker::interrupt()
{
    if (m_open.load()) {
        m_connection.interrupt();
    }
}

void DatasetReaderWorker::read(quint64 generation, const QString& path)
{
    if (generation != m_generation->load()) {
        return;
    }
    QString error;
    if (m_connection.path() != path || !m_connection.isOpen()) {
        m_open = false;
        if (!m_connection.open(path, BrowseConnection::Mode::ReadOnly, &error)) {
            Q_EMIT schemaRead(generation, DatasetSchema(), error);
            return;
        }
        m_open = true;
    }
    m_dataVersion = m_connection.dataVersion();
    const std::optional<DatasetSchema> schema = readSchema(generation, &error);
    if (generation != m_generation->load()) {
        return;
    }
    Q_EMIT schemaRead(generation, schema.value_or(DatasetSchema()), error);
    if (schema) {
        countRows(generation, *schema);
    }
}

std::optional<DatasetSchema> DatasetReaderWorker::readSchema(quint64 generation, QString* error)
{
    std::optional<DatasetSchema> schema = DatasetSchema::read(m_connection, error);
    // An interrupt meant for the reading before this one: read again.
    if (!schema && m_connection.wasInterrupted() && generation == m_generation->load()) {
        schema = DatasetSchema::read(m_connection, error);
    }
    return schema;
}

void DatasetReaderWorker::countRows(quint64 generation, const DatasetSchema& schema)
{
    for (const DatasetTable& table : schema.tables()) {
        const QString sql =
            QStringLiteral("SELECT count(*) FROM %1").arg(SqliteDatabase::quote(table.name));
        QString error;
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (generation != m_generation->load()) {
                return;
            }
            const auto rows = m_connection.select(sql, &error);
            if (rows && !rows->isEmpty()) {
                Q_EMIT tableCounted(generation, table.name, rows->first().value(0).toLongLong());
                break;
            }
            if (!m_connection.wasInterrupted()) {
                break;
            }
        }
    }
    Q_EMIT countsFinished(generation);
}

void DatasetReaderWorker::watch(int intervalMilliseconds)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &DatasetReaderWorker::checkForCommits);
    }
    if (intervalMilliseconds <= 0) {
        m_watch->stop();
    } else {
        m_watch->start(intervalMilliseconds);
    }
}

void DatasetReaderWorker::checkForCommits()
{
    if (!m_connection.isOpen()) {
        return;
    }
    const qint64 version = m_connection.dataVersion();
    if (version >= 0 && m_dataVersion >= 0 && version != m_dataVersion) {
        m_dataVersion = version;
        Q_EMIT fileChanged();
    }
}
