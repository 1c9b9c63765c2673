// Dataset files made the way a run makes them (the real Loader, into a file
// or a server), the sandbox's items to fill them with, and files read
// back the way a person checks them: with the sqlite3 command-line tool, an
// oracle that shares no code with Grantline's browser.
#pragma once

#include "destination/LoadDestination.h"
#include "pipeline/RelationalNormalizer.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace DatasetFiles {

struct Table
{
    QString name;
    QString writeDisposition = QStringLiteral("append");
    QStringList primaryKey;
};

// One load of JSON records (an array, as text) into a table of a file.
// incremental: the cursors to store, in ExtractJob::state()'s form.
bool load(const QString& path, const Table& table, const QByteArray& records,
          QString* error = nullptr, const QJsonObject& incremental = {});
struct LoadOptions
{
    QString pipelineName = QStringLiteral("test_pipeline");
    // The cursors to store, in ExtractJob::state()'s form.
    QJsonObject incremental;
    // The loader's named points ("written", "before-commit", …).
    std::function<void(const QString& point)> checkpoint;
};
// The same into any destination (a file or a server), with the table's
// hints as the normalizer takes them.
bool load(const LoadDestination& destination, RelationalNormalizer::TableOptions table,
          const QByteArray& records, QString* error = nullptr, const LoadOptions& how = {});

// APS-like items from the sandbox's generator, first to first + count - 1.
QJsonArray sandboxItems(qint64 count, qint64 first = 0, quint64 seed = 11);
// The same as JSON lines (what grantline-cli import reads), written as they
// are made (a million items for a benchmark); the path, or empty when it
// cannot be written. buckets: the generator's folders.
QString writeItemsFile(const QString& path, qint64 count, qint64 first = 0, quint64 seed = 11,
                       int buckets = 4);

// SHA-256 of a file's bytes (empty when it cannot be read): "the file is as
// it was".
QByteArray fileHash(const QString& path);
// A file that is no database: the HTML error page a download can leave
// where a database was expected.
bool writeErrorPage(const QString& path);
// The rows sqlite3 prints for "SELECT <columns> <rest>", each an array of
// JSON values (numbers stay numbers, NULL is null).
QJsonArray sqlite3Rows(const QString& path, const QStringList& columns, const QString& rest,
                       QString* error = nullptr);

} // namespace DatasetFiles
