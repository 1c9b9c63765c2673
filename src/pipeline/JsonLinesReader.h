// Reads a JSON-lines file record by record for `grantline-cli import`: one
// JSON value per line, blank lines skipped, a line that is not JSON
// reported with its number. Memory stays flat: the file is read in chunks
// and each line is parsed on its own.
#pragma once

#include "core/JsonParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <functional>
#include <simdjson.h>
#include <string>
#include <string_view>

class JsonLinesReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonLinesReader)

public:
    // Called per value; false (with the error set) stops the reading.
    using Visitor = std::function<bool(simdjson::dom::element, QString* error)>;

    static constexpr qint64 kDefaultChunk = 4 << 20;

    // chunkSize: bytes read at a time (at least 2); a small one lets a test
    // reach the chunk boundaries with a small file.
    explicit JsonLinesReader(const QString& path, qint64 chunkSize = kDefaultChunk);

    bool open(QString* error);
    // Every line, in order. A line holding an array gives each element.
    bool read(const Visitor& visit, QString* error);
    qint64 lineNumber() const
    {
        return m_line;
    }
    qint64 bytesRead() const
    {
        return m_bytes;
    }
    qint64 size() const
    {
        return m_file.size();
    }

private:
    bool parseLine(std::string_view line, const Visitor& visit, QString* error);

    QFile m_file;
    qint64 m_chunk;
    JsonParser m_parser;
    qint64 m_line = 0;
    qint64 m_bytes = 0;
};
