// Reads a row and everything that hangs from it (its child rows, theirs, …)
// and rebuilds the record the API sent (RecordRebuilder). Synchronous, on
// the caller's connection: run it on a worker thread.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/DatasetSchema.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QVariantHash>

#include <optional>

class RecordRebuilder;

class RecordReader
{
    Q_DECLARE_TR_FUNCTIONS(RecordReader)

public:
    RecordReader(BrowseConnection& connection, const DatasetSchema& schema);

    // The record of one row of a table (a child table's row gives the part
    // of the record it holds).
    std::optional<QJsonValue> record(const QString& table, qint64 rowid, QString* error);

    // The rows of a table with these values in a column (parent ids at
    // most a few hundred at a time: one statement each).
    std::optional<QList<QVariantHash>> rowsWhere(const DatasetTable& table, const QString& column,
                                                 const QStringList& values, QString* error);

private:
    bool readChildren(const DatasetTable& table, const QStringList& ids, RecordRebuilder* rebuilder,
                      int depth, QString* error);

    BrowseConnection& m_connection;
    const DatasetSchema& m_schema;
};
