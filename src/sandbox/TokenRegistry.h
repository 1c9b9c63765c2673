// What the sandbox has issued: authorization codes, access tokens (by jti) and
// refresh tokens, grouped into grant families so that revocation and refresh
// rotation reach every token of one sign-in.
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

class TokenRegistry
{
public:
    struct Grant
    {
        QString clientId;
        // Empty for client-credentials (2-legged) tokens.
        QString userId;
        QStringList scopes;
        // One sign-in and everything refreshed from it.
        QString family;
    };

    struct PendingCode
    {
        Grant grant;
        QString redirectUri;
        QString codeChallenge;
        QString nonce;
        qint64 expiresAt = 0;
        bool redeemed = false;
    };

    struct RefreshToken
    {
        Grant grant;
        qint64 expiresAt = 0;
        bool active = true;
    };

    struct AccessToken
    {
        Grant grant;
        qint64 expiresAt = 0;
        bool revoked = false;
    };

    enum class Redemption { Redeemed, Unknown, Expired, AlreadyRedeemed };

    static QString randomToken(int bytes);

    QString issueCode(const PendingCode& code);
    // Marks the code used. A second redemption revokes every token the first
    // one produced (RFC 6749 §4.1.2).
    Redemption redeemCode(const QString& code, qint64 now, PendingCode* result);

    QString issueRefreshToken(const Grant& grant, qint64 expiresAt);
    // The live refresh token, or nullptr when unknown, rotated out, revoked or expired.
    const RefreshToken* activeRefreshToken(const QString& token, qint64 now) const;
    // Kills the old refresh token at once (rotation).
    void retireRefreshToken(const QString& token);

    void recordAccessToken(const QString& jti, const Grant& grant, qint64 expiresAt);
    const AccessToken* accessToken(const QString& jti) const;
    bool isAccessTokenActive(const QString& jti, qint64 now) const;

    void revokeAccessToken(const QString& jti);
    // Revoking a refresh token ends its whole family when cascade is true.
    void revokeRefreshToken(const QString& token, bool cascade);
    void revokeFamily(const QString& family);
    void revokeEverything();

    // Forgets codes and tokens that expired before `now`, so that a sandbox
    // running for days keeps a bounded memory.
    void forgetExpired(qint64 now);

    int accessTokensIssued() const;
    int refreshTokensIssued() const;

private:
    QHash<QString, PendingCode> m_codes;
    QHash<QString, RefreshToken> m_refreshTokens;
    QHash<QString, AccessToken> m_accessTokens;
    int m_accessTokensIssued = 0;
    int m_refreshTokensIssued = 0;
    qint64 m_lastPruned = 0;
};
