// grantline-cli token show|verify|refresh|revoke|introspect.
#pragma once

#include "CliSession.h"

class TokenCommands
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommands)

public:
    explicit TokenCommands(CliSession& session);

    int run(const QStringList& arguments);

private:
    int revoke(const QStringList& arguments);
    int show(const QStringList& arguments);
    int verify(const QString& name);
    int refresh(const QString& name);
    int introspect(const QStringList& arguments);

    // The connection and its stored tokens, or nullopt with the reason printed.
    struct Signed
    {
        Connection connection;
        ConnectionSecrets secrets;
    };
    std::optional<Signed> signedIn(const QString& name);

    CliSession& m_session;
};
