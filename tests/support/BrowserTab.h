// A browser tab following the provider's redirect to the app's loopback
// callback, as a real browser does: one plain TCP connection, an HTTP/1.1
// GET with keep-alive, and whatever comes back until the app closes it.
// Unlike a QNetworkAccessManager it reports an empty answer as what it is.
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class BrowserTab
{
public:
    struct Page
    {
        // 0 when no HTTP answer came (an empty or cut-off response).
        int status = 0;
        QByteArray raw;
        QString body;

        bool isEmpty() const
        {
            return raw.isEmpty();
        }
        // The page's text with tags removed, for asserting what a person reads.
        QString text() const;
    };

    // Connects, sends the GET and reads until the server closes the
    // connection or a complete answer is in; waits at most timeoutMs.
    static Page open(const QUrl& url, int timeoutMs = 30000);
};
