#include "sandbox/AppRegistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

QStringList defaultCallbacks()
{
    return {QStringLiteral("http://127.0.0.1/callback"),
            QStringLiteral("http://localhost:8765/callback"),
            QStringLiteral("http://[::1]/callback")};
}

bool isLoopbackHost(const QString& host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost")
        || host == QLatin1String("::1");
}

} // namespace

AppRegistry AppRegistry::withDefaultApps()
{
    AppRegistry registry;
    RegisteredApp desktop;
    desktop.name = QStringLiteral("Desktop");
    desktop.type = RegisteredApp::Type::Public;
    desktop.clientId = QStringLiteral("sandbox-desktop-app");
    desktop.callbackUrls = defaultCallbacks();
    desktop.logoutUrls = {QStringLiteral("http://127.0.0.1/signed-out")};
    registry.add(desktop);

    RegisteredApp web;
    web.name = QStringLiteral("Traditional Web App");
    web.type = RegisteredApp::Type::Confidential;
    web.clientId = QStringLiteral("sandbox-web-app");
    web.clientSecret = QStringLiteral("sandbox-web-secret");
    web.callbackUrls = defaultCallbacks();
    web.logoutUrls = desktop.logoutUrls;
    registry.add(web);

    RegisteredApp server;
    server.name = QStringLiteral("Server-to-Server");
    server.type = RegisteredApp::Type::ServerToServer;
    server.clientId = QStringLiteral("sandbox-server-app");
    server.clientSecret = QStringLiteral("sandbox-server-secret");
    registry.add(server);
    return registry;
}

void AppRegistry::add(const RegisteredApp& app)
{
    m_apps.removeIf([&app](const RegisteredApp& known) { return known.clientId == app.clientId; });
    m_apps.append(app);
}

bool AppRegistry::loadFile(const QString& path, QString* errorString)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *errorString = QStringLiteral("%1 is not valid JSON: %2 at offset %3")
                           .arg(path, parseError.errorString())
                           .arg(parseError.offset);
        return false;
    }
    const QJsonArray apps = document.isArray()
        ? document.array()
        : document.object().value(QStringLiteral("apps")).toArray();
    QList<RegisteredApp> loaded;
    for (int i = 0; i < apps.size(); ++i) {
        RegisteredApp app;
        QString error;
        if (!RegisteredApp::fromJson(apps.at(i).toObject(), &app, &error)) {
            *errorString = QStringLiteral("%1: apps[%2]: %3").arg(path).arg(i).arg(error);
            return false;
        }
        loaded.append(app);
    }
    for (const RegisteredApp& app : loaded) {
        add(app);
    }
    return true;
}

const RegisteredApp* AppRegistry::find(const QString& clientId) const
{
    for (const RegisteredApp& app : m_apps) {
        if (app.clientId == clientId) {
            return &app;
        }
    }
    return nullptr;
}

const QList<RegisteredApp>& AppRegistry::apps() const
{
    return m_apps;
}

void AppRegistry::setStrictCallbacks(bool strict)
{
    m_strictCallbacks = strict;
}

bool AppRegistry::isRegisteredCallback(const RegisteredApp& app, const QString& redirectUri) const
{
    const QUrl requested(redirectUri, QUrl::StrictMode);
    for (const QString& registered : app.callbackUrls) {
        if (registered == redirectUri) {
            return true;
        }
        if (!m_strictCallbacks && matchesIgnoringLoopbackPort(QUrl(registered), requested)) {
            return true;
        }
    }
    return false;
}

bool AppRegistry::isRegisteredLogoutUrl(const RegisteredApp& app, const QString& url) const
{
    const QUrl requested(url, QUrl::StrictMode);
    for (const QString& registered : app.logoutUrls) {
        if (registered == url
            || (!m_strictCallbacks && matchesIgnoringLoopbackPort(QUrl(registered), requested))) {
            return true;
        }
    }
    return false;
}

bool AppRegistry::matchesIgnoringLoopbackPort(const QUrl& registered, const QUrl& requested) const
{
    // Only plain-http loopback redirects get the any-port rule, and every other
    // part must still match exactly.
    return requested.isValid() && registered.scheme() == QLatin1String("http")
        && requested.scheme() == QLatin1String("http") && isLoopbackHost(registered.host())
        && registered.host() == requested.host() && registered.path() == requested.path()
        && registered.query() == requested.query() && requested.userInfo().isEmpty()
        && !requested.hasFragment();
}
