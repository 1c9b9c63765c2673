#include "settings/AppSettings.h"

#include <QSettings>

namespace {
const QString kRedirectPortKey = QStringLiteral("signIn/redirectPort");
const QString kBrowserKey = QStringLiteral("signIn/browser");
const QString kLanguageKey = QStringLiteral("interface/language");
const QString kCopyLinkValue = QStringLiteral("copy-link");
} // namespace

int AppSettings::redirectPort()
{
    const int port = QSettings().value(kRedirectPortKey, kDefaultRedirectPort).toInt();
    return port >= 1 && port <= 65535 ? port : kDefaultRedirectPort;
}

void AppSettings::setRedirectPort(int port)
{
    QSettings().setValue(kRedirectPortKey, port);
}

AppSettings::BrowserChoice AppSettings::browserChoice()
{
    return QSettings().value(kBrowserKey).toString() == kCopyLinkValue ? BrowserChoice::CopyLink
                                                                       : BrowserChoice::System;
}

void AppSettings::setBrowserChoice(BrowserChoice choice)
{
    QSettings().setValue(
        kBrowserKey, choice == BrowserChoice::CopyLink ? kCopyLinkValue : QStringLiteral("system"));
}

QString AppSettings::language()
{
    return QSettings().value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguageKey, language);
}
