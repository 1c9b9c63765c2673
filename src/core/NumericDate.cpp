#include "core/NumericDate.h"

#include <cmath>

namespace {

// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: what ISO 8601 text shows.
constexpr double kFirstSecond = -62135596800.0;
constexpr double kLastSecond = 253402300799.0;

} // namespace

std::optional<qint64> NumericDate::wholeNumber(double value)
{
    // 2^63 is exact as a double; qint64 holds [-2^63, 2^63).
    constexpr double kLimit = 9223372036854775808.0;
    if (!std::isfinite(value) || value < -kLimit || value >= kLimit) {
        return std::nullopt;
    }
    return qint64(value);
}

std::optional<QDateTime> NumericDate::fromJson(const QJsonValue& value)
{
    if (!value.isDouble()) {
        return std::nullopt;
    }
    const double seconds = value.toDouble();
    if (!std::isfinite(seconds) || seconds < kFirstSecond || seconds > kLastSecond) {
        return std::nullopt;
    }
    // In range, so the milliseconds fit a qint64 by far.
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000)), Qt::UTC);
}
