#include "BrowserTab.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

namespace {

// True once the head and Content-Length bytes of body are in.
bool isComplete(const QByteArray& raw)
{
    const qsizetype head = raw.indexOf("\r\n\r\n");
    if (head < 0) {
        return false;
    }
    static const QRegularExpression length(QStringLiteral("\r\nContent-Length: *(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const auto match = length.match(QString::fromLatin1(raw.left(head + 2)));
    return match.hasMatch() && raw.size() >= head + 4 + match.captured(1).toLongLong();
}

} // namespace

QString BrowserTab::Page::text() const
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString plain = body;
    plain.remove(QRegularExpression(QStringLiteral("<(style|script)[^>]*>.*?</\\1>"),
                                    QRegularExpression::DotMatchesEverythingOption));
    plain.replace(tags, QStringLiteral(" "));
    plain.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    plain.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    plain.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    plain.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    plain.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    return plain.replace(spaces, QStringLiteral(" ")).trimmed();
}

BrowserTab::Page BrowserTab::open(const QUrl& url, int timeoutMs)
{
    Page page;
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port(80)));
    if (!socket.waitForConnected(timeoutMs)) {
        return page;
    }
    const QByteArray target = url.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority);
    socket.write("GET " + (target.isEmpty() ? QByteArray("/") : target)
                 + " HTTP/1.1\r\nHost: " + url.authority().toLatin1()
                 + "\r\nConnection: keep-alive\r\nAccept: text/html\r\nUser-Agent: "
                   "Mozilla/5.0 (grantline tests)\r\n\r\n");
    // Waits in the event loop: the app answering may live in this process.
    (void)QTest::qWaitFor(
        [&] {
            page.raw += socket.readAll();
            return isComplete(page.raw) || socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    page.raw += socket.readAll();
    if (page.raw.startsWith("HTTP/1.")) {
        page.status = page.raw.mid(9, 3).toInt();
    }
    const qsizetype head = page.raw.indexOf("\r\n\r\n");
    if (head >= 0) {
        page.body = QString::fromUtf8(page.raw.mid(head + 4));
    }
    return page;
}
