// A PostgreSQL server of the test suite's own: initdb into a temporary
// folder, pg_ctl start on a free port with its socket in that folder and on
// 127.0.0.1 (nothing shared with a server the machine may run), stopped and
// removed at the end. The socket trusts its superuser (the suite's own
// setup); TCP asks every user for a password (scram-sha-256), as a real
// server would. As root (CI) the server runs as the "postgres" system user, since
// PostgreSQL refuses to run as root. No test needs a server it did not start.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    // Starts the server; false with a sentence in error.
    bool start(QString* error);
    void stop();
    bool isRunning() const;
    // Kills the server at once (pg_ctl stop -m immediate, as a crash) and
    // starts it again on the same port and data.
    bool restart(QString* error);
    // The postmaster's process id (to kill it mid-load), 0 when not running.
    qint64 processId() const;
    // A full disk as the server meets one: no file it writes grows past
    // bytes (RLIMIT_FSIZE on the server's processes), from the next start or
    // restart; 0 lifts the limit. Set before start() to get the 1 MB WAL
    // segments the server needs to run under a small limit.
    void setFileSizeLimit(qint64 bytes);

    // Runs SQL as the superuser over the socket; the first value of the
    // last statement's first row, or nullopt with the server's message.
    std::optional<QString> execute(const QString& sql, QString* error = nullptr,
                                   const QString& database = QStringLiteral("postgres")) const;
    // A login role with a password, owning a new database of the same name
    // unless database is given.
    bool createUser(const QString& name, const QString& password, QString* error) const;
    // "postgresql://USER@127.0.0.1:PORT/DATABASE" (no password).
    QString url(const QString& user, const QString& database) const;

    // Where libpq finds it: the socket folder, the port, the superuser.
    QString socketFolder() const;
    int port() const;
    QString user() const;
    // "host=… port=… user=… dbname=postgres", for PQconnectdb.
    QString connectionString(const QString& database = QStringLiteral("postgres")) const;

private:
    // Runs a server program (as the postgres user when this is root);
    // false with its output in error.
    bool runTool(const QString& tool, const QStringList& arguments, QString* error,
                 qint64 fileSizeLimit = 0) const;
    static QString toolPath(const QString& tool);

    bool startServer(QString* error);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_data;
    int m_port = 0;
    QString m_user;
    bool m_running = false;
    qint64 m_fileSizeLimit = 0;
};
