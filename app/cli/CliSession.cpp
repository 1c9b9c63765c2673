#include "CliSession.h"

#include "core/Clock.h"
#include "core/Job.h"
#include "oauth/ConnectionSecretsReadJob.h"
#include "oauth/TokenInspection.h"
#include "secrets/SecretJob.h"
#include "source/PipelineDocument.h"
#include "source/PipelineStore.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>

#include <cstdio>

CliSession::CliSession(const QString& home, std::unique_ptr<SecretStore> secrets)
    : m_connections(home)
    , m_secrets(std::move(secrets))
    , m_out(stdout)
{ }

ConnectionStore& CliSession::connections()
{
    return m_connections;
}

SecretStore* CliSession::secrets() const
{
    return m_secrets.get();
}

QNetworkAccessManager* CliSession::network()
{
    return &m_network;
}

QTextStream& CliSession::out()
{
    return m_out;
}

QTextStream& CliSession::err()
{
    return m_err;
}

bool CliSession::parse(QCommandLineParser& parser, const QStringList& arguments, QString* error)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // The first entry stands in for argv[0].
    if (!parser.parse(QStringList{QStringLiteral("grantline-cli")} + arguments)) {
        *error = parser.errorText();
        return false;
    }
    return true;
}

int CliSession::fail(const QString& message)
{
    m_err << "grantline-cli: " << message << Qt::endl;
    return Failure;
}

std::optional<PipelineFile> CliSession::loadPipeline(const QString& pathOrName, QString* filePath)
{
    const QString path = PipelineStore(m_connections.home()).resolve(pathOrName);
    if (filePath) {
        *filePath = path;
    }
    PipelineDocument document;
    QString error;
    if (!document.load(path, &error)) {
        printProblems(path, {{QString(), error}});
        return std::nullopt;
    }
    std::optional<PipelineFile> file = document.pipeline();
    if (!file) {
        printProblems(path, document.problems());
    }
    return file;
}

void CliSession::printProblems(const QString& path, const ConfigProblems& problems)
{
    const QString name = QFileInfo(path).fileName();
    for (const ConfigProblem& problem : problems) {
        m_err << "grantline-cli: " << name << ": " << problem.toString() << '\n';
    }
    m_err.flush();
}

bool CliSession::keepsSecrets(const QString& what)
{
    if (m_secrets->isPersistent()) {
        return true;
    }
    usage(tr("--session-only would forget %1 when this command ends: run it without "
             "--session-only, with the keychain.")
              .arg(what));
    return false;
}

int CliSession::usage(const QString& message)
{
    m_err << "grantline-cli: " << message << Qt::endl;
    return UsageError;
}

int CliSession::signedOut(const QString& name)
{
    return fail(tr("\"%1\" is signed out: run grantline-cli login %1.").arg(name));
}

QString CliSession::expiryOf(const TokenSet& tokens)
{
    if (!tokens.hasKnownExpiry()) {
        return tr("expiry unknown (the provider did not say)");
    }
    return TokenInspection::expiryText(tokens.expiresAt, Clock::now());
}

bool CliSession::runJob(Job* job)
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

int CliSession::failWithSecretError(const Job* job, int secretError)
{
    if (secretError == SecretJob::Unavailable) {
        return fail(tr("%1 Or run the command with --session-only to keep secrets in memory "
                       "until it ends.")
                        .arg(job->errorText()));
    }
    return fail(job->errorText());
}

std::optional<Connection> CliSession::loadConnection(const QString& name)
{
    QString error;
    std::optional<Connection> connection = m_connections.load(name, &error);
    if (!connection) {
        fail(error);
    }
    return connection;
}

std::optional<ConnectionSecrets> CliSession::readSecrets(const QString& name, bool mustExist)
{
    std::unique_ptr<ConnectionSecretsReadJob> job(
        new ConnectionSecretsReadJob(m_secrets.get(), name));
    runJob(job.get());
    if (job->error() == ConnectionSecretsReadJob::NothingStored) {
        if (!mustExist) {
            return ConnectionSecrets();
        }
        signedOut(name);
        return std::nullopt;
    }
    if (job->error() == ConnectionSecretsReadJob::KeychainFailed) {
        failWithSecretError(job.get(), job->keychainError());
        return std::nullopt;
    }
    if (job->error() != Job::NoError) {
        fail(job->errorText());
        return std::nullopt;
    }
    return job->secrets();
}

bool CliSession::writeSecrets(const QString& name, const ConnectionSecrets& secrets)
{
    std::unique_ptr<SecretJob> job(
        m_secrets->writeSecret(ConnectionSecrets::keyFor(name), secrets.serialize()));
    if (!runJob(job.get())) {
        failWithSecretError(job.get(), job->error());
        return false;
    }
    return true;
}

void CliSession::recordInHistory(const QString& name, TokenHistory::Event event,
                                 const TokenSet& tokens)
{
    if (!secrets()->isPersistent()) {
        // Session-only tokens leave nothing behind, not even their times.
        return;
    }
    QString error;
    if (!TokenHistory(connections().home())
             .record(name, {event, Clock::now(), tokens.expiresAt}, &error)) {
        err() << tr("Warning: %1").arg(error) << Qt::endl;
    }
}

bool CliSession::removeSecrets(const QString& name)
{
    std::unique_ptr<SecretJob> job(m_secrets->removeSecret(ConnectionSecrets::keyFor(name)));
    if (!runJob(job.get())) {
        failWithSecretError(job.get(), job->error());
        return false;
    }
    return true;
}
