// grantline-sandbox: a local OAuth 2.0 / OIDC provider and data API for
// offline use and tests.
#include "core/ApplicationIdentity.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply(QStringLiteral("grantline-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main",
        "A local APS-style OAuth 2.0 / OpenID Connect provider and data API, so "
        "Grantline works offline and without an account."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    QTextStream(stderr) << QCoreApplication::translate(
        "main",
        "grantline-sandbox: the sandbox server is not part of "
        "this build yet.")
                        << Qt::endl;
    return 1;
}
