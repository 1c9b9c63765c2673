// The grantline-cli command words.
#include "CliCommands.h"

#include "ConnectionCommands.h"
#include "LoadCommands.h"
#include "PipelineCommands.h"
#include "SignInCommands.h"
#include "TokenCommands.h"

namespace {

int importFile(CliSession& session, const QStringList& rest)
{
    // import --dlt reads a dlt config; otherwise a JSON-lines file is loaded.
    if (rest.contains(QLatin1String("--dlt"))) {
        return PipelineCommands(session).importDlt(rest);
    }
    return LoadCommands(session).importJsonLines(rest);
}

const CliCommands::Command kCommands[] = {
    {"connection",
     "connection add NAME --provider aps|oidc|manual|sandbox --client-id ID [--issuer URL]\n"
     "    [--client-type public|confidential|server] [--client-secret-stdin] [--scope S]...\n"
     "    [--redirect-uri URI] [--token-auth basic|post|none] [--grant NAME]\n"
     "    [--token-param NAME=VALUE]... [--authorize-url|--token-url|--jwks-url|\n"
     "    --introspect-url|--revoke-url|--userinfo-url|--logout-url URL]...\n"
     "connection list\n"
     "connection show NAME\n"
     "connection remove NAME",
     QT_TRANSLATE_NOOP("CliCommands", "Add, list, show or remove a connection to a provider."),
     [](CliSession& session, const QStringList& rest) {
         return ConnectionCommands(session).run(rest);
     }},
    {"login", "login NAME [--no-browser]",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Sign in (browser, loopback redirect, PKCE) or fetch an app's token."),
     [](CliSession& session, const QStringList& rest) {
         return SignInCommands(session).login(rest);
     }},
    {"logout", "logout NAME",
     QT_TRANSLATE_NOOP("CliCommands", "Revoke and forget the tokens; print the logout page."),
     [](CliSession& session, const QStringList& rest) {
         return SignInCommands(session).logout(rest);
     }},
    {"token",
     "token show NAME [--json] [--reveal]\n"
     "token verify NAME\n"
     "token refresh NAME\n"
     "token revoke NAME [--access|--refresh|--all]\n"
     "token introspect NAME [--refresh] [--json]",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Show, verify, refresh, revoke or introspect a connection's tokens."),
     [](CliSession& session, const QStringList& rest) { return TokenCommands(session).run(rest); }},
    {"pipelines", "pipelines [--json]",
     QT_TRANSLATE_NOOP("CliCommands",
                       "List the pipelines in the Grantline home; extract, run and export take "
                       "their names as well as paths (a path that exists wins)."),
     [](CliSession& session, const QStringList& rest) {
         return PipelineCommands(session).list(rest);
     }},
    {"extract",
     "extract PIPELINE.json [--resource NAME]... [--limit N]\n"
     "    [--concurrent-requests N] [--requests-per-minute N]",
     QT_TRANSLATE_NOOP("CliCommands", "Print a pipeline's records as JSON lines."),
     [](CliSession& session, const QStringList& rest) {
         return PipelineCommands(session).extract(rest);
     }},
    {"run",
     "run PIPELINE.json [--db FILE] [--resource NAME]... [--full-refresh] [--json]\n"
     "    [--concurrent-requests N] [--requests-per-minute N]",
     QT_TRANSLATE_NOOP("CliCommands", "Extract a pipeline and load it into SQLite."),
     [](CliSession& session, const QStringList& rest) { return LoadCommands(session).run(rest); }},
    {"import",
     "import FILE.jsonl --db FILE --table NAME [--primary-key COL]...\n"
     "    [--write-disposition append|replace|merge] [--pipeline NAME] [--json]\n"
     "import --dlt CONFIG.json --name PIPELINE [--output PIPELINE.json]\n"
     "    [--destination FILE.sqlite]",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Load a JSON-lines file into SQLite, or turn a dlt config into a "
                       "pipeline file."),
     importFile},
    {"schema", "schema --db FILE [--json]",
     QT_TRANSLATE_NOOP("CliCommands", "Show the tables and columns a SQLite file holds."),
     [](CliSession& session, const QStringList& rest) {
         return LoadCommands(session).schema(rest);
     }},
    {"preset",
     "preset NAME --connection NAME [--output PIPELINE.json]\n"
     "preset list",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Write a built-in pipeline file (\"sandbox\", \"aps-data-management\") "
                       "for one of your connections."),
     [](CliSession& session, const QStringList& rest) {
         return PipelineCommands(session).preset(rest);
     }},
    {"export", "export --dlt PIPELINE.json [--output SCRIPT.py]",
     QT_TRANSLATE_NOOP("CliCommands", "Write a pipeline as a dlt Python script."),
     [](CliSession& session, const QStringList& rest) {
         return PipelineCommands(session).exportDlt(rest);
     }},
    {"secret",
     "secret set NAME (the value on standard input)\n"
     "secret remove NAME",
     QT_TRANSLATE_NOOP("CliCommands",
                       "Keep or forget a secret that pipeline files name as {secrets.NAME}."),
     [](CliSession& session, const QStringList& rest) {
         return PipelineCommands(session).secret(rest);
     }},
};

bool asksForHelp(const QStringList& arguments)
{
    return arguments.contains(QLatin1String("--help")) || arguments.contains(QLatin1String("-h"));
}

} // namespace

CliCommands::CliCommands(const QString& home, std::unique_ptr<SecretStore> secrets)
    : m_session(home, std::move(secrets))
{ }

std::span<const CliCommands::Command> CliCommands::commands()
{
    return kCommands;
}

QString CliCommands::commandList()
{
    qsizetype width = 0;
    for (const Command& command : commands()) {
        width = qMax(width, qsizetype(qstrlen(command.name)));
    }
    QString text = tr("Commands:") + u'\n';
    for (const Command& command : commands()) {
        text += QStringLiteral("  %1  %2\n")
                    .arg(QLatin1String(command.name), -int(width))
                    .arg(tr(command.summary));
    }
    return text + tr("\"grantline-cli COMMAND --help\" shows a command's options.");
}

int CliCommands::showHelp(const Command& command)
{
    QTextStream& out = m_session.out();
    const QStringList lines = QString::fromLatin1(command.synopsis).split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool continued = lines.at(i).startsWith(u' ');
        out << (i == 0 ? tr("Usage:") : QString(tr("Usage:").size(), u' ')) << ' '
            << (continued ? QString() : QStringLiteral("grantline-cli ")) << lines.at(i) << '\n';
    }
    out << '\n' << tr(command.summary) << Qt::endl;
    return CliSession::Success;
}

int CliCommands::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return m_session.usage(tr("no command given; see --help."));
    }
    const QString word = arguments.first();
    const QStringList rest = arguments.mid(1);
    for (const Command& command : commands()) {
        if (word == QLatin1String(command.name)) {
            return asksForHelp(rest) ? showHelp(command) : command.run(m_session, rest);
        }
    }
    return m_session.usage(tr("unknown command \"%1\"; see --help.").arg(word));
}
