#include "oauth/ConnectionSecrets.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {
constexpr int kBlobVersion = 1;
}

QByteArray ConnectionSecrets::serialize() const
{
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), kBlobVersion},
                                     {QStringLiteral("client_secret"), clientSecret},
                                     {QStringLiteral("tokens"), tokens.toJson()}})
        .toJson(QJsonDocument::Compact);
}

std::optional<ConnectionSecrets> ConnectionSecrets::parse(const QByteArray& blob)
{
    const QJsonObject json = QJsonDocument::fromJson(blob).object();
    if (json.value(QStringLiteral("version")).toInt() != kBlobVersion) {
        return std::nullopt;
    }
    ConnectionSecrets secrets;
    secrets.clientSecret = json.value(QStringLiteral("client_secret")).toString();
    secrets.tokens = TokenSet::fromJson(json.value(QStringLiteral("tokens")).toObject());
    return secrets;
}

QString ConnectionSecrets::keyFor(const QString& connectionName)
{
    return QStringLiteral("connection/") + connectionName;
}
