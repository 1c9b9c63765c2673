// The names every Grantline executable shares, so QSettings and
// QStandardPaths put files in the same place for the GUI and the CLI.
#pragma once

#include <QString>

class QCommandLineParser;

namespace ApplicationIdentity {
// Sets organization, application name and version on the running application.
void apply(const QString& applicationName);
// True when the command line only asks for --help or --version, which must
// work without a display.
bool asksOnlyForInformation(int argc, char** argv);
} // namespace ApplicationIdentity
