// The apps the sandbox knows, and the rule that decides whether a redirect URI
// matches one of an app's callback URLs.
#pragma once

#include "sandbox/RegisteredApp.h"

#include <QList>

class AppRegistry
{
public:
    // The three apps every sandbox starts with (desktop, web, server).
    static AppRegistry withDefaultApps();

    void add(const RegisteredApp& app);
    // Adds the apps of a JSON file ({"apps":[…]} or […]); false with a sentence
    // naming the file and the field on error.
    bool loadFile(const QString& path, QString* errorString);

    const RegisteredApp* find(const QString& clientId) const;
    const QList<RegisteredApp>& apps() const;

    // RFC 8252 §7.3: a loopback callback matches on any port unless strict,
    // which is how APS behaves (exact string match).
    void setStrictCallbacks(bool strict);
    bool isRegisteredCallback(const RegisteredApp& app, const QString& redirectUri) const;
    bool isRegisteredLogoutUrl(const RegisteredApp& app, const QString& url) const;

private:
    bool matchesIgnoringLoopbackPort(const QUrl& registered, const QUrl& requested) const;

    QList<RegisteredApp> m_apps;
    bool m_strictCallbacks = false;
};
