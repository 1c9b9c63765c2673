#include "DatasetFiles.h"

#include "destination/Loader.h"
#include "sandbox/RecordGenerator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <simdjson.h>

using namespace Qt::StringLiterals;

namespace DatasetFiles {

bool load(const QString& path, const Table& table, const QByteArray& records, QString* error,
          const QJsonObject& incremental)
{
    RelationalNormalizer::TableOptions options;
    options.table = table.name;
    options.writeDisposition = table.writeDisposition;
    options.primaryKey = table.primaryKey;
    LoadOptions load;
    load.incremental = incremental;
    return DatasetFiles::load(LoadDestination::sqlite(path), options, records, error, load);
}

bool load(const LoadDestination& destination, RelationalNormalizer::TableOptions table,
          const QByteArray& records, QString* error, const LoadOptions& how)
{
    QString ignored;
    QString* failure = error ? error : &ignored;
    Loader::Options options;
    options.pipelineName = how.pipelineName;
    Loader loader(destination, options);
    if (how.checkpoint) {
        loader.setCheckpoint(how.checkpoint);
    }
    if (!loader.begin(failure)) {
        return false;
    }
    if (table.resource.isEmpty()) {
        table.resource = table.table;
    }
    TableSchema* root = loader.prepareTable(table, failure);
    simdjson::dom::parser parser;
    simdjson::dom::element array;
    if (!root || parser.parse(records.constData(), size_t(records.size())).get(array)
        || !array.is_array()) {
        *failure =
            failure->isEmpty() ? QStringLiteral("the records are not a JSON array") : *failure;
        loader.abort();
        return false;
    }
    const simdjson::dom::array recordArray = array.get_array().value_unsafe();
    for (simdjson::dom::element record : recordArray) {
        if (!loader.write(root, record, failure)) {
            loader.abort();
            return false;
        }
    }
    return loader.finish(how.incremental, failure);
}

QJsonArray sandboxItems(qint64 count, qint64 first, quint64 seed)
{
    const RecordGenerator generator(seed, first + count, 4);
    QJsonArray items;
    for (qint64 i = first; i < first + count; ++i) {
        items.append(generator.item(i, QUrl(QStringLiteral("http://127.0.0.1:1"))));
    }
    return items;
}

QString writeItemsFile(const QString& path, qint64 count, qint64 first, quint64 seed, int buckets)
{
    const RecordGenerator generator(seed, first + count, buckets);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return QString();
    }
    QByteArray buffer;
    for (qint64 i = first; i < first + count; ++i) {
        buffer += QJsonDocument(generator.item(i, QUrl(QStringLiteral("http://127.0.0.1:1"))))
                      .toJson(QJsonDocument::Compact);
        buffer += '\n';
        if (buffer.size() > (4 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    return file.write(buffer) == buffer.size() && file.flush() ? path : QString();
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly)
        ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
        : QByteArray();
}

bool writeErrorPage(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly)
        && file.write("<html><body>502 Bad Gateway</body></html>") > 0;
}

QJsonArray sqlite3Rows(const QString& path, const QStringList& columns, const QString& rest,
                       QString* error)
{
    QStringList quoted;
    for (const QString& column : columns) {
        quoted << (column == QLatin1String("rowid")
                       ? column
                       : QLatin1Char('"') + QString(column).replace(QLatin1Char('"'), u"\"\""_s)
                           + QLatin1Char('"'));
    }
    const QString sql = QStringLiteral("SELECT json_array(%1) %2;").arg(quoted.join(u", "_s), rest);
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {QStringLiteral("-readonly"), path, sql});
    if (!sqlite.waitForFinished(120000) || sqlite.exitCode() != 0) {
        if (error) {
            *error = QString::fromUtf8(sqlite.readAllStandardError()) + sqlite.errorString();
        }
        return {};
    }
    // One JSON array a line: json_array() escapes the newlines inside text.
    QJsonArray rows;
    for (const QByteArray& line : sqlite.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty()) {
            rows << QJsonDocument::fromJson(line).array();
        }
    }
    return rows;
}

} // namespace DatasetFiles
