#include "oauth/JwtDocument.h"

#include "core/Base64Url.h"

#include <QJsonDocument>

std::optional<JwtDocument> JwtDocument::decode(const QByteArray& token)
{
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3) {
        return std::nullopt;
    }
    const auto header = Base64Url::decode(parts[0]);
    const auto claims = Base64Url::decode(parts[1]);
    const auto signature = Base64Url::decode(parts[2]);
    if (!header || !claims || !signature) {
        return std::nullopt;
    }
    const QJsonDocument headerDocument = QJsonDocument::fromJson(*header);
    const QJsonDocument claimsDocument = QJsonDocument::fromJson(*claims);
    if (!headerDocument.isObject() || !claimsDocument.isObject()) {
        return std::nullopt;
    }
    return JwtDocument{headerDocument.object(), claimsDocument.object(), parts[0] + '.' + parts[1],
                       *signature};
}
