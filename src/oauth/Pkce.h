// PKCE (RFC 7636) with S256 only: a fresh verifier per sign-in attempt, and
// the challenge sent in the authorization request.
#pragma once

#include <QString>

struct Pkce
{
    QString verifier;
    QString challenge;

    // 32 bytes from the system's secure random source, base64url: 43 characters.
    static Pkce generate();
    // BASE64URL(SHA256(ASCII(verifier))) without padding.
    static QString challengeFor(const QString& verifier);
    static QString method()
    {
        return QStringLiteral("S256");
    }
    // 43–128 characters from [A-Za-z0-9-._~].
    static bool isValidVerifier(const QString& verifier);
};
