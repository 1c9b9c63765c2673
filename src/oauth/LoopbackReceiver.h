// Catches the OAuth redirect on a loopback port (RFC 8252): binds loopback
// only, ignores stray and wrong-state requests, hands over the one callback
// whose state matches, and answers that browser tab once the sign-in has
// finished. Each sign-in attempt uses a new receiver.
#pragma once

#include "http/HttpServer.h"
#include "oauth/LoopbackCallback.h"

#include <QObject>
#include <QPointer>
#include <QString>

class LoopbackReceiver : public QObject
{
    Q_OBJECT

public:
    // Open connections accepted at once, per address.
    static constexpr int kMaxConnections = 16;

    explicit LoopbackReceiver(QObject* parent = nullptr);
    ~LoopbackReceiver() override;

    // The state the callback must carry; anything else is answered with 400.
    void setExpectedState(const QString& state);
    // The path registered with the provider, "/callback" by default.
    void setCallbackPath(const QString& path);

    // Binds 127.0.0.1 ("127.0.0.1") or ::1 ("::1") on port (0: any free
    // port). "localhost" binds both, on the same port, since a browser may
    // resolve it to either (RFC 8252 §8.3). Returns false with errorString()
    // when the port is taken or the address cannot be bound.
    bool listen(const QString& host = QStringLiteral("127.0.0.1"), quint16 port = 0);
    bool isListening() const;
    // Where connections are accepted: loopback addresses only.
    QList<QHostAddress> listeningAddresses() const;
    quint16 port() const;
    // http://<host>:<port><path>, exactly as sent in both the authorization
    // and the token request.
    QString redirectUri() const;
    QString errorString() const;

    // Answers the browser tab that delivered the callback, then closes.
    void finish(bool success, const QString& title, const QString& message);
    // Stops listening and answers a waiting browser, if any, that the sign-in
    // was cancelled (or with the title and message given).
    void stop(const QString& title = QString(), const QString& message = QString());

Q_SIGNALS:
    // Emitted once, for the first request whose state matches.
    void callbackReceived(const LoopbackCallback& callback);
    // A request that was turned away (for logs and tests).
    void requestRejected(int status, const QString& reason);

private:
    void handle(const HttpRequest& request, HttpConnection* connection);
    void reject(HttpConnection* connection, int status, const QString& reason, const QString& page);
    HttpServer* addServer();
    bool listenOnIpv6Too();
    void closeServers();
    void discardServers();

    // One per bound address; children of this receiver.
    QList<HttpServer*> m_servers;
    QString m_errorString;
    QString m_expectedState;
    QString m_callbackPath = QStringLiteral("/callback");
    QString m_host;
    quint16 m_port = 0;
    bool m_delivered = false;
    QPointer<HttpConnection> m_browser;
};
