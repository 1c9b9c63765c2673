// grantline: the desktop application.
#include "common/AppContext.h"
#include "core/ApplicationIdentity.h"
#include "core/Version.h"
#include "mainwindow/MainWindow.h"
#include "oauth/ConnectionStore.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>

#include <memory>

namespace {

// --help and --version print and exit; they must work on a machine without a
// display, so they get a QCoreApplication instead of a QApplication.
std::unique_ptr<QCoreApplication> createApplication(int& argc, char** argv)
{
    if (ApplicationIdentity::asksOnlyForInformation(argc, argv)) {
        return std::make_unique<QCoreApplication>(argc, argv);
    }
    auto app = std::make_unique<QApplication>(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Grantline"));
    QGuiApplication::setDesktopFileName(QLatin1String(Grantline::kAppId));
    return app;
}

} // namespace

int main(int argc, char** argv)
{
    const std::unique_ptr<QCoreApplication> app = createApplication(argc, argv);
    ApplicationIdentity::apply(QStringLiteral("grantline"));
    AppContext context(ConnectionStore::defaultHome(), std::make_unique<KeychainSecretStore>());
    context.applyLanguage();

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "Sign in to OAuth-protected REST APIs, load their data into SQLite and "
        "browse it."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(*app);

    MainWindow window(&context);
    window.showAtStart();
    return app->exec();
}
