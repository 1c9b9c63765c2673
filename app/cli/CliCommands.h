// The grantline-cli commands: reads the command word and hands the rest to
// the command group that owns it. Exit codes: 0 done, 1 failed with one line
// on stderr, 2 usage error.
#pragma once

#include "CliSession.h"

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    using ExitCode = CliSession::ExitCode;

    CliCommands(const QString& home, std::unique_ptr<SecretStore> secrets);

    // arguments: the command and its options, without the program name.
    int run(const QStringList& arguments);

private:
    CliSession m_session;
};
