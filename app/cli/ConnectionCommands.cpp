#include "ConnectionCommands.h"

#include "oauth/DiscoveryJob.h"
#include "oauth/ProviderProfile.h"

#include <QCommandLineParser>
#include <QJsonDocument>

#include <cstdio>

namespace {

void addOptions(QCommandLineParser& parser)
{
    const auto option = [&parser](const char* name, const char* value = nullptr) {
        QCommandLineOption opt{QString::fromLatin1(name)};
        if (value) {
            opt.setValueName(QLatin1String(value));
        }
        parser.addOption(opt);
    };
    option("provider", "aps|oidc|manual|sandbox");
    option("issuer", "url");
    for (const char* endpoint : {"authorize-url", "token-url", "jwks-url", "introspect-url",
                                 "revoke-url", "userinfo-url", "logout-url"}) {
        option(endpoint, "url");
    }
    option("client-id", "id");
    option("client-secret-stdin");
    option("client-type", "public|confidential|server");
    option("grant", "authorization_code|client_credentials|<custom grant>");
    option("scope", "scope");
    option("redirect-uri", "uri");
    option("token-auth", "basic|post|none");
    option("token-param", "name=value");
    parser.addPositionalArgument(QStringLiteral("name"), QString());
}

QString value(const QCommandLineParser& parser, const char* name)
{
    return parser.value(QString::fromLatin1(name));
}

} // namespace

ConnectionCommands::ConnectionCommands(CliSession& session)
    : m_session(session)
{ }

int ConnectionCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add")) {
        return add(arguments.mid(1));
    }
    if (sub == QLatin1String("list") && arguments.size() == 1) {
        return list();
    }
    if (sub == QLatin1String("show") && arguments.size() == 2) {
        return show(arguments.at(1));
    }
    if (sub == QLatin1String("remove") && arguments.size() == 2) {
        return remove(arguments.at(1));
    }
    return m_session.usage(tr("usage: connection add|list|show NAME|remove NAME"));
}

QString ConnectionCommands::readClient(const QCommandLineParser& parser,
                                       ClientRegistration* client) const
{
    using Type = ClientRegistration::ClientType;
    using Auth = ClientRegistration::TokenAuth;
    client->clientId = value(parser, "client-id");
    const QString type = value(parser, "client-type");
    if (type.isEmpty() || type == QLatin1String("public")) {
        client->type = Type::Public;
    } else if (type == QLatin1String("confidential")) {
        client->type = Type::Confidential;
    } else if (type == QLatin1String("server")) {
        client->type = Type::ServerToServer;
    } else {
        return tr("--client-type must be public, confidential or server.");
    }
    const QString auth = value(parser, "token-auth");
    if (auth.isEmpty()) {
        client->tokenAuth = ClientRegistration::defaultTokenAuth(client->type);
    } else if (auth == QLatin1String("basic")) {
        client->tokenAuth = Auth::ClientSecretBasic;
    } else if (auth == QLatin1String("post")) {
        client->tokenAuth = Auth::ClientSecretPost;
    } else if (auth == QLatin1String("none")) {
        client->tokenAuth = Auth::None;
    } else {
        return tr("--token-auth must be basic, post or none.");
    }
    const QString grant = value(parser, "grant");
    client->grantType =
        grant.isEmpty() ? ClientRegistration::defaultGrantType(client->type) : grant;
    if (grant == QLatin1String("refresh_token")) {
        return tr("--grant refresh_token is not a way to sign in: choose authorization_code, "
                  "client_credentials or the provider's own grant type.");
    }
    client->scopes = parser.values(QStringLiteral("scope"));
    client->redirectUri = value(parser, "redirect-uri");
    for (const QString& pair : parser.values(QStringLiteral("token-param"))) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            return tr("--token-param wants name=value, not \"%1\".").arg(pair);
        }
        client->extraTokenParameters.append({pair.left(equals), pair.mid(equals + 1)});
    }
    return QString();
}

int ConnectionCommands::findEndpoints(const QCommandLineParser& parser, Connection* connection)
{
    const ProviderProfile profile = ProviderProfile::forId(connection->provider);
    if (profile.hasPresetEndpoints) {
        connection->endpoints = profile.presetEndpoints();
        return CliSession::Success;
    }
    if (!profile.usesDiscovery) {
        ProviderEndpoints& endpoints = connection->endpoints;
        endpoints.issuer = value(parser, "issuer");
        endpoints.authorization = QUrl(value(parser, "authorize-url"));
        endpoints.token = QUrl(value(parser, "token-url"));
        endpoints.jwks = QUrl(value(parser, "jwks-url"));
        endpoints.introspection = QUrl(value(parser, "introspect-url"));
        endpoints.revocation = QUrl(value(parser, "revoke-url"));
        endpoints.userInfo = QUrl(value(parser, "userinfo-url"));
        endpoints.endSession = QUrl(value(parser, "logout-url"));
        if (endpoints.token.isEmpty()) {
            return m_session.usage(tr("a manual provider needs at least --token-url."));
        }
        const QString refusal = endpoints.refusal();
        return refusal.isEmpty() ? int(CliSession::Success) : m_session.fail(refusal);
    }
    if (!parser.isSet(QStringLiteral("issuer"))) {
        return m_session.usage(tr("--provider %1 needs --issuer URL.").arg(connection->provider));
    }
    std::unique_ptr<DiscoveryJob> discovery(
        new DiscoveryJob(m_session.network(), value(parser, "issuer")));
    if (!m_session.runJob(discovery.get())) {
        return m_session.fail(discovery->errorText());
    }
    for (const QString& warning : discovery->warnings()) {
        m_session.err() << tr("Note: %1").arg(warning) << Qt::endl;
    }
    connection->endpoints = discovery->endpoints();
    return CliSession::Success;
}

int ConnectionCommands::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    addOptions(parser);
    QString error;
    if (!CliSession::parse(parser, arguments, &error)) {
        return m_session.usage(error);
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("provider"))
        || !parser.isSet(QStringLiteral("client-id"))) {
        return m_session.usage(tr("usage: connection add NAME --provider "
                                  "aps|oidc|manual|sandbox --client-id ID [options]"));
    }
    Connection connection;
    connection.name = parser.positionalArguments().first();
    connection.provider = value(parser, "provider");
    connection.createdAt = QDateTime::currentDateTimeUtc();
    if (!Connection::isValidName(connection.name)) {
        return m_session.usage(
            tr("\"%1\" is not a valid name: use letters, digits, \".\", \"_\" and \"-\".")
                .arg(connection.name));
    }
    if (!Connection::isKnownProvider(connection.provider)) {
        return m_session.usage(tr("--provider must be aps, oidc, manual or sandbox."));
    }
    if (m_session.connections().exists(connection.name)) {
        return m_session.fail(tr("A connection named \"%1\" already exists.").arg(connection.name));
    }
    const QString clientProblem = readClient(parser, &connection.client);
    if (!clientProblem.isEmpty()) {
        return m_session.usage(clientProblem);
    }
    const QString ruleProblem =
        ProviderProfile::forId(connection.provider).problemWith(connection.client);
    if (!ruleProblem.isEmpty()) {
        return m_session.usage(ruleProblem);
    }
    ConnectionSecrets secrets;
    if (connection.client.needsSecret() && !m_session.keepsSecrets(tr("the client secret"))) {
        return CliSession::UsageError;
    }
    if (parser.isSet(QStringLiteral("client-secret-stdin"))) {
        QTextStream in(stdin);
        secrets.clientSecret = in.readLine();
    }
    if (connection.client.needsSecret() && secrets.clientSecret.isEmpty()) {
        return m_session.usage(tr("this app type needs its client secret: pass "
                                  "--client-secret-stdin and type it (or pipe it) on standard "
                                  "input."));
    }
    if (m_session.connections().exists(connection.name)) {
        return m_session.fail(tr("A connection named \"%1\" already exists.").arg(connection.name));
    }
    if (const int found = findEndpoints(parser, &connection); found != CliSession::Success) {
        return found;
    }
    // The secret first: a connection file whose secret could not be kept
    // would only fail later, further from the cause.
    if (!secrets.clientSecret.isEmpty() && !m_session.writeSecrets(connection.name, secrets)) {
        return CliSession::Failure;
    }
    if (!m_session.connections().save(connection, &error)) {
        // No secret may outlive a connection that was never saved.
        if (!secrets.clientSecret.isEmpty()) {
            m_session.removeSecrets(connection.name);
        }
        return m_session.fail(error);
    }
    m_session.err() << tr("Connection \"%1\" saved.").arg(connection.name) << Qt::endl;
    return CliSession::Success;
}

int ConnectionCommands::list()
{
    for (const QString& name : m_session.connections().names()) {
        m_session.out() << name << '\n';
    }
    m_session.out().flush();
    return CliSession::Success;
}

int ConnectionCommands::show(const QString& name)
{
    const std::optional<Connection> connection = m_session.loadConnection(name);
    if (!connection) {
        return CliSession::Failure;
    }
    m_session.out() << QJsonDocument(connection->toJson()).toJson(QJsonDocument::Indented);
    m_session.out().flush();
    return CliSession::Success;
}

int ConnectionCommands::remove(const QString& name)
{
    // By name, not by loading: a file this Grantline refuses to use (a
    // plain-http endpoint, another format) must still be removable.
    if (!m_session.connections().exists(name)) {
        return m_session.fail(tr("There is no connection named \"%1\".").arg(name));
    }
    // The keychain entry goes first: a file without secrets is harmless, a
    // secret without its file would be forgotten in the keychain.
    if (!m_session.removeSecrets(name)) {
        return CliSession::Failure;
    }
    QString error;
    if (!m_session.connections().remove(name, &error)) {
        return m_session.fail(error);
    }
    m_session.err() << tr("Connection \"%1\" removed, with its keychain entry.").arg(name)
                    << Qt::endl;
    return CliSession::Success;
}
