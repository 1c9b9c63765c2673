// The connections the main window shows, with their secrets once the keychain
// has answered: read in the background, changed through here so that every
// view hears about it, and each change of tokens written to the history.
#pragma once

#include "oauth/Connection.h"
#include "oauth/ConnectionSecrets.h"
#include "oauth/TokenHistory.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>
#include <optional>

class AppContext;
class Job;

class ConnectionRegistry : public QObject
{
    Q_OBJECT

public:
    explicit ConnectionRegistry(AppContext* context);

    // Rereads the connection files, then each connection's keychain entry.
    void reload();
    QStringList names() const;
    std::optional<Connection> connection(const QString& name) const;
    // Empty until the keychain has answered for this connection.
    std::optional<ConnectionSecrets> secrets(const QString& name) const;
    // Why the connection's file or keychain entry could not be read.
    QString problem(const QString& name) const;
    using Done = std::function<void(bool ok, const QString& error)>;

    // Reads one connection's keychain entry again (after a refresh made by a
    // job); done, when given, follows once the cache holds the answer.
    void reloadSecrets(const QString& name, std::optional<TokenHistory::Event> event = {},
                       Done done = {});

    // One change at a time per connection: a write built from a stale copy
    // would undo the one before it (a refresh's rotated token, a sign-out).
    bool isBusy(const QString& name) const;
    void setBusy(const QString& name, bool busy);
    // Writes the entry, records the event (when the tokens changed), and
    // tells every view.
    void writeSecrets(const QString& name, const ConnectionSecrets& secrets,
                      std::optional<TokenHistory::Event> event, Done done);
    // The file, the keychain entry and the history.
    void remove(const QString& name, Done done);

    TokenHistory& history();

Q_SIGNALS:
    void listChanged();
    void connectionChanged(const QString& name);

private:
    void readSecrets(const QString& name, std::optional<TokenHistory::Event> event, Done done);
    void record(const QString& name, TokenHistory::Event event, const ConnectionSecrets& secrets);

    AppContext* m_context;
    TokenHistory m_history;
    QStringList m_names;
    QHash<QString, Connection> m_connections;
    QHash<QString, ConnectionSecrets> m_secrets;
    QHash<QString, QString> m_problems;
    QSet<QString> m_busy;
};
