// The grantline-cli commands over the engine's jobs.
#include "CliCommands.h"

#include "core/Job.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/DiscoveryJob.h"
#include "oauth/IntrospectionJob.h"
#include "oauth/JwtDocument.h"
#include "oauth/RevocationJob.h"
#include "oauth/TokenRequestJob.h"
#include "oauth/TokenVerificationJob.h"
#include "secrets/KeychainStatusJob.h"
#include "secrets/SecretJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>

namespace {

// Parses a subcommand's options; the first entry stands in for argv[0].
bool parse(QCommandLineParser& parser, const QStringList& arguments, QString* error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("grantline-cli")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

QString describeExpiry(const TokenSet& tokens)
{
    if (!tokens.hasKnownExpiry()) {
        return CliCommands::tr("expiry unknown (the provider did not say)");
    }
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(tokens.expiresAt);
    return left > 0
        ? CliCommands::tr("expires %1 (in %2 min)")
              .arg(tokens.expiresAt.toLocalTime().toString(Qt::ISODate))
              .arg(left / 60)
        : CliCommands::tr("expired %1").arg(tokens.expiresAt.toLocalTime().toString(Qt::ISODate));
}

QJsonObject tokenSummary(const TokenSet& tokens, bool reveal)
{
    QJsonObject summary{
        {QStringLiteral("token_type"), tokens.tokenType},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(tokens.scopes)},
        {QStringLiteral("obtained_at"), tokens.obtainedAt.toString(Qt::ISODate)},
        {QStringLiteral("expires_at"),
         tokens.hasKnownExpiry() ? QJsonValue(tokens.expiresAt.toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("has_refresh_token"), !tokens.refreshToken.isEmpty()},
    };
    if (const auto jwt = JwtDocument::decode(tokens.accessToken.toLatin1())) {
        summary.insert(QStringLiteral("header"), jwt->header);
        summary.insert(QStringLiteral("claims"), jwt->claims);
    }
    if (reveal) {
        summary.insert(QStringLiteral("access_token"), tokens.accessToken);
        summary.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
    }
    return summary;
}

} // namespace

CliCommands::CliCommands(const QString& home, std::unique_ptr<SecretStore> secrets)
    : m_connections(home)
    , m_secrets(std::move(secrets))
    , m_out(stdout)
    , m_err(stderr)
{ }

int CliCommands::run(const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return usage(tr("no command given; see --help."));
    }
    const QString command = arguments.first();
    const QStringList rest = arguments.mid(1);
    if (command == QLatin1String("connection")) {
        return connectionCommand(rest);
    }
    if (command == QLatin1String("login")) {
        return login(rest);
    }
    if (command == QLatin1String("token")) {
        return tokenCommand(rest);
    }
    if (command == QLatin1String("logout")) {
        return rest.size() == 1 ? logout(rest.first()) : usage(tr("usage: logout NAME"));
    }
    return usage(tr("unknown command \"%1\"; see --help.").arg(command));
}

int CliCommands::fail(const QString& message)
{
    m_err << "grantline-cli: " << message << Qt::endl;
    return Failure;
}

int CliCommands::usage(const QString& message)
{
    m_err << "grantline-cli: " << message << Qt::endl;
    return UsageError;
}

bool CliCommands::runJob(Job* job)
{
    job->setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(job, &Job::finished, &loop, &QEventLoop::quit);
    job->start();
    if (!job->isFinished()) {
        loop.exec();
    }
    return job->error() == Job::NoError;
}

std::optional<Connection> CliCommands::loadConnection(const QString& name)
{
    QString error;
    std::optional<Connection> connection = m_connections.load(name, &error);
    if (!connection) {
        fail(error);
    }
    return connection;
}

std::optional<ConnectionSecrets> CliCommands::readSecrets(const QString& name, bool mustExist)
{
    std::unique_ptr<SecretJob> job(m_secrets->readSecret(ConnectionSecrets::keyFor(name)));
    runJob(job.get());
    if (job->error() == SecretJob::NotFound) {
        // A locked keyring reads as empty: find out before saying "nothing stored".
        std::unique_ptr<KeychainStatusJob> probe(new KeychainStatusJob(m_secrets.get()));
        runJob(probe.get());
        if (probe->status() != KeychainStatusJob::Status::Available) {
            fail(probe->statusText());
            return std::nullopt;
        }
        if (!mustExist) {
            return ConnectionSecrets();
        }
        fail(tr("\"%1\" is signed out: run grantline-cli login %1.").arg(name));
        return std::nullopt;
    }
    if (job->error() != Job::NoError) {
        fail(job->errorText());
        return std::nullopt;
    }
    std::optional<ConnectionSecrets> secrets = ConnectionSecrets::parse(job->secret());
    if (!secrets) {
        fail(tr("The keychain entry of \"%1\" was not written by this Grantline.").arg(name));
    }
    return secrets;
}

bool CliCommands::writeSecrets(const QString& name, const ConnectionSecrets& secrets)
{
    std::unique_ptr<SecretJob> job(
        m_secrets->writeSecret(ConnectionSecrets::keyFor(name), secrets.serialize()));
    if (!runJob(job.get())) {
        fail(job->errorText());
        return false;
    }
    return true;
}

bool CliCommands::removeSecrets(const QString& name)
{
    std::unique_ptr<SecretJob> job(m_secrets->removeSecret(ConnectionSecrets::keyFor(name)));
    if (!runJob(job.get())) {
        fail(job->errorText());
        return false;
    }
    return true;
}

int CliCommands::connectionCommand(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("add")) {
        return addConnection(arguments.mid(1));
    }
    if (sub == QLatin1String("list") && arguments.size() == 1) {
        return listConnections();
    }
    if (sub == QLatin1String("show") && arguments.size() == 2) {
        return showConnection(arguments.at(1));
    }
    if (sub == QLatin1String("remove") && arguments.size() == 2) {
        return removeConnection(arguments.at(1));
    }
    return usage(tr("usage: connection add|list|show NAME|remove NAME"));
}

int CliCommands::addConnection(const QStringList& arguments)
{
    QCommandLineParser parser;
    const auto option = [&parser](const char* name, const char* value = nullptr) {
        QCommandLineOption opt{QString::fromLatin1(name)};
        if (value) {
            opt.setValueName(QLatin1String(value));
        }
        parser.addOption(opt);
        return opt;
    };
    const auto provider = option("provider", "aps|oidc|manual|sandbox");
    const auto issuer = option("issuer", "url");
    const auto authorizeUrl = option("authorize-url", "url");
    const auto tokenUrl = option("token-url", "url");
    const auto jwksUrl = option("jwks-url", "url");
    const auto introspectUrl = option("introspect-url", "url");
    const auto revokeUrl = option("revoke-url", "url");
    const auto userinfoUrl = option("userinfo-url", "url");
    const auto logoutUrl = option("logout-url", "url");
    const auto clientId = option("client-id", "id");
    const auto secretStdin = option("client-secret-stdin");
    const auto clientType = option("client-type", "public|confidential|server");
    const auto grant = option("grant", "authorization_code|client_credentials");
    const auto scope = option("scope", "scope");
    const auto redirectUri = option("redirect-uri", "uri");
    const auto tokenAuth = option("token-auth", "basic|post|none");
    const auto tokenParam = option("token-param", "name=value");
    parser.addPositionalArgument(QStringLiteral("name"), tr("The connection's name."));
    QString error;
    if (!parse(parser, arguments, &error)) {
        return usage(error);
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1 || !parser.isSet(provider) || !parser.isSet(clientId)) {
        return usage(tr("usage: connection add NAME --provider aps|oidc|manual|sandbox "
                        "--client-id ID [options]"));
    }
    Connection connection;
    connection.name = positional.first();
    connection.provider = parser.value(provider);
    connection.createdAt = QDateTime::currentDateTimeUtc();
    if (!Connection::isValidName(connection.name)) {
        return usage(tr("\"%1\" is not a valid name: use letters, digits, \".\", \"_\" and \"-\".")
                         .arg(connection.name));
    }
    if (!Connection::isKnownProvider(connection.provider)) {
        return usage(tr("--provider must be aps, oidc, manual or sandbox."));
    }
    if (m_connections.exists(connection.name)) {
        return fail(tr("A connection named \"%1\" already exists.").arg(connection.name));
    }

    ClientRegistration& client = connection.client;
    client.clientId = parser.value(clientId);
    const QString type = parser.value(clientType);
    client.type = type == QLatin1String("confidential")
        ? ClientRegistration::ClientType::Confidential
        : type == QLatin1String("server") ? ClientRegistration::ClientType::ServerToServer
                                          : ClientRegistration::ClientType::Public;
    if (!type.isEmpty() && type != QLatin1String("public") && type != QLatin1String("confidential")
        && type != QLatin1String("server")) {
        return usage(tr("--client-type must be public, confidential or server."));
    }
    const bool isPublic = client.type == ClientRegistration::ClientType::Public;
    const QString auth = parser.value(tokenAuth);
    client.tokenAuth = auth == QLatin1String("post")
        ? ClientRegistration::TokenAuth::ClientSecretPost
        : auth == QLatin1String("none") ? ClientRegistration::TokenAuth::None
        : auth == QLatin1String("basic") || !isPublic
        ? ClientRegistration::TokenAuth::ClientSecretBasic
        : ClientRegistration::TokenAuth::None;
    client.grantType = parser.isSet(grant) ? parser.value(grant)
        : client.type == ClientRegistration::ClientType::ServerToServer
        ? QStringLiteral("client_credentials")
        : QStringLiteral("authorization_code");
    client.scopes = parser.values(scope);
    client.redirectUri = parser.value(redirectUri);
    for (const QString& pair : parser.values(tokenParam)) {
        const qsizetype equals = pair.indexOf(u'=');
        if (equals <= 0) {
            return usage(tr("--token-param wants name=value, not \"%1\".").arg(pair));
        }
        client.extraTokenParameters.append({pair.left(equals), pair.mid(equals + 1)});
    }
    if (client.scopes.isEmpty()) {
        return usage(tr("name at least one --scope (APS rejects tokens without scopes)."));
    }

    ConnectionSecrets secrets;
    if (parser.isSet(secretStdin)) {
        QTextStream in(stdin);
        secrets.clientSecret = in.readLine();
    }
    if (client.needsSecret() && secrets.clientSecret.isEmpty()) {
        return usage(tr("this app type needs its client secret: pass --client-secret-stdin and "
                        "type it (or pipe it) on standard input."));
    }

    if (connection.provider == QLatin1String("aps")) {
        connection.endpoints = ProviderEndpoints::aps();
    } else if (connection.provider == QLatin1String("manual")) {
        ProviderEndpoints& endpoints = connection.endpoints;
        endpoints.issuer = parser.value(issuer);
        endpoints.authorization = QUrl(parser.value(authorizeUrl));
        endpoints.token = QUrl(parser.value(tokenUrl));
        endpoints.jwks = QUrl(parser.value(jwksUrl));
        endpoints.introspection = QUrl(parser.value(introspectUrl));
        endpoints.revocation = QUrl(parser.value(revokeUrl));
        endpoints.userInfo = QUrl(parser.value(userinfoUrl));
        endpoints.endSession = QUrl(parser.value(logoutUrl));
        if (endpoints.token.isEmpty()) {
            return usage(tr("a manual provider needs at least --token-url."));
        }
        const QString refusal = endpoints.refusal();
        if (!refusal.isEmpty()) {
            return fail(refusal);
        }
    } else {
        if (!parser.isSet(issuer)) {
            return usage(tr("--provider %1 needs --issuer URL.").arg(connection.provider));
        }
        std::unique_ptr<DiscoveryJob> discovery(new DiscoveryJob(&m_network, parser.value(issuer)));
        if (!runJob(discovery.get())) {
            return fail(discovery->errorText());
        }
        connection.endpoints = discovery->endpoints();
    }
    if (!secrets.clientSecret.isEmpty() && !writeSecrets(connection.name, secrets)) {
        return Failure;
    }
    if (!m_connections.save(connection, &error)) {
        return fail(error);
    }
    m_err << tr("Connection \"%1\" saved.").arg(connection.name) << Qt::endl;
    return Success;
}

int CliCommands::listConnections()
{
    for (const QString& name : m_connections.names()) {
        m_out << name << '\n';
    }
    m_out.flush();
    return Success;
}

int CliCommands::showConnection(const QString& name)
{
    const std::optional<Connection> connection = loadConnection(name);
    if (!connection) {
        return Failure;
    }
    m_out << QJsonDocument(connection->toJson()).toJson(QJsonDocument::Indented);
    m_out.flush();
    return Success;
}

int CliCommands::removeConnection(const QString& name)
{
    if (!loadConnection(name)) {
        return Failure;
    }
    // The keychain entry goes first: a file without secrets is harmless, a
    // secret without its file would be forgotten in the keychain.
    if (!removeSecrets(name)) {
        return Failure;
    }
    QString error;
    if (!m_connections.remove(name, &error)) {
        return fail(error);
    }
    m_err << tr("Connection \"%1\" removed, with its keychain entry.").arg(name) << Qt::endl;
    return Success;
}

int CliCommands::login(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"));
    parser.addOption(noBrowser);
    QString error;
    if (!parse(parser, arguments, &error)) {
        return usage(error);
    }
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("usage: login NAME [--no-browser]"));
    }
    const QString name = parser.positionalArguments().first();
    const std::optional<Connection> connection = loadConnection(name);
    if (!connection) {
        return Failure;
    }
    std::optional<ConnectionSecrets> secrets =
        readSecrets(name, !connection->client.needsSecret() ? false : true);
    if (!secrets) {
        return Failure;
    }
    TokenSet tokens;
    if (connection->client.grantType == QLatin1String("authorization_code")) {
        const bool printOnly = parser.isSet(noBrowser);
        std::unique_ptr<AuthorizationCodeFlow> flow(new AuthorizationCodeFlow(
            &m_network, connection->endpoints, connection->client, secrets->clientSecret,
            [this, printOnly](const QUrl& url) {
                if (printOnly) {
                    // The URL alone on one line, for scripts and headless machines.
                    m_out << url.toString(QUrl::FullyEncoded) << Qt::endl;
                    return true;
                }
                return QProcess::startDetached(QStringLiteral("xdg-open"),
                                               {url.toString(QUrl::FullyEncoded)});
            }));
        QObject::connect(flow.get(), &AuthorizationCodeFlow::browserLaunchFailed, flow.get(),
                         [this](const QUrl& url) {
                             m_err << tr("Could not open a browser. Open this address to sign "
                                         "in:")
                                   << '\n'
                                   << url.toString(QUrl::FullyEncoded) << Qt::endl;
                         });
        if (!runJob(flow.get())) {
            return fail(flow->errorText());
        }
        tokens = flow->tokens();
    } else {
        const QString grantType = connection->client.grantType;
        OAuthRequestJob::Fields fields = grantType == QLatin1String("client_credentials")
            ? TokenRequestJob::clientCredentialsFields(connection->client.scopes)
            : OAuthRequestJob::Fields{
                {QStringLiteral("grant_type"), grantType},
                {QStringLiteral("scope"), connection->client.scopes.join(u' ')}};
        std::unique_ptr<TokenRequestJob> request(
            new TokenRequestJob(&m_network, connection->endpoints.token, connection->client,
                                secrets->clientSecret, fields));
        if (!runJob(request.get())) {
            return fail(request->errorText());
        }
        tokens = request->tokens();
    }
    secrets->tokens = tokens;
    if (!writeSecrets(name, *secrets)) {
        return Failure;
    }
    m_err << tr("Signed in to \"%1\"; the token %2.").arg(name, describeExpiry(tokens)) << Qt::endl;
    return Success;
}

int CliCommands::tokenCommand(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("show")) {
        return showToken(arguments.mid(1));
    }
    if (sub == QLatin1String("refresh") && arguments.size() == 2) {
        return refreshToken(arguments.at(1));
    }
    if (sub == QLatin1String("revoke")) {
        return revokeTokens(arguments.mid(1));
    }
    if (sub == QLatin1String("introspect")) {
        return introspectToken(arguments.mid(1));
    }
    if (sub == QLatin1String("verify") && arguments.size() == 2) {
        return verifyToken(arguments.at(1));
    }
    return usage(tr("usage: token show|verify|refresh|revoke|introspect NAME"));
}

int CliCommands::showToken(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption reveal(QStringLiteral("reveal"));
    parser.addOptions({json, reveal});
    QString error;
    if (!parse(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        return usage(error.isEmpty() ? tr("usage: token show NAME [--json] [--reveal]") : error);
    }
    const QString name = parser.positionalArguments().first();
    if (!loadConnection(name)) {
        return Failure;
    }
    const std::optional<ConnectionSecrets> secrets = readSecrets(name, true);
    if (!secrets) {
        return Failure;
    }
    if (secrets->tokens.isEmpty()) {
        return fail(tr("\"%1\" is signed out: run grantline-cli login %1.").arg(name));
    }
    const QJsonObject summary = tokenSummary(secrets->tokens, parser.isSet(reveal));
    if (parser.isSet(json)) {
        m_out << QJsonDocument(summary).toJson(QJsonDocument::Compact) << Qt::endl;
        return Success;
    }
    m_out << tr("Token of \"%1\": %2").arg(name, describeExpiry(secrets->tokens)) << '\n';
    m_out << tr("Scopes: %1").arg(secrets->tokens.scopes.join(u' ')) << '\n';
    const QJsonObject claims = summary.value(QStringLiteral("claims")).toObject();
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        m_out << "  " << it.key() << ": "
              << (it.value().isString() ? it.value().toString()
                                        : QString::fromUtf8(QJsonDocument(QJsonArray{it.value()})
                                                                .toJson(QJsonDocument::Compact)
                                                                .mid(1)
                                                                .chopped(1)))
              << '\n';
    }
    if (parser.isSet(reveal)) {
        m_out << tr("Access token: %1").arg(secrets->tokens.accessToken) << '\n';
    }
    m_out.flush();
    return Success;
}

int CliCommands::refreshToken(const QString& name)
{
    const std::optional<Connection> connection = loadConnection(name);
    std::optional<ConnectionSecrets> secrets = connection ? readSecrets(name, true) : std::nullopt;
    if (!secrets) {
        return Failure;
    }
    if (secrets->tokens.refreshToken.isEmpty()) {
        return fail(tr("\"%1\" has no refresh token: run grantline-cli login %1.").arg(name));
    }
    std::unique_ptr<TokenRequestJob> request(new TokenRequestJob(
        &m_network, connection->endpoints.token, connection->client, secrets->clientSecret,
        TokenRequestJob::refreshFields(secrets->tokens.refreshToken)));
    if (!runJob(request.get())) {
        if (request->error() == OAuthRequestJob::InvalidGrant) {
            // The old tokens are dead: do not keep pretending they work.
            secrets->tokens = TokenSet();
            writeSecrets(name, *secrets);
            return fail(tr("The sign-in of \"%1\" has ended (%2). Run grantline-cli login %1.")
                            .arg(name, request->providerError()));
        }
        return fail(request->errorText());
    }
    TokenSet fresh = request->tokens();
    if (fresh.refreshToken.isEmpty()) {
        // No rotation: the old refresh token stays valid.
        fresh.refreshToken = secrets->tokens.refreshToken;
    }
    secrets->tokens = fresh;
    if (!writeSecrets(name, *secrets)) {
        return Failure;
    }
    m_err << tr("Refreshed \"%1\"; the token %2.").arg(name, describeExpiry(fresh)) << Qt::endl;
    return Success;
}

int CliCommands::revokeTokens(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption access(QStringLiteral("access"));
    const QCommandLineOption refresh(QStringLiteral("refresh"));
    const QCommandLineOption all(QStringLiteral("all"));
    parser.addOptions({access, refresh, all});
    QString error;
    if (!parse(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        return usage(error.isEmpty() ? tr("usage: token revoke NAME [--access|--refresh|--all]")
                                     : error);
    }
    const QString name = parser.positionalArguments().first();
    const std::optional<Connection> connection = loadConnection(name);
    std::optional<ConnectionSecrets> secrets = connection ? readSecrets(name, true) : std::nullopt;
    if (!secrets) {
        return Failure;
    }
    if (connection->endpoints.revocation.isEmpty()) {
        return fail(tr("The provider of \"%1\" has no revocation endpoint.").arg(name));
    }
    const bool revokeAll = parser.isSet(all) || (!parser.isSet(access) && !parser.isSet(refresh));
    QList<QPair<QString, QString>> targets;
    if ((revokeAll || parser.isSet(refresh)) && !secrets->tokens.refreshToken.isEmpty()) {
        targets.append({secrets->tokens.refreshToken, QStringLiteral("refresh_token")});
    }
    if ((revokeAll || parser.isSet(access)) && !secrets->tokens.accessToken.isEmpty()) {
        targets.append({secrets->tokens.accessToken, QStringLiteral("access_token")});
    }
    for (const auto& [token, hint] : targets) {
        std::unique_ptr<RevocationJob> job(
            new RevocationJob(&m_network, connection->endpoints.revocation, connection->client,
                              secrets->clientSecret, token, hint));
        if (!runJob(job.get())) {
            return fail(job->errorText());
        }
        if (hint == QLatin1String("refresh_token")) {
            secrets->tokens.refreshToken.clear();
        } else {
            secrets->tokens.accessToken.clear();
        }
    }
    if (!writeSecrets(name, *secrets)) {
        return Failure;
    }
    m_err << tr("Revoked %n token(s) of \"%1\".", nullptr, int(targets.size())).arg(name)
          << Qt::endl;
    return Success;
}

int CliCommands::introspectToken(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOption(json);
    QString error;
    if (!parse(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        return usage(error.isEmpty() ? tr("usage: token introspect NAME [--json]") : error);
    }
    const QString name = parser.positionalArguments().first();
    const std::optional<Connection> connection = loadConnection(name);
    const std::optional<ConnectionSecrets> secrets =
        connection ? readSecrets(name, true) : std::nullopt;
    if (!secrets) {
        return Failure;
    }
    if (connection->endpoints.introspection.isEmpty()) {
        return fail(tr("The provider of \"%1\" has no introspection endpoint.").arg(name));
    }
    const QString token = secrets->tokens.accessToken.isEmpty() ? secrets->tokens.refreshToken
                                                                : secrets->tokens.accessToken;
    if (token.isEmpty()) {
        return fail(tr("\"%1\" is signed out: run grantline-cli login %1.").arg(name));
    }
    std::unique_ptr<IntrospectionJob> job(new IntrospectionJob(
        &m_network, connection->endpoints.introspection, connection->client, secrets->clientSecret,
        token,
        token == secrets->tokens.accessToken ? QStringLiteral("access_token")
                                             : QStringLiteral("refresh_token")));
    if (!runJob(job.get())) {
        return fail(job->errorText());
    }
    QJsonObject result = job->details();
    result.insert(QStringLiteral("active"), job->isActive());
    if (parser.isSet(json)) {
        m_out << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_out << (job->isActive() ? tr("active") : tr("inactive (expired, revoked or unknown)"))
              << Qt::endl;
    }
    return Success;
}

int CliCommands::verifyToken(const QString& name)
{
    const std::optional<Connection> connection = loadConnection(name);
    const std::optional<ConnectionSecrets> secrets =
        connection ? readSecrets(name, true) : std::nullopt;
    if (!secrets) {
        return Failure;
    }
    if (secrets->tokens.accessToken.isEmpty()) {
        return fail(tr("\"%1\" is signed out: run grantline-cli login %1.").arg(name));
    }
    JwtVerifier::Expectations expectations;
    expectations.issuer = connection->endpoints.issuer;
    std::unique_ptr<TokenVerificationJob> job(
        new TokenVerificationJob(&m_network, connection->endpoints.jwks,
                                 secrets->tokens.accessToken.toLatin1(), expectations));
    if (!runJob(job.get())) {
        return fail(job->errorText());
    }
    m_out << job->verification().message << Qt::endl;
    return Success;
}

int CliCommands::logout(const QString& name)
{
    const std::optional<Connection> connection = loadConnection(name);
    if (!connection) {
        return Failure;
    }
    if (!connection->endpoints.revocation.isEmpty()) {
        const int revoked = revokeTokens({name, QStringLiteral("--all")});
        if (revoked != Success) {
            return revoked;
        }
    }
    std::optional<ConnectionSecrets> secrets = readSecrets(name, false);
    if (!secrets) {
        return Failure;
    }
    secrets->tokens = TokenSet();
    if (!writeSecrets(name, *secrets)) {
        return Failure;
    }
    if (!connection->endpoints.endSession.isEmpty()) {
        m_err << tr("To end the browser session too, open:") << '\n'
              << connection->endpoints.endSession.toString() << Qt::endl;
    }
    m_err << tr("Signed out of \"%1\".").arg(name) << Qt::endl;
    return Success;
}
