#include "DatasetFiles.h"

#include "destination/Loader.h"

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
    QString ignored;
    QString* failure = error ? error : &ignored;
    Loader::Options options;
    options.pipelineName = QStringLiteral("test_pipeline");
    Loader loader(path, options);
    if (!loader.begin(failure)) {
        return false;
    }
    RelationalNormalizer::TableOptions tableOptions;
    tableOptions.table = table.name;
    tableOptions.resource = table.name;
    tableOptions.writeDisposition = table.writeDisposition;
    tableOptions.primaryKey = table.primaryKey;
    TableSchema* root = loader.prepareTable(tableOptions, failure);
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
    return loader.finish(incremental, failure);
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
