// Everything secret about one connection, kept as one versioned keychain
// entry (so one keychain call reads or replaces all of it): the client secret
// and the current tokens.
#pragma once

#include "oauth/TokenSet.h"

#include <QByteArray>
#include <QString>
#include <optional>

struct ConnectionSecrets
{
    QString clientSecret;
    TokenSet tokens;

    QByteArray serialize() const;
    // nullopt when the entry is not a blob this Grantline wrote.
    static std::optional<ConnectionSecrets> parse(const QByteArray& blob);
    // The keychain key for a connection.
    static QString keyFor(const QString& connectionName);
};
