#include "pipeline/JsonLinesReader.h"

#include <cstring>
#include <vector>

JsonLinesReader::JsonLinesReader(const QString& path, qint64 chunkSize)
    : m_file(path)
    , m_chunk(qMax<qint64>(chunkSize, 2))
{ }

bool JsonLinesReader::open(QString* error)
{
    if (!m_file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

bool JsonLinesReader::read(const Visitor& visit, QString* error)
{
    // One buffer, reused: lines are parsed where they lie (simdjson only
    // needs readable padding after them), with no copy per line.
    std::vector<char> buffer(size_t(m_chunk) + simdjson::SIMDJSON_PADDING);
    size_t kept = 0;
    while (true) {
        const qint64 got =
            m_file.read(buffer.data() + kept,
                        qint64(buffer.size()) - qint64(simdjson::SIMDJSON_PADDING) - qint64(kept));
        if (got < 0) {
            *error = tr("Reading %1 failed: %2").arg(m_file.fileName(), m_file.errorString());
            return false;
        }
        m_bytes += got;
        const size_t filled = kept + size_t(got);
        const bool atEnd = got == 0;
        std::string_view data(buffer.data(), filled);
        size_t start = 0;
        while (true) {
            size_t newline = data.find('\n', start);
            if (newline == std::string_view::npos) {
                if (!atEnd) {
                    break;
                }
                newline = filled;
            }
            if (start < newline || newline < filled) {
                if (!parseLine(data.substr(start, newline - start), visit, error)) {
                    return false;
                }
            }
            start = newline + 1;
            if (start >= filled) {
                break;
            }
        }
        if (atEnd) {
            return true;
        }
        // The unfinished line moves to the front; a line longer than the
        // buffer makes the buffer grow.
        kept = start < filled ? filled - start : 0;
        std::memmove(buffer.data(), buffer.data() + start, kept);
        if (kept + size_t(m_chunk) / 2 > buffer.size() - simdjson::SIMDJSON_PADDING) {
            buffer.resize(buffer.size() * 2);
        }
    }
}

bool JsonLinesReader::parseLine(std::string_view line, const Visitor& visit, QString* error)
{
    ++m_line;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ' || line.back() == '\t')) {
        line.remove_suffix(1);
    }
    if (line.find_first_not_of(" \t") == std::string_view::npos) {
        return true;
    }
    simdjson::dom::element value;
    // Lines lie in the read buffer with padding after them: parsed in place.
    if (const simdjson::error_code code = m_parser.parse(line, true, &value)) {
        *error = tr("%1, line %2: not a JSON value (%3). Nothing of this import was saved.")
                     .arg(m_file.fileName())
                     .arg(m_line)
                     .arg(JsonParser::describe(code));
        return false;
    }
    if (value.type() == simdjson::dom::element_type::ARRAY) {
        const simdjson::dom::array items = value.get_array().value_unsafe();
        for (const simdjson::dom::element item : items) {
            if (!visit(item, error)) {
                return false;
            }
        }
        return true;
    }
    return visit(value, error);
}
