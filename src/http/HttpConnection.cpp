#include "http/HttpConnection.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QTcpSocket>

#include <sys/ioctl.h>

HttpConnection::HttpConnection(QTcpSocket* socket, const Settings& settings, Handler handler,
                               QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_settings(settings)
    , m_handler(std::move(handler))
    , m_parser(settings.limits)
    , m_timer(this)
{
    m_socket->setParent(this);
    // While a response is pending nothing more is read, so a client that keeps
    // sending is held back by TCP instead of filling memory.
    m_socket->setReadBufferSize(kSocketReadBuffer);
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    m_timer.start(m_settings.idleTimeout);
    if (m_socket->bytesAvailable() > 0) {
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
    }
}

std::atomic<int> HttpConnection::s_lingering{0};

HttpConnection::~HttpConnection()
{
    if (m_lingering) {
        --s_lingering;
    }
}

int HttpConnection::lingeringCount()
{
    return s_lingering;
}

bool HttpConnection::isAwaitingResponse() const
{
    return m_awaitingResponse;
}

bool HttpConnection::isIdle() const
{
    if (m_awaitingResponse || m_closing || m_parser.isInsideRequest()
        || m_socket->bytesAvailable() > 0) {
        return false;
    }
    // Bytes the system holds but this event loop has not read yet (many
    // connections accepted at once): a request on its way, not idleness.
    int pending = 0;
    return ::ioctl(int(m_socket->socketDescriptor()), FIONREAD, &pending) != 0 || pending == 0;
}

bool HttpConnection::detachFromServer()
{
    m_handler = nullptr;
    // Only where an event loop outlives the server (not a sandbox thread
    // that is about to end): elsewhere it goes with the server.
    const bool answering = m_closing && !m_finished
        && m_socket->state() != QAbstractSocket::UnconnectedState
        && thread() == QCoreApplication::instance()->thread();
    if (!answering) {
        return false;
    }
    // Without a parent: deleting the server must not take the answer along
    // (the browser would see an empty response).
    setParent(nullptr);
    m_lingering = true;
    ++s_lingering;
    m_timer.start(kLingerTimeout);
    return true;
}

void HttpConnection::onReadyRead()
{
    if (m_closing || m_awaitingResponse) {
        return;
    }
    m_parser.append(m_socket->readAll());
    processNextRequest();
}

void HttpConnection::processNextRequest()
{
    if (m_awaitingResponse || m_closing) {
        return;
    }
    switch (m_parser.parse()) {
    case HttpRequestParser::Result::NeedMoreData:
        if (m_parser.takeContinueRequest()) {
            m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
        }
        armTimer();
        return;
    case HttpRequestParser::Result::Failed:
        respondToParseError();
        return;
    case HttpRequestParser::Result::RequestReady:
        break;
    }
    m_timer.stop();
    m_readDeadlineArmed = false;
    HttpRequest request = m_parser.takeRequest();
    request.peerAddress = m_socket->peerAddress();
    m_awaitingResponse = true;
    m_keepAlive = request.keepAlive();
    m_headRequest = request.method == "HEAD";
    m_handler(request, this);
}

void HttpConnection::respond(const HttpResponse& response)
{
    if (!m_awaitingResponse || m_closing) {
        return;
    }
    m_awaitingResponse = false;
    writeAndMaybeClose(response.serialize(m_keepAlive, m_headRequest), m_keepAlive);
    if (m_keepAlive) {
        // A pipelined request may already be buffered, here or in the socket.
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
    }
}

void HttpConnection::respondAndClose(const HttpResponse& response)
{
    if (!m_awaitingResponse || m_closing) {
        return;
    }
    m_awaitingResponse = false;
    m_keepAlive = false;
    writeAndMaybeClose(response.serialize(false, m_headRequest), false);
}

void HttpConnection::abortWithoutResponse()
{
    m_awaitingResponse = false;
    m_closing = true;
    m_socket->abort();
    finish();
}

void HttpConnection::finish()
{
    m_closing = true;
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_timer.stop();
    Q_EMIT closed();
    deleteLater();
}

void HttpConnection::respondToParseError()
{
    HttpResponse response =
        HttpResponse::text(m_parser.errorStatus(), m_parser.errorReason() + '\n');
    // After a framing error the stream cannot be trusted: always close.
    writeAndMaybeClose(response.serialize(false), false);
}

void HttpConnection::writeAndMaybeClose(const QByteArray& bytes, bool keepAlive)
{
    m_socket->write(bytes);
    if (keepAlive) {
        m_timer.start(m_settings.idleTimeout);
        return;
    }
    m_closing = true;
    m_timer.stop();
    // Handed to the system now, so that the answer survives even an abrupt
    // end of this process.
    m_socket->flush();
    m_socket->disconnectFromHost();
}

void HttpConnection::armTimer()
{
    if (!m_parser.isInsideRequest()) {
        m_readDeadlineArmed = false;
        m_timer.start(m_settings.idleTimeout);
        return;
    }
    // The deadline counts from the request's first byte: trickling bytes in
    // does not extend it.
    if (!m_readDeadlineArmed) {
        m_readDeadlineArmed = true;
        m_timer.start(m_settings.readTimeout);
    }
}

void HttpConnection::onTimeout()
{
    if (m_lingering) {
        // The client never took the answer: give up on it.
        m_socket->abort();
        finish();
        return;
    }
    if (m_awaitingResponse) {
        return; // the handler is still working; its response resets the timer
    }
    if (m_parser.isInsideRequest()) {
        writeAndMaybeClose(HttpResponse::text(408, "request timeout\n").serialize(false), false);
        return;
    }
    m_closing = true;
    m_socket->disconnectFromHost();
}
