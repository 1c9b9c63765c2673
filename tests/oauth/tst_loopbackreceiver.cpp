// The loopback redirect receiver over real sockets: stray requests, wrong
// state, error redirects, the browser answered only at the end, ports in use.
#include "oauth/LoopbackReceiver.h"

#include "http/HttpConnection.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

// A browser tab: sends one request and collects whatever comes back.
class RawClient
{
public:
    explicit RawClient(quint16 port, const QHostAddress& address = QHostAddress::LocalHost)
    {
        m_socket.connectToHost(address, port);
    }
    bool send(const QByteArray& bytes)
    {
        if (!QTest::qWaitFor([this] { return m_socket.state() == QAbstractSocket::ConnectedState; },
                             5000)) {
            return false;
        }
        m_socket.write(bytes);
        // Out at once, as a browser sends its request right after connecting.
        m_socket.flush();
        return true;
    }
    QByteArray get(const QByteArray& target)
    {
        send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        return received();
    }
    QByteArray received(int waitMs = 3000)
    {
        (void)QTest::qWaitFor(
            [this] {
                m_bytes += m_socket.readAll();
                const qsizetype head = m_bytes.indexOf("\r\n\r\n");
                const qsizetype at = m_bytes.indexOf("Content-Length: ");
                if (head < 0 || at < 0) {
                    return false;
                }
                const qsizetype length =
                    m_bytes.mid(at + 16, m_bytes.indexOf("\r\n", at) - at - 16).toLongLong();
                return m_bytes.size() >= head + 4 + length;
            },
            waitMs);
        return m_bytes;
    }
    QTcpSocket& socket()
    {
        return m_socket;
    }

private:
    QTcpSocket m_socket;
    QByteArray m_bytes;
};

bool ipv6LoopbackAvailable()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHostIPv6, 0);
}

} // namespace

class TestLoopbackReceiver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bindsLoopbackOnAnEphemeralPort()
    {
        LoopbackReceiver receiver;
        QVERIFY(receiver.listen());
        QVERIFY(receiver.port() > 0);
        QCOMPARE(receiver.redirectUri(),
                 QStringLiteral("http://127.0.0.1:%1/callback").arg(receiver.port()));
        // RFC 8252 §8.3: loopback only, never every interface.
        QCOMPARE(receiver.listeningAddresses(), QList<QHostAddress>{QHostAddress::LocalHost});
    }

    void localhostIsReachableOverBothLoopbacks()
    {
        // A browser may resolve "localhost" to ::1 or to 127.0.0.1. On a
        // machine without IPv6 loopback, 127.0.0.1 alone must still work.
        const bool ipv6 = ipv6LoopbackAvailable();
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("s"));
        QVERIFY(receiver.listen(QStringLiteral("localhost"), 0));
        QCOMPARE(receiver.redirectUri(),
                 QStringLiteral("http://localhost:%1/callback").arg(receiver.port()));
        const QList<QHostAddress> addresses = receiver.listeningAddresses();
        QCOMPARE(addresses.size(), ipv6 ? 2 : 1);
        for (const QHostAddress& address : addresses) {
            QVERIFY2(address.isLoopback(), qPrintable(address.toString()));
        }
        QCOMPARE(addresses.contains(QHostAddress(QHostAddress::LocalHostIPv6)), ipv6);
        RawClient stray(receiver.port(), QHostAddress::LocalHost);
        QVERIFY(stray.get("/favicon.ico").startsWith("HTTP/1.1 404"));
        QSignalSpy delivered(&receiver, &LoopbackReceiver::callbackReceived);
        RawClient browser(receiver.port(),
                          ipv6 ? QHostAddress(QHostAddress::LocalHostIPv6)
                               : QHostAddress(QHostAddress::LocalHost));
        QVERIFY(browser.send("GET /callback?code=c&state=s HTTP/1.1\r\nHost: localhost\r\n\r\n"));
        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(delivered.first().first().value<LoopbackCallback>().code, QStringLiteral("c"));
        // Every listener closes once the callback is in.
        QVERIFY(!receiver.isListening());
        receiver.finish(true, QStringLiteral("Signed in"), QStringLiteral("ok"));
        QVERIFY(browser.received().startsWith("HTTP/1.1 200"));
    }

    void localhostPortTakenOnIpv6IsRefused()
    {
        // Another program on [::1]:port would receive the code from a browser
        // that resolves localhost to ::1: refuse the port rather than race.
        if (!ipv6LoopbackAvailable()) {
            // Nothing can hold [::1] here, so there is no clash to refuse:
            // localhost must then work on IPv4 alone rather than fail.
            LoopbackReceiver receiver;
            QVERIFY2(receiver.listen(QStringLiteral("localhost"), 0),
                     qPrintable(receiver.errorString()));
            QCOMPARE(receiver.listeningAddresses(), QList<QHostAddress>{QHostAddress::LocalHost});
            return;
        }
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHostIPv6, 0));
        LoopbackReceiver receiver;
        QVERIFY(!receiver.listen(QStringLiteral("localhost"), squatter.serverPort()));
        QVERIFY2(receiver.errorString().contains(QStringLiteral("[::1]")),
                 qPrintable(receiver.errorString()));
        QVERIFY(!receiver.isListening());
        QVERIFY(receiver.listeningAddresses().isEmpty());
    }

    void deliversTheMatchingCallbackOnce()
    {
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("s-1"));
        QVERIFY(receiver.listen());
        QSignalSpy delivered(&receiver, &LoopbackReceiver::callbackReceived);
        QSignalSpy rejected(&receiver, &LoopbackReceiver::requestRejected);

        // Garbage, NUL bytes and a favicon request come first, as browsers and
        // port scanners do; none of them ends the sign-in.
        RawClient garbage(receiver.port());
        garbage.send(QByteArray("GET FOFOFO HTTP 1/1\r\n\0\0\xff\xfe\r\n\r\n", 30));
        QVERIFY(garbage.received().startsWith("HTTP/1.1 400"));
        RawClient favicon(receiver.port());
        QVERIFY(favicon.get("/favicon.ico").startsWith("HTTP/1.1 404"));
        RawClient forged(receiver.port());
        QVERIFY(forged.get("/callback?code=evil&state=other").startsWith("HTTP/1.1 400"));
        RawClient noState(receiver.port());
        QVERIFY(noState.get("/callback?code=evil").startsWith("HTTP/1.1 400"));
        QCOMPARE(delivered.count(), 0);
        QCOMPARE(rejected.count(), 3);

        RawClient browser(receiver.port());
        QVERIFY(browser.send("GET /callback?code=a%2Bb%26c&state=s-1&iss=https%3A%2F%2Fidp "
                             "HTTP/1.1\r\n\r\n"));
        QTRY_COMPARE(delivered.count(), 1);
        const auto callback = delivered.first().first().value<LoopbackCallback>();
        QCOMPARE(callback.code, QStringLiteral("a+b&c"));
        QCOMPARE(callback.issuer, QStringLiteral("https://idp"));
        QVERIFY(!callback.isError());
        // No more listening once the callback is in.
        QVERIFY(!receiver.isListening());
        QTcpSocket late;
        late.connectToHost(QHostAddress::LocalHost, receiver.port());
        QTRY_COMPARE(late.error(), QAbstractSocket::ConnectionRefusedError);
    }

    void browserIsAnsweredOnlyWhenTheSignInIsDone()
    {
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("s"));
        QVERIFY(receiver.listen());
        QSignalSpy delivered(&receiver, &LoopbackReceiver::callbackReceived);
        RawClient browser(receiver.port());
        QVERIFY(browser.send("GET /callback?code=c&state=s HTTP/1.1\r\n\r\n"));
        QTRY_COMPARE(delivered.count(), 1);
        QTest::qWait(200);
        QVERIFY(browser.received(10).isEmpty());
        receiver.finish(true, QStringLiteral("Signed in"),
                        QStringLiteral("Welcome <script>alert(1)</script>"));
        const QByteArray page = browser.received();
        QVERIFY2(page.startsWith("HTTP/1.1 200"), page.constData());
        QVERIFY(page.contains("Signed in"));
        QVERIFY(page.contains("&lt;script&gt;"));
        QVERIFY(!page.contains("<script>"));
    }

    void errorRedirectIsDeliveredAsAnError()
    {
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("s"));
        QVERIFY(receiver.listen());
        QSignalSpy delivered(&receiver, &LoopbackReceiver::callbackReceived);
        RawClient browser(receiver.port());
        QVERIFY(browser.send("GET /callback?error=access_denied&error_description=User+Denied"
                             "+Authorization&state=s HTTP/1.1\r\n\r\n"));
        QTRY_COMPARE(delivered.count(), 1);
        const auto callback = delivered.first().first().value<LoopbackCallback>();
        QVERIFY(callback.isError());
        QCOMPARE(callback.error, QStringLiteral("access_denied"));
        QCOMPARE(callback.errorDescription, QStringLiteral("User Denied Authorization"));
        QVERIFY(callback.code.isEmpty());
    }

    void stoppingAnswersAWaitingBrowser()
    {
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("s"));
        QVERIFY(receiver.listen());
        QSignalSpy delivered(&receiver, &LoopbackReceiver::callbackReceived);
        RawClient browser(receiver.port());
        QVERIFY(browser.send("GET /callback?code=c&state=s HTTP/1.1\r\n\r\n"));
        QTRY_COMPARE(delivered.count(), 1);
        receiver.stop();
        QVERIFY(browser.received().contains("cancelled"));
    }

    void fixedPortInUseIsReported()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        LoopbackReceiver receiver;
        QVERIFY(!receiver.listen(QStringLiteral("127.0.0.1"), taken.serverPort()));
        QVERIFY(!receiver.errorString().isEmpty());
        QVERIFY(!receiver.isListening());
    }

    void customCallbackPath()
    {
        LoopbackReceiver receiver;
        receiver.setCallbackPath(QStringLiteral("oauth/cb"));
        receiver.setExpectedState(QStringLiteral("s"));
        QVERIFY(receiver.listen());
        QVERIFY(receiver.redirectUri().endsWith(QStringLiteral("/oauth/cb")));
        QSignalSpy delivered(&receiver, &LoopbackReceiver::callbackReceived);
        RawClient wrongPath(receiver.port());
        QVERIFY(wrongPath.get("/callback?code=c&state=s").startsWith("HTTP/1.1 404"));
        RawClient browser(receiver.port());
        QVERIFY(browser.send("GET /oauth/cb?code=c&state=s HTTP/1.1\r\n\r\n"));
        QTRY_COMPARE(delivered.count(), 1);
    }

    void theAnswerOutlivesTheReceiver_data()
    {
        QTest::addColumn<bool>("finishFirst");
        QTest::newRow("finished, then deleted") << true;
        QTest::newRow("deleted while the browser waits") << false;
    }

    void theAnswerOutlivesTheReceiver()
    {
        // The sign-in object (and its receiver) may be deleted the moment the
        // result is known: the browser must still get the whole page.
        QFETCH(bool, finishFirst);
        auto receiver = std::make_unique<LoopbackReceiver>();
        receiver->setExpectedState(QStringLiteral("s"));
        QVERIFY(receiver->listen());
        QSignalSpy delivered(receiver.get(), &LoopbackReceiver::callbackReceived);
        RawClient browser(receiver->port());
        // A browser keeps connections alive unless told otherwise.
        QVERIFY(browser.send("GET /callback?code=c&state=s HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                             "Connection: keep-alive\r\n\r\n"));
        QTRY_COMPARE(delivered.count(), 1);
        if (finishFirst) {
            receiver->finish(true, QStringLiteral("Signed in"), QStringLiteral("All good."));
        }
        receiver.reset();
        const QByteArray page = browser.received();
        QVERIFY2(page.startsWith("HTTP/1.1 200"), page.constData());
        QVERIFY(page.contains("Connection: close"));
        QVERIFY(page.contains(finishFirst ? "All good." : "cancelled"));
        QVERIFY(page.trimmed().endsWith("</html>"));
        // Then the connection is closed, so the tab stops spinning.
        QTRY_COMPARE(browser.socket().state(), QAbstractSocket::UnconnectedState);
        QTRY_COMPARE(HttpConnection::lingeringCount(), 0);
    }

    void aFloodOfConnectionsNeitherPilesUpNorBlocksTheCallback()
    {
        LoopbackReceiver receiver;
        receiver.setExpectedState(QStringLiteral("s"));
        QVERIFY(receiver.listen());
        QSignalSpy delivered(&receiver, &LoopbackReceiver::callbackReceived);
        // Idle connections that never send a byte, as a local program could
        // open by the hundred (1,100 once held up a callback for 29 s).
        std::vector<std::unique_ptr<QTcpSocket>> flood;
        const auto open = [&flood, &receiver](int count) {
            for (int i = 0; i < count; ++i) {
                flood.push_back(std::make_unique<QTcpSocket>());
                flood.back()->connectToHost(QHostAddress::LocalHost, receiver.port());
            }
        };
        const auto stillOpen = [&flood] {
            return std::count_if(flood.begin(), flood.end(), [](const auto& socket) {
                return socket->state() != QAbstractSocket::UnconnectedState;
            });
        };
        open(300);
        // All but a handful are closed again at once.
        QTRY_VERIFY(stillOpen() <= LoopbackReceiver::kMaxConnections);
        // The flood goes on while the browser comes back: idle connections
        // make way for it, and its request is never the one closed.
        open(50);
        RawClient browser(receiver.port());
        QVERIFY(browser.send("GET /callback?code=c&state=s HTTP/1.1\r\n\r\n"));
        open(50);
        QTRY_COMPARE(delivered.count(), 1);
        receiver.finish(true, QStringLiteral("Signed in"), QStringLiteral("ok"));
        QVERIFY(browser.received().startsWith("HTTP/1.1 200"));
        QTRY_VERIFY(stillOpen() <= LoopbackReceiver::kMaxConnections);
    }
};

QTEST_GUILESS_MAIN(TestLoopbackReceiver)
#include "tst_loopbackreceiver.moc"
