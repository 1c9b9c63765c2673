// A URL's origin (RFC 6454): scheme, host and port, default ports filled in.
// Credentials are bound to one; comparing them is how Grantline decides
// whether a request may carry them.
#pragma once

#include <QString>
#include <QUrl>

class UrlOrigin
{
public:
    static bool isSame(const QUrl& a, const QUrl& b);
    // "scheme://host:port", for messages.
    static QString of(const QUrl& url);
    static int portOf(const QUrl& url);
};
