#include "PostgresServer.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTcpServer>

#include <pwd.h>
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

bool PostgresServer::runTool(const QString& tool, const QStringList& arguments,
                             QString* error) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
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
    if (!runTool(QStringLiteral("initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-U"), m_user,
                  QStringLiteral("--auth=trust"), QStringLiteral("--no-sync"), QStringLiteral("-E"),
                  QStringLiteral("UTF8"), QStringLiteral("--locale=C")},
                 error)) {
        return false;
    }
    m_port = freePort();
    const QString options = QStringLiteral("-k %1 -p %2 -c listen_addresses='' -c fsync=off")
                                .arg(m_folder->path())
                                .arg(m_port);
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-o"), options, QStringLiteral("-l"),
                  m_folder->filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                  QStringLiteral("start")},
                 error)) {
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
