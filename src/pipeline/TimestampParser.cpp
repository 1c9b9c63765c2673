#include "pipeline/TimestampParser.h"

#include <cmath>

namespace TimestampParser {
namespace {

constexpr int64_t kMicrosPerSecond = 1000000;
constexpr int64_t kMicrosPerDay = 86400 * kMicrosPerSecond;

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
int64_t daysFromCivil(int64_t y, int m, int d)
{
    y -= m <= 2;
    const int64_t era = (y >= 0 ? y : y - 399) / 400;
    const int64_t yoe = y - era * 400;
    const int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void civilFromDays(int64_t z, int64_t* y, int* m, int* d)
{
    z += 719468;
    const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const int64_t doe = z - era * 146097;
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int64_t mp = (5 * doy + 2) / 153;
    *d = int(doy - (153 * mp + 2) / 5 + 1);
    *m = int(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

bool isLeap(int64_t y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

int daysInMonth(int64_t y, int m)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// A cursor over the text that reads fixed-width digit groups.
struct Reader
{
    std::string_view text;
    size_t at = 0;

    bool done() const
    {
        return at >= text.size();
    }
    char peek() const
    {
        return done() ? '\0' : text[at];
    }
    bool take(char c)
    {
        if (peek() == c) {
            ++at;
            return true;
        }
        return false;
    }
    bool digits(int count, int* value)
    {
        int result = 0;
        for (int i = 0; i < count; ++i) {
            const char c = peek();
            if (c < '0' || c > '9') {
                return false;
            }
            result = result * 10 + (c - '0');
            ++at;
        }
        *value = result;
        return true;
    }
    bool nextIsDigit() const
    {
        return peek() >= '0' && peek() <= '9';
    }
};

struct Parts
{
    int64_t days = 0;
    int hour = 0, minute = 0, second = 0;
    int64_t micros = 0;
    int offsetMinutes = 0;
};

bool validDate(int y, int m, int d)
{
    return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

// Monday of ISO week 1 is the Monday on or before 4 January.
bool weekDate(Reader& r, bool extended, int year, int64_t* days)
{
    int week = 0, weekday = 1;
    if (!r.digits(2, &week)) {
        return false;
    }
    if (extended ? r.take('-') : r.nextIsDigit()) {
        if (!r.digits(1, &weekday)) {
            return false;
        }
    }
    if (week < 1 || week > 53 || weekday < 1 || weekday > 7) {
        return false;
    }
    const int64_t jan4 = daysFromCivil(year, 1, 4);
    const int64_t jan4Weekday = ((jan4 % 7) + 7 + 3) % 7 + 1; // 1970-01-01 was a Thursday
    *days = jan4 - (jan4Weekday - 1) + (week - 1) * 7 + (weekday - 1);
    return true;
}

// The date part; sets *extended to whether '-' separators were used.
bool date(Reader& r, int64_t* days, bool* extended, char* separator)
{
    int year = 0, month = 0, day = 0;
    if (!r.digits(4, &year)) {
        return false;
    }
    const char sep = r.peek();
    if (sep == '-' || sep == '/' || sep == ':') {
        ++r.at;
        *extended = true;
        *separator = sep;
        if (sep == '-' && r.take('W')) {
            return weekDate(r, true, year, days);
        }
        if (!r.digits(2, &month) || !r.take(sep) || !r.digits(2, &day)) {
            return false;
        }
    } else {
        *extended = false;
        *separator = '\0';
        if (r.take('W')) {
            return weekDate(r, false, year, days);
        }
        if (!r.digits(2, &month) || !r.digits(2, &day)) {
            return false;
        }
    }
    if (!validDate(year, month, day)) {
        return false;
    }
    *days = daysFromCivil(year, month, day);
    return true;
}

bool fraction(Reader& r, int64_t* micros)
{
    if (!r.take('.') && !r.take(',')) {
        return true;
    }
    int count = 0;
    int64_t value = 0;
    while (r.nextIsDigit()) {
        if (count < 6) {
            value = value * 10 + (r.peek() - '0');
        }
        ++count;
        ++r.at;
    }
    if (count == 0 || count > 9) {
        return false;
    }
    for (int i = count; i < 6; ++i) {
        value *= 10;
    }
    *micros = value;
    return true;
}

bool offset(Reader& r, int* minutes)
{
    if (r.take('Z') || r.take('z')) {
        return true;
    }
    const char sign = r.peek();
    if (sign != '+' && sign != '-') {
        return true;
    }
    ++r.at;
    int hours = 0, mins = 0;
    if (!r.digits(2, &hours)) {
        return false;
    }
    if (r.take(':')) {
        if (!r.digits(2, &mins)) {
            return false;
        }
    } else if (r.nextIsDigit() && !r.digits(2, &mins)) {
        return false;
    }
    if (hours > 23 || mins > 59) {
        return false;
    }
    *minutes = (sign == '-' ? -1 : 1) * (hours * 60 + mins);
    return true;
}

bool time(Reader& r, bool extended, Parts* parts)
{
    if (!r.digits(2, &parts->hour)) {
        return false;
    }
    const auto nextGroup = [&](int* value) {
        if (extended) {
            return r.take(':') ? (r.digits(2, value) ? 1 : -1) : 0;
        }
        return r.nextIsDigit() ? (r.digits(2, value) ? 1 : -1) : 0;
    };
    int step = nextGroup(&parts->minute);
    if (step < 0) {
        return false;
    }
    if (step > 0) {
        step = nextGroup(&parts->second);
        if (step < 0 || (step > 0 && !fraction(r, &parts->micros))) {
            return false;
        }
    }
    if (!offset(r, &parts->offsetMinutes) || !r.done()) {
        return false;
    }
    return parts->hour <= 23 && parts->minute <= 59 && parts->second <= 59;
}

std::optional<Micros> parse(std::string_view text, bool dateAlone)
{
    // Cheap rejection first: most strings are not dates at all.
    if (text.size() < 8 || text.size() > 64 || text[0] < '0' || text[0] > '9') {
        return std::nullopt;
    }
    Reader r{text};
    Parts parts;
    bool extended = false;
    char separator = '\0';
    if (!date(r, &parts.days, &extended, &separator)) {
        return std::nullopt;
    }
    if (r.done()) {
        return dateAlone && separator != '/' && separator != ':'
            ? std::optional<Micros>(parts.days * kMicrosPerDay)
            : std::nullopt;
    }
    const char between = r.peek();
    if (between == 'T' || between == 't') {
        if (separator == '/' || separator == ':') {
            return std::nullopt;
        }
    } else if (between != ' ') {
        return std::nullopt;
    }
    ++r.at;
    // The slash and colon forms always write the minutes with a colon.
    if ((separator == '/' || separator == ':')
        && (text.size() < r.at + 5 || text[r.at + 2] != ':')) {
        return std::nullopt;
    }
    if (!time(r, extended, &parts)) {
        return std::nullopt;
    }
    const int64_t seconds =
        parts.hour * 3600 + parts.minute * 60 + parts.second - int64_t(parts.offsetMinutes) * 60;
    return parts.days * kMicrosPerDay + seconds * kMicrosPerSecond + parts.micros;
}

} // namespace

std::optional<Micros> parseDateTime(std::string_view text)
{
    return parse(text, false);
}

std::optional<Micros> parseDateOrDateTime(std::string_view text)
{
    return parse(text, true);
}

std::string format(Micros micros)
{
    return std::string(formatted(micros).view());
}

Formatted formatted(Micros micros)
{
    int64_t days = micros / kMicrosPerDay;
    int64_t rest = micros % kMicrosPerDay;
    if (rest < 0) {
        rest += kMicrosPerDay;
        --days;
    }
    int64_t year = 0;
    int month = 0, day = 0;
    civilFromDays(days, &year, &month, &day);
    const int64_t seconds = rest / kMicrosPerSecond;
    // By hand: this runs for every timestamp of a load, and snprintf
    // was a visible share of it.
    Formatted result;
    std::array<char, 26>& text = result.text;
    const auto put = [&text](size_t at, int64_t value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            text[at + size_t(i)] = char('0' + value % 10);
            value /= 10;
        }
    };
    if (year < 0 || year > 9999) {
        year = year < 0 ? 0 : 9999;
    }
    put(0, year, 4);
    text[4] = '-';
    put(5, month, 2);
    text[7] = '-';
    put(8, day, 2);
    text[10] = ' ';
    put(11, seconds / 3600, 2);
    text[13] = ':';
    put(14, seconds / 60 % 60, 2);
    text[16] = ':';
    put(17, seconds % 60, 2);
    text[19] = '.';
    put(20, rest % kMicrosPerSecond, 6);
    return result;
}

std::optional<Micros> fromEpochSeconds(double seconds)
{
    // Years 1 to 9999.
    constexpr double kMin = -62135596800.0;
    constexpr double kMax = 253402300799.0;
    if (!std::isfinite(seconds) || seconds < kMin || seconds > kMax) {
        return std::nullopt;
    }
    return Micros(std::llround(seconds * double(kMicrosPerSecond)));
}

} // namespace TimestampParser
