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

HttpServer::~HttpServer()
{
    // Connections are children; one still sending its last answer outlives
    // the server instead of being cut off mid-answer.
    for (HttpConnection* connection : findChildren<HttpConnection*>(Qt::FindDirectChildrenOnly)) {
        connection->disconnect(this);
        connection->detachFromServer();
    }
}

void HttpServer::setHandler(HttpConnection::Handler handler)
{
    m_handler = std::move(handler);
}

void HttpServer::setSettings(const HttpConnection::Settings& settings)
{
    m_settings = settings;
}

void HttpServer::setMaxConnections(int maxConnections)
{
    m_maxConnections = maxConnections;
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
        if (!makeRoomForOneMore()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        auto* connection = new HttpConnection(socket, m_settings, m_handler, this);
        ++m_connectionCount;
        m_connections.append(connection);
        connect(connection, &HttpConnection::closed, this, [this, connection] {
            --m_connectionCount;
            m_connections.removeOne(connection);
        });
    }
}

bool HttpServer::makeRoomForOneMore()
{
    if (m_maxConnections <= 0 || m_connectionCount < m_maxConnections) {
        return true;
    }
    const auto idle = std::find_if(m_connections.cbegin(), m_connections.cend(),
                                   [](const HttpConnection* c) { return c->isIdle(); });
    if (idle == m_connections.cend()) {
        return false;
    }
    // closed() follows at once and takes it off the list.
    (*idle)->abortWithoutResponse();
    return true;
}
