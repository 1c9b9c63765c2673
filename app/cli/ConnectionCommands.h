// grantline-cli connection add|list|show|remove.
#pragma once

#include "CliSession.h"

class QCommandLineParser;

class ConnectionCommands
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionCommands)

public:
    explicit ConnectionCommands(CliSession& session);

    int run(const QStringList& arguments);

private:
    int add(const QStringList& arguments);
    int list();
    int show(const QString& name);
    int remove(const QString& name);

    // Fills the registration from the options; a usage message when they
    // do not make sense together.
    QString readClient(const QCommandLineParser& parser, ClientRegistration* client) const;
    // The provider's endpoints: preset, typed in, or discovered.
    int findEndpoints(const QCommandLineParser& parser, Connection* connection);

    CliSession& m_session;
};
