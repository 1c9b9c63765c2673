// What every window of the app shares: the network, the secret store, the
// connection files, the built-in sandbox provider and the way a sign-in page
// is handed to the browser. Tests build one over a temporary home.
#pragma once

#include <QObject>
#include <QUrl>

#include <memory>

class ConnectionRegistry;
class ConnectionStore;
class QNetworkAccessManager;
class SandboxThread;
class SecretStore;
class TranslationLoader;

class AppContext : public QObject
{
    Q_OBJECT

public:
    AppContext(const QString& home, std::unique_ptr<SecretStore> secrets,
               QObject* parent = nullptr);
    ~AppContext() override;

    QNetworkAccessManager* network() const;
    SecretStore* secrets() const;
    ConnectionStore& connections() const;
    // The connections as the windows show them, secrets included once read.
    ConnectionRegistry* registry() const;

    // Installs the language chosen in Settings, or the system's.
    void applyLanguage();
    TranslationLoader* translations() const;

    // Starts the built-in sandbox on first use, on the port it had last time
    // when that is free (so saved sandbox connections keep working); then
    // sandboxReady() or sandboxFailed() follows, also when it already runs.
    void startSandbox();
    QUrl sandboxUrl() const;

    // Hands a sign-in address to the browser the person chose in Settings:
    // false when nothing was opened and they must open it themselves (the
    // address is then on the clipboard if they chose "copy link").
    bool openInBrowser(const QUrl& url) const;

Q_SIGNALS:
    void sandboxReady(const QUrl& baseUrl);
    void sandboxFailed(const QString& error);

private:
    void onSandboxStarted(const QUrl& baseUrl);
    void onSandboxFailed(const QString& error);

    QNetworkAccessManager* m_network;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<ConnectionStore> m_connections;
    ConnectionRegistry* m_registry;
    TranslationLoader* m_translations;
    SandboxThread* m_sandbox = nullptr;
    bool m_sandboxStarting = false;
    bool m_triedSavedPort = false;
};
