// A PostgreSQL server of the test suite's own: initdb into a temporary
// folder, pg_ctl start on a free port with its socket in that folder (no TCP,
// nothing shared with a server the machine may run), stopped and removed at
// the end. As root (CI) the server runs as the "postgres" system user, since
// PostgreSQL refuses to run as root. No test needs a server it did not start.
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

class PostgresServer
{
public:
    PostgresServer();
    ~PostgresServer();

    // Starts the server; false with a sentence in error.
    bool start(QString* error);
    void stop();
    bool isRunning() const;

    // Where libpq finds it: the socket folder, the port, the superuser.
    QString socketFolder() const;
    int port() const;
    QString user() const;
    // "host=… port=… user=… dbname=postgres", for PQconnectdb.
    QString connectionString(const QString& database = QStringLiteral("postgres")) const;

private:
    // Runs a server program (as the postgres user when this is root);
    // false with its output in error.
    bool runTool(const QString& tool, const QStringList& arguments, QString* error) const;
    static QString toolPath(const QString& tool);

    std::unique_ptr<QTemporaryDir> m_folder;
    QString m_data;
    int m_port = 0;
    QString m_user;
    bool m_running = false;
};
