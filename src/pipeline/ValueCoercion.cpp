#include "pipeline/ValueCoercion.h"

#include <simdjson.h>

#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace ValueCoercion {
namespace {

std::string_view keepNumber(int64_t number, RowBatch& batch)
{
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), number);
    return batch.keep({buffer.data(), size_t(result.ptr - buffer.data())});
}

std::string_view keepNumber(double number, RowBatch& batch)
{
    std::array<char, 32> buffer{};
    auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size() - 2, number);
    // Python's str() of a float always shows it is one: 1.0, not 1.
    const std::string_view text(buffer.data(), size_t(result.ptr - buffer.data()));
    if (text.find_first_of(".en") == std::string_view::npos) {
        *result.ptr++ = '.';
        *result.ptr++ = '0';
    }
    return batch.keep({buffer.data(), size_t(result.ptr - buffer.data())});
}

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

bool equalsIgnoringCase(std::string_view text, std::string_view word)
{
    if (text.size() != word.size()) {
        return false;
    }
    for (size_t i = 0; i < text.size(); ++i) {
        if (lower(text[i]) != word[i]) {
            return false;
        }
    }
    return true;
}

std::optional<int64_t> integerFromText(std::string_view text)
{
    int64_t value = 0;
    if (text.size() > 2 && text[0] == '0' && lower(text[1]) == 'x') {
        const auto result = std::from_chars(text.data() + 2, text.data() + text.size(), value, 16);
        if (result.ec == std::errc() && result.ptr == text.data() + text.size()) {
            return value;
        }
        return std::nullopt;
    }
    const char* begin = text.data() + (!text.empty() && text[0] == '+' ? 1 : 0);
    const auto result = std::from_chars(begin, text.data() + text.size(), value);
    if (result.ec == std::errc() && result.ptr == text.data() + text.size()
        && begin != result.ptr) {
        return value;
    }
    return std::nullopt;
}

std::optional<double> doubleFromText(std::string_view text)
{
    double value = 0;
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (result.ec != std::errc() || result.ptr != text.data() + text.size() || text.empty()
        || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::optional<bool> boolFromText(std::string_view text)
{
    for (std::string_view yes : {"yes", "true", "t", "y", "1"}) {
        if (equalsIgnoringCase(text, yes)) {
            return true;
        }
    }
    for (std::string_view no : {"no", "false", "f", "n", "0"}) {
        if (equalsIgnoringCase(text, no)) {
            return false;
        }
    }
    return std::nullopt;
}

bool isExactDouble(int64_t value)
{
    constexpr int64_t kExact = int64_t(1) << 53;
    return value >= -kExact && value <= kExact;
}

bool looksLikeDate(std::string_view text)
{
    return TimestampParser::parseDateOrDateTime(text).has_value() && text.size() == 10;
}

bool looksLikeTime(std::string_view text)
{
    // HH:MM[:SS[.ffffff]]
    if (text.size() < 5 || text[2] != ':') {
        return false;
    }
    std::string probe = "2000-01-01T";
    probe.append(text);
    return TimestampParser::parseDateTime(probe).has_value();
}

std::optional<Cell> toText(const Value& value, RowBatch& batch)
{
    switch (value.type) {
    case DataType::Bigint:
        return Cell::fromText(keepNumber(value.integer, batch));
    case DataType::Double:
        return Cell::fromText(keepNumber(value.real, batch));
    case DataType::Bool:
        // What Python's str() gives, as dlt stores it.
        return Cell::fromText(value.boolean ? "True" : "False");
    case DataType::Timestamp:
    case DataType::Json:
    case DataType::Text:
        return Cell::fromText(value.text);
    default:
        return std::nullopt;
    }
}

std::optional<Cell> toNumeric(const Value& value, RowBatch& batch)
{
    switch (value.type) {
    case DataType::Bigint:
        return Cell::fromInteger(value.integer);
    case DataType::Double:
        return Cell::fromText(keepNumber(value.real, batch));
    case DataType::Text:
        if (integerFromText(value.text) || doubleFromText(value.text)) {
            return Cell::fromText(value.text);
        }
        return std::nullopt;
    default:
        return std::nullopt;
    }
}

} // namespace

Value valueOf(simdjson::dom::element element, bool detect, bool copyText, RowBatch& batch)
{
    Value value;
    switch (element.type()) {
    case simdjson::dom::element_type::INT64:
        value.type = DataType::Bigint;
        value.integer = element.get_int64().value_unsafe();
        break;
    case simdjson::dom::element_type::UINT64:
        // Beyond a 64-bit signed integer: kept digit for digit as text.
        value.type = DataType::Text;
        value.text = batch.keep(std::to_string(element.get_uint64().value_unsafe()));
        break;
    case simdjson::dom::element_type::DOUBLE:
        value.type = DataType::Double;
        value.real = element.get_double().value_unsafe();
        break;
    case simdjson::dom::element_type::BOOL:
        value.type = DataType::Bool;
        value.boolean = element.get_bool().value_unsafe();
        break;
    case simdjson::dom::element_type::STRING:
        value.type = DataType::Text;
        value.text = element.get_string().value_unsafe();
        if (copyText) {
            value.text = batch.keep(value.text);
        }
        if (detect) {
            if (const auto micros = TimestampParser::parseDateTime(value.text)) {
                value.type = DataType::Timestamp;
                value.micros = *micros;
            }
        }
        break;
    case simdjson::dom::element_type::ARRAY:
    case simdjson::dom::element_type::OBJECT:
        value.type = DataType::Json;
        value.text = batch.keep(simdjson::minify(element));
        break;
    case simdjson::dom::element_type::NULL_VALUE:
        break;
    }
    return value;
}

Cell cellOf(const Value& value, RowBatch& batch)
{
    switch (value.type) {
    case DataType::Bigint:
        return Cell::fromInteger(value.integer);
    case DataType::Double:
        return Cell::fromReal(value.real);
    case DataType::Bool:
        return Cell::fromInteger(value.boolean ? 1 : 0);
    case DataType::Timestamp:
        return Cell::fromText(batch.keep(TimestampParser::formatted(value.micros).view()));
    default:
        return Cell::fromText(value.text);
    }
}

std::optional<Cell> coerce(const Value& value, DataType column, RowBatch& batch)
{
    switch (column) {
    case DataType::Text:
        return toText(value, batch);
    case DataType::Bigint:
        if (value.type == DataType::Double && std::trunc(value.real) == value.real
            && std::abs(value.real) < 9.2e18) {
            return Cell::fromInteger(int64_t(value.real));
        }
        if (value.type == DataType::Text) {
            if (const auto number = integerFromText(value.text)) {
                return Cell::fromInteger(*number);
            }
        }
        return std::nullopt;
    case DataType::Double:
        if (value.type == DataType::Bigint && isExactDouble(value.integer)) {
            return Cell::fromReal(double(value.integer));
        }
        if (value.type == DataType::Text) {
            if (const auto number = doubleFromText(value.text)) {
                return Cell::fromReal(*number);
            }
        }
        return std::nullopt;
    case DataType::Bool:
        if (value.type == DataType::Bigint && (value.integer == 0 || value.integer == 1)) {
            return Cell::fromInteger(value.integer);
        }
        if (value.type == DataType::Text) {
            if (const auto flag = boolFromText(value.text)) {
                return Cell::fromInteger(*flag ? 1 : 0);
            }
        }
        return std::nullopt;
    case DataType::Timestamp: {
        std::optional<TimestampParser::Micros> micros;
        if (value.type == DataType::Text) {
            micros = TimestampParser::parseDateOrDateTime(value.text);
        } else if (value.type == DataType::Bigint) {
            micros = TimestampParser::fromEpochSeconds(double(value.integer));
        } else if (value.type == DataType::Double) {
            micros = TimestampParser::fromEpochSeconds(value.real);
        }
        if (!micros) {
            return std::nullopt;
        }
        return Cell::fromText(batch.keep(TimestampParser::formatted(*micros).view()));
    }
    case DataType::Json: {
        if (value.type == DataType::Text) {
            // One per thread, reused: a parser allocates on its first use.
            thread_local simdjson::dom::parser parser;
            if (!parser.parse(value.text.data(), value.text.size()).error()) {
                return Cell::fromText(value.text);
            }
            return std::nullopt;
        }
        if (value.type == DataType::Bool) {
            return Cell::fromText(value.boolean ? "true" : "false");
        }
        if (value.type == DataType::Bigint || value.type == DataType::Double) {
            return toText(value, batch);
        }
        return std::nullopt;
    }
    case DataType::Decimal:
    case DataType::Wei:
        return toNumeric(value, batch);
    case DataType::Date:
        if (value.type == DataType::Text && looksLikeDate(value.text)) {
            return Cell::fromText(value.text);
        }
        return std::nullopt;
    case DataType::Time:
        if (value.type == DataType::Text && looksLikeTime(value.text)) {
            return Cell::fromText(value.text);
        }
        return std::nullopt;
    case DataType::Binary:
        return std::nullopt;
    }
    return std::nullopt;
}

} // namespace ValueCoercion
