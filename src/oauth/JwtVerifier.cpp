#include "oauth/JwtVerifier.h"

#include "core/Base64Url.h"
#include "core/NumericDate.h"
#include "oauth/JwtDocument.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include <algorithm>
#include <memory>

namespace {

// A claim's value as written, for a sentence.
QString claimText(const QJsonValue& value)
{
    if (value.isDouble()) {
        return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    }
    if (value.isString()) {
        return u'"' + value.toString().left(40) + u'"';
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1)
        .left(40);
}

struct KeyDeleter
{
    void operator()(EVP_PKEY* key) const
    {
        EVP_PKEY_free(key);
    }
};
using Key = std::unique_ptr<EVP_PKEY, KeyDeleter>;

QByteArray member(const QJsonObject& jwk, const char* name)
{
    return Base64Url::decode(jwk.value(QLatin1String(name)).toString().toLatin1())
        .value_or(QByteArray());
}

Key keyFromParameters(const char* type, int selection, OSSL_PARAM_BLD* builder)
{
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr);
    EVP_PKEY* key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context) != 1
        || EVP_PKEY_fromdata(context, &key, selection, params) != 1) {
        key = nullptr;
    }
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    return Key(key);
}

Key rsaKey(const QJsonObject& jwk)
{
    const QByteArray n = member(jwk, "n");
    const QByteArray e = member(jwk, "e");
    if (n.isEmpty() || e.isEmpty()) {
        return nullptr;
    }
    BIGNUM* modulus =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(n.constData()), int(n.size()), nullptr);
    BIGNUM* exponent =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, modulus);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, exponent);
    Key key = keyFromParameters("RSA", EVP_PKEY_PUBLIC_KEY, builder);
    OSSL_PARAM_BLD_free(builder);
    BN_free(modulus);
    BN_free(exponent);
    return key;
}

Key ecKey(const QJsonObject& jwk, const char* groupName, int coordinateSize)
{
    const QByteArray x = member(jwk, "x");
    const QByteArray y = member(jwk, "y");
    if (x.size() != coordinateSize || y.size() != coordinateSize) {
        return nullptr;
    }
    // Uncompressed point: 0x04 || x || y.
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_utf8_string(builder, OSSL_PKEY_PARAM_GROUP_NAME, groupName, 0);
    OSSL_PARAM_BLD_push_octet_string(builder, OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                     size_t(point.size()));
    Key key = keyFromParameters("EC", EVP_PKEY_PUBLIC_KEY, builder);
    OSSL_PARAM_BLD_free(builder);
    return key;
}

Key ed25519Key(const QJsonObject& jwk)
{
    const QByteArray x = member(jwk, "x");
    if (x.size() != 32) {
        return nullptr;
    }
    return Key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                           reinterpret_cast<const unsigned char*>(x.constData()),
                                           size_t(x.size())));
}

struct Algorithm
{
    const char* name;
    const char* keyType;
    const EVP_MD* (*digest)();
    bool pss;
    const char* curve;
    int coordinateSize;
};

const Algorithm* findAlgorithm(const QString& name)
{
    static const Algorithm algorithms[] = {
        {"RS256", "RSA", EVP_sha256, false, nullptr, 0},
        {"RS384", "RSA", EVP_sha384, false, nullptr, 0},
        {"RS512", "RSA", EVP_sha512, false, nullptr, 0},
        {"PS256", "RSA", EVP_sha256, true, nullptr, 0},
        {"PS384", "RSA", EVP_sha384, true, nullptr, 0},
        {"PS512", "RSA", EVP_sha512, true, nullptr, 0},
        {"ES256", "EC", EVP_sha256, false, "P-256", 32},
        {"ES384", "EC", EVP_sha384, false, "P-384", 48},
        {"EdDSA", "OKP", nullptr, false, "Ed25519", 32},
    };
    for (const Algorithm& algorithm : algorithms) {
        if (name == QLatin1String(algorithm.name)) {
            return &algorithm;
        }
    }
    return nullptr;
}

// JWS carries ECDSA signatures as raw R || S; OpenSSL wants DER.
QByteArray ecdsaRawToDer(const QByteArray& raw, int coordinateSize)
{
    if (raw.size() != 2 * coordinateSize) {
        return {};
    }
    ECDSA_SIG* signature = ECDSA_SIG_new();
    BIGNUM* r =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()), coordinateSize, nullptr);
    BIGNUM* s = BN_bin2bn(reinterpret_cast<const unsigned char*>(raw.constData()) + coordinateSize,
                          coordinateSize, nullptr);
    ECDSA_SIG_set0(signature, r, s);
    unsigned char* der = nullptr;
    const int length = i2d_ECDSA_SIG(signature, &der);
    QByteArray result =
        length > 0 ? QByteArray(reinterpret_cast<const char*>(der), length) : QByteArray();
    OPENSSL_free(der);
    ECDSA_SIG_free(signature);
    return result;
}

Key keyFor(const QJsonObject& jwk, const Algorithm& algorithm)
{
    const QString keyType = jwk.value(QStringLiteral("kty")).toString();
    if (keyType != QLatin1String(algorithm.keyType)) {
        return nullptr;
    }
    if (keyType == QLatin1String("RSA")) {
        return rsaKey(jwk);
    }
    if (jwk.value(QStringLiteral("crv")).toString() != QLatin1String(algorithm.curve)) {
        return nullptr;
    }
    if (keyType == QLatin1String("EC")) {
        return ecKey(jwk, algorithm.coordinateSize == 32 ? "P-256" : "P-384",
                     algorithm.coordinateSize);
    }
    return ed25519Key(jwk);
}

bool verifySignature(EVP_PKEY* key, const Algorithm& algorithm, const QByteArray& input,
                     QByteArray signature)
{
    if (QLatin1String(algorithm.keyType) == QLatin1String("EC")) {
        signature = ecdsaRawToDer(signature, algorithm.coordinateSize);
        if (signature.isEmpty()) {
            return false;
        }
    }
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_PKEY_CTX* keyContext = nullptr;
    bool valid = EVP_DigestVerifyInit(context, &keyContext,
                                      algorithm.digest ? algorithm.digest() : nullptr, nullptr, key)
        == 1;
    if (valid && algorithm.pss) {
        // RFC 7518 §3.5: salt as long as the hash.
        valid = EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING) == 1
            && EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, RSA_PSS_SALTLEN_DIGEST) == 1;
    }
    valid = valid
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(input.constData()),
                            size_t(input.size()))
            == 1;
    EVP_MD_CTX_free(context);
    return valid;
}

// RFC 7517 §4.2-4.4: a key published for encryption, for other operations or
// for another algorithm is not a key for this signature.
bool isSigningKeyFor(const QJsonObject& jwk, const QString& algorithm)
{
    if (jwk.contains(QStringLiteral("use"))
        && jwk.value(QStringLiteral("use")).toString() != QLatin1String("sig")) {
        return false;
    }
    if (jwk.contains(QStringLiteral("key_ops"))
        && !jwk.value(QStringLiteral("key_ops")).toArray().contains(QStringLiteral("verify"))) {
        return false;
    }
    return !jwk.contains(QStringLiteral("alg"))
        || jwk.value(QStringLiteral("alg")).toString() == algorithm;
}

JwtVerification result(JwtVerification verification, JwtVerification::Status status,
                       const QString& message)
{
    verification.status = status;
    verification.message = message;
    return verification;
}

} // namespace

const QStringList& JwtVerifier::allowedAlgorithms()
{
    static const QStringList algorithms{
        QStringLiteral("RS256"), QStringLiteral("RS384"), QStringLiteral("RS512"),
        QStringLiteral("PS256"), QStringLiteral("PS384"), QStringLiteral("PS512"),
        QStringLiteral("ES256"), QStringLiteral("ES384"), QStringLiteral("EdDSA")};
    return algorithms;
}

JwtVerification JwtVerifier::verify(const QByteArray& token, const QJsonObject& jwks,
                                    const Expectations& expectations, const QDateTime& now)
{
    using Status = JwtVerification::Status;
    JwtVerification verification;
    const std::optional<JwtDocument> jwt = JwtDocument::decode(token);
    if (!jwt) {
        return result(
            verification, Status::Malformed,
            token.count('.') == 4 ? QCoreApplication::translate(
                "JwtVerifier", "This is an encrypted token (JWE); its contents cannot be shown.")
                                  : QCoreApplication::translate(
                                      "JwtVerifier",
                                      "This is not a signed JWT (it may be an opaque token)."));
    }
    verification.algorithm = jwt->header.value(QStringLiteral("alg")).toString();
    verification.keyId = jwt->header.value(QStringLiteral("kid")).toString();
    const Algorithm* algorithm = findAlgorithm(verification.algorithm);
    if (!algorithm) {
        return result(
            verification, Status::UnsupportedAlgorithm,
            QCoreApplication::translate(
                "JwtVerifier", "The token's algorithm \"%1\" is not accepted (allowed: %2).")
                .arg(verification.algorithm, allowedAlgorithms().join(QStringLiteral(", "))));
    }
    if (jwt->header.contains(QStringLiteral("crit"))) {
        return result(verification, Status::UnknownCriticalHeader,
                      QCoreApplication::translate(
                          "JwtVerifier",
                          "The token names critical header extensions this verifier does not "
                          "know, so it must be rejected."));
    }
    bool weakKeySeen = false;
    bool signatureFailed = false;
    for (const QJsonValue& value : jwks.value(QStringLiteral("keys")).toArray()) {
        const QJsonObject jwk = value.toObject();
        if (!verification.keyId.isEmpty()
            && jwk.value(QStringLiteral("kid")).toString() != verification.keyId) {
            continue;
        }
        if (!isSigningKeyFor(jwk, verification.algorithm)) {
            continue;
        }
        const Key key = keyFor(jwk, *algorithm);
        if (!key) {
            continue;
        }
        if (QLatin1String(algorithm->keyType) == QLatin1String("RSA")
            && EVP_PKEY_get_bits(key.get()) < 2048) {
            weakKeySeen = true;
            continue;
        }
        if (!verifySignature(key.get(), *algorithm, jwt->signingInput, jwt->signature)) {
            // Without a kid any key of the right type may be the one: try them all.
            if (verification.keyId.isEmpty()) {
                signatureFailed = true;
                continue;
            }
            return result(verification, Status::InvalidSignature,
                          QCoreApplication::translate(
                              "JwtVerifier",
                              "The signature does not match the provider's key: the token was "
                              "altered or not issued by this provider."));
        }
        return checkClaims(verification, jwt->claims, expectations, now);
    }
    if (signatureFailed) {
        return result(verification, Status::InvalidSignature,
                      QCoreApplication::translate(
                          "JwtVerifier",
                          "The signature matches none of the provider's keys: the token was "
                          "altered or not issued by this provider."));
    }
    if (weakKeySeen) {
        return result(
            verification, Status::WeakKey,
            QCoreApplication::translate(
                "JwtVerifier", "The provider's key is shorter than 2048 bits and is not trusted."));
    }
    return result(verification, Status::KeyNotFound,
                  QCoreApplication::translate(
                      "JwtVerifier", "The provider publishes no %1 key with the id \"%2\".")
                      .arg(QLatin1String(algorithm->keyType), verification.keyId));
}

JwtVerification JwtVerifier::verifyClaimsOnly(const QByteArray& token,
                                              const Expectations& expectations,
                                              const QDateTime& now)
{
    JwtVerification verification;
    const std::optional<JwtDocument> jwt = JwtDocument::decode(token);
    if (!jwt) {
        return result(verification, JwtVerification::Status::Malformed,
                      QCoreApplication::translate("JwtVerifier", "This is not a readable JWT."));
    }
    verification.algorithm = jwt->header.value(QStringLiteral("alg")).toString();
    verification.keyId = jwt->header.value(QStringLiteral("kid")).toString();
    verification = checkClaims(verification, jwt->claims, expectations, now);
    if (verification.isValid()) {
        verification.message = QCoreApplication::translate(
            "JwtVerifier", "The claims are valid; the signature was not checked (no key set).");
    }
    return verification;
}

JwtVerification JwtVerifier::checkClaims(JwtVerification verification, const QJsonObject& claims,
                                         const Expectations& expectations, const QDateTime& now)
{
    using Status = JwtVerification::Status;
    const qint64 seconds = now.toSecsSinceEpoch();
    const QJsonValue exp = claims.value(QStringLiteral("exp"));
    if (expectations.isIdToken && !exp.isDouble()) {
        // OIDC Core §2: an ID token always says until when it holds.
        return result(
            verification, Status::Malformed,
            QCoreApplication::translate("JwtVerifier", "The ID token has no expiry (\"exp\")."));
    }
    // RFC 7519 §4.1: each is a NumericDate when present; a value that is
    // no date (text, 1e30) fails here rather than reaching a conversion.
    for (const char* name : {"exp", "nbf", "iat"}) {
        const QJsonValue value = claims.value(QLatin1String(name));
        if (!value.isUndefined() && !NumericDate::fromJson(value)) {
            return result(verification, Status::Malformed,
                          QCoreApplication::translate("JwtVerifier",
                                                      "The \"%1\" claim (%2) is not a valid date.")
                              .arg(QLatin1String(name), claimText(value)));
        }
    }
    const std::optional<QDateTime> expiry = NumericDate::fromJson(exp);
    if (expiry && seconds >= expiry->toSecsSinceEpoch() + expectations.leewaySeconds) {
        return result(verification, Status::Expired,
                      QCoreApplication::translate("JwtVerifier", "The token expired at %1.")
                          .arg(expiry->toString(Qt::ISODate)));
    }
    const std::optional<QDateTime> notBefore =
        NumericDate::fromJson(claims.value(QStringLiteral("nbf")));
    if (notBefore && seconds < notBefore->toSecsSinceEpoch() - expectations.leewaySeconds) {
        return result(
            verification, Status::NotYetValid,
            QCoreApplication::translate("JwtVerifier", "The token is not valid before %1.")
                .arg(notBefore->toString(Qt::ISODate)));
    }
    if (!expectations.issuer.isEmpty()
        && claims.value(QStringLiteral("iss")).toString() != expectations.issuer) {
        return result(
            verification, Status::WrongIssuer,
            QCoreApplication::translate("JwtVerifier",
                                        "The token was issued by \"%1\", not by \"%2\".")
                .arg(claims.value(QStringLiteral("iss")).toString(), expectations.issuer));
    }
    if (!expectations.audience.isEmpty()) {
        const QJsonValue aud = claims.value(QStringLiteral("aud"));
        const bool matches = aud.isArray() ? aud.toArray().contains(expectations.audience)
                                           : aud.toString() == expectations.audience;
        if (!matches) {
            return result(verification, Status::WrongAudience,
                          QCoreApplication::translate(
                              "JwtVerifier", "The token is meant for another audience than \"%1\".")
                              .arg(expectations.audience));
        }
        const QString azp = claims.value(QStringLiteral("azp")).toString();
        const bool severalAudiences = aud.isArray() && aud.toArray().size() > 1;
        if (expectations.isIdToken && (severalAudiences || !azp.isEmpty())
            && azp != expectations.audience) {
            return result(verification, Status::WrongAuthorizedParty,
                          QCoreApplication::translate(
                              "JwtVerifier", "The ID token was issued to another app (azp \"%1\").")
                              .arg(azp));
        }
    }
    if (!expectations.nonce.isEmpty()
        && claims.value(QStringLiteral("nonce")).toString() != expectations.nonce) {
        return result(verification, Status::WrongNonce,
                      QCoreApplication::translate("JwtVerifier",
                                                  "The ID token does not belong to this sign-in "
                                                  "(its nonce is not the one Grantline sent)."));
    }
    return result(
        verification, Status::Valid,
        QCoreApplication::translate("JwtVerifier", "The signature is valid (%1, key \"%2\").")
            .arg(verification.algorithm, verification.keyId));
}
