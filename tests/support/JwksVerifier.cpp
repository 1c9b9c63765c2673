// Verifies an RS256 JWT against a JWKS document with OpenSSL 3.
#include "JwksVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/core_names.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace JwksVerifier {
namespace {

QByteArray decodeSegment(const QByteArray& segment)
{
    return QByteArray::fromBase64(segment, QByteArray::Base64UrlEncoding);
}

EVP_PKEY* rsaKey(const QJsonObject& jwk)
{
    const QByteArray n = decodeSegment(jwk.value(QStringLiteral("n")).toString().toLatin1());
    const QByteArray e = decodeSegment(jwk.value(QStringLiteral("e")).toString().toLatin1());
    BIGNUM* modulus =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(n.constData()), int(n.size()), nullptr);
    BIGNUM* exponent =
        BN_bin2bn(reinterpret_cast<const unsigned char*>(e.constData()), int(e.size()), nullptr);
    OSSL_PARAM_BLD* builder = OSSL_PARAM_BLD_new();
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_N, modulus);
    OSSL_PARAM_BLD_push_BN(builder, OSSL_PKEY_PARAM_RSA_E, exponent);
    OSSL_PARAM* params = OSSL_PARAM_BLD_to_param(builder);
    EVP_PKEY_CTX* context = EVP_PKEY_CTX_new_from_name(nullptr, "RSA", nullptr);
    EVP_PKEY* key = nullptr;
    if (EVP_PKEY_fromdata_init(context) != 1
        || EVP_PKEY_fromdata(context, &key, EVP_PKEY_PUBLIC_KEY, params) != 1) {
        key = nullptr;
    }
    EVP_PKEY_CTX_free(context);
    OSSL_PARAM_free(params);
    OSSL_PARAM_BLD_free(builder);
    BN_free(modulus);
    BN_free(exponent);
    return key;
}

} // namespace

QJsonObject header(const QByteArray& jwt)
{
    return QJsonDocument::fromJson(decodeSegment(jwt.split('.').value(0))).object();
}

QJsonObject claims(const QByteArray& jwt)
{
    return QJsonDocument::fromJson(decodeSegment(jwt.split('.').value(1))).object();
}

bool verify(const QByteArray& jwt, const QJsonObject& jwks, QString* why)
{
    const QList<QByteArray> parts = jwt.split('.');
    const auto fail = [why](const QString& reason) {
        if (why) {
            *why = reason;
        }
        return false;
    };
    if (parts.size() != 3) {
        return fail(QStringLiteral("not three segments"));
    }
    const QJsonObject head = header(jwt);
    if (head.value(QStringLiteral("alg")).toString() != QLatin1String("RS256")) {
        return fail(QStringLiteral("alg is not RS256"));
    }
    QJsonObject jwk;
    for (const QJsonValue& key : jwks.value(QStringLiteral("keys")).toArray()) {
        if (key.toObject().value(QStringLiteral("kid")) == head.value(QStringLiteral("kid"))) {
            jwk = key.toObject();
        }
    }
    if (jwk.value(QStringLiteral("kty")).toString() != QLatin1String("RSA")) {
        return fail(QStringLiteral("no RSA key with the token's kid"));
    }
    EVP_PKEY* key = rsaKey(jwk);
    if (!key) {
        return fail(QStringLiteral("the JWK is not a usable RSA key"));
    }
    const QByteArray signingInput = parts[0] + '.' + parts[1];
    const QByteArray signature = decodeSegment(parts[2]);
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    const bool valid = EVP_DigestVerifyInit(context, nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(context, reinterpret_cast<const unsigned char*>(signature.constData()),
                            size_t(signature.size()),
                            reinterpret_cast<const unsigned char*>(signingInput.constData()),
                            size_t(signingInput.size()))
            == 1;
    EVP_MD_CTX_free(context);
    EVP_PKEY_free(key);
    return valid ? true : fail(QStringLiteral("the signature does not verify"));
}

} // namespace JwksVerifier
