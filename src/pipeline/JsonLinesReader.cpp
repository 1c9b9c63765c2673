#include "pipeline/JsonLinesReader.h"

#include <cstring>
#include <vector>

namespace {
constexpr qint64 kChunk = 4 << 20;
// Deep enough for the deepest data anyone sends; the normalizer stores
// levels beyond its nesting limit as JSON, without recursing into them.
constexpr size_t kMaxDepth = 20000;
} // namespace

JsonLinesReader::JsonLinesReader(const QString& path)
    : m_file(path)
    , m_parser(simdjson::SIMDJSON_MAXSIZE_BYTES)
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
    std::vector<char> buffer(size_t(kChunk) + simdjson::SIMDJSON_PADDING);
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
        if (kept + size_t(kChunk) / 2 > buffer.size() - simdjson::SIMDJSON_PADDING) {
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
    if (m_parser.max_depth() < kMaxDepth
        && m_parser.allocate(std::max<size_t>(line.size(), 1 << 16), kMaxDepth)) {
        *error = tr("Out of memory reading %1.").arg(m_file.fileName());
        return false;
    }
    simdjson::dom::element value;
    simdjson::error_code code = m_parser.parse(line.data(), line.size(), false).get(value);
    std::string quoted;
    if (code == simdjson::NUMBER_ERROR) {
        quoted = quoteLargeIntegers(line);
        code = m_parser.parse(quoted).get(value);
    }
    if (code) {
        QString reason = QString::fromUtf8(simdjson::error_message(code));
        if (code == simdjson::UTF8_ERROR) {
            reason = tr("the text is not valid UTF-8");
        } else if (code == simdjson::DEPTH_ERROR) {
            reason = tr("nested deeper than %1 levels").arg(kMaxDepth);
        }
        *error = tr("%1, line %2: not a JSON value (%3). Nothing of this import was saved.")
                     .arg(m_file.fileName())
                     .arg(m_line)
                     .arg(reason);
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

namespace {

// simdjson takes integers down to INT64_MIN and up to UINT64_MAX.
bool fitsSimdjson(std::string_view digits, bool negative)
{
    const std::string_view limit = negative ? "9223372036854775808" : "18446744073709551615";
    if (digits.size() != limit.size()) {
        return digits.size() < limit.size();
    }
    return digits <= limit;
}

} // namespace

std::string JsonLinesReader::quoteLargeIntegers(std::string_view json)
{
    std::string out;
    out.reserve(json.size() + 16);
    size_t i = 0;
    while (i < json.size()) {
        const char c = json[i];
        if (c == '"') {
            // Copy the string, escapes included.
            const size_t start = i++;
            while (i < json.size() && json[i] != '"') {
                i += json[i] == '\\' ? 2 : 1;
            }
            i = std::min(i + 1, json.size());
            out.append(json.substr(start, i - start));
            continue;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            // The whole number token: sign, digits, fraction, exponent.
            const size_t start = i;
            size_t end = i + (c == '-' ? 1 : 0);
            const size_t digitsStart = end;
            while (end < json.size() && json[end] >= '0' && json[end] <= '9') {
                ++end;
            }
            const size_t digitsEnd = end;
            bool integer = true;
            while (end < json.size()
                   && ((json[end] >= '0' && json[end] <= '9') || json[end] == '.'
                       || json[end] == 'e' || json[end] == 'E' || json[end] == '+'
                       || json[end] == '-')) {
                integer = false;
                ++end;
            }
            const std::string_view digits = json.substr(digitsStart, digitsEnd - digitsStart);
            if (integer && !fitsSimdjson(digits, c == '-')) {
                out.push_back('"');
                out.append(json.substr(start, end - start));
                out.push_back('"');
            } else {
                out.append(json.substr(start, end - start));
            }
            i = end;
            continue;
        }
        out.push_back(c);
        ++i;
    }
    return out;
}
