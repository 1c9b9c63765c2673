#include "sandbox/SandboxThread.h"

#include "sandbox/SandboxServer.h"

#include <openssl/crypto.h>

SandboxThread::SandboxThread(QObject* parent)
    : QObject(parent)
{
    m_thread.setObjectName(QStringLiteral("sandbox"));
    m_thread.start();
    m_context.moveToThread(&m_thread);
}

SandboxThread::~SandboxThread()
{
    QMetaObject::invokeMethod(
        &m_context,
        [this] {
            delete m_server;
            // OpenSSL's state for this thread (its random generators, made
            // for the signing key) goes now: its own clean-up at thread exit
            // races the exit, and LeakSanitizer saw it lost now and then.
            OPENSSL_thread_stop();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString SandboxThread::startServer(const SandboxSettings& settings, QUrl* baseUrl)
{
    delete m_server;
    m_server = new SandboxServer(settings);
    QString error;
    if (!m_server->start(&error)) {
        delete m_server;
        m_server = nullptr;
        return error;
    }
    *baseUrl = m_server->baseUrl();
    return QString();
}

bool SandboxThread::start(const SandboxSettings& settings, QString* error)
{
    QUrl url;
    QMetaObject::invokeMethod(
        &m_context, [&] { *error = startServer(settings, &url); }, Qt::BlockingQueuedConnection);
    m_baseUrl = url;
    return !url.isEmpty();
}

void SandboxThread::startInBackground(const SandboxSettings& settings)
{
    QMetaObject::invokeMethod(&m_context, [this, settings] {
        QUrl url;
        const QString error = startServer(settings, &url);
        QMetaObject::invokeMethod(this, [this, error, url] {
            m_baseUrl = url;
            if (error.isEmpty()) {
                Q_EMIT started(url);
            } else {
                Q_EMIT failed(error);
            }
        });
    });
}

bool SandboxThread::isRunning() const
{
    return !m_baseUrl.isEmpty();
}

QUrl SandboxThread::baseUrl() const
{
    return m_baseUrl;
}
