// The sandbox's RSA key: signs its RS256 tokens and publishes itself as a JWK.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

struct evp_pkey_st;

class SigningKey
{
public:
    // A fresh 2048-bit key.
    static SigningKey generate();
    // A private key from PEM text; isValid() is false when it cannot be read.
    static SigningKey fromPem(const QByteArray& pem, QString* errorString = nullptr);

    SigningKey();
    ~SigningKey();
    SigningKey(SigningKey&&) noexcept;
    SigningKey& operator=(SigningKey&&) noexcept;

    bool isValid() const;
    // RFC 7638 thumbprint, base64url: stable for the same key.
    QString keyId() const;
    // {"kty":"RSA","kid":…,"use":"sig","alg":"RS256","n":…,"e":…}
    QJsonObject publicJwk() const;
    // RSASSA-PKCS1-v1_5 with SHA-256 over data.
    QByteArray signRs256(const QByteArray& data) const;
    bool verifyRs256(const QByteArray& data, const QByteArray& signature) const;

    // A compact JWS: header {"alg":"RS256","kid":…} and the claims, signed.
    QByteArray signJwt(const QJsonObject& claims) const;
    // The claims of a token this key signed; nullopt when it is malformed, uses
    // another algorithm or key, or its signature does not verify.
    std::optional<QJsonObject> verifiedClaims(const QByteArray& jwt) const;

private:
    explicit SigningKey(evp_pkey_st* key);
    QByteArray publicParameter(const char* name) const;

    struct KeyDeleter
    {
        void operator()(evp_pkey_st* key) const;
    };
    std::unique_ptr<evp_pkey_st, KeyDeleter> m_key;
    QString m_keyId;
};
