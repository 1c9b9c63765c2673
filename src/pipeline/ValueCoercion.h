// dlt's coercion: a value arriving in a column of another type is converted
// when a rule exists and nothing is lost (section 6.7); otherwise the caller
// puts it in a variant column. Stricter than dlt in two places, so no value
// is silently changed: a double column takes an integer only when the double
// holds it exactly, and "NaN"/"Infinity" text is never a double (SQLite would
// store NULL).
#pragma once

#include "pipeline/DataType.h"
#include "pipeline/RowBatch.h"
#include "pipeline/TimestampParser.h"

#include <optional>
#include <simdjson.h>
#include <string_view>

// One scalar as the normalizer saw it, before it has a column.
struct Value
{
    DataType type = DataType::Text;
    int64_t integer = 0;
    double real = 0;
    bool boolean = false;
    // Text, JSON, or the original text of a timestamp.
    std::string_view text;
    TimestampParser::Micros micros = 0;
};

namespace ValueCoercion {

// A JSON value that is not null as the normalizer sees it: an integer beyond
// 64 bits as its digits (text), an object or list as JSON text, a string as
// a timestamp when detect is set and it is a date and time. copyText: the
// string is copied into the batch (it must outlive the parsed record).
Value valueOf(simdjson::dom::element element, bool detect, bool copyText, RowBatch& batch);
// The cell that stores the value in a column of its own type. Timestamps are
// formatted into the batch's arena.
Cell cellOf(const Value& value, RowBatch& batch);
// The cell that stores it in a column of another type, or nullopt.
std::optional<Cell> coerce(const Value& value, DataType column, RowBatch& batch);

} // namespace ValueCoercion
