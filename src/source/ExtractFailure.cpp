#include "source/ExtractFailure.h"

#include <QRegularExpression>

ExtractFailure::Kind ExtractFailure::kindOfStatus(int status)
{
    if (status == 401) {
        return Kind::Unauthorized;
    }
    if (status == 403) {
        return Kind::Forbidden;
    }
    if (status == 404 || status == 410) {
        return Kind::NotFound;
    }
    if (status == 429) {
        return Kind::RateLimited;
    }
    if (status >= 500) {
        return Kind::ServerError;
    }
    return status == 0 ? Kind::Network : Kind::Refused;
}

QString ExtractFailure::htmlTitle(const QByteArray& body)
{
    // Only the head matters; a page's size does not.
    static const QRegularExpression title(QStringLiteral("<title[^>]*>([^<]*)</title>"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = title.match(QString::fromUtf8(body.left(8192)));
    return match.hasMatch() ? match.captured(1).simplified().left(120) : QString();
}

QString ExtractFailure::challengeScope(const QByteArray& wwwAuthenticate)
{
    static const QRegularExpression scope(QStringLiteral("scope=\"([^\"]*)\""));
    const QRegularExpressionMatch match = scope.match(QString::fromLatin1(wwwAuthenticate));
    return match.hasMatch() ? match.captured(1).simplified() : QString();
}
