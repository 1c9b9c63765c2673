#include "SignInCommands.h"

#include "InterruptWatcher.h"
#include "http/HttpConnection.h"
#include "oauth/SignInJob.h"
#include "oauth/SignOutJob.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

SignInCommands::SignInCommands(CliSession& session)
    : m_session(session)
{ }

bool SignInCommands::openBrowser(const QUrl& url)
{
    // xdg-open may start and still fail to show anything (no display, no
    // browser): the address is always printed, so the user is never stuck.
    m_session.err() << tr("Opening your browser to sign in. If it does not open, visit:") << '\n'
                    << url.toString(QUrl::FullyEncoded) << Qt::endl;
    return QProcess::startDetached(QStringLiteral("xdg-open"), {url.toString(QUrl::FullyEncoded)});
}

bool SignInCommands::signIn(const Connection& connection, const QString& clientSecret,
                            bool printOnly, TokenSet* tokens)
{
    // The same attempt as the GUI's: the browser sign-in for a person, the
    // app's own token otherwise.
    std::unique_ptr<SignInJob> job(new SignInJob(
        m_session.network(), connection, clientSecret, [this, printOnly](const QUrl& url) {
            if (printOnly) {
                // The URL alone on one line, for scripts and headless machines.
                m_session.out() << url.toString(QUrl::FullyEncoded) << Qt::endl;
                return true;
            }
            return openBrowser(url);
        }));
    QObject::connect(job.get(), &SignInJob::browserLaunchFailed, job.get(), [this] {
        m_session.err() << tr("The browser could not be started; open the address above "
                              "yourself.")
                        << Qt::endl;
    });
    InterruptWatcher interrupt(job.get());
    const bool signedIn = m_session.runJob(job.get());
    const QString failure =
        interrupt.wasInterrupted() ? tr("The sign-in was cancelled.") : job->errorText();
    *tokens = job->tokens();
    job.reset();
    waitForBrowserAnswer();
    if (!signedIn) {
        m_session.fail(failure);
        return false;
    }
    return true;
}

void SignInCommands::waitForBrowserAnswer()
{
    // The browser tab's page (signed in, or what failed) is still on its way
    // out: leave before it is sent and the person sees an empty response.
    if (HttpConnection::lingeringCount() == 0) {
        return;
    }
    QEventLoop loop;
    QTimer check;
    QObject::connect(&check, &QTimer::timeout, &loop, [&loop] {
        if (HttpConnection::lingeringCount() == 0) {
            loop.quit();
        }
    });
    check.start(20);
    QTimer::singleShot(HttpConnection::kLingerTimeout, &loop, &QEventLoop::quit);
    loop.exec();
}

int SignInCommands::login(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption noBrowser(QStringLiteral("no-browser"));
    parser.addOption(noBrowser);
    QString error;
    if (!CliSession::parse(parser, arguments, &error)) {
        return m_session.usage(error);
    }
    if (parser.positionalArguments().size() != 1) {
        return m_session.usage(tr("usage: login NAME [--no-browser]"));
    }
    const QString name = parser.positionalArguments().first();
    const std::optional<Connection> connection = m_session.loadConnection(name);
    if (!connection) {
        return CliSession::Failure;
    }
    if (connection->client.needsSecret() && !m_session.secrets()->isPersistent()) {
        return m_session.fail(tr("\"%1\" needs its client secret, which is in the keychain: a "
                                 "--session-only command cannot sign it in.")
                                  .arg(name));
    }
    std::optional<ConnectionSecrets> secrets =
        m_session.readSecrets(name, connection->client.needsSecret());
    if (!secrets) {
        return CliSession::Failure;
    }
    TokenSet tokens;
    if (!signIn(*connection, secrets->clientSecret, parser.isSet(noBrowser), &tokens)) {
        return CliSession::Failure;
    }
    secrets->tokens = tokens;
    if (!m_session.writeSecrets(name, *secrets)) {
        return CliSession::Failure;
    }
    m_session.recordInHistory(name, TokenHistory::Event::SignedIn, tokens);
    m_session.err()
        << tr("Signed in to \"%1\"; the token %2.").arg(name, CliSession::expiryOf(tokens))
        << Qt::endl;
    if (!m_session.secrets()->isPersistent()) {
        m_session.err() << tr("The tokens are kept in memory only and are gone when this "
                              "command ends.")
                        << Qt::endl;
    }
    return CliSession::Success;
}

int SignInCommands::logout(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        return m_session.usage(tr("usage: logout NAME"));
    }
    const QString name = arguments.first();
    const std::optional<Connection> connection = m_session.loadConnection(name);
    if (!connection) {
        return CliSession::Failure;
    }
    // The job the GUI uses too: a provider that refuses or cannot be reached
    // leaves the tokens forgotten here, and the command says so and fails.
    std::unique_ptr<SignOutJob> job(new SignOutJob(m_session.network(), m_session.secrets(),
                                                   *connection, SignOutJob::Purpose::SignOut));
    if (m_session.secrets()->isPersistent()) {
        job->setHistoryHome(m_session.connections().home());
    }
    m_session.runJob(job.get());
    if (job->error() == SignOutJob::KeychainFailed) {
        return m_session.failWithSecretError(job.get(), job->keychainError());
    }
    const QUrl logoutUrl = connection->endpoints.logoutUrl(connection->client.clientId);
    if (!logoutUrl.isEmpty()) {
        m_session.err() << tr("To end the session in your browser too, open:") << '\n'
                        << logoutUrl.toString(QUrl::FullyEncoded) << Qt::endl;
    }
    if (job->error() != Job::NoError) {
        return m_session.fail(job->errorText());
    }
    m_session.err() << tr("Signed out of \"%1\".").arg(name) << Qt::endl;
    return CliSession::Success;
}
