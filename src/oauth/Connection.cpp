#include "oauth/Connection.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
constexpr int kFormatVersion = 1;
}

bool Connection::isValidName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    return pattern.match(name).hasMatch();
}

bool Connection::isKnownProvider(const QString& provider)
{
    return provider == QLatin1String("aps") || provider == QLatin1String("oidc")
        || provider == QLatin1String("manual") || provider == QLatin1String("sandbox");
}

QJsonObject Connection::toJson() const
{
    return QJsonObject{
        {QStringLiteral("format_version"), kFormatVersion},
        {QStringLiteral("name"), name},
        {QStringLiteral("provider"), provider},
        {QStringLiteral("endpoints"), endpoints.toJson()},
        {QStringLiteral("client"), client.toJson()},
        {QStringLiteral("created_at"), createdAt.toString(Qt::ISODate)},
    };
}

bool Connection::fromJson(const QJsonObject& json, Connection* connection, QString* errorString)
{
    const auto fail = [errorString](const char* text) {
        *errorString = QCoreApplication::translate("Connection", text);
        return false;
    };
    if (json.value(QStringLiteral("format_version")).toInt() != kFormatVersion) {
        return fail("the file's format_version is not one this Grantline reads");
    }
    connection->name = json.value(QStringLiteral("name")).toString();
    if (!isValidName(connection->name)) {
        return fail("\"name\" is missing or not a valid connection name");
    }
    connection->provider = json.value(QStringLiteral("provider")).toString();
    if (!isKnownProvider(connection->provider)) {
        return fail("\"provider\" must be aps, oidc, manual or sandbox");
    }
    connection->endpoints =
        ProviderEndpoints::fromJson(json.value(QStringLiteral("endpoints")).toObject());
    // A hand-edited file gets the same rule as "connection add": no secret
    // or token ever travels over plain http off this machine.
    const QString refusal = connection->endpoints.refusal();
    if (!refusal.isEmpty()) {
        *errorString = refusal;
        return false;
    }
    connection->client =
        ClientRegistration::fromJson(json.value(QStringLiteral("client")).toObject());
    if (connection->client.clientId.isEmpty()) {
        return fail("\"client.client_id\" is missing");
    }
    connection->createdAt =
        QDateTime::fromString(json.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
    return true;
}
