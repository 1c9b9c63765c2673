#include "oauth/LoopbackReceiver.h"

#include "core/Logging.h"
#include "oauth/LoopbackPages.h"

#include <QMetaObject>

LoopbackReceiver::LoopbackReceiver(QObject* parent)
    : QObject(parent)
{ }

HttpServer* LoopbackReceiver::addServer()
{
    auto* server = new HttpServer(this);
    HttpConnection::Settings settings;
    // A browser sends a short GET; anything bigger is not a redirect.
    settings.limits.maxBodyBytes = 0;
    settings.readTimeout = std::chrono::seconds(10);
    server->setSettings(settings);
    // A browser opens a handful; a flood of idle connections must not delay
    // the callback (the oldest idle ones are closed to make room).
    server->setMaxConnections(kMaxConnections);
    server->setHandler([this](const HttpRequest& request, HttpConnection* connection) {
        handle(request, connection);
    });
    m_servers.append(server);
    return server;
}

void LoopbackReceiver::closeServers()
{
    for (HttpServer* server : std::as_const(m_servers)) {
        server->close();
    }
}

void LoopbackReceiver::discardServers()
{
    closeServers();
    qDeleteAll(m_servers);
    m_servers.clear();
}

LoopbackReceiver::~LoopbackReceiver()
{
    stop();
}

void LoopbackReceiver::setExpectedState(const QString& state)
{
    m_expectedState = state;
}

void LoopbackReceiver::setCallbackPath(const QString& path)
{
    m_callbackPath = path.startsWith(u'/') ? path : u'/' + path;
}

bool LoopbackReceiver::listen(const QString& host, quint16 port)
{
    const bool ipv6Only = host == QLatin1String("::1");
    const bool bothLoopbacks = host == QLatin1String("localhost");
    // An ephemeral IPv4 port may be taken on ::1: pick another a few times.
    const int attempts = bothLoopbacks && port == 0 ? 5 : 1;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        discardServers();
        HttpServer* first = addServer();
        if (!first->listen(ipv6Only ? QHostAddress(QHostAddress::LocalHostIPv6)
                                    : QHostAddress(QHostAddress::LocalHost),
                           port)) {
            m_errorString = first->errorString();
            return false;
        }
        // Kept here: the server forgets its port once closed (owncloud #9196).
        m_port = first->port();
        m_host = host;
        if (!bothLoopbacks || listenOnIpv6Too()) {
            return true;
        }
    }
    discardServers();
    return false;
}

bool LoopbackReceiver::listenOnIpv6Too()
{
    HttpServer* second = addServer();
    if (second->listen(QHostAddress(QHostAddress::LocalHostIPv6), m_port)) {
        return true;
    }
    if (second->serverError() == QAbstractSocket::AddressInUseError) {
        // Another program holds [::1]:port; a browser resolving localhost to
        // ::1 would hand it the sign-in code.
        m_errorString = tr("[::1] port %1 is used by another program").arg(m_port);
        return false;
    }
    // No IPv6 loopback on this machine: browsers then resolve localhost to
    // 127.0.0.1 only.
    qCDebug(lcOAuth) << "no IPv6 loopback listener:" << second->errorString();
    return true;
}

bool LoopbackReceiver::isListening() const
{
    return std::any_of(m_servers.begin(), m_servers.end(),
                       [](const HttpServer* server) { return server->isListening(); });
}

QList<QHostAddress> LoopbackReceiver::listeningAddresses() const
{
    QList<QHostAddress> addresses;
    for (const HttpServer* server : m_servers) {
        if (server->isListening()) {
            addresses.append(server->address());
        }
    }
    return addresses;
}

quint16 LoopbackReceiver::port() const
{
    return m_port;
}

QString LoopbackReceiver::redirectUri() const
{
    const QString host = m_host == QLatin1String("::1") ? QStringLiteral("[::1]") : m_host;
    return QStringLiteral("http://%1:%2%3").arg(host).arg(m_port).arg(m_callbackPath);
}

QString LoopbackReceiver::errorString() const
{
    return m_errorString;
}

void LoopbackReceiver::handle(const HttpRequest& request, HttpConnection* connection)
{
    if (m_delivered) {
        reject(connection, 409, QStringLiteral("sign-in already answered"),
               LoopbackPages::wrongRequest(tr("This sign-in has already been answered.")));
        return;
    }
    if (request.method != "GET" || request.path() != m_callbackPath) {
        // favicon.ico, pre-connects and anything else a browser may try.
        reject(connection, 404, QStringLiteral("not the callback path"),
               LoopbackPages::wrongRequest(tr("Nothing to see here.")));
        return;
    }
    const QUrlQuery query = request.query();
    const auto value = [&query](const char* name) {
        return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
    };
    if (m_expectedState.isEmpty() || value("state") != m_expectedState) {
        // Not ours (or forged): keep waiting for the real redirect.
        reject(connection, 400, QStringLiteral("state does not match"),
               LoopbackPages::wrongRequest(tr("This response does not belong to the sign-in "
                                              "Grantline started.")));
        return;
    }
    LoopbackCallback callback;
    callback.code = value("code");
    callback.state = value("state");
    callback.issuer = value("iss");
    callback.error = value("error");
    callback.errorDescription = value("error_description");
    callback.errorUri = value("error_uri");
    if (callback.code.isEmpty() && callback.error.isEmpty()) {
        reject(connection, 400, QStringLiteral("neither code nor error"),
               LoopbackPages::wrongRequest(tr("The provider sent neither a code nor an error.")));
        return;
    }
    m_delivered = true;
    m_browser = connection;
    // One answer is all a sign-in needs: stop accepting connections now.
    closeServers();
    qCDebug(lcOAuth) << "loopback callback received" << (callback.isError() ? "(error)" : "");
    // Queued: a receiver of the signal may finish the sign-in and delete this
    // receiver (and the connection whose read is still on the stack).
    QMetaObject::invokeMethod(
        this, [this, callback] { Q_EMIT callbackReceived(callback); }, Qt::QueuedConnection);
}

void LoopbackReceiver::reject(HttpConnection* connection, int status, const QString& reason,
                              const QString& page)
{
    qCDebug(lcOAuth) << "loopback request rejected:" << status << reason;
    connection->respond(HttpResponse::html(status, page));
    Q_EMIT requestRejected(status, reason);
}

void LoopbackReceiver::finish(bool success, const QString& title, const QString& message)
{
    if (m_browser) {
        // Closed after the answer, which then outlives this receiver: the
        // browser must see the page even when the sign-in object is gone.
        m_browser->respondAndClose(
            HttpResponse::html(200, LoopbackPages::result(success, title, message)));
        m_browser.clear();
    }
    closeServers();
}

void LoopbackReceiver::stop(const QString& title, const QString& message)
{
    if (m_browser) {
        finish(false, title.isEmpty() ? tr("Sign-in cancelled") : title,
               message.isEmpty() ? tr("The sign-in was cancelled in Grantline.") : message);
    }
    closeServers();
}
