#include "oauth/TokenInspection.h"

#include "core/NumericDate.h"
#include "oauth/JwtDocument.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QStringList scopesOf(const QJsonObject& claims)
{
    // "scope" is a space-separated string in RFC 9068 and an array at APS;
    // "scp" is what some providers use instead.
    for (const char* name : {"scope", "scp"}) {
        const QJsonValue value = claims.value(QLatin1String(name));
        if (value.isString()) {
            return value.toString().split(u' ', Qt::SkipEmptyParts);
        }
        if (value.isArray()) {
            QStringList list;
            for (const QJsonValue& item : value.toArray()) {
                list << item.toString();
            }
            return list;
        }
    }
    return {};
}

} // namespace

bool TokenInspection::isNumericDateClaim(const QString& name)
{
    static const QStringList names{QStringLiteral("exp"), QStringLiteral("iat"),
                                   QStringLiteral("nbf"), QStringLiteral("auth_time"),
                                   QStringLiteral("updated_at")};
    return names.contains(name);
}

TokenInspection TokenInspection::inspect(const QByteArray& token, const QDateTime& now,
                                         int leewaySeconds)
{
    TokenInspection inspection;
    if (token.count('.') == 4) {
        inspection.kind = Kind::EncryptedJwt;
        return inspection;
    }
    const std::optional<JwtDocument> jwt = JwtDocument::decode(token);
    if (!jwt) {
        return inspection;
    }
    inspection.kind = Kind::Jwt;
    inspection.header = jwt->header;
    inspection.claims = jwt->claims;
    inspection.type = jwt->header.value(QStringLiteral("typ")).toString();
    inspection.scopes = scopesOf(jwt->claims);
    for (auto it = jwt->claims.begin(); it != jwt->claims.end(); ++it) {
        Claim claim{it.key(), it.value(), valueText(it.value()), {}};
        // NumericDate: seconds since the epoch, possibly with a fraction.
        // exp, nbf and iat must be one (RFC 7519 §4.1); the OIDC ones are
        // shown as written when a provider sends text.
        const bool timeClaim = it.key() == QLatin1String("exp") || it.key() == QLatin1String("nbf")
            || it.key() == QLatin1String("iat");
        if (isNumericDateClaim(it.key()) && (it.value().isDouble() || timeClaim)) {
            if (const std::optional<QDateTime> time = NumericDate::fromJson(it.value())) {
                claim.time = *time;
                claim.text =
                    tr("%1 (%2)").arg(localTimeText(claim.time), relativeTime(claim.time, now));
            } else {
                claim.text = tr("%1 (not a valid date)").arg(claim.text);
                inspection.warnings << tr("The \"%1\" claim is not a valid date: %2.")
                                           .arg(it.key(), valueText(it.value()));
            }
        }
        inspection.claimRows.append(claim);
        if (it.key() == QLatin1String("exp")) {
            inspection.expiresAt = claim.time;
        } else if (it.key() == QLatin1String("iat")) {
            inspection.issuedAt = claim.time;
        } else if (it.key() == QLatin1String("nbf")) {
            inspection.notBefore = claim.time;
        }
    }
    if (inspection.issuedAt.isValid() && now.secsTo(inspection.issuedAt) > leewaySeconds) {
        inspection.warnings << tr("Issued in the future (%1): this computer's clock or the "
                                  "provider's is wrong.")
                                   .arg(relativeTime(inspection.issuedAt, now));
    }
    if (inspection.notBefore.isValid() && now.secsTo(inspection.notBefore) > leewaySeconds) {
        inspection.warnings
            << tr("Not valid yet: usable %1.").arg(relativeTime(inspection.notBefore, now));
    }
    if (inspection.expiresAt.isValid() && inspection.expiresAt <= now) {
        inspection.warnings << tr("Expired %1.").arg(relativeTime(inspection.expiresAt, now));
    }
    return inspection;
}

bool TokenInspection::isAccessTokenType() const
{
    return type.compare(QLatin1String("at+jwt"), Qt::CaseInsensitive) == 0
        || type.compare(QLatin1String("application/at+jwt"), Qt::CaseInsensitive) == 0;
}

QString TokenInspection::kindText() const
{
    switch (kind) {
    case Kind::EncryptedJwt:
        return tr("An encrypted JWT (JWE): only the provider can read it.");
    case Kind::Opaque:
        return tr("An opaque token: it carries no readable claims. Introspection can tell "
                  "whether it is active.");
    case Kind::Jwt:
        break;
    }
    if (isAccessTokenType()) {
        return tr("A JWT access token (RFC 9068). Shown for debugging only: it is meant for "
                  "the API, not for Grantline.");
    }
    return tr("A JWT. Shown for debugging only: the claims are decoded, not verified.");
}

QString TokenInspection::expiryText(const QDateTime& now) const
{
    if (!expiresAt.isValid()) {
        return tr("no expiry in the token");
    }
    return expiryText(expiresAt, now);
}

QString TokenInspection::expiryText(const QDateTime& expiresAt, const QDateTime& now)
{
    if (!expiresAt.isValid()) {
        // The provider sent no expires_in: saying "expired" would be a guess.
        return tr("has no expiry the provider told");
    }
    const QString when = localTimeText(expiresAt);
    return expiresAt > now ? tr("expires %1 (%2)").arg(relativeTime(expiresAt, now), when)
                           : tr("expired %1 (%2)").arg(relativeTime(expiresAt, now), when);
}

QString TokenInspection::localTimeText(const QDateTime& when)
{
    return when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString TokenInspection::relativeTime(const QDateTime& when, const QDateTime& now)
{
    const qint64 seconds = now.secsTo(when);
    const qint64 span = qAbs(seconds);
    if (span < 60) {
        return tr("just now");
    }
    QString amount;
    if (span < 3600) {
        amount = tr("%n min", nullptr, int(span / 60));
    } else if (span < 2 * 86400) {
        amount = tr("%n h %1 min", nullptr, int(span / 3600)).arg((span % 3600) / 60);
    } else {
        amount = tr("%n day(s)", nullptr, int(span / 86400));
    }
    return seconds > 0 ? tr("in %1").arg(amount) : tr("%1 ago").arg(amount);
}

QString TokenInspection::claimText(const QString& name, const QJsonValue& value,
                                   const QDateTime& now)
{
    if (!isNumericDateClaim(name) || !value.isDouble()) {
        return valueText(value);
    }
    const std::optional<QDateTime> time = NumericDate::fromJson(value);
    if (!time) {
        return tr("%1 (not a valid date)").arg(valueText(value));
    }
    return tr("%1 (%2)").arg(localTimeText(*time), relativeTime(*time, now));
}

QString TokenInspection::valueText(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString();
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items << valueText(item);
        }
        return items.join(QStringLiteral(", "));
    }
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isBool()) {
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    return QStringLiteral("null");
}
