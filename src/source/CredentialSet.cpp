#include "source/CredentialSet.h"

#include "http/FixedCredentialsAuth.h"
#include "oauth/ClientCredentialsAuth.h"
#include "oauth/ConnectionAuth.h"
#include "oauth/ConnectionStore.h"
#include "oauth/ProviderEndpoints.h"
#include "source/Placeholders.h"

#include <QJsonDocument>

CredentialSet::CredentialSet(QNetworkAccessManager* network,
                             const QHash<QString, QString>& secretValues,
                             const ConnectionStore* connections, SecretStore* secrets)
    : m_network(network)
    , m_secretValues(secretValues)
    , m_connections(connections)
    , m_secrets(secrets)
{ }

CredentialSet::~CredentialSet() = default;

QHash<QString, QJsonValue> CredentialSet::secretPlaceholders() const
{
    QHash<QString, QJsonValue> placeholders;
    for (auto it = m_secretValues.begin(); it != m_secretValues.end(); ++it) {
        placeholders.insert(QStringLiteral("secrets.") + it.key(), it.value());
    }
    return placeholders;
}

QList<QByteArray> CredentialSet::secretValues() const
{
    QList<QByteArray> values;
    for (const QString& value : m_secretValues) {
        values << value.toUtf8();
    }
    for (const auto& auth : m_auths) {
        values << auth->secrets();
    }
    return values;
}

std::optional<QString> CredentialSet::field(const AuthConfig& config, const QString& name,
                                            QString* error) const
{
    QString missing;
    const std::optional<QString> value = Placeholders::expand(
        config.fields.value(name).toString(),
        [this](const QString& placeholder) -> std::optional<QString> {
            if (!placeholder.startsWith(QLatin1String("secrets."))) {
                return std::nullopt;
            }
            const auto it = m_secretValues.constFind(placeholder.mid(8));
            return it == m_secretValues.constEnd() ? std::nullopt : std::optional<QString>(*it);
        },
        &missing);
    if (!value) {
        *error =
            tr("The secret \"%1\" for the %2 auth was not found.").arg(missing.mid(8), config.type);
    }
    return value;
}

std::unique_ptr<RequestAuth> CredentialSet::build(const AuthConfig& config, QString* error)
{
    const QString& type = config.type;
    const auto text = [&](const char* name) { return field(config, QLatin1String(name), error); };
    if (type == QLatin1String("bearer")) {
        const auto token = text("token");
        return token ? std::make_unique<FixedCredentialsAuth>(FixedCredentialsAuth::bearer(*token))
                     : nullptr;
    }
    if (type == QLatin1String("api_key")) {
        const auto key = text("api_key");
        return key ? std::make_unique<FixedCredentialsAuth>(FixedCredentialsAuth::apiKey(
                   config.fields.value(QStringLiteral("name")).toString(), *key,
                   config.fields.value(QStringLiteral("location")).toString()))
                   : nullptr;
    }
    if (type == QLatin1String("http_basic")) {
        const auto user = text("username");
        const auto password = text("password");
        return user && password
            ? std::make_unique<FixedCredentialsAuth>(FixedCredentialsAuth::basic(*user, *password))
            : nullptr;
    }
    if (type == QLatin1String("oauth2_client_credentials")) {
        const auto url = text("access_token_url");
        const auto id = text("client_id");
        const auto secret = text("client_secret");
        if (!url || !id || !secret) {
            return nullptr;
        }
        if (const QString refusal = ProviderEndpoints::refusalFor(QUrl(*url)); !refusal.isEmpty()) {
            *error = refusal;
            return nullptr;
        }
        ClientCredentialsAuth::Settings settings;
        settings.tokenUrl = QUrl(*url);
        settings.clientId = *id;
        settings.clientSecret = *secret;
        settings.extraFields =
            config.fields.value(QStringLiteral("access_token_request_data")).toObject();
        settings.defaultExpirySeconds =
            qint64(config.fields.value(QStringLiteral("default_token_expiration")).toDouble(3600));
        return std::make_unique<ClientCredentialsAuth>(m_network, settings);
    }
    if (type == QLatin1String("oauth2_authorization_code")) {
        const QString name = config.fields.value(QStringLiteral("connection")).toString();
        if (!m_connections || !m_secrets) {
            *error = tr("The connection \"%1\" cannot be used here.").arg(name);
            return nullptr;
        }
        const std::optional<Connection> connection = m_connections->load(name, error);
        if (!connection) {
            return nullptr;
        }
        auto auth = std::make_unique<ConnectionAuth>(m_network, m_secrets, *connection);
        auth->setHistoryHome(m_connections->home());
        return auth;
    }
    *error = tr("\"%1\" is not an auth type Grantline knows.").arg(type);
    return nullptr;
}

RequestAuth* CredentialSet::authFor(const AuthConfig& config, QString* error)
{
    const QByteArray identity = QJsonDocument(config.toJson()).toJson(QJsonDocument::Compact);
    if (RequestAuth* known = m_byConfig.value(identity)) {
        return known;
    }
    std::unique_ptr<RequestAuth> auth = build(config, error);
    if (!auth) {
        return nullptr;
    }
    RequestAuth* raw = auth.get();
    m_auths.push_back(std::move(auth));
    m_byConfig.insert(identity, raw);
    return raw;
}
