// grantline-cli: the engine without a window, for scripts, cron and CI.
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.
#include "CliCommands.h"
#include "core/ApplicationIdentity.h"
#include "core/TerminalText.h"
#include "core/TranslationLoader.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

namespace {

// Log lines (QT_LOGGING_RULES) may quote what a provider or an API sent:
// filtered like every other message.
void printLogMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString line = TerminalText::sanitize(qFormatLogMessage(type, context, message));
    std::fprintf(stderr, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stderr);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qInstallMessageHandler(printLogMessage);
    // Failures reach stderr as one sentence from the command; the engine's own
    // warnings would repeat them. QT_LOGGING_RULES turns them back on.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES")) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("grantline.*.info=false\ngrantline.*.warning=false"));
    }
    ApplicationIdentity::apply(QStringLiteral("grantline-cli"));
    TranslationLoader translations;
    translations.load(QLocale());

    QCommandLineParser parser;
    // The command list comes from the dispatcher's own table.
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Grantline without a window: the same connections, "
                                    "pipelines and keychain entries as the desktop app.")
        + QStringLiteral("\n\n") + CliCommands::commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption home(
        QStringLiteral("home"),
        QCoreApplication::translate("main",
                                    "Keep connections in this folder instead of the "
                                    "app data folder (or $GRANTLINE_HOME)."),
        QStringLiteral("dir"));
    parser.addOption(home);
    const QCommandLineOption sessionOnly(
        QStringLiteral("session-only"),
        QCoreApplication::translate("main",
                                    "Keep secrets in memory until the command ends instead of "
                                    "in the system keychain (for machines without one). No "
                                    "secret is written to disk."));
    parser.addOption(sessionOnly);
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate("main", "One of the commands above, then its options."));
    // Everything after the command belongs to the command.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    parser.process(app);

    std::unique_ptr<SecretStore> secrets;
    if (parser.isSet(sessionOnly)) {
        // Chosen by the user, never a silent fallback.
        secrets = std::make_unique<MemorySecretStore>();
    } else {
        secrets = std::make_unique<KeychainSecretStore>();
    }
    CliCommands commands(parser.isSet(home) ? parser.value(home) : ConnectionStore::defaultHome(),
                         std::move(secrets));
    return commands.run(parser.positionalArguments());
}
