#include "oauth/TokenStatus.h"

#include "oauth/TokenInspection.h"

TokenStatus::State TokenStatus::of(const TokenSet& tokens, const QDateTime& now)
{
    if (tokens.accessToken.isEmpty()) {
        return tokens.refreshToken.isEmpty() ? State::SignedOut : State::Expired;
    }
    if (!tokens.hasKnownExpiry()) {
        return State::SignedIn;
    }
    const qint64 left = now.secsTo(tokens.expiresAt);
    if (left <= 0) {
        return State::Expired;
    }
    return left <= kExpiringSoon.count() ? State::ExpiringSoon : State::SignedIn;
}

QString TokenStatus::name(State state)
{
    switch (state) {
    case State::SignedIn:
        return tr("Signed in");
    case State::ExpiringSoon:
        return tr("Expiring soon");
    case State::Expired:
        return tr("Expired");
    case State::SignedOut:
        break;
    }
    return tr("Signed out");
}

QString TokenStatus::describe(const TokenSet& tokens, const QDateTime& now)
{
    const State state = of(tokens, now);
    if (state == State::SignedOut) {
        return tr("Signed out: sign in again to use this connection.");
    }
    const QString renewal = tokens.refreshToken.isEmpty()
        ? tr("There is no refresh token: sign in again when it has expired.")
        : tr("The refresh token gets a new one when it is needed.");
    if (tokens.accessToken.isEmpty()) {
        return tr("There is no access token. %1").arg(renewal);
    }
    return tr("The access token %1. %2")
        .arg(TokenInspection::expiryText(tokens.expiresAt, now), renewal);
}
