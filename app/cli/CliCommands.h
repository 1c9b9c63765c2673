// The grantline-cli commands: reads the command word and hands the rest to
// the command group that owns it. Exit codes: 0 done, 1 failed with one line
// on stderr, 2 usage error.
#pragma once

#include "CliSession.h"

#include <span>

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    using ExitCode = CliSession::ExitCode;

    // One command word. The dispatcher and --help read the same table, so a
    // command cannot be accepted without being listed.
    struct Command
    {
        const char* name;
        // Usage lines after "grantline-cli ", separated by '\n'.
        const char* synopsis;
        // One line, translated in the CliCommands context.
        const char* summary;
        int (*run)(CliSession& session, const QStringList& arguments);
    };

    CliCommands(const QString& home, std::unique_ptr<SecretStore> secrets);

    static std::span<const Command> commands();
    // "Commands:" and one line per command, for the program's --help.
    static QString commandList();

    // arguments: the command and its options, without the program name.
    int run(const QStringList& arguments);

private:
    // COMMAND --help: its usage lines and summary on stdout.
    int showHelp(const Command& command);

    CliSession m_session;
};
