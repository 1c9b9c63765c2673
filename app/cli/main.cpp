// grantline-cli: the engine without a window, for scripts, cron and CI.
// Exit codes: 0 success, 1 failure (one line on stderr), 2 usage error.
#include "core/ApplicationIdentity.h"
#include "core/TranslationLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {
constexpr int kUsageError = 2;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply(QStringLiteral("grantline-cli"));
    TranslationLoader translations;
    translations.load(QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Grantline without a window: the same connections, pipelines and keychain "
        "entries as the desktop app."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("main", "The command to run."));
    parser.process(app);

    QTextStream err(stderr);
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty()) {
        err << QCoreApplication::translate("main",
                                           "grantline-cli: no command given; see "
                                           "--help.")
            << Qt::endl;
        return kUsageError;
    }
    err << QCoreApplication::translate("main", "grantline-cli: unknown command \"%1\"; see --help.")
               .arg(arguments.first())
        << Qt::endl;
    return kUsageError;
}
