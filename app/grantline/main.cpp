// grantline: the desktop application.
#include "core/ApplicationIdentity.h"
#include "core/TranslationLoader.h"
#include "mainwindow/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

namespace {

void describe(QCommandLineParser& parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Sign in to OAuth-protected REST APIs, load their data into SQLite and "
        "browse it."));
    parser.addHelpOption();
    parser.addVersionOption();
}

// --help and --version print and exit; they must work on a machine without a
// display, so they run on a QCoreApplication.
int printInformation(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply(QStringLiteral("grantline"));
    TranslationLoader translations;
    translations.load(QLocale());
    QCommandLineParser parser;
    describe(parser);
    parser.process(app);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    if (ApplicationIdentity::asksOnlyForInformation(argc, argv)) {
        return printInformation(argc, argv);
    }
    QApplication app(argc, argv);
    ApplicationIdentity::apply(QStringLiteral("grantline"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Grantline"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.grantline.Grantline"));
    TranslationLoader translations;
    translations.load(QLocale());

    QCommandLineParser parser;
    describe(parser);
    parser.process(app);

    MainWindow window;
    window.show();
    return app.exec();
}
