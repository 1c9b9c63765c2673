// Plays the user's browser against the sandbox's sign-in and consent pages:
// reads the HTML forms and posts them the way a browser would, with cookies.
#pragma once

#include "HttpTestClient.h"

#include <QString>
#include <QUrl>

class BrowserSimulator
{
public:
    enum class Decision { Allow, Deny };

    struct Outcome
    {
        // Where the provider finally sent the browser (the app's callback),
        // empty when it showed a page instead.
        QUrl redirect;
        // The last page's status and HTML when there was no redirect.
        int status = 0;
        QString page;
    };

    explicit BrowserSimulator(HttpTestClient& client);

    Outcome signIn(const QUrl& authorizeUrl, const QString& username, const QString& password,
                   Decision decision);

    // The value of <input name="NAME" value="…"> in an HTML page.
    static QString formValue(const QString& html, const QString& name);
    // Where a provider sends the browser to refuse an authorization request
    // (RFC 6749 §4.1.2.1): the request's redirect_uri with error,
    // error_description and its state.
    static QUrl errorRedirect(const QUrl& authorizeUrl, const QString& error,
                              const QString& description);

private:
    Outcome consent(const QString& html, const QUrl& base, Decision decision);

    HttpTestClient& m_client;
};
