#include "sandbox/SigningKey.h"

#include "core/Base64Url.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

namespace {

struct DigestContextDeleter
{
    void operator()(EVP_MD_CTX* context) const
    {
        EVP_MD_CTX_free(context);
    }
};
using DigestContext = std::unique_ptr<EVP_MD_CTX, DigestContextDeleter>;

QString lastOpenSslError()
{
    char buffer[256] = {};
    ERR_error_string_n(ERR_get_error(), buffer, sizeof buffer);
    return QString::fromLatin1(buffer);
}

} // namespace

void SigningKey::KeyDeleter::operator()(evp_pkey_st* key) const
{
    EVP_PKEY_free(key);
}

SigningKey::SigningKey() = default;
SigningKey::~SigningKey() = default;
SigningKey::SigningKey(SigningKey&&) noexcept = default;
SigningKey& SigningKey::operator=(SigningKey&&) noexcept = default;

SigningKey::SigningKey(evp_pkey_st* key)
    : m_key(key)
{
    // RFC 7638: SHA-256 over the required members in lexicographic order.
    const QByteArray canonical = "{\"e\":\""
        + Base64Url::encode(publicParameter(OSSL_PKEY_PARAM_RSA_E)) + "\",\"kty\":\"RSA\",\"n\":\""
        + Base64Url::encode(publicParameter(OSSL_PKEY_PARAM_RSA_N)) + "\"}";
    m_keyId = QString::fromLatin1(
        Base64Url::encode(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256)));
}

SigningKey SigningKey::generate()
{
    return SigningKey(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
}

SigningKey SigningKey::fromPem(const QByteArray& pem, QString* errorString)
{
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    if (!key || EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA || EVP_PKEY_get_bits(key) < 2048) {
        if (errorString) {
            *errorString = key ? QStringLiteral("the key is not an RSA key of 2048 bits or more")
                               : lastOpenSslError();
        }
        EVP_PKEY_free(key);
        return {};
    }
    return SigningKey(key);
}

bool SigningKey::isValid() const
{
    return m_key != nullptr;
}

QString SigningKey::keyId() const
{
    return m_keyId;
}

QByteArray SigningKey::publicParameter(const char* name) const
{
    BIGNUM* number = nullptr;
    if (!m_key || !EVP_PKEY_get_bn_param(m_key.get(), name, &number)) {
        return {};
    }
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char*>(bytes.data()));
    BN_free(number);
    return bytes;
}

QJsonObject SigningKey::publicJwk() const
{
    return QJsonObject{
        {QStringLiteral("kty"), QStringLiteral("RSA")},
        {QStringLiteral("kid"), m_keyId},
        {QStringLiteral("use"), QStringLiteral("sig")},
        {QStringLiteral("alg"), QStringLiteral("RS256")},
        {QStringLiteral("n"),
         QString::fromLatin1(Base64Url::encode(publicParameter(OSSL_PKEY_PARAM_RSA_N)))},
        {QStringLiteral("e"),
         QString::fromLatin1(Base64Url::encode(publicParameter(OSSL_PKEY_PARAM_RSA_E)))},
    };
}

QByteArray SigningKey::signRs256(const QByteArray& data) const
{
    DigestContext context(EVP_MD_CTX_new());
    size_t length = 0;
    if (!m_key
        || EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), nullptr, &length,
                          reinterpret_cast<const unsigned char*>(data.constData()),
                          size_t(data.size()))
            != 1) {
        return {};
    }
    QByteArray signature(qsizetype(length), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                       reinterpret_cast<const unsigned char*>(data.constData()),
                       size_t(data.size()))
        != 1) {
        return {};
    }
    signature.resize(qsizetype(length));
    return signature;
}

bool SigningKey::verifyRs256(const QByteArray& data, const QByteArray& signature) const
{
    DigestContext context(EVP_MD_CTX_new());
    return m_key
        && EVP_DigestVerifyInit(context.get(), nullptr, EVP_sha256(), nullptr, m_key.get()) == 1
        && EVP_DigestVerify(
               context.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char*>(data.constData()),
               size_t(data.size()))
        == 1;
}

QByteArray SigningKey::signJwt(const QJsonObject& claims) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("kid"), m_keyId}};
    const QByteArray signingInput =
        Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + Base64Url::encode(signRs256(signingInput));
}

std::optional<QJsonObject> SigningKey::verifiedClaims(const QByteArray& jwt) const
{
    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3) {
        return std::nullopt;
    }
    const auto header = Base64Url::decode(parts[0]);
    const auto payload = Base64Url::decode(parts[1]);
    const auto signature = Base64Url::decode(parts[2]);
    if (!header || !payload || !signature) {
        return std::nullopt;
    }
    const QJsonObject headerObject = QJsonDocument::fromJson(*header).object();
    // The algorithm is ours to choose, never the token's.
    if (headerObject.value(QStringLiteral("alg")).toString() != QLatin1String("RS256")
        || headerObject.value(QStringLiteral("kid")).toString() != m_keyId) {
        return std::nullopt;
    }
    if (!verifyRs256(parts[0] + '.' + parts[1], *signature)) {
        return std::nullopt;
    }
    const QJsonDocument claims = QJsonDocument::fromJson(*payload);
    if (!claims.isObject()) {
        return std::nullopt;
    }
    return claims.object();
}
