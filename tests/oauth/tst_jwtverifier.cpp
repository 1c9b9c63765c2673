// JWT verification with keys made here by OpenSSL and tokens signed here,
// independently of the verifier: every allowed algorithm, and every way a
// token must be refused (RFC 8725).
#include "core/Base64Url.h"
#include "oauth/JwtVerifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/rsa.h>

namespace {

struct TestKey
{
    EVP_PKEY* key = nullptr;
    QJsonObject jwk;
};

QByteArray bn(EVP_PKEY* key, const char* name)
{
    BIGNUM* number = nullptr;
    EVP_PKEY_get_bn_param(key, name, &number);
    QByteArray bytes(BN_num_bytes(number), '\0');
    BN_bn2bin(number, reinterpret_cast<unsigned char*>(bytes.data()));
    BN_free(number);
    return bytes;
}

QString b64(const QByteArray& bytes)
{
    return QString::fromLatin1(Base64Url::encode(bytes));
}

TestKey rsaKey(int bits, const QString& kid)
{
    TestKey made;
    made.key = EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(bits));
    made.jwk = QJsonObject{{QStringLiteral("kty"), QStringLiteral("RSA")},
                           {QStringLiteral("kid"), kid},
                           {QStringLiteral("n"), b64(bn(made.key, OSSL_PKEY_PARAM_RSA_N))},
                           {QStringLiteral("e"), b64(bn(made.key, OSSL_PKEY_PARAM_RSA_E))}};
    return made;
}

TestKey ecKey(const char* group, const QString& curve, const QString& kid)
{
    TestKey made;
    made.key = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", group);
    unsigned char point[200];
    size_t length = 0;
    EVP_PKEY_get_octet_string_param(made.key, OSSL_PKEY_PARAM_PUB_KEY, point, sizeof point,
                                    &length);
    const int size = int(length - 1) / 2;
    const QByteArray raw(reinterpret_cast<const char*>(point) + 1, qsizetype(length - 1));
    made.jwk = QJsonObject{{QStringLiteral("kty"), QStringLiteral("EC")},
                           {QStringLiteral("kid"), kid},
                           {QStringLiteral("crv"), curve},
                           {QStringLiteral("x"), b64(raw.left(size))},
                           {QStringLiteral("y"), b64(raw.mid(size))}};
    return made;
}

TestKey edKey(const QString& kid)
{
    TestKey made;
    made.key = EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519");
    unsigned char raw[32];
    size_t length = sizeof raw;
    EVP_PKEY_get_raw_public_key(made.key, raw, &length);
    made.jwk =
        QJsonObject{{QStringLiteral("kty"), QStringLiteral("OKP")},
                    {QStringLiteral("kid"), kid},
                    {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                    {QStringLiteral("x"), b64(QByteArray(reinterpret_cast<char*>(raw), 32))}};
    return made;
}

QByteArray sign(const QString& alg, EVP_PKEY* key, const QByteArray& input,
                int pssSaltLength = RSA_PSS_SALTLEN_DIGEST)
{
    const EVP_MD* digest = alg.endsWith(QLatin1String("256")) ? EVP_sha256()
        : alg.endsWith(QLatin1String("384"))                  ? EVP_sha384()
        : alg.endsWith(QLatin1String("512"))                  ? EVP_sha512()
                                                              : nullptr;
    EVP_MD_CTX* context = EVP_MD_CTX_new();
    EVP_PKEY_CTX* keyContext = nullptr;
    EVP_DigestSignInit(context, &keyContext, digest, nullptr, key);
    if (alg.startsWith(u'P')) {
        EVP_PKEY_CTX_set_rsa_padding(keyContext, RSA_PKCS1_PSS_PADDING);
        EVP_PKEY_CTX_set_rsa_pss_saltlen(keyContext, pssSaltLength);
    }
    size_t length = 0;
    EVP_DigestSign(context, nullptr, &length,
                   reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()));
    QByteArray signature(qsizetype(length), '\0');
    EVP_DigestSign(context, reinterpret_cast<unsigned char*>(signature.data()), &length,
                   reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()));
    signature.resize(qsizetype(length));
    EVP_MD_CTX_free(context);
    if (alg.startsWith(u'E') && alg != QLatin1String("EdDSA")) {
        // DER → raw R || S, as JWS wants it.
        const int size = alg == QLatin1String("ES256") ? 32 : 48;
        const unsigned char* der = reinterpret_cast<const unsigned char*>(signature.constData());
        ECDSA_SIG* parsed = d2i_ECDSA_SIG(nullptr, &der, long(signature.size()));
        QByteArray raw(2 * size, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(parsed), reinterpret_cast<unsigned char*>(raw.data()), size);
        BN_bn2binpad(ECDSA_SIG_get0_s(parsed), reinterpret_cast<unsigned char*>(raw.data()) + size,
                     size);
        ECDSA_SIG_free(parsed);
        return raw;
    }
    return signature;
}

QByteArray token(const QJsonObject& header, const QJsonObject& claims, EVP_PKEY* key)
{
    const QByteArray input = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature =
        key ? sign(header.value(QStringLiteral("alg")).toString(), key, input) : QByteArray();
    return input + '.' + Base64Url::encode(signature);
}

QJsonObject header(const QString& alg, const QString& kid)
{
    return QJsonObject{{QStringLiteral("alg"), alg}, {QStringLiteral("kid"), kid}};
}

} // namespace

class TestJwtVerifier : public QObject
{
    Q_OBJECT

private:
    TestKey m_rsa = rsaKey(2048, QStringLiteral("rsa-1"));
    TestKey m_weakRsa = rsaKey(1024, QStringLiteral("rsa-weak"));
    TestKey m_p256 = ecKey("P-256", QStringLiteral("P-256"), QStringLiteral("ec-256"));
    TestKey m_p384 = ecKey("P-384", QStringLiteral("P-384"), QStringLiteral("ec-384"));
    TestKey m_ed = edKey(QStringLiteral("ed-1"));
    QDateTime m_now = QDateTime::fromSecsSinceEpoch(1800000000, Qt::UTC);

    QJsonObject jwks() const
    {
        return QJsonObject{
            {QStringLiteral("keys"),
             QJsonArray{m_rsa.jwk, m_weakRsa.jwk, m_p256.jwk, m_p384.jwk, m_ed.jwk}}};
    }

    QJsonObject claims(qint64 expiresIn = 600) const
    {
        return QJsonObject{{QStringLiteral("iss"), QStringLiteral("https://idp.example")},
                           {QStringLiteral("aud"), QStringLiteral("client-1")},
                           {QStringLiteral("exp"), double(m_now.toSecsSinceEpoch() + expiresIn)}};
    }

    JwtVerification check(const QByteArray& jwt, const JwtVerifier::Expectations& expectations = {})
    {
        return JwtVerifier::verify(jwt, jwks(), expectations, m_now);
    }

private Q_SLOTS:
    void cleanupTestCase()
    {
        for (TestKey* key : {&m_rsa, &m_weakRsa, &m_p256, &m_p384, &m_ed}) {
            EVP_PKEY_free(key->key);
        }
    }

    void everyAllowedAlgorithmVerifies_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<QString>("kid");
        for (const char* alg : {"RS256", "RS384", "RS512", "PS256", "PS384", "PS512"}) {
            QTest::newRow(alg) << QString::fromLatin1(alg) << QStringLiteral("rsa-1");
        }
        QTest::newRow("ES256") << QStringLiteral("ES256") << QStringLiteral("ec-256");
        QTest::newRow("ES384") << QStringLiteral("ES384") << QStringLiteral("ec-384");
        QTest::newRow("EdDSA") << QStringLiteral("EdDSA") << QStringLiteral("ed-1");
    }

    void everyAllowedAlgorithmVerifies()
    {
        QFETCH(QString, alg);
        QFETCH(QString, kid);
        EVP_PKEY* key = kid == QLatin1String("rsa-1") ? m_rsa.key
            : kid == QLatin1String("ec-256")          ? m_p256.key
            : kid == QLatin1String("ec-384")          ? m_p384.key
                                                      : m_ed.key;
        const QByteArray jwt = token(header(alg, kid), claims(), key);
        const JwtVerification result = check(
            jwt,
            {QStringLiteral("https://idp.example"), QStringLiteral("client-1"), 60, {}, false});
        QVERIFY2(result.isValid(), qPrintable(result.message));
        QCOMPARE(result.algorithm, alg);

        // A changed signature…
        QByteArray tampered = jwt;
        const qsizetype dot = tampered.lastIndexOf('.');
        tampered[dot + 5] = tampered[dot + 5] == 'A' ? 'B' : 'A';
        QCOMPARE(check(tampered).status, JwtVerification::Status::InvalidSignature);
        // …and changed claims under the old signature are both refused.
        QJsonObject greedy = claims();
        greedy.insert(QStringLiteral("scope"), QStringLiteral("admin"));
        const QByteArray other = token(header(alg, kid), greedy, key);
        const QByteArray forged = other.left(other.lastIndexOf('.')) + jwt.mid(dot);
        QCOMPARE(check(forged).status, JwtVerification::Status::InvalidSignature);
    }

    void algorithmsOutsideTheAllowListAreRefused_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::newRow("none") << QStringLiteral("none");
        QTest::newRow("HS256") << QStringLiteral("HS256");
        QTest::newRow("empty") << QString();
    }

    void algorithmsOutsideTheAllowListAreRefused()
    {
        QFETCH(QString, alg);
        const QByteArray jwt = token(header(alg, QStringLiteral("rsa-1")), claims(), nullptr);
        QCOMPARE(check(jwt).status, JwtVerification::Status::UnsupportedAlgorithm);
    }

    void keyTypeMustMatchTheAlgorithm()
    {
        // An RS256 header naming the EC key: algorithm confusion is refused.
        const QByteArray jwt =
            token(header(QStringLiteral("RS256"), QStringLiteral("ec-256")), claims(), m_rsa.key);
        QCOMPARE(check(jwt).status, JwtVerification::Status::KeyNotFound);
    }

    void unknownKidIsKeyNotFound()
    {
        const QByteArray jwt =
            token(header(QStringLiteral("RS256"), QStringLiteral("rotated")), claims(), m_rsa.key);
        const JwtVerification result = check(jwt);
        QCOMPARE(result.status, JwtVerification::Status::KeyNotFound);
        QVERIFY(result.message.contains(QStringLiteral("rotated")));
    }

    void weakRsaKeysAreNotTrusted()
    {
        const QByteArray jwt = token(header(QStringLiteral("RS256"), QStringLiteral("rsa-weak")),
                                     claims(), m_weakRsa.key);
        QCOMPARE(check(jwt).status, JwtVerification::Status::WeakKey);
    }

    void encryptionKeysAreNotUsedForSignatures()
    {
        QJsonObject encryption = m_rsa.jwk;
        encryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
        const QByteArray jwt =
            token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims(), m_rsa.key);
        const QJsonObject keys{{QStringLiteral("keys"), QJsonArray{encryption}}};
        QCOMPARE(JwtVerifier::verify(jwt, keys, {}, m_now).status,
                 JwtVerification::Status::KeyNotFound);
    }

    void keysForOtherOperationsOrAlgorithmsAreSkipped()
    {
        const QByteArray jwt =
            token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), claims(), m_rsa.key);
        QJsonObject wrapOnly = m_rsa.jwk;
        wrapOnly.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("wrapKey")});
        QCOMPARE(
            JwtVerifier::verify(jwt, {{QStringLiteral("keys"), QJsonArray{wrapOnly}}}, {}, m_now)
                .status,
            JwtVerification::Status::KeyNotFound);
        QJsonObject forPss = m_rsa.jwk;
        forPss.insert(QStringLiteral("alg"), QStringLiteral("PS256"));
        QCOMPARE(JwtVerifier::verify(jwt, {{QStringLiteral("keys"), QJsonArray{forPss}}}, {}, m_now)
                     .status,
                 JwtVerification::Status::KeyNotFound);
        QJsonObject declared = m_rsa.jwk;
        declared.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
        declared.insert(QStringLiteral("key_ops"), QJsonArray{QStringLiteral("verify")});
        QCOMPARE(
            JwtVerifier::verify(jwt, {{QStringLiteral("keys"), QJsonArray{declared}}}, {}, m_now)
                .status,
            JwtVerification::Status::Valid);
    }

    void withoutKidEveryKeyOfTheTypeIsTried()
    {
        // A second RSA key before the right one: a token without kid must
        // still verify, and one signed by neither must not.
        const TestKey other = rsaKey(2048, QStringLiteral("rsa-other"));
        QJsonObject first = other.jwk;
        first.remove(QStringLiteral("kid"));
        QJsonObject second = m_rsa.jwk;
        second.remove(QStringLiteral("kid"));
        const QJsonObject keys{{QStringLiteral("keys"), QJsonArray{first, second}}};
        const QJsonObject noKid{{QStringLiteral("alg"), QStringLiteral("RS256")}};
        QCOMPARE(JwtVerifier::verify(token(noKid, claims(), m_rsa.key), keys, {}, m_now).status,
                 JwtVerification::Status::Valid);
        const TestKey stranger = rsaKey(2048, QStringLiteral("rsa-stranger"));
        QCOMPARE(JwtVerifier::verify(token(noKid, claims(), stranger.key), keys, {}, m_now).status,
                 JwtVerification::Status::InvalidSignature);
        EVP_PKEY_free(other.key);
        EVP_PKEY_free(stranger.key);
    }

    void timesAreCheckedWithLeeway()
    {
        const auto rs = [this](const QJsonObject& body) {
            return token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), body, m_rsa.key);
        };
        QCOMPARE(check(rs(claims(-30))).status, JwtVerification::Status::Valid);
        QCOMPARE(check(rs(claims(-61))).status, JwtVerification::Status::Expired);
        QJsonObject future = claims();
        future.insert(QStringLiteral("nbf"), double(m_now.toSecsSinceEpoch() + 300));
        QCOMPARE(check(rs(future)).status, JwtVerification::Status::NotYetValid);
    }

    void issuerAndAudienceAreChecked()
    {
        QJsonObject body = claims();
        body.insert(QStringLiteral("aud"),
                    QJsonArray{QStringLiteral("other"), QStringLiteral("client-1")});
        const QByteArray jwt =
            token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), body, m_rsa.key);
        QCOMPARE(
            check(
                jwt,
                {QStringLiteral("https://idp.example"), QStringLiteral("client-1"), 60, {}, false})
                .status,
            JwtVerification::Status::Valid);
        QCOMPARE(
            check(jwt, {QStringLiteral("https://evil.example"), QString(), 60, {}, false}).status,
            JwtVerification::Status::WrongIssuer);
        QCOMPARE(check(jwt, {QString(), QStringLiteral("client-2"), 60, {}, false}).status,
                 JwtVerification::Status::WrongAudience);
        // As an ID token with two audiences it needs "azp" naming this app.
        QCOMPARE(check(jwt, {QString(), QStringLiteral("client-1"), 60, {}, true}).status,
                 JwtVerification::Status::WrongAuthorizedParty);
    }

    void idTokenNonceAndAuthorizedParty()
    {
        QJsonObject body = claims();
        body.insert(QStringLiteral("nonce"), QStringLiteral("n-1"));
        body.insert(QStringLiteral("azp"), QStringLiteral("client-1"));
        const QByteArray jwt =
            token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), body, m_rsa.key);
        QCOMPARE(
            check(jwt, {QString(), QStringLiteral("client-1"), 60, QStringLiteral("n-1"), true})
                .status,
            JwtVerification::Status::Valid);
        QCOMPARE(
            check(jwt, {QString(), QStringLiteral("client-1"), 60, QStringLiteral("n-2"), true})
                .status,
            JwtVerification::Status::WrongNonce);
        body.insert(QStringLiteral("azp"), QStringLiteral("client-9"));
        const QByteArray otherParty =
            token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), body, m_rsa.key);
        QCOMPARE(check(otherParty, {QString(), QStringLiteral("client-1"), 60, {}, true}).status,
                 JwtVerification::Status::WrongAuthorizedParty);
        // The claims alone, without a key set, for a token from the token endpoint.
        QCOMPARE(JwtVerifier::verifyClaimsOnly(
                     jwt, {QString(), QStringLiteral("client-1"), 60, QStringLiteral("n-2"), true},
                     m_now)
                     .status,
                 JwtVerification::Status::WrongNonce);
        // An ID token must say when it expires.
        body.remove(QStringLiteral("exp"));
        body.insert(QStringLiteral("azp"), QStringLiteral("client-1"));
        const QByteArray endless =
            token(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")), body, m_rsa.key);
        QCOMPARE(check(endless, {QString(), QStringLiteral("client-1"), 60, {}, true}).status,
                 JwtVerification::Status::Malformed);
        QCOMPARE(check(endless, {QString(), QStringLiteral("client-1"), 60, {}, false}).status,
                 JwtVerification::Status::Valid);
    }

    void unknownCriticalHeaderIsRefused()
    {
        QJsonObject critical = header(QStringLiteral("RS256"), QStringLiteral("rsa-1"));
        critical.insert(QStringLiteral("crit"), QJsonArray{QStringLiteral("exp-ext")});
        QCOMPARE(check(token(critical, claims(), m_rsa.key)).status,
                 JwtVerification::Status::UnknownCriticalHeader);
    }

    // 1e30 seconds is no date; casting it to an integer would be undefined
    // behaviour. Each time claim that is not a NumericDate fails cleanly.
    void impossibleDatesFailWithASentence_data()
    {
        QTest::addColumn<QString>("claim");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("huge exp") << QStringLiteral("exp") << QByteArray("1e30")
                                  << QStringLiteral("1e+30");
        QTest::newRow("hugely negative nbf")
            << QStringLiteral("nbf") << QByteArray("-1e30") << QStringLiteral("-1e+30");
        QTest::newRow("past qint64 as exp")
            << QStringLiteral("exp") << QByteArray("9223372036854775807")
            << QStringLiteral("9223372036854776000");
        QTest::newRow("NaN as text")
            << QStringLiteral("iat") << QByteArray("\"NaN\"") << QStringLiteral("\"NaN\"");
        QTest::newRow("Infinity as text") << QStringLiteral("exp") << QByteArray("\"Infinity\"")
                                          << QStringLiteral("\"Infinity\"");
    }

    void impossibleDatesFailWithASentence()
    {
        QFETCH(QString, claim);
        QFETCH(QByteArray, value);
        QFETCH(QString, shown);
        // Written by hand: the number must reach the verifier as the provider sent it.
        QByteArray body = QJsonDocument(claims()).toJson(QJsonDocument::Compact);
        if (claim == QLatin1String("exp")) {
            body = QJsonDocument(QJsonObject{{QStringLiteral("aud"), QStringLiteral("client-1")}})
                       .toJson(QJsonDocument::Compact);
        }
        body.chop(1);
        body += ",\"" + claim.toLatin1() + "\":" + value + '}';
        const QJsonObject head = header(QStringLiteral("RS256"), QStringLiteral("rsa-1"));
        const QByteArray input =
            Base64Url::encode(QJsonDocument(head).toJson(QJsonDocument::Compact)) + '.'
            + Base64Url::encode(body);
        const QByteArray jwt =
            input + '.' + Base64Url::encode(sign(QStringLiteral("RS256"), m_rsa.key, input));
        const JwtVerification verification = check(jwt);
        QCOMPARE(verification.status, JwtVerification::Status::Malformed);
        QCOMPARE(verification.message,
                 QStringLiteral("The \"%1\" claim (%2) is not a valid date.").arg(claim, shown));
        const JwtVerification claimsOnly = JwtVerifier::verifyClaimsOnly(jwt, {}, m_now);
        QCOMPARE(claimsOnly.status, JwtVerification::Status::Malformed);
    }

    void notAJwtIsMalformed()
    {
        QCOMPARE(check("opaque-token-value").status, JwtVerification::Status::Malformed);
        const JwtVerification jwe = check("a.b.c.d.e");
        QCOMPARE(jwe.status, JwtVerification::Status::Malformed);
        QVERIFY(jwe.message.contains(QStringLiteral("encrypted")));
        QCOMPARE(check("eyJhbGciOiJSUzI1NiJ9.bm90IGpzb24.sig").status,
                 JwtVerification::Status::Malformed);
        // Padding is not base64url: refused rather than guessed at.
        QCOMPARE(check("eyJhbGciOiJSUzI1NiJ9=.e30.c2ln").status,
                 JwtVerification::Status::Malformed);
    }

    void pssSaltMustBeAsLongAsTheHash_data()
    {
        QTest::addColumn<QString>("alg");
        QTest::addColumn<int>("hashBytes");
        QTest::newRow("PS256") << QStringLiteral("PS256") << 32;
        QTest::newRow("PS384") << QStringLiteral("PS384") << 48;
        QTest::newRow("PS512") << QStringLiteral("PS512") << 64;
    }

    void pssSaltMustBeAsLongAsTheHash()
    {
        // RFC 7518 §3.5: the salt is exactly as long as the hash. A signature
        // with another salt length is not a PSxxx signature, however valid
        // as RSA-PSS.
        QFETCH(QString, alg);
        QFETCH(int, hashBytes);
        const auto signedWithSalt = [&](int saltLength) {
            const QByteArray input =
                Base64Url::encode(QJsonDocument(header(alg, QStringLiteral("rsa-1")))
                                      .toJson(QJsonDocument::Compact))
                + '.' + Base64Url::encode(QJsonDocument(claims()).toJson(QJsonDocument::Compact));
            return input + '.' + Base64Url::encode(sign(alg, m_rsa.key, input, saltLength));
        };
        const JwtVerification right = check(signedWithSalt(hashBytes));
        QVERIFY2(right.isValid(), qPrintable(right.message));
        for (const int wrong : {0, hashBytes - 1, hashBytes + 1, int(RSA_PSS_SALTLEN_MAX)}) {
            QVERIFY2(check(signedWithSalt(wrong)).status
                         == JwtVerification::Status::InvalidSignature,
                     qPrintable(QStringLiteral("salt length %1").arg(wrong)));
        }
    }

    void paddedSegmentsAreRefused()
    {
        // RFC 7515 §2: base64url here has no "=" padding. A token with it is
        // not one a conforming issuer made; it is refused, not repaired, even
        // when the signature over the padded text checks out.
        const auto padded = [](QByteArray segment) {
            while (segment.size() % 4 != 0) {
                segment += '=';
            }
            return segment;
        };
        const auto encode = [](const QJsonObject& object) {
            return Base64Url::encode(QJsonDocument(object).toJson(QJsonDocument::Compact));
        };
        QJsonObject body = claims();
        // Claims whose encoding needs padding, so each case below has some.
        while (encode(body).size() % 4 == 0) {
            body.insert(QStringLiteral("pad"), body.value(QStringLiteral("pad")).toString() + u'x');
        }
        const QByteArray head = encode(header(QStringLiteral("RS256"), QStringLiteral("rsa-1")));
        const auto made = [&](bool padHead, bool padClaims, bool padSignature) {
            const QByteArray input = (padHead ? padded(head) : head) + '.'
                + (padClaims ? padded(encode(body)) : encode(body));
            const QByteArray signature =
                Base64Url::encode(sign(QStringLiteral("RS256"), m_rsa.key, input));
            return input + '.' + (padSignature ? padded(signature) : signature);
        };
        const JwtVerification plain = check(made(false, false, false));
        QVERIFY2(plain.isValid(), qPrintable(plain.message));
        QVERIFY(padded(head) != head);
        QVERIFY(made(false, false, true).endsWith('='));
        QCOMPARE(check(made(true, false, false)).status, JwtVerification::Status::Malformed);
        QCOMPARE(check(made(false, true, false)).status, JwtVerification::Status::Malformed);
        QCOMPARE(check(made(false, false, true)).status, JwtVerification::Status::Malformed);
        QCOMPARE(check(made(true, true, true)).status, JwtVerification::Status::Malformed);
    }
};

QTEST_GUILESS_MAIN(TestJwtVerifier)
#include "tst_jwtverifier.moc"
