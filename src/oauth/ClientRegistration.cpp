#include "oauth/ClientRegistration.h"

#include <QJsonArray>

QString ClientRegistration::tokenAuthName(TokenAuth method)
{
    switch (method) {
    case TokenAuth::ClientSecretBasic:
        return QStringLiteral("client_secret_basic");
    case TokenAuth::ClientSecretPost:
        return QStringLiteral("client_secret_post");
    case TokenAuth::None:
        return QStringLiteral("none");
    }
    return {};
}

QString ClientRegistration::clientTypeName(ClientType type)
{
    switch (type) {
    case ClientType::Public:
        return QStringLiteral("public");
    case ClientType::Confidential:
        return QStringLiteral("confidential");
    case ClientType::ServerToServer:
        return QStringLiteral("server");
    }
    return {};
}

QJsonObject ClientRegistration::toJson() const
{
    QJsonArray extra;
    for (const auto& [name, value] : extraTokenParameters) {
        extra.append(QJsonArray{name, value});
    }
    return QJsonObject{
        {QStringLiteral("client_id"), clientId},
        {QStringLiteral("client_type"), clientTypeName(type)},
        {QStringLiteral("token_endpoint_auth_method"), tokenAuthName(tokenAuth)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("redirect_uri"), redirectUri},
        {QStringLiteral("grant_type"), grantType},
        {QStringLiteral("extra_token_parameters"), extra},
    };
}

ClientRegistration ClientRegistration::fromJson(const QJsonObject& json)
{
    ClientRegistration registration;
    registration.clientId = json.value(QStringLiteral("client_id")).toString();
    const QString type = json.value(QStringLiteral("client_type")).toString();
    registration.type = type == QLatin1String("confidential") ? ClientType::Confidential
        : type == QLatin1String("server")                     ? ClientType::ServerToServer
                                                              : ClientType::Public;
    const QString auth = json.value(QStringLiteral("token_endpoint_auth_method")).toString();
    registration.tokenAuth = auth == QLatin1String("client_secret_basic")
        ? TokenAuth::ClientSecretBasic
        : auth == QLatin1String("client_secret_post") ? TokenAuth::ClientSecretPost
                                                      : TokenAuth::None;
    for (const QJsonValue& scope : json.value(QStringLiteral("scopes")).toArray()) {
        registration.scopes << scope.toString();
    }
    registration.redirectUri = json.value(QStringLiteral("redirect_uri")).toString();
    registration.grantType =
        json.value(QStringLiteral("grant_type")).toString(QStringLiteral("authorization_code"));
    for (const QJsonValue& pair : json.value(QStringLiteral("extra_token_parameters")).toArray()) {
        registration.extraTokenParameters.append(
            {pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    }
    return registration;
}

ClientRegistration::TokenAuth ClientRegistration::defaultTokenAuth(ClientType type)
{
    return type == ClientType::Public ? TokenAuth::None : TokenAuth::ClientSecretBasic;
}

QString ClientRegistration::defaultGrantType(ClientType type)
{
    return type == ClientType::ServerToServer ? QStringLiteral("client_credentials")
                                              : QStringLiteral("authorization_code");
}
