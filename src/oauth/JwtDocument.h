// A JWT taken apart for display: header and claims decoded, nothing trusted.
// Signature checks belong to the verifier, not here.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

struct JwtDocument
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput;
    QByteArray signature;

    // nullopt for anything that is not three strict base64url segments of JSON
    // objects (an opaque token, a JWE with five segments, garbage).
    static std::optional<JwtDocument> decode(const QByteArray& token);
};
