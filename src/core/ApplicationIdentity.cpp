#include "core/ApplicationIdentity.h"

#include "core/Version.h"

#include <QCoreApplication>

#include <cstring>

namespace ApplicationIdentity {

void apply(const QString& applicationName)
{
    QCoreApplication::setOrganizationName(QLatin1String(Grantline::kOrganizationName));
    QCoreApplication::setOrganizationDomain(QLatin1String(Grantline::kOrganizationDomain));
    QCoreApplication::setApplicationName(applicationName);
    QCoreApplication::setApplicationVersion(QLatin1String(Grantline::kVersion));
}

bool asksOnlyForInformation(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        if (std::strcmp(arg, "-h") == 0 || std::strcmp(arg, "--help") == 0
            || std::strcmp(arg, "--help-all") == 0 || std::strcmp(arg, "-v") == 0
            || std::strcmp(arg, "--version") == 0) {
            return true;
        }
    }
    return false;
}

} // namespace ApplicationIdentity
