// The grantline-cli command words.
#include "CliCommands.h"

#include "ConnectionCommands.h"
#include "LoadCommands.h"
#include "PipelineCommands.h"
#include "SignInCommands.h"
#include "TokenCommands.h"

CliCommands::CliCommands(const QString& home, std::unique_ptr<SecretStore> secrets)
    : m_session(home, std::move(secrets))
{ }

int CliCommands::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return m_session.usage(tr("no command given; see --help."));
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("connection")) {
        return ConnectionCommands(m_session).run(rest);
    }
    if (command == QLatin1String("login")) {
        return SignInCommands(m_session).login(rest);
    }
    if (command == QLatin1String("logout")) {
        return SignInCommands(m_session).logout(rest);
    }
    if (command == QLatin1String("extract")) {
        return PipelineCommands(m_session).extract(rest);
    }
    if (command == QLatin1String("export")) {
        return PipelineCommands(m_session).exportDlt(rest);
    }
    if (command == QLatin1String("import")) {
        // import --dlt reads a dlt config; otherwise a JSON-lines file is loaded.
        if (rest.contains(QLatin1String("--dlt"))) {
            return PipelineCommands(m_session).importDlt(rest);
        }
        return LoadCommands(m_session).importJsonLines(rest);
    }
    if (command == QLatin1String("run")) {
        return LoadCommands(m_session).run(rest);
    }
    if (command == QLatin1String("schema")) {
        return LoadCommands(m_session).schema(rest);
    }
    if (command == QLatin1String("secret")) {
        return PipelineCommands(m_session).secret(rest);
    }
    if (command == QLatin1String("token")) {
        return TokenCommands(m_session).run(rest);
    }
    return m_session.usage(tr("unknown command \"%1\"; see --help.").arg(command));
}
