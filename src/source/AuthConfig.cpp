#include "source/AuthConfig.h"

#include "oauth/ProviderEndpoints.h"
#include "source/Placeholders.h"

namespace {

struct AuthType
{
    const char* name;
    QStringList fields;
    QStringList required;
    QStringList secrets;
};

const QList<AuthType>& authTypes()
{
    static const QList<AuthType> types{
        {"bearer", {QStringLiteral("token")}, {QStringLiteral("token")}, {QStringLiteral("token")}},
        {"api_key",
         {QStringLiteral("name"), QStringLiteral("api_key"), QStringLiteral("location")},
         {QStringLiteral("api_key")},
         {QStringLiteral("api_key")}},
        {"http_basic",
         {QStringLiteral("username"), QStringLiteral("password")},
         {QStringLiteral("username"), QStringLiteral("password")},
         {QStringLiteral("password")}},
        {"oauth2_client_credentials",
         {QStringLiteral("access_token_url"), QStringLiteral("client_id"),
          QStringLiteral("client_secret"), QStringLiteral("access_token_request_data"),
          QStringLiteral("default_token_expiration")},
         {QStringLiteral("access_token_url"), QStringLiteral("client_id"),
          QStringLiteral("client_secret")},
         {QStringLiteral("client_secret")}},
        {"oauth2_authorization_code",
         {QStringLiteral("connection")},
         {QStringLiteral("connection")},
         {}},
    };
    return types;
}

const AuthType* findType(const QString& name)
{
    for (const AuthType& type : authTypes()) {
        if (name == QLatin1String(type.name)) {
            return &type;
        }
    }
    return nullptr;
}

} // namespace

bool AuthConfig::isSecretReference(const QString& value)
{
    return Placeholders::secretName(value).has_value();
}

QStringList AuthConfig::types()
{
    QStringList names;
    for (const AuthType& type : authTypes()) {
        names << QLatin1String(type.name);
    }
    return names;
}

QStringList AuthConfig::secretFields(const QString& type)
{
    const AuthType* known = findType(type);
    return known ? known->secrets : QStringList();
}

std::optional<AuthConfig> AuthConfig::read(const QJsonValue& value, const QString& path,
                                           ConfigProblems* problems)
{
    if (value.isString()) {
        problems->append({path,
                          ConfigSection::tr("write the object form, with secrets as references: "
                                            "{\"type\": \"%1\", …: \"{secrets.NAME}\"}")
                              .arg(value.toString())});
        return std::nullopt;
    }
    std::optional<ConfigSection> section = ConfigSection::of(value, path, problems);
    if (!section) {
        return std::nullopt;
    }
    const qsizetype before = problems->size();
    // dlt reads an auth without "type" as bearer.
    const QString type = section->string(QStringLiteral("type"), QStringLiteral("bearer"));
    const AuthType* known = findType(type);
    if (!known) {
        section->problem(QStringLiteral("type"),
                         ConfigSection::tr("\"%1\" is not an auth type (known: %2)")
                             .arg(type, types().join(QStringLiteral(", "))));
        return std::nullopt;
    }
    section->allowOnly(QStringList{QStringLiteral("type")} + known->fields);
    for (const QString& field : known->required) {
        section->requiredString(field);
    }
    for (const QString& field : known->secrets) {
        section->secretReference(field);
    }
    if (type == QLatin1String("api_key")) {
        section->choice(QStringLiteral("location"),
                        {QStringLiteral("header"), QStringLiteral("query"), QStringLiteral("param"),
                         QStringLiteral("cookie")},
                        QStringLiteral("header"));
    }
    if (type == QLatin1String("oauth2_client_credentials")) {
        section->integer(QStringLiteral("default_token_expiration"), 1);
        section->objectValue(QStringLiteral("access_token_request_data"));
        // The client secret goes there: TLS, or this computer. One filled
        // from a secret is checked when it is known (CredentialSet).
        const QString url = section->string(QStringLiteral("access_token_url"));
        const QString refusal = ProviderEndpoints::refusalFor(QUrl(url));
        if (!url.isEmpty() && Placeholders::in(url).isEmpty() && !refusal.isEmpty()) {
            section->problem(QStringLiteral("access_token_url"), refusal);
        }
    }
    if (problems->size() > before) {
        return std::nullopt;
    }
    AuthConfig config;
    config.type = type;
    config.fields = section->object();
    config.fields.remove(QStringLiteral("type"));
    return config;
}

QStringList AuthConfig::secretNames() const
{
    QStringList names;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        for (const QString& name : Placeholders::in(it.value())) {
            if (name.startsWith(QLatin1String("secrets."))) {
                names << name.mid(8);
            }
        }
    }
    return names;
}

QJsonObject AuthConfig::toJson() const
{
    QJsonObject object = fields;
    object.insert(QStringLiteral("type"), type);
    return object;
}
