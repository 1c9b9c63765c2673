// The loopback HTTP server over real sockets: keep-alive, pipelining, limits,
// garbage, slow clients, many connections, and clients that vanish.
#include "http/HttpServer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

namespace {

// Sends raw bytes and collects what the server answers until it closes the
// connection or `responses` complete responses have arrived. The server lives
// in this thread, so the wait spins the event loop instead of blocking.
QByteArray exchange(quint16 port, const QByteArray& bytes, int responses = 1, int timeoutMs = 5000)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; },
                         timeoutMs)) {
        return "<no connection>";
    }
    socket.write(bytes);
    QByteArray received;
    const auto complete = [&] {
        received += socket.readAll();
        if (socket.state() != QAbstractSocket::ConnectedState) {
            return true;
        }
        // Enough responses, each with its whole body.
        int found = 0;
        qsizetype at = 0;
        while ((at = received.indexOf("HTTP/1.1 ", at)) >= 0) {
            const qsizetype headEnd = received.indexOf("\r\n\r\n", at);
            const qsizetype lengthAt = received.indexOf("Content-Length: ", at);
            if (headEnd < 0 || lengthAt < 0 || lengthAt > headEnd) {
                return false;
            }
            const qsizetype lengthEnd = received.indexOf("\r\n", lengthAt);
            const qsizetype length =
                received.mid(lengthAt + 16, lengthEnd - lengthAt - 16).toLongLong();
            if (received.size() < headEnd + 4 + length) {
                return false;
            }
            ++found;
            at = headEnd + 4 + length;
        }
        return found >= responses;
    };
    // On timeout the caller sees whatever arrived, and its checks fail.
    (void)QTest::qWaitFor(complete, timeoutMs);
    return received;
}

} // namespace

class TestHttpServer : public QObject
{
    Q_OBJECT

private:
    HttpServer* m_server = nullptr;
    QList<QPointer<HttpConnection>> m_parked;

    void startServer(const HttpConnection::Settings& settings = {})
    {
        delete m_server;
        m_server = new HttpServer(this);
        m_server->setSettings(settings);
        m_server->setHandler([this](const HttpRequest& request, HttpConnection* connection) {
            if (request.path() == QLatin1String("/park")) {
                m_parked.append(connection); // answered later, or never
                return;
            }
            connection->respond(HttpResponse::text(
                200, request.method + ' ' + request.path().toUtf8() + " body=" + request.body));
        });
        QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    }

private Q_SLOTS:
    void init()
    {
        startServer();
    }
    void cleanup()
    {
        delete m_server;
        m_server = nullptr;
        m_parked.clear();
    }

    void answersARequest()
    {
        const QByteArray reply = exchange(m_server->port(), "GET /hello HTTP/1.1\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 200 OK\r\n"), reply.constData());
        QVERIFY(reply.contains("Content-Length: "));
        QVERIFY(reply.endsWith("GET /hello body="));
    }

    void keepsTheConnectionAlive()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(2000));
        for (int i = 0; i < 3; ++i) {
            socket.write("GET /again HTTP/1.1\r\n\r\n");
            QByteArray reply;
            QTRY_VERIFY_WITH_TIMEOUT((reply += socket.readAll()).endsWith("body="), 5000);
            QCOMPARE(socket.state(), QAbstractSocket::ConnectedState);
        }
    }

    void answersPipelinedRequestsInOrder()
    {
        const QByteArray reply = exchange(m_server->port(),
                                          "GET /first HTTP/1.1\r\n\r\n"
                                          "POST /second HTTP/1.1\r\nContent-Length: 2\r\n\r\nok"
                                          "GET /third HTTP/1.1\r\nConnection: close\r\n\r\n",
                                          3);
        const qsizetype first = reply.indexOf("GET /first");
        const qsizetype second = reply.indexOf("POST /second body=ok");
        const qsizetype third = reply.indexOf("GET /third");
        QVERIFY2(first > 0 && second > first && third > second, reply.constData());
    }

    void readsChunkedUploads()
    {
        const QByteArray reply = exchange(m_server->port(),
                                          "POST /up HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
                                          "3\r\nabc\r\n3\r\ndef\r\n0\r\n\r\n");
        QVERIFY2(reply.endsWith("POST /up body=abcdef"), reply.constData());
    }

    void answersGarbageWith400AndCloses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("words") << QByteArray("GET FOFOFO HTTP 1/1\r\n\r\n");
        QTest::newRow("nul bytes") << QByteArray("\0\0\0\0\r\n\r\n", 8);
        QTest::newRow("invalid utf-8") << QByteArray("\xc3\x28\xa0\xa1\r\n\r\n");
    }

    void answersGarbageWith400AndCloses()
    {
        QFETCH(QByteArray, bytes);
        const QByteArray reply = exchange(m_server->port(), bytes);
        QVERIFY2(reply.startsWith("HTTP/1.1 400 Bad Request\r\n"), reply.constData());
        QVERIFY(reply.contains("Connection: close"));
        // And the server still serves the next client.
        QVERIFY(exchange(m_server->port(), "GET /fine HTTP/1.1\r\n\r\n").endsWith("body="));
    }

    void refusesOversizedRequests()
    {
        QVERIFY(exchange(m_server->port(), "POST / HTTP/1.1\r\nContent-Length: 5000000\r\n\r\n")
                    .startsWith("HTTP/1.1 413 "));
        QVERIFY(exchange(m_server->port(), "GET / HTTP/1.1\r\nX: " + QByteArray(40000, 'x'))
                    .startsWith("HTTP/1.1 431 "));
    }

    void slowClientsTimeOut()
    {
        HttpConnection::Settings settings;
        settings.readTimeout = std::chrono::milliseconds(200);
        startServer(settings);
        // Half a request, then silence: the server must not wait forever.
        const QByteArray reply = exchange(m_server->port(), "GET /slow HTTP/1.1\r\nHost:", 1, 5000);
        QVERIFY2(reply.startsWith("HTTP/1.1 408 "), reply.constData());
    }

    void tricklingBytesDoesNotExtendTheDeadline()
    {
        HttpConnection::Settings settings;
        settings.readTimeout = std::chrono::milliseconds(300);
        startServer(settings);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        QByteArray received;
        // One byte every 50 ms: without a fixed deadline this would go on for 5 s.
        const QByteArray slow = "GET /trickle HTTP/1.1\r\nX-Long-Header: aaaaaaaaaaaaaaaaaaaaaaa";
        qsizetype sent = 0;
        for (char c : slow) {
            if (socket.state() != QAbstractSocket::ConnectedState || received.contains("408")) {
                break;
            }
            socket.write(QByteArray(1, c));
            ++sent;
            QTest::qWait(50);
            received += socket.readAll();
        }
        (void)QTest::qWaitFor([&] { return (received += socket.readAll()).contains("408"); }, 3000);
        QVERIFY2(received.startsWith("HTTP/1.1 408 "), received.constData());
        // The answer came while the client was still trickling.
        QVERIFY2(sent < slow.size(), qPrintable(QString::number(sent)));
    }

    void expectContinueGetsAnInterimAnswer()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }));
        socket.write("POST /up HTTP/1.1\r\nContent-Length: 2\r\nExpect: 100-continue\r\n\r\n");
        QByteArray received;
        QVERIFY(
            QTest::qWaitFor([&] { return (received += socket.readAll()).contains("\r\n\r\n"); }));
        QCOMPARE(received, QByteArray("HTTP/1.1 100 Continue\r\n\r\n"));
        socket.write("ok");
        QVERIFY(
            QTest::qWaitFor([&] { return (received += socket.readAll()).endsWith("body=ok"); }));
    }

    void idleKeepAliveConnectionsClose()
    {
        HttpConnection::Settings settings;
        settings.idleTimeout = std::chrono::milliseconds(200);
        startServer(settings);
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(2000));
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void servesManyConnectionsAtOnce()
    {
        constexpr int kClients = 200;
        QList<QTcpSocket*> sockets;
        for (int i = 0; i < kClients; ++i) {
            auto* socket = new QTcpSocket(this);
            socket->connectToHost(QHostAddress::LocalHost, m_server->port());
            sockets.append(socket);
        }
        for (QTcpSocket* socket : sockets) {
            QVERIFY(socket->waitForConnected(5000));
            socket->write("GET /many HTTP/1.1\r\n\r\n");
        }
        int answered = 0;
        QElapsedTimer clock;
        clock.start();
        while (answered < kClients && clock.elapsed() < 20000) {
            QTest::qWait(20);
            answered = 0;
            for (QTcpSocket* socket : sockets) {
                answered += socket->peek(1 << 16).endsWith("GET /many body=") ? 1 : 0;
            }
        }
        QCOMPARE(answered, kClients);
        qDeleteAll(sockets);
    }

    void clientThatLeavesBeforeTheAnswerIsHarmless()
    {
        {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_server->port());
            QVERIFY(socket.waitForConnected(2000));
            socket.write("GET /park HTTP/1.1\r\n\r\n");
            QTRY_COMPARE(m_parked.size(), 1);
        }
        // The connection object goes away with the client…
        QTRY_VERIFY(m_parked.first().isNull());
        // …and the server keeps serving.
        QVERIFY(exchange(m_server->port(), "GET /after HTTP/1.1\r\n\r\n").endsWith("body="));
    }

    void abortWithoutResponseClosesTheConnection()
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(socket.waitForConnected(2000));
        socket.write("GET /park HTTP/1.1\r\n\r\n");
        QTRY_COMPARE(m_parked.size(), 1);
        m_parked.first()->abortWithoutResponse();
        QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
        QCOMPARE(socket.readAll(), QByteArray());
    }

    void headGetsHeadersOnly()
    {
        const QByteArray reply =
            exchange(m_server->port(), "HEAD /h HTTP/1.1\r\nConnection: close\r\n\r\n");
        QVERIFY2(reply.startsWith("HTTP/1.1 200 OK"), reply.constData());
        QVERIFY(reply.endsWith("\r\n\r\n"));
    }

    void portInUseIsReported()
    {
        HttpServer second;
        QVERIFY(!second.listen(QHostAddress::LocalHost, m_server->port()));
        QVERIFY(!second.errorString().isEmpty());
    }

    void aLastAnswerOutlivesItsServer()
    {
        // A page too big for the system's buffers, to a client that does not
        // read yet: the server is deleted while most of the answer is still
        // to be sent (as a sign-in's receiver is deleted with its job).
        QTcpSocket client;
        client.setReadBufferSize(1); // read nothing until told
        client.connectToHost(QHostAddress::LocalHost, m_server->port());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET /park HTTP/1.1\r\nHost: x\r\n\r\n");
        QTRY_COMPARE(m_parked.size(), 1);
        const QByteArray page(32 * 1024 * 1024, 'p');
        m_parked.first()->respondAndClose(HttpResponse::text(200, page));
        delete m_server;
        m_server = nullptr;
        QCOMPARE(HttpConnection::lingeringCount(), 1);
        client.setReadBufferSize(0);
        QByteArray received;
        QVERIFY(QTest::qWaitFor(
            [&] {
                received += client.readAll();
                return client.state() == QAbstractSocket::UnconnectedState;
            },
            30000));
        received += client.readAll();
        QVERIFY(received.startsWith("HTTP/1.1 200"));
        QVERIFY(received.contains("Connection: close"));
        QVERIFY(received.endsWith(page.right(64)));
        QCOMPARE(received.size() - received.indexOf("\r\n\r\n") - 4, page.size());
        QTRY_COMPARE(HttpConnection::lingeringCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpServer)
#include "tst_httpserver.moc"
