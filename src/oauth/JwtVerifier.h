// Checks a JWS-signed JWT against a JWKS: the algorithm comes from an
// allow-list and the key, never from trust in the header (RFC 8725); then the
// time and issuer/audience claims. For the token inspector and `token verify`.
#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

struct JwtVerification
{
    enum class Status {
        Valid,
        Malformed,
        // "none", HMAC and anything not on the allow-list.
        UnsupportedAlgorithm,
        // No usable key with the token's kid (and matching type).
        KeyNotFound,
        // A key below the minimum size (RSA < 2048 bits).
        WeakKey,
        InvalidSignature,
        // A critical header extension this verifier does not understand.
        UnknownCriticalHeader,
        Expired,
        NotYetValid,
        WrongIssuer,
        WrongAudience,
        // An ID token not issued for this sign-in (nonce) or this app (azp).
        WrongNonce,
        WrongAuthorizedParty,
    };

    Status status = Status::Malformed;
    QString algorithm;
    QString keyId;
    // A sentence for a person.
    QString message;

    bool isValid() const
    {
        return status == Status::Valid;
    }
};

class JwtVerifier
{
public:
    struct Expectations
    {
        // Checked when not empty.
        QString issuer;
        QString audience;
        int leewaySeconds = 60;
        // For ID tokens (OIDC Core §3.1.3.7): the nonce the sign-in sent,
        // checked when not empty; and with several audiences, "azp" must be
        // the audience above.
        QString nonce;
        bool isIdToken = false;
    };

    static const QStringList& allowedAlgorithms();

    static JwtVerification verify(const QByteArray& token, const QJsonObject& jwks,
                                  const Expectations& expectations, const QDateTime& now);
    // The claims alone, for a token whose signature cannot be checked (no
    // JWKS) but that came straight from the token endpoint.
    static JwtVerification verifyClaimsOnly(const QByteArray& token,
                                            const Expectations& expectations, const QDateTime& now);

private:
    static JwtVerification checkClaims(JwtVerification result, const QJsonObject& claims,
                                       const Expectations& expectations, const QDateTime& now);
};
