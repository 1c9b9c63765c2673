#include "sandbox/TokenRegistry.h"

#include "core/Base64Url.h"

#include <QRandomGenerator>

QString TokenRegistry::randomToken(int bytes)
{
    QByteArray random(bytes, '\0');
    QRandomGenerator::system()->generate(random.begin(), random.end());
    return QString::fromLatin1(Base64Url::encode(random));
}

QString TokenRegistry::issueCode(const PendingCode& code)
{
    // 30 random bytes give the 40 characters APS codes have.
    const QString value = randomToken(30);
    m_codes.insert(value, code);
    return value;
}

TokenRegistry::Redemption TokenRegistry::redeemCode(const QString& code, qint64 now,
                                                    PendingCode* result)
{
    const auto found = m_codes.find(code);
    if (found == m_codes.end()) {
        return Redemption::Unknown;
    }
    if (found->redeemed) {
        revokeFamily(found->grant.family);
        return Redemption::AlreadyRedeemed;
    }
    found->redeemed = true;
    if (now >= found->expiresAt) {
        return Redemption::Expired;
    }
    *result = *found;
    return Redemption::Redeemed;
}

QString TokenRegistry::issueRefreshToken(const Grant& grant, qint64 expiresAt)
{
    const QString token = randomToken(32);
    m_refreshTokens.insert(token, RefreshToken{grant, expiresAt, true});
    ++m_refreshTokensIssued;
    return token;
}

const TokenRegistry::RefreshToken* TokenRegistry::activeRefreshToken(const QString& token,
                                                                     qint64 now) const
{
    const auto found = m_refreshTokens.constFind(token);
    if (found == m_refreshTokens.constEnd() || !found->active || now >= found->expiresAt) {
        return nullptr;
    }
    return &found.value();
}

void TokenRegistry::retireRefreshToken(const QString& token)
{
    // Forgotten, not kept: an unknown refresh token is refused just the same.
    m_refreshTokens.remove(token);
}

void TokenRegistry::recordAccessToken(const QString& jti, const Grant& grant, qint64 expiresAt)
{
    m_accessTokens.insert(jti, AccessToken{grant, expiresAt, false});
    ++m_accessTokensIssued;
}

const TokenRegistry::AccessToken* TokenRegistry::accessToken(const QString& jti) const
{
    const auto found = m_accessTokens.constFind(jti);
    return found == m_accessTokens.constEnd() ? nullptr : &found.value();
}

bool TokenRegistry::isAccessTokenActive(const QString& jti, qint64 now) const
{
    const AccessToken* token = accessToken(jti);
    return token && !token->revoked && now < token->expiresAt;
}

void TokenRegistry::revokeAccessToken(const QString& jti)
{
    const auto found = m_accessTokens.find(jti);
    if (found != m_accessTokens.end()) {
        found->revoked = true;
    }
}

void TokenRegistry::revokeRefreshToken(const QString& token, bool cascade)
{
    const auto found = m_refreshTokens.find(token);
    if (found == m_refreshTokens.end()) {
        return;
    }
    found->active = false;
    if (cascade) {
        revokeFamily(found->grant.family);
    }
}

void TokenRegistry::revokeFamily(const QString& family)
{
    if (family.isEmpty()) {
        return;
    }
    for (auto& token : m_refreshTokens) {
        if (token.grant.family == family) {
            token.active = false;
        }
    }
    for (auto& token : m_accessTokens) {
        if (token.grant.family == family) {
            token.revoked = true;
        }
    }
}

void TokenRegistry::revokeEverything()
{
    for (auto& token : m_refreshTokens) {
        token.active = false;
    }
    for (auto& token : m_accessTokens) {
        token.revoked = true;
    }
}

void TokenRegistry::forgetExpired(qint64 now)
{
    // Once a minute is plenty; expiry checks never depend on pruning.
    if (now - m_lastPruned < 60) {
        return;
    }
    m_lastPruned = now;
    m_codes.removeIf([now](const auto& entry) { return entry.value().expiresAt <= now; });
    m_refreshTokens.removeIf([now](const auto& entry) { return entry.value().expiresAt <= now; });
    m_accessTokens.removeIf([now](const auto& entry) { return entry.value().expiresAt <= now; });
}

int TokenRegistry::accessTokensIssued() const
{
    return m_accessTokensIssued;
}

int TokenRegistry::refreshTokensIssued() const
{
    return m_refreshTokensIssued;
}
