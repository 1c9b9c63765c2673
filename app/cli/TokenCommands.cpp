#include "TokenCommands.h"

#include "core/Clock.h"
#include "core/TerminalText.h"
#include "oauth/AccessTokenJob.h"
#include "oauth/IntrospectionJob.h"
#include "oauth/SignOutJob.h"
#include "oauth/TokenInspection.h"
#include "oauth/TokenVerificationJob.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject tokenSummary(const TokenSet& tokens, const TokenInspection& inspection, bool reveal)
{
    QJsonObject times;
    for (const TokenInspection::Claim& claim : inspection.claimRows) {
        if (claim.time.isValid()) {
            times.insert(claim.name, claim.time.toString(Qt::ISODate));
        }
    }
    QJsonObject summary{
        {QStringLiteral("token_type"), tokens.tokenType},
        {QStringLiteral("kind"), inspection.kindText()},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(tokens.scopes)},
        {QStringLiteral("obtained_at"), tokens.obtainedAt.toString(Qt::ISODate)},
        {QStringLiteral("expires_at"),
         tokens.hasKnownExpiry() ? QJsonValue(tokens.expiresAt.toString(Qt::ISODate))
                                 : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("has_refresh_token"), !tokens.refreshToken.isEmpty()},
        {QStringLiteral("has_id_token"), !tokens.idToken.isEmpty()},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(inspection.warnings)},
    };
    if (inspection.isReadable()) {
        summary.insert(QStringLiteral("header"), inspection.header);
        summary.insert(QStringLiteral("claims"), inspection.claims);
        summary.insert(QStringLiteral("claim_times"), times);
    }
    if (reveal) {
        summary.insert(QStringLiteral("access_token"), tokens.accessToken);
        summary.insert(QStringLiteral("refresh_token"), tokens.refreshToken);
        summary.insert(QStringLiteral("id_token"), tokens.idToken);
    }
    return summary;
}

} // namespace

TokenCommands::TokenCommands(CliSession& session)
    : m_session(session)
{ }

int TokenCommands::run(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("show")) {
        return show(arguments.mid(1));
    }
    if (sub == QLatin1String("refresh") && arguments.size() == 2) {
        return refresh(arguments.at(1));
    }
    if (sub == QLatin1String("revoke")) {
        return revoke(arguments.mid(1));
    }
    if (sub == QLatin1String("introspect")) {
        return introspect(arguments.mid(1));
    }
    if (sub == QLatin1String("verify") && arguments.size() == 2) {
        return verify(arguments.at(1));
    }
    return m_session.usage(tr("usage: token show|verify|refresh|revoke|introspect NAME"));
}

std::optional<TokenCommands::Signed> TokenCommands::signedIn(const QString& name)
{
    const std::optional<Connection> connection = m_session.loadConnection(name);
    if (!connection) {
        return std::nullopt;
    }
    const std::optional<ConnectionSecrets> secrets = m_session.readSecrets(name, true);
    if (!secrets) {
        return std::nullopt;
    }
    if (secrets->tokens.isEmpty() && secrets->tokens.refreshToken.isEmpty()) {
        m_session.signedOut(name);
        return std::nullopt;
    }
    return Signed{*connection, *secrets};
}

int TokenCommands::show(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption reveal(QStringLiteral("reveal"));
    parser.addOptions({json, reveal});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        return m_session.usage(error.isEmpty() ? tr("usage: token show NAME [--json] [--reveal]")
                                               : error);
    }
    const QString name = parser.positionalArguments().first();
    const std::optional<Signed> current = signedIn(name);
    if (!current) {
        return CliSession::Failure;
    }
    const TokenSet& tokens = current->secrets.tokens;
    const QDateTime now = Clock::now();
    const TokenInspection inspection = TokenInspection::inspect(tokens.accessToken.toLatin1(), now);
    if (parser.isSet(json)) {
        m_session.out() << QJsonDocument(tokenSummary(tokens, inspection, parser.isSet(reveal)))
                               .toJson(QJsonDocument::Compact)
                        << Qt::endl;
        return CliSession::Success;
    }
    QTextStream& out = m_session.out();
    // Scopes and claims are the provider's words: no control characters.
    const auto text = &TerminalText::sanitize;
    out << tr("Token of \"%1\": %2").arg(name, CliSession::expiryOf(tokens)) << '\n';
    out << inspection.kindText() << '\n';
    out << text(tr("Scopes: %1").arg(tokens.scopes.join(u' '))) << '\n';
    out << (tokens.refreshToken.isEmpty() ? tr("No refresh token.")
                                          : tr("A refresh token is stored."))
        << '\n';
    for (const TokenInspection::Claim& claim : inspection.claimRows) {
        out << "  " << text(claim.name) << ": " << text(claim.text) << '\n';
    }
    for (const QString& warning : inspection.warnings) {
        out << text(tr("Warning: %1").arg(warning)) << '\n';
    }
    if (parser.isSet(reveal)) {
        out << tr("Access token: %1").arg(tokens.accessToken) << '\n';
    }
    out.flush();
    return CliSession::Success;
}

int TokenCommands::refresh(const QString& name)
{
    const std::optional<Signed> current = signedIn(name);
    if (!current) {
        return CliSession::Failure;
    }
    // The same job every API call uses: rotation saved before anything else
    // sees the new token, an ended sign-in forgotten.
    std::unique_ptr<AccessTokenJob> job(
        new AccessTokenJob(m_session.network(), m_session.secrets(), current->connection, true));
    job->setHistoryHome(m_session.connections().home());
    if (!m_session.runJob(job.get())) {
        if (job->error() == AccessTokenJob::SignInEnded
            || job->error() == AccessTokenJob::SignedOut) {
            return m_session.fail(tr("%1 Run grantline-cli login %2.").arg(job->errorText(), name));
        }
        return m_session.fail(job->errorText());
    }
    m_session.err()
        << tr("Refreshed \"%1\"; the token %2.").arg(name, CliSession::expiryOf(job->tokens()))
        << Qt::endl;
    return CliSession::Success;
}

int TokenCommands::revoke(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption access(QStringLiteral("access"));
    const QCommandLineOption refreshOption(QStringLiteral("refresh"));
    const QCommandLineOption all(QStringLiteral("all"));
    parser.addOptions({access, refreshOption, all});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        return m_session.usage(
            error.isEmpty() ? tr("usage: token revoke NAME [--access|--refresh|--all]") : error);
    }
    const QString name = parser.positionalArguments().first();
    const std::optional<Connection> connection = m_session.loadConnection(name);
    if (!connection) {
        return CliSession::Failure;
    }
    const bool everything =
        parser.isSet(all) || (!parser.isSet(access) && !parser.isSet(refreshOption));
    SignOutJob::Tokens tokens;
    tokens.setFlag(SignOutJob::RefreshToken, everything || parser.isSet(refreshOption));
    tokens.setFlag(SignOutJob::AccessToken, everything || parser.isSet(access));
    // The job the GUI uses too: the same order, the same rule on a refusal.
    std::unique_ptr<SignOutJob> job(new SignOutJob(m_session.network(), m_session.secrets(),
                                                   *connection, SignOutJob::Purpose::Revoke,
                                                   tokens));
    if (m_session.secrets()->isPersistent()) {
        job->setHistoryHome(m_session.connections().home());
    }
    if (!m_session.runJob(job.get())) {
        return m_session.failWithSecretError(job.get(), job->keychainError());
    }
    m_session.err() << tr("Revoked %n token(s) of \"%1\".", nullptr, job->revokedCount()).arg(name)
                    << Qt::endl;
    return CliSession::Success;
}

int TokenCommands::introspect(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption refreshToken(QStringLiteral("refresh"));
    parser.addOptions({json, refreshToken});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        return m_session.usage(
            error.isEmpty() ? tr("usage: token introspect NAME [--refresh] [--json]") : error);
    }
    const QString name = parser.positionalArguments().first();
    const std::optional<Signed> current = signedIn(name);
    if (!current) {
        return CliSession::Failure;
    }
    const Connection& connection = current->connection;
    if (connection.endpoints.introspection.isEmpty()) {
        return m_session.fail(
            tr("The provider of \"%1\" has no introspection endpoint.").arg(name));
    }
    const TokenSet& tokens = current->secrets.tokens;
    const bool askAboutRefresh = parser.isSet(refreshToken) || tokens.accessToken.isEmpty();
    const QString token = askAboutRefresh ? tokens.refreshToken : tokens.accessToken;
    if (token.isEmpty()) {
        return m_session.fail(tr("\"%1\" has no refresh token to ask about.").arg(name));
    }
    std::unique_ptr<IntrospectionJob> job(new IntrospectionJob(
        m_session.network(), connection.endpoints.introspection, connection.client,
        current->secrets.clientSecret, token,
        askAboutRefresh ? QStringLiteral("refresh_token") : QStringLiteral("access_token")));
    if (!m_session.runJob(job.get())) {
        return m_session.fail(job->errorText());
    }
    QJsonObject result = job->details();
    result.insert(QStringLiteral("active"), job->isActive());
    if (parser.isSet(json)) {
        m_session.out() << QJsonDocument(result).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        m_session.out() << (job->isActive() ? tr("active")
                                            : tr("inactive (expired, revoked or unknown)"))
                        << Qt::endl;
    }
    return CliSession::Success;
}

int TokenCommands::verify(const QString& name)
{
    const std::optional<Signed> current = signedIn(name);
    if (!current) {
        return CliSession::Failure;
    }
    if (current->secrets.tokens.accessToken.isEmpty()) {
        return m_session.signedOut(name);
    }
    JwtVerifier::Expectations expectations;
    expectations.issuer = current->connection.endpoints.issuer;
    std::unique_ptr<TokenVerificationJob> job(
        new TokenVerificationJob(m_session.network(), current->connection.endpoints.jwks,
                                 current->secrets.tokens.accessToken.toLatin1(), expectations));
    if (!m_session.runJob(job.get())) {
        return m_session.fail(job->errorText());
    }
    // The message may quote the token's claims.
    m_session.out() << TerminalText::sanitize(job->verification().message) << Qt::endl;
    return CliSession::Success;
}
