#include "sandbox/RegisteredApp.h"

#include <QJsonArray>

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList list;
    for (const QJsonValue& item : value.toArray()) {
        list << item.toString();
    }
    return list;
}

} // namespace

bool RegisteredApp::isConfidential() const
{
    return type != Type::Public;
}

bool RegisteredApp::allowsGrant(const QString& grantType) const
{
    switch (type) {
    case Type::Public:
        return grantType == QLatin1String("authorization_code")
            || grantType == QLatin1String("refresh_token");
    case Type::Confidential:
        return grantType == QLatin1String("authorization_code")
            || grantType == QLatin1String("refresh_token")
            || grantType == QLatin1String("client_credentials");
    case Type::ServerToServer:
        return grantType == QLatin1String("client_credentials");
    }
    return false;
}

QString RegisteredApp::typeName(Type type)
{
    switch (type) {
    case Type::Public:
        return QStringLiteral("public");
    case Type::Confidential:
        return QStringLiteral("confidential");
    case Type::ServerToServer:
        return QStringLiteral("server");
    }
    return {};
}

QJsonObject RegisteredApp::toJson(bool includeSecret) const
{
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), typeName(type)},
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("callback_urls"), QJsonArray::fromStringList(callbackUrls)},
        {QStringLiteral("logout_urls"), QJsonArray::fromStringList(logoutUrls)},
    };
    if (includeSecret && isConfidential()) {
        json.insert(QStringLiteral("client_secret"), clientSecret);
    }
    return json;
}

bool RegisteredApp::fromJson(const QJsonObject& json, RegisteredApp* app, QString* errorString)
{
    const QString type = json.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("public")) {
        app->type = Type::Public;
    } else if (type == QLatin1String("confidential")) {
        app->type = Type::Confidential;
    } else if (type == QLatin1String("server")) {
        app->type = Type::ServerToServer;
    } else {
        *errorString = QStringLiteral("\"type\" must be \"public\", \"confidential\" or "
                                      "\"server\", not \"%1\"")
                           .arg(type);
        return false;
    }
    app->clientId = json.value(QStringLiteral("client_id")).toString();
    if (app->clientId.isEmpty()) {
        *errorString = QStringLiteral("\"client_id\" is missing");
        return false;
    }
    app->name = json.value(QStringLiteral("name")).toString(app->clientId);
    app->clientSecret = json.value(QStringLiteral("client_secret")).toString();
    if (app->isConfidential() && app->clientSecret.isEmpty()) {
        *errorString = QStringLiteral("\"client_secret\" is required for a %1 app").arg(type);
        return false;
    }
    if (!app->isConfidential() && !app->clientSecret.isEmpty()) {
        *errorString = QStringLiteral("a public app has no \"client_secret\"");
        return false;
    }
    app->callbackUrls = stringList(json.value(QStringLiteral("callback_urls")));
    app->logoutUrls = stringList(json.value(QStringLiteral("logout_urls")));
    return true;
}
