// A small HTTP/1.1 server on QTcpServer for loopback use: the sandbox provider
// and the OAuth redirect receiver. Single-threaded; handlers may answer later.
#pragma once

#include "http/HttpConnection.h"

#include <QHostAddress>
#include <QObject>
#include <QTcpServer>

class HttpServer : public QObject
{
    Q_OBJECT

public:
    explicit HttpServer(QObject* parent = nullptr);
    ~HttpServer() override;

    void setHandler(HttpConnection::Handler handler);
    void setSettings(const HttpConnection::Settings& settings);
    // At most this many open connections (0: no limit). A new one beyond it
    // closes the oldest idle one (nothing sent, not even bytes still in the
    // system), or is itself refused when none is, so a flood of idle
    // connections neither piles up nor pushes out a browser's request.
    void setMaxConnections(int maxConnections);

    // Port 0 picks a free port. Returns false with errorString() on failure.
    bool listen(const QHostAddress& address, quint16 port);
    void close();
    bool isListening() const;
    quint16 port() const;
    QHostAddress address() const;
    QString errorString() const;
    QAbstractSocket::SocketError serverError() const;
    int connectionCount() const;

private:
    void onNewConnection();
    // False when the new connection must be refused.
    bool makeRoomForOneMore();

    // A child, not only a member, so that moveToThread takes it along.
    QTcpServer m_server;
    HttpConnection::Handler m_handler;
    HttpConnection::Settings m_settings;
    int m_connectionCount = 0;
    int m_maxConnections = 0;
    // Oldest first.
    QList<HttpConnection*> m_connections;
};
