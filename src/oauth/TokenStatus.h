// Where a connection stands with its tokens, as the navigation's status dot
// and the inspector say it: signed in, expiring soon, expired, signed out.
#pragma once

#include "oauth/AccessTokenJob.h"
#include "oauth/TokenSet.h"

#include <QCoreApplication>

#include <chrono>

class TokenStatus
{
    Q_DECLARE_TR_FUNCTIONS(TokenStatus)

public:
    enum class State { SignedIn, ExpiringSoon, Expired, SignedOut };

    // "Expiring soon" starts when a request could no longer count on the
    // token: the same lead AccessTokenJob refreshes with.
    static constexpr std::chrono::seconds kExpiringSoon = AccessTokenJob::kRefreshLead;

    static State of(const TokenSet& tokens, const QDateTime& now);
    // "Signed in", "Expiring soon", "Expired", "Signed out".
    static QString name(State state);
    // A sentence with what happens next: "The access token expired 3 min
    // ago; the refresh token gets a new one on the next request."
    static QString describe(const TokenSet& tokens, const QDateTime& now);
};
