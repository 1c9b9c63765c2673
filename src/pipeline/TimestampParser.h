// Recognises the date-and-time strings dlt's iso_timestamp detector turns
// into timestamp columns, and writes them as SQLite stores a DATETIME in
// dlt's files: "YYYY-MM-DD HH:MM:SS.ffffff", in UTC (section 6.6).
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace TimestampParser {

// Microseconds since 1970-01-01T00:00:00Z.
using Micros = int64_t;

// A date AND a time: ISO 8601 extended or basic ("2024-01-15T10:30:00Z",
// "20240115T1030", "2024-W03-2T10:00"), or "YYYY/MM/DD HH:MM[:SS]" and
// "YYYY:MM:DD HH:MM". An offset is applied; none means UTC. A date alone, a
// time alone, a year and anything else: nullopt (those stay text).
std::optional<Micros> parseDateTime(std::string_view text);
// Also a bare date ("2024-01-15" is midnight UTC): what an existing
// timestamp column accepts (dlt's coercion is more lenient than detection).
std::optional<Micros> parseDateOrDateTime(std::string_view text);
// "2024-01-15 10:30:00.000000".
std::string format(Micros micros);
// The same without a heap allocation, for the per-value paths of a load.
struct Formatted
{
    std::array<char, 26> text;
    std::string_view view() const
    {
        return {text.data(), text.size()};
    }
};
Formatted formatted(Micros micros);
// Seconds since the epoch (a number arriving in a timestamp column);
// nullopt outside years 1–9999.
std::optional<Micros> fromEpochSeconds(double seconds);

} // namespace TimestampParser
