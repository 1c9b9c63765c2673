// grantline-cli login and logout.
#pragma once

#include "CliSession.h"

#include <QUrl>

class SignInCommands
{
    Q_DECLARE_TR_FUNCTIONS(SignInCommands)

public:
    explicit SignInCommands(CliSession& session);

    int login(const QStringList& arguments);
    int logout(const QStringList& arguments);

private:
    // The browser flow; false with the reason printed.
    bool signIn(const Connection& connection, const QString& clientSecret, bool printOnly,
                TokenSet* tokens);
    bool openBrowser(const QUrl& url);
    static void waitForBrowserAnswer();

    CliSession& m_session;
};
