#include "source/DltScriptWriter.h"

#include "core/NumericDate.h"
#include "oauth/Connection.h"
#include "oauth/ConnectionStore.h"
#include "source/Placeholders.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace DltScriptWriter {
namespace {

QString quoted(const QString& text)
{
    // JSON string syntax is Python string syntax for what QJsonDocument writes.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString secretLookup(const QString& sourceName, const QString& name)
{
    return QStringLiteral("dlt.secrets[%1]")
        .arg(quoted(QStringLiteral("sources.%1.%2").arg(sourceName, name)));
}

// "Token {secrets.t}" → "Token " + dlt.secrets["sources.x.t"]; other
// placeholders ({resources.…}) stay in the text for dlt to fill.
QString stringLiteral(const QString& text, const QString& sourceName)
{
    static const QRegularExpression secret(QStringLiteral("\\{\\s*secrets\\.([^}\\s]+)\\s*\\}"));
    QStringList parts;
    qsizetype at = 0;
    for (const QRegularExpressionMatch& match : secret.globalMatch(text)) {
        if (match.capturedStart() > at) {
            parts << quoted(text.mid(at, match.capturedStart() - at));
        }
        parts << secretLookup(sourceName, match.captured(1));
        at = match.capturedEnd();
    }
    if (at < text.size() || parts.isEmpty()) {
        parts << quoted(text.mid(at));
    }
    return parts.join(QStringLiteral(" + "));
}

// A connection name as a Python identifier ("my-aps.app" → "my_aps_app").
QString identifier(const QString& name)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_]"));
    QString id = name;
    id.replace(other, QStringLiteral("_"));
    return id.isEmpty() || id.at(0).isDigit() ? u'_' + id : id;
}

QString pad(int indent)
{
    return QString(indent * 4, u' ');
}

QString connectionSession(const QString& name, const Connection* connection,
                          const QString& sourceName)
{
    const QString prefix = QStringLiteral("%1_").arg(name);
    if (!connection) {
        return QStringLiteral(
                   "# The Grantline connection \"%1\" was not found when this was written:\n"
                   "# fill in its token URL and client id below.\n"
                   "%2_session = OAuth2Session(\n"
                   "    client_id=\"CLIENT_ID\",\n"
                   "    token={\"access_token\": %3, \"refresh_token\": %4,\n"
                   "           \"token_type\": \"Bearer\", \"expires_in\": -1},\n"
                   "    auto_refresh_url=\"TOKEN_URL\",\n"
                   "    auto_refresh_kwargs={\"client_id\": \"CLIENT_ID\"},\n"
                   "    token_updater=lambda token: None,\n"
                   ")\n")
            .arg(name, identifier(name),
                 secretLookup(sourceName, prefix + QStringLiteral("access_token")),
                 secretLookup(sourceName, prefix + QStringLiteral("refresh_token")));
    }
    const bool withSecret = connection->client.needsSecret();
    return QStringLiteral(
               "# The sign-in of the Grantline connection \"%1\" (%2): dlt has no\n"
               "# authorization-code flow, so requests-oauthlib refreshes the token the\n"
               "# way dlt's documentation suggests. Put the current tokens in\n"
               "# .dlt/secrets.toml (grantline-cli token show %1 --json --reveal).\n"
               "%8_session = OAuth2Session(\n"
               "    client_id=%3,\n"
               "    token={\"access_token\": %4, \"refresh_token\": %5,\n"
               "           \"token_type\": \"Bearer\", \"expires_in\": -1},\n"
               "    auto_refresh_url=%6,\n"
               "    auto_refresh_kwargs={\"client_id\": %3%7},\n"
               "    token_updater=lambda token: None,\n"
               ")\n")
        .arg(name, connection->endpoints.issuer, quoted(connection->client.clientId),
             secretLookup(sourceName, prefix + QStringLiteral("access_token")),
             secretLookup(sourceName, prefix + QStringLiteral("refresh_token")),
             quoted(connection->endpoints.token.toString()),
             withSecret
                 ? QStringLiteral(", \"client_secret\": %1")
                       .arg(secretLookup(sourceName, prefix + QStringLiteral("client_secret")))
                 : QString(),
             identifier(name));
}

// Auth configs that dlt cannot take as they are: a connection becomes a
// session set on the client; per-resource ones get a note.
QJsonObject forDlt(const QJsonObject& auth, QStringList* sessions)
{
    if (auth.value(QStringLiteral("type")).toString()
        != QLatin1String("oauth2_authorization_code")) {
        return auth;
    }
    const QString connection = auth.value(QStringLiteral("connection")).toString();
    if (!sessions->contains(connection)) {
        sessions->append(connection);
    }
    return {};
}

} // namespace

QString pythonLiteral(const QJsonValue& value, const QString& sourceName, int indent)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("None");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const std::optional<qint64> whole = NumericDate::wholeNumber(number);
        return whole && number == double(*whole) ? QString::number(*whole)
                                                 : QString::number(number, 'g', 17);
    }
    case QJsonValue::String:
        return stringLiteral(value.toString(), sourceName);
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            return QStringLiteral("[]");
        }
        QStringList items;
        for (const QJsonValue& item : array) {
            items << pad(indent + 1) + pythonLiteral(item, sourceName, indent + 1);
        }
        return QStringLiteral("[\n%1,\n%2]").arg(items.join(QStringLiteral(",\n")), pad(indent));
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            return QStringLiteral("{}");
        }
        QStringList items;
        for (auto it = object.begin(); it != object.end(); ++it) {
            items << pad(indent + 1) + quoted(it.key()) + QStringLiteral(": ")
                    + pythonLiteral(it.value(), sourceName, indent + 1);
        }
        return QStringLiteral("{\n%1,\n%2}").arg(items.join(QStringLiteral(",\n")), pad(indent));
    }
    }
    return QStringLiteral("None");
}

namespace {

// dlt's postgres destination with the same server; the password from dlt's
// secrets (.dlt/secrets.toml [destination.postgres.credentials] or
// DESTINATION__POSTGRES__CREDENTIALS__PASSWORD), never from the file.
QString postgresDestination(const PostgresCredentials& server)
{
    QJsonObject query;
    if (!server.sslmode.isEmpty()) {
        query.insert(QStringLiteral("sslmode"), server.sslmode);
    }
    for (const auto& [key, value] : server.parameters) {
        query.insert(key, value);
    }
    QStringList fields{
        QStringLiteral("\"drivername\": \"postgresql\""),
        QStringLiteral("\"database\": %1").arg(quoted(server.database)),
        QStringLiteral("\"username\": %1").arg(quoted(server.user)),
        QStringLiteral("\"host\": %1").arg(quoted(server.host)),
        QStringLiteral("\"port\": %1").arg(server.port),
        QStringLiteral("\"connect_timeout\": %1").arg(server.connectTimeout),
    };
    if (!server.passwordSecret.isEmpty()) {
        fields << QStringLiteral(
            "\"password\": dlt.secrets[\"destination.postgres.credentials.password\"]");
    }
    if (!query.isEmpty()) {
        fields << QStringLiteral("\"query\": %1").arg(pythonLiteral(query, QString()));
    }
    QString text = QStringLiteral("\n");
    if (!server.passwordSecret.isEmpty()) {
        text += QStringLiteral("# The password Grantline keeps in the keychain as secret/%1.\n")
                    .arg(server.passwordSecret);
    }
    return text
        + QStringLiteral("destination = dlt.destinations.postgres(credentials={\n    %1,\n})\n")
              .arg(fields.join(QStringLiteral(",\n    ")));
}

} // namespace

QString write(const PipelineFile& pipeline, const QHash<QString, Connection>& connections,
              const QString& fromFile)
{
    QJsonObject source = pipeline.sourceJson();
    QStringList sessions;
    QJsonObject client = source.value(QStringLiteral("client")).toObject();
    if (client.contains(QStringLiteral("auth"))) {
        const QJsonObject auth = forDlt(client.value(QStringLiteral("auth")).toObject(), &sessions);
        auth.isEmpty() ? void(client.remove(QStringLiteral("auth")))
                       : void(client.insert(QStringLiteral("auth"), auth));
    }
    // Grantline's own limits: dlt's client has no such settings.
    client.remove(QStringLiteral("concurrent_requests"));
    client.remove(QStringLiteral("requests_per_minute"));
    source.insert(QStringLiteral("client"), client);
    QJsonArray resources = source.value(QStringLiteral("resources")).toArray();
    QStringList notes;
    for (qsizetype i = 0; i < resources.size(); ++i) {
        QJsonObject resource = resources.at(i).toObject();
        QJsonObject endpoint = resource.value(QStringLiteral("endpoint")).toObject();
        if (endpoint.contains(QStringLiteral("auth"))) {
            const QJsonObject auth =
                forDlt(endpoint.value(QStringLiteral("auth")).toObject(), &sessions);
            if (auth.isEmpty()) {
                endpoint.remove(QStringLiteral("auth"));
                notes << QStringLiteral("# Resource \"%1\" signs in with a Grantline connection; "
                                        "dlt takes one session per source,\n# so it uses the "
                                        "client's session here.")
                             .arg(resource.value(QStringLiteral("name")).toString());
            } else {
                endpoint.insert(QStringLiteral("auth"), auth);
            }
            resource.insert(QStringLiteral("endpoint"), endpoint);
            resources[i] = resource;
        }
    }
    source.insert(QStringLiteral("resources"), resources);

    QString script;
    script +=
        QStringLiteral("# Written by Grantline from %1: the same pipeline, run by dlt.\n"
                       "# pip install \"dlt[%3]\"%2\n"
                       "import dlt\n"
                       "from dlt.sources.rest_api import rest_api_source\n")
            .arg(fromFile, sessions.isEmpty() ? QString() : QStringLiteral(" requests-oauthlib"),
                 pipeline.loadsIntoPostgres() ? QStringLiteral("postgres")
                                              : QStringLiteral("sqlalchemy"));
    if (!sessions.isEmpty()) {
        script += QStringLiteral("from requests_oauthlib import OAuth2Session\n");
    }
    script += u'\n';
    for (const QString& name : std::as_const(sessions)) {
        const auto it = connections.constFind(name);
        script += connectionSession(name, it == connections.constEnd() ? nullptr : &*it,
                                    pipeline.sourceName);
        script += u'\n';
    }
    for (const QString& note : std::as_const(notes)) {
        script += note + u'\n';
    }
    script += QStringLiteral("config = %1\n").arg(pythonLiteral(source, pipeline.sourceName));
    if (!sessions.isEmpty()) {
        script += QStringLiteral("config[\"client\"][\"session\"] = %1_session\n")
                      .arg(identifier(sessions.first()));
    }
    if (pipeline.loadsIntoPostgres() && pipeline.postgres) {
        script += postgresDestination(*pipeline.postgres);
    }
    const bool server = pipeline.loadsIntoPostgres() && pipeline.postgres;
    script +=
        QStringLiteral("\n"
                       "if __name__ == \"__main__\":\n"
                       "    pipeline = dlt.pipeline(\n"
                       "        pipeline_name=%1,\n"
                       "        destination=%2,\n"
                       "%3"
                       "        dataset_name=%4,\n"
                       "    )\n"
                       "    load_info = pipeline.run(rest_api_source(config, name=%5))\n"
                       "    print(load_info)\n")
            .arg(quoted(pipeline.pipelineName),
                 server ? QStringLiteral("destination")
                        : QStringLiteral("dlt.destinations.sqlalchemy(%1)")
                              .arg(quoted(QStringLiteral("sqlite:///") + pipeline.databasePath())),
                 server ? QString()
                        : QStringLiteral("        # \"main\": the tables in the file itself, as "
                                         "Grantline keeps\n"
                                         "        # them (any other name makes dlt attach a second "
                                         "file).\n"),
                 quoted(server ? pipeline.datasetName : QStringLiteral("main")),
                 quoted(pipeline.sourceName));
    return script;
}

QString writeFor(const PipelineFile& pipeline, const ConnectionStore& store,
                 const QString& fromFile)
{
    // The connections it signs in with, for their token endpoint and client id.
    QList<AuthConfig> auths;
    if (pipeline.client.auth) {
        auths << *pipeline.client.auth;
    }
    for (const ResourceConfig& resource : pipeline.resources) {
        if (resource.endpoint.auth) {
            auths << *resource.endpoint.auth;
        }
    }
    QHash<QString, Connection> connections;
    for (const AuthConfig& auth : std::as_const(auths)) {
        const QString name = auth.fields.value(QStringLiteral("connection")).toString();
        QString ignored;
        if (name.isEmpty()) {
            continue;
        }
        if (const std::optional<Connection> connection = store.load(name, &ignored)) {
            connections.insert(name, *connection);
        }
    }
    return write(pipeline, connections, fromFile);
}

} // namespace DltScriptWriter
