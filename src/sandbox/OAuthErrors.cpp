#include "sandbox/OAuthErrors.h"

#include <QJsonObject>

namespace OAuthErrors {

HttpResponse oauth(int status, const QString& error, const QString& description)
{
    HttpResponse response = HttpResponse::json(
        status,
        QJsonDocument(QJsonObject{{QStringLiteral("error"), error},
                                  {QStringLiteral("error_description"), description}}));
    response.setHeader("Cache-Control", "no-store");
    return response;
}

HttpResponse gateway(int status, const QString& errorCode, const QString& developerMessage)
{
    return HttpResponse::json(
        status,
        QJsonDocument(QJsonObject{
            {QStringLiteral("developerMessage"), developerMessage},
            {QStringLiteral("errorCode"), errorCode},
            {QStringLiteral("moreInfo"),
             QStringLiteral("https://aps.autodesk.com/en/docs/oauth/v2/developers_guide/"
                            "error_handling/")},
        }));
}

} // namespace OAuthErrors
