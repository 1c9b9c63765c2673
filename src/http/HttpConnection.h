// One client connection to an HttpServer: reads requests in order, hands each
// to the server's handler, and writes the responses back (keep-alive and
// pipelining included).
#pragma once

#include "http/HttpRequestParser.h"
#include "http/HttpResponse.h"

#include <QObject>
#include <QTimer>

#include <atomic>

#include <chrono>
#include <functional>

class QTcpSocket;

class HttpConnection : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<void(const HttpRequest&, HttpConnection*)>;

    struct Settings
    {
        HttpRequestParser::Limits limits;
        // How long a started request may take to arrive in full.
        std::chrono::milliseconds readTimeout{10000};
        // How long an idle keep-alive connection stays open.
        std::chrono::milliseconds idleTimeout{30000};
    };

    // How long a last answer may take to leave once its server is gone.
    static constexpr std::chrono::milliseconds kLingerTimeout{5000};

    HttpConnection(QTcpSocket* socket, const Settings& settings, Handler handler,
                   QObject* parent = nullptr);
    ~HttpConnection() override;

    // Answers the request being handled. Call exactly once per request, now or
    // later (hold the connection in a QPointer: the client may have gone).
    void respond(const HttpResponse& response);
    // Answers with "Connection: close" and closes once the answer is sent:
    // the last word to a browser whose server is about to go away.
    void respondAndClose(const HttpResponse& response);
    // Closes the connection without an answer, as a crashed server would.
    void abortWithoutResponse();

    // True while a request is being handled (the handler has not answered).
    bool isAwaitingResponse() const;
    // Nothing received (not even bytes still waiting in the system),
    // nothing to answer and nothing on its way out: a connection that may be
    // closed to make room.
    bool isIdle() const;
    // The server is going away: an answer still on its way out is finished
    // by this connection alone (it deletes itself once sent, or after
    // kLingerTimeout); anything else is cut off. Returns true when it stays.
    bool detachFromServer();
    // Connections finishing their answer after their server went away; a
    // command-line program waits for them before it exits.
    static int lingeringCount();

Q_SIGNALS:
    void closed();

private:
    void onReadyRead();
    void processNextRequest();
    void respondToParseError();
    void writeAndMaybeClose(const QByteArray& bytes, bool keepAlive);
    void onTimeout();
    void armTimer();
    // Emits closed() once and schedules deletion.
    void finish();

    QTcpSocket* m_socket;
    Settings m_settings;
    Handler m_handler;
    HttpRequestParser m_parser;
    QTimer m_timer;
    bool m_awaitingResponse = false;
    bool m_keepAlive = true;
    bool m_headRequest = false;
    bool m_closing = false;
    bool m_finished = false;
    bool m_readDeadlineArmed = false;
    bool m_lingering = false;
    static std::atomic<int> s_lingering;
    static constexpr qint64 kSocketReadBuffer = 256 * 1024;
};
