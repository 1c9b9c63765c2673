// Dataset files made the way a run makes them (the real Loader), and read
// back the way a person checks them: with the sqlite3 command-line tool, an
// oracle that shares no code with Grantline's browser.
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

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
