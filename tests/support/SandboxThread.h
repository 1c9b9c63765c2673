// The sandbox served from a thread of its own, for benchmarks: the client
// under test then has the main thread to itself.
#pragma once

#include "sandbox/SandboxSettings.h"

#include <QObject>
#include <QThread>
#include <QUrl>

class SandboxServer;

class SandboxThread
{
public:
    SandboxThread();
    ~SandboxThread();

    // False with the reason when the server could not start.
    bool start(const SandboxSettings& settings, QString* error);
    QUrl baseUrl() const;

private:
    QThread m_thread;
    QObject m_context;
    SandboxServer* m_server = nullptr;
};
