// Writes the rows a grid shows (its table, filters and sort) to a CSV file
// (RFC 4180, a header row, NULL as an empty field) or to JSON lines (one
// object per row, numbers as numbers, NULL as null). Streamed: memory stays
// flat however many rows; the file appears whole or not at all.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/RowQuery.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

class RowExport
{
    Q_DECLARE_TR_FUNCTIONS(RowExport)

public:
    enum class Format { Csv, JsonLines };

    // Rows written; -1 (and why) on failure or cancel, the file untouched.
    static qint64 write(BrowseConnection& connection, const RowQuery& query, Format format,
                        const QString& path, const std::atomic<bool>& cancelled,
                        const std::function<void(qint64 rows)>& progress, QString* error);

    static QByteArray csvField(const QVariant& value);
};
