#include "oauth/TokenSet.h"

#include "core/NumericDate.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

// Longer than any real token lives (about 100 years): past it, no expiry.
constexpr qint64 kLongestLifetime = qint64(100) * 366 * 86400;

} // namespace

TokenSet TokenSet::fromResponse(const QJsonObject& response, const QDateTime& now,
                                const QStringList& requestedScopes, QString* errorString)
{
    TokenSet tokens;
    tokens.accessToken = response.value(QStringLiteral("access_token")).toString();
    tokens.tokenType = response.value(QStringLiteral("token_type")).toString();
    if (tokens.accessToken.isEmpty()) {
        *errorString =
            QCoreApplication::translate("TokenSet", "The provider's answer has no access_token.");
        return {};
    }
    if (tokens.tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0) {
        *errorString =
            QCoreApplication::translate("TokenSet",
                                        "The provider issued a token of type \"%1\"; Grantline "
                                        "supports only Bearer tokens.")
                .arg(tokens.tokenType);
        return {};
    }
    tokens.refreshToken = response.value(QStringLiteral("refresh_token")).toString();
    tokens.idToken = response.value(QStringLiteral("id_token")).toString();
    const QJsonValue scope = response.value(QStringLiteral("scope"));
    tokens.scopes =
        scope.isString() ? scope.toString().split(u' ', Qt::SkipEmptyParts) : requestedScopes;
    tokens.obtainedAt = now;
    const QJsonValue expiresIn = response.value(QStringLiteral("expires_in"));
    // Some providers send the number as a string.
    const double seconds =
        expiresIn.isString() ? expiresIn.toString().toDouble() : expiresIn.toDouble(-1);
    // A lifetime past any date (1e30, "inf") is no expiry rather than an
    // undefined conversion.
    const std::optional<qint64> whole = NumericDate::wholeNumber(seconds);
    if (seconds > 0 && whole && *whole <= kLongestLifetime) {
        tokens.expiresAt = now.addSecs(*whole);
    }
    return tokens;
}

QJsonObject TokenSet::toJson() const
{
    return QJsonObject{
        {QStringLiteral("access_token"), accessToken},
        {QStringLiteral("token_type"), tokenType},
        {QStringLiteral("refresh_token"), refreshToken},
        {QStringLiteral("id_token"), idToken},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("obtained_at"), obtainedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("expires_at"),
         expiresAt.isValid() ? expiresAt.toString(Qt::ISODateWithMs) : QString()},
    };
}

TokenSet TokenSet::fromJson(const QJsonObject& json)
{
    TokenSet tokens;
    tokens.accessToken = json.value(QStringLiteral("access_token")).toString();
    tokens.tokenType = json.value(QStringLiteral("token_type")).toString();
    tokens.refreshToken = json.value(QStringLiteral("refresh_token")).toString();
    tokens.idToken = json.value(QStringLiteral("id_token")).toString();
    for (const QJsonValue& scope : json.value(QStringLiteral("scopes")).toArray()) {
        tokens.scopes << scope.toString();
    }
    tokens.obtainedAt = QDateTime::fromString(json.value(QStringLiteral("obtained_at")).toString(),
                                              Qt::ISODateWithMs);
    tokens.expiresAt = QDateTime::fromString(json.value(QStringLiteral("expires_at")).toString(),
                                             Qt::ISODateWithMs);
    return tokens;
}
