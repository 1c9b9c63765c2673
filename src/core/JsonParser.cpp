#include "core/JsonParser.h"

JsonParser::JsonParser()
    : m_parser(simdjson::SIMDJSON_MAXSIZE_BYTES)
{ }

simdjson::error_code JsonParser::parse(std::string_view text, bool padded,
                                       simdjson::dom::element* root)
{
    if (m_parser.max_depth() < kMaxDepth) {
        if (const auto error =
                m_parser.allocate(std::max<size_t>(text.size(), 1 << 16), kMaxDepth)) {
            return error;
        }
    }
    simdjson::error_code error = m_parser.parse(text.data(), text.size(), !padded).get(*root);
    if (error == simdjson::NUMBER_ERROR) {
        m_quoted = quoteLargeIntegers(text);
        error = m_parser.parse(m_quoted).get(*root);
    }
    return error;
}

simdjson::error_code JsonParser::parseInto(std::string_view text, bool padded,
                                           simdjson::dom::document* document,
                                           simdjson::dom::element* root)
{
    if (m_parser.max_depth() < kMaxDepth) {
        if (const auto error =
                m_parser.allocate(std::max<size_t>(text.size(), 1 << 16), kMaxDepth)) {
            return error;
        }
    }
    // Unpadded text is copied into padding by simdjson (realloc_if_needed).
    simdjson::error_code error =
        m_parser.parse_into_document(*document, text.data(), text.size(), !padded).get(*root);
    if (error == simdjson::NUMBER_ERROR) {
        m_quoted = quoteLargeIntegers(text);
        error = m_parser.parse_into_document(*document, m_quoted.data(), m_quoted.size(), true)
                    .get(*root);
    }
    return error;
}

QString JsonParser::describe(simdjson::error_code error)
{
    switch (error) {
    case simdjson::UTF8_ERROR:
        return tr("the text is not valid UTF-8");
    case simdjson::DEPTH_ERROR:
        return tr("nested deeper than %1 levels").arg(kMaxDepth);
    default:
        return QString::fromUtf8(simdjson::error_message(error));
    }
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

std::string JsonParser::quoteLargeIntegers(std::string_view json)
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
