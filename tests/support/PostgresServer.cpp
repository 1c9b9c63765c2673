#include "PostgresServer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <libpq-fe.h>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

bool isRoot()
{
    return geteuid() == 0;
}

// A port nobody listens on now (the server listens on its socket only,
// but the port names the socket file).
int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QString currentUser()
{
    const passwd* entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : QString();
}

} // namespace

PostgresServer::PostgresServer() = default;

PostgresServer::~PostgresServer()
{
    stop();
}

QString PostgresServer::toolPath(const QString& tool)
{
    // Debian keeps the server programs out of PATH, by major version.
    const QStringList versions =
        QDir(QStringLiteral("/usr/lib/postgresql"))
            .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
    for (const QString& version : versions) {
        const QString path = QStringLiteral("/usr/lib/postgresql/%1/bin/%2").arg(version, tool);
        if (QFileInfo(path).isExecutable()) {
            return path;
        }
    }
    return tool;
}

bool PostgresServer::runTool(const QString& tool, const QStringList& arguments, QString* error,
                             qint64 fileSizeLimit) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (fileSizeLimit > 0) {
        // Inherited by pg_ctl, the postmaster and every backend it forks.
        process.setChildProcessModifier([fileSizeLimit] {
            const rlimit limit{rlim_t(fileSizeLimit), rlim_t(fileSizeLimit)};
            setrlimit(RLIMIT_FSIZE, &limit);
        });
    }
    if (isRoot()) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"),
                                  QStringLiteral("--"), toolPath(tool)}
                          + arguments);
    } else {
        process.start(toolPath(tool), arguments);
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2")
                     .arg(tool, QString::fromLocal8Bit(process.readAll()).trimmed());
        return false;
    }
    return true;
}

bool PostgresServer::start(QString* error)
{
    // Under root the postgres user must reach it: /tmp, not a TMPDIR that may
    // sit in root's own home. Short, too: a socket path has 107 bytes.
    const QDir base(isRoot() ? QStringLiteral("/tmp") : QDir::tempPath());
    m_folder = std::make_unique<QTemporaryDir>(base.filePath(QStringLiteral("pg-XXXXXX")));
    if (!m_folder->isValid()) {
        *error = QStringLiteral("no temporary folder for the server");
        return false;
    }
    m_data = m_folder->filePath(QStringLiteral("data"));
    m_user = isRoot() ? QStringLiteral("postgres") : currentUser();
    if (isRoot()) {
        // The postgres user writes the data and the socket here.
        const passwd* postgres = getpwnam("postgres");
        const QByteArray folder = QFile::encodeName(m_folder->path());
        if (!postgres || chown(folder.constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = QStringLiteral("cannot hand %1 to the postgres user (is the postgresql "
                                    "package installed?)")
                         .arg(m_folder->path());
            return false;
        }
    }
    QStringList arguments{QStringLiteral("-D"),
                          m_data,
                          QStringLiteral("-U"),
                          m_user,
                          QStringLiteral("--auth-local=trust"),
                          QStringLiteral("--auth-host=scram-sha-256"),
                          QStringLiteral("--no-sync"),
                          QStringLiteral("-E"),
                          QStringLiteral("UTF8"),
                          QStringLiteral("--locale=C")};
    if (m_fileSizeLimit > 0) {
        // The default 16 MB segments would not fit under a small limit.
        arguments << QStringLiteral("--wal-segsize=1");
    }
    if (!runTool(QStringLiteral("initdb"), arguments, error)) {
        return false;
    }
    m_port = freePort();
    return startServer(error);
}

bool PostgresServer::startServer(QString* error)
{
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                .arg(m_folder->path())
                                .arg(m_port);
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                  m_folder->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                  QStringLiteral("start")},
                 error, m_fileSizeLimit)) {
        return false;
    }
    m_running = true;
    return true;
}

void PostgresServer::stop()
{
    if (!m_running) {
        return;
    }
    QString ignored;
    runTool(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"),
             QStringLiteral("-w"), QStringLiteral("stop")},
            &ignored);
    m_running = false;
}

bool PostgresServer::isRunning() const
{
    return m_running;
}

bool PostgresServer::restart(QString* error)
{
    stop();
    return startServer(error);
}

void PostgresServer::setFileSizeLimit(qint64 bytes)
{
    m_fileSizeLimit = bytes;
}

qint64 PostgresServer::processId() const
{
    QFile pid(m_data + QStringLiteral("/postmaster.pid"));
    if (!m_running || !pid.open(QIODevice::ReadOnly)) {
        return 0;
    }
    return pid.readLine().trimmed().toLongLong();
}

std::optional<QString> PostgresServer::execute(const QString& sql, QString* error,
                                               const QString& database) const
{
    PGconn* connection = PQconnectdb(connectionString(database).toUtf8().constData());
    std::optional<QString> value;
    QString problem;
    if (PQstatus(connection) != CONNECTION_OK) {
        problem = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    } else {
        PGresult* result = PQexec(connection, sql.toUtf8().constData());
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK) {
            value = status == PGRES_TUPLES_OK && PQntuples(result) > 0
                ? (PQgetisnull(result, 0, 0) ? QString()
                                             : QString::fromUtf8(PQgetvalue(result, 0, 0)))
                : QString();
        } else {
            problem = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
    }
    PQfinish(connection);
    if (!value && error) {
        *error = problem;
    }
    return value;
}

bool PostgresServer::createUser(const QString& name, const QString& password, QString* error) const
{
    const QString role = u'"' + name + u'"';
    QString literal = password;
    literal.replace(u'\'', QStringLiteral("''"));
    return execute(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'").arg(role, literal), error)
        && execute(QStringLiteral("CREATE DATABASE %1 OWNER %1").arg(role), error);
}

QString PostgresServer::url(const QString& user, const QString& database) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
}

QString PostgresServer::socketFolder() const
{
    return m_folder ? m_folder->path() : QString();
}

int PostgresServer::port() const
{
    return m_port;
}

QString PostgresServer::user() const
{
    return m_user;
}

QString PostgresServer::connectionString(const QString& database) const
{
    return QStringLiteral("host=%1 port=%2 user=%3 dbname=%4")
        .arg(socketFolder())
        .arg(m_port)
        .arg(m_user, database);
}
