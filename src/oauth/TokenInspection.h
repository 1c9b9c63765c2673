// What a token says about itself, for a person to read: the JWT header and
// claims with NumericDate claims as dates, how long it has left, what kind of
// token it is. Display only — nothing here is verified (JwtVerifier does that),
// and an access token is the API's business: the app never decides on it.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

struct TokenInspection
{
    Q_DECLARE_TR_FUNCTIONS(TokenInspection)

public:
    enum class Kind {
        // Three base64url segments of JSON: header and claims readable.
        Jwt,
        // Five segments (JWE): only the provider can read it.
        EncryptedJwt,
        // Not a JWT at all; perfectly legal for access tokens.
        Opaque,
    };

    struct Claim
    {
        QString name;
        QJsonValue value;
        // The value as a person reads it: dates for NumericDate claims.
        QString text;
        // Valid for NumericDate claims (exp, iat, nbf, auth_time, updated_at).
        QDateTime time;
    };

    Kind kind = Kind::Opaque;
    QJsonObject header;
    QJsonObject claims;
    // In the token's own order of keys (alphabetical, as QJsonObject keeps them).
    QList<Claim> claimRows;
    // From the header's "typ": "at+jwt" is an RFC 9068 access token.
    QString type;
    QStringList scopes;
    QDateTime expiresAt;
    QDateTime issuedAt;
    QDateTime notBefore;
    // Things a person should notice: issued in the future, not yet valid...
    QStringList warnings;

    static TokenInspection inspect(const QByteArray& token, const QDateTime& now,
                                   int leewaySeconds = 60);

    bool isReadable() const
    {
        return kind == Kind::Jwt;
    }
    bool isAccessTokenType() const;
    // "expires in 59 min (2026-11-22 14:03)", "expired 3 min ago (…)", or
    // "no expiry in the token".
    QString expiryText(const QDateTime& now) const;
    // The same for any expiry, such as the one a token response gave; for an
    // invalid one, "has no expiry the provider told".
    static QString expiryText(const QDateTime& expiresAt, const QDateTime& now);
    // A sentence on what kind of token this is.
    QString kindText() const;

    // "in 59 min", "3 h ago", "just now": for any two moments.
    static QString relativeTime(const QDateTime& when, const QDateTime& now);
    static QString localTimeText(const QDateTime& when);
    static bool isNumericDateClaim(const QString& name);
    // Any JSON value as a person reads it: lists joined with ", ", objects as
    // compact JSON, integers without an exponent.
    static QString valueText(const QJsonValue& value);
    // A claim as the claims table shows it: a NumericDate ("exp", "iat", …)
    // as the local date and how far from now, anything else as valueText.
    // Introspection answers use the same names, so they read the same way.
    static QString claimText(const QString& name, const QJsonValue& value, const QDateTime& now);
};
