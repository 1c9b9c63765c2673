#include "SandboxThread.h"

#include "sandbox/SandboxServer.h"

SandboxThread::SandboxThread()
{
    m_thread.start();
    m_context.moveToThread(&m_thread);
}

SandboxThread::~SandboxThread()
{
    QMetaObject::invokeMethod(
        &m_context, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool SandboxThread::start(const SandboxSettings& settings, QString* error)
{
    QMetaObject::invokeMethod(
        &m_context,
        [&] {
            m_server = new SandboxServer(settings);
            if (!m_server->start(error)) {
                delete m_server;
                m_server = nullptr;
            }
        },
        Qt::BlockingQueuedConnection);
    return m_server != nullptr;
}

QUrl SandboxThread::baseUrl() const
{
    return m_server ? m_server->baseUrl() : QUrl();
}
