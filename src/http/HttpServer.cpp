#include "http/HttpServer.h"

#include <QTcpSocket>

HttpServer::HttpServer(QObject* parent)
    : QObject(parent)
    , m_server(this)
{
    m_server.setMaxPendingConnections(1024);
    m_server.setListenBacklogSize(1024);
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

void HttpServer::setHandler(HttpConnection::Handler handler)
{
    m_handler = std::move(handler);
}

void HttpServer::setSettings(const HttpConnection::Settings& settings)
{
    m_settings = settings;
}

bool HttpServer::listen(const QHostAddress& address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpServer::close()
{
    m_server.close();
}

bool HttpServer::isListening() const
{
    return m_server.isListening();
}

quint16 HttpServer::port() const
{
    return m_server.serverPort();
}

QHostAddress HttpServer::address() const
{
    return m_server.serverAddress();
}

QString HttpServer::errorString() const
{
    return m_server.errorString();
}

QAbstractSocket::SocketError HttpServer::serverError() const
{
    return m_server.serverError();
}

int HttpServer::connectionCount() const
{
    return m_connectionCount;
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        auto* connection = new HttpConnection(socket, m_settings, m_handler, this);
        ++m_connectionCount;
        connect(connection, &HttpConnection::closed, this, [this] { --m_connectionCount; });
    }
}
