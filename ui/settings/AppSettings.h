// The preferences a person sets in the Settings dialog, kept in QSettings.
// Never a secret: those are in the keychain.
#pragma once

#include <QCoreApplication>
#include <QString>

class AppSettings
{
    Q_DECLARE_TR_FUNCTIONS(AppSettings)

public:
    enum class BrowserChoice {
        // Open the sign-in page in the system's default browser.
        System,
        // Copy the sign-in address to the clipboard; the person opens it where
        // they like (another browser profile, another machine's browser).
        CopyLink,
    };

    // The port a new loopback callback URL uses when the provider needs a
    // fixed one (APS); other providers take any free port unless told.
    static constexpr int kDefaultRedirectPort = 8080;

    static int redirectPort();
    static void setRedirectPort(int port);

    static BrowserChoice browserChoice();
    static void setBrowserChoice(BrowserChoice choice);

    // An ISO 639 code, or empty for the system's language.
    static QString language();
    static void setLanguage(const QString& language);
};
