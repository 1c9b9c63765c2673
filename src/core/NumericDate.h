// Numbers from outside (a token's "exp", an API's total) turned into whole
// numbers and dates without undefined behaviour: a double out of qint64's
// range, infinite or NaN has no conversion, so it is refused, not cast.
#pragma once

#include <QDateTime>
#include <QJsonValue>

#include <optional>

class NumericDate
{
public:
    // The value without its fraction; nullopt when not finite or outside qint64.
    static std::optional<qint64> wholeNumber(double value);
    // RFC 7519 NumericDate (seconds since the epoch, maybe with a fraction)
    // as a UTC date; nullopt when the value is not a number or not a date a
    // person can read (years 1 to 9999).
    static std::optional<QDateTime> fromJson(const QJsonValue& value);
};
