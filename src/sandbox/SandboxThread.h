// The sandbox served from a thread of its own: the app's built-in provider
// (the GUI thread never waits on it) and the benchmarks' (the client under
// test has the main thread to itself).
#pragma once

#include "sandbox/SandboxSettings.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class SandboxServer;

class SandboxThread : public QObject
{
    Q_OBJECT

public:
    explicit SandboxThread(QObject* parent = nullptr);
    ~SandboxThread() override;

    // Waits until the server listens. False with the reason when it could not
    // start. For benchmarks and tests, not for the GUI thread.
    bool start(const SandboxSettings& settings, QString* error);
    // Returns at once; started() or failed() follows. Creating the signing key
    // and binding the port happen on the sandbox's thread.
    void startInBackground(const SandboxSettings& settings);

    bool isRunning() const;
    QUrl baseUrl() const;

Q_SIGNALS:
    void started(const QUrl& baseUrl);
    void failed(const QString& error);

private:
    // Runs on the sandbox's thread; only the GUI-side caller touches m_baseUrl.
    QString startServer(const SandboxSettings& settings, QUrl* baseUrl);

    QThread m_thread;
    QObject m_context;
    SandboxServer* m_server = nullptr;
    // Set on the owner's thread once the server listens.
    QUrl m_baseUrl;
};
