// The connection the wizard is putting together. It lives only in the
// wizard's memory until sign-in succeeds; then the secrets go to the keychain
// and the connection file is written, in that order, or neither stays.
#pragma once

#include "oauth/Connection.h"
#include "oauth/TokenSet.h"

#include <QJsonObject>
#include <QStringList>

struct ConnectionDraft
{
    Connection connection;
    // The provider's metadata as discovery found it (empty for APS and
    // manual endpoints).
    QJsonObject metadata;
    QStringList discoveryWarnings;
    // Only in memory until it is written with the tokens.
    QString clientSecret;
    TokenSet tokens;
    // Who signed in, as the provider names them.
    QString userName;
};
