#include "common/ConnectionRegistry.h"

#include "common/AppContext.h"
#include "core/Clock.h"
#include "oauth/ConnectionSecretsReadJob.h"
#include "oauth/ConnectionStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

ConnectionRegistry::ConnectionRegistry(AppContext* context)
    : QObject(context)
    , m_context(context)
    , m_history(context->connections().home())
{ }

TokenHistory& ConnectionRegistry::history()
{
    return m_history;
}

void ConnectionRegistry::reload()
{
    ConnectionStore& store = m_context->connections();
    m_names = store.names();
    m_connections.clear();
    m_problems.clear();
    for (const QString& name : std::as_const(m_names)) {
        QString error;
        if (const std::optional<Connection> connection = store.load(name, &error)) {
            m_connections.insert(name, *connection);
        } else {
            m_problems.insert(name, error);
        }
    }
    // Secrets of connections that are gone must not linger in memory.
    for (auto it = m_secrets.begin(); it != m_secrets.end();) {
        it = m_names.contains(it.key()) ? std::next(it) : m_secrets.erase(it);
    }
    Q_EMIT listChanged();
    for (const QString& name : std::as_const(m_names)) {
        if (m_connections.contains(name)) {
            readSecrets(name, std::nullopt, {});
        }
    }
}

QStringList ConnectionRegistry::names() const
{
    return m_names;
}

std::optional<Connection> ConnectionRegistry::connection(const QString& name) const
{
    const auto it = m_connections.constFind(name);
    return it == m_connections.cend() ? std::nullopt : std::optional<Connection>(*it);
}

std::optional<ConnectionSecrets> ConnectionRegistry::secrets(const QString& name) const
{
    const auto it = m_secrets.constFind(name);
    return it == m_secrets.cend() ? std::nullopt : std::optional<ConnectionSecrets>(*it);
}

QString ConnectionRegistry::problem(const QString& name) const
{
    return m_problems.value(name);
}

void ConnectionRegistry::reloadSecrets(const QString& name,
                                       std::optional<TokenHistory::Event> event, Done done)
{
    readSecrets(name, event, std::move(done));
}

bool ConnectionRegistry::isBusy(const QString& name) const
{
    return m_busy.contains(name);
}

void ConnectionRegistry::setBusy(const QString& name, bool busy)
{
    if (busy) {
        m_busy.insert(name);
    } else {
        m_busy.remove(name);
    }
}

void ConnectionRegistry::readSecrets(const QString& name, std::optional<TokenHistory::Event> event,
                                     Done done)
{
    auto* job = new ConnectionSecretsReadJob(m_context->secrets(), name, this);
    connect(job, &Job::finished, this, [this, name, event, done, job] {
        if (!m_connections.contains(name)) {
            // Removed while the keychain was answering.
            if (done) {
                done(false, tr("The connection \"%1\" is gone.").arg(name));
            }
            return;
        }
        if (job->error() == Job::NoError
            || job->error() == ConnectionSecretsReadJob::NothingStored) {
            m_secrets.insert(name, job->secrets());
            m_problems.remove(name);
            if (event && job->error() == Job::NoError) {
                record(name, *event, job->secrets());
            }
        } else {
            // Locked or unreadable: no cached copy, so no write is built from a guess.
            m_secrets.remove(name);
            m_problems.insert(name, job->errorText());
        }
        Q_EMIT connectionChanged(name);
        if (done) {
            done(!m_problems.contains(name), m_problems.value(name));
        }
    });
    job->start();
}

void ConnectionRegistry::record(const QString& name, TokenHistory::Event event,
                                const ConnectionSecrets& secrets)
{
    QString error;
    const TokenHistory::Entry entry{event, Clock::now(), secrets.tokens.expiresAt};
    // The history is a convenience: failing to write it loses no tokens.
    if (!m_history.record(name, entry, &error)) {
        qWarning("%s", qUtf8Printable(error));
    }
}

void ConnectionRegistry::writeSecrets(const QString& name, const ConnectionSecrets& secrets,
                                      std::optional<TokenHistory::Event> event, Done done)
{
    if (!m_connections.contains(name)) {
        // Never an entry without its connection file.
        done(false, tr("The connection \"%1\" is gone.").arg(name));
        return;
    }
    SecretJob* job =
        m_context->secrets()->writeSecret(ConnectionSecrets::keyFor(name), secrets.serialize());
    connect(job, &Job::finished, this, [this, name, secrets, event, done, job] {
        const bool ok = job->error() == Job::NoError;
        if (ok) {
            m_secrets.insert(name, secrets);
            if (event) {
                record(name, *event, secrets);
            }
            Q_EMIT connectionChanged(name);
        }
        done(ok, job->errorText());
    });
    job->start();
}

void ConnectionRegistry::remove(const QString& name, Done done)
{
    if (isBusy(name)) {
        done(false, tr("an action on it is still running; try again when it has finished."));
        return;
    }
    setBusy(name, true);
    SecretJob* job = m_context->secrets()->removeSecret(ConnectionSecrets::keyFor(name));
    connect(job, &Job::finished, this, [this, name, done, job] {
        setBusy(name, false);
        if (job->error() != Job::NoError) {
            // The file stays, so the secrets are not orphaned in the keychain.
            done(false, job->errorText());
            return;
        }
        QString error;
        const bool removed = m_context->connections().remove(name, &error);
        m_secrets.remove(name);
        reload();
        done(removed, error);
    });
    job->start();
}
