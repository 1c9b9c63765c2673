#include "http/UrlOrigin.h"

int UrlOrigin::portOf(const QUrl& url)
{
    return url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
}

bool UrlOrigin::isSame(const QUrl& a, const QUrl& b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && portOf(a) == portOf(b);
}

QString UrlOrigin::of(const QUrl& url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(portOf(url));
    return origin.toString();
}
