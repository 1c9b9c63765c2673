// A JWT and a JWKS as a provider sends them: the first line is the compact
// token, the rest the key set's JSON. Decoding, the signature check against
// every usable key and the claim checks must answer for anything, and a
// token that does not decode is never valid.
#include "FuzzSupport.h"

#include "oauth/JwtDocument.h"
#include "oauth/JwtVerifier.h"

#include <QDateTime>
#include <QJsonDocument>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    const qsizetype newline = input.indexOf('\n');
    const QByteArray token = newline < 0 ? input : input.left(newline);
    const QByteArray jwksText = newline < 0 ? QByteArray() : input.mid(newline + 1);
    const QJsonObject jwks = QJsonDocument::fromJson(jwksText).object();

    const std::optional<JwtDocument> document = JwtDocument::decode(token);
    // A fixed clock: the same input always takes the same path.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    JwtVerifier::Expectations plain;
    JwtVerifier::Expectations idToken;
    idToken.issuer = QStringLiteral("https://issuer.example");
    idToken.audience = QStringLiteral("grantline-app");
    idToken.nonce = QStringLiteral("n-0S6_WzA2Mj");
    idToken.isIdToken = true;
    for (const JwtVerifier::Expectations& expectations : {plain, idToken}) {
        const JwtVerification verified = JwtVerifier::verify(token, jwks, expectations, now);
        Fuzz::check(document || verified.status == JwtVerification::Status::Malformed,
                    "a token that does not decode is malformed");
        Fuzz::check(!verified.message.isEmpty(), "every verdict has a sentence");
        const JwtVerification claims = JwtVerifier::verifyClaimsOnly(token, expectations, now);
        Fuzz::check(document || !claims.isValid(), "claims of an undecodable token are not valid");
    }
    return 0;
}
