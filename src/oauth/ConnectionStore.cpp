#include "oauth/ConnectionStore.h"

#include "core/AtomicFile.h"
#include "oauth/TokenHistory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>

ConnectionStore::ConnectionStore(const QString& home)
    : m_home(home)
{ }

QString ConnectionStore::defaultHome()
{
    const QString fromEnvironment = qEnvironmentVariable("GRANTLINE_HOME");
    return fromEnvironment.isEmpty()
        ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        : fromEnvironment;
}

QString ConnectionStore::home() const
{
    return m_home;
}

QString ConnectionStore::pathFor(const QString& name) const
{
    return QDir(m_home).filePath(QStringLiteral("connections/%1.json").arg(name));
}

QStringList ConnectionStore::names() const
{
    QStringList names;
    const QStringList files = QDir(QDir(m_home).filePath(QStringLiteral("connections")))
                                  .entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString name = file.chopped(5);
        if (Connection::isValidName(name)) {
            names << name;
        }
    }
    return names;
}

bool ConnectionStore::exists(const QString& name) const
{
    return Connection::isValidName(name) && QFile::exists(pathFor(name));
}

std::optional<Connection> ConnectionStore::load(const QString& name, QString* errorString) const
{
    if (!Connection::isValidName(name)) {
        *errorString =
            QCoreApplication::translate("ConnectionStore", "\"%1\" is not a valid connection name.")
                .arg(name);
        return std::nullopt;
    }
    QFile file(pathFor(name));
    if (!file.open(QIODevice::ReadOnly)) {
        *errorString =
            QCoreApplication::translate("ConnectionStore", "There is no connection named \"%1\".")
                .arg(name);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    Connection connection;
    QString problem = parseError.errorString();
    if (parseError.error != QJsonParseError::NoError
        || !Connection::fromJson(document.object(), &connection, &problem)) {
        *errorString = QCoreApplication::translate("ConnectionStore",
                                                   "The connection file %1 cannot be read: %2.")
                           .arg(file.fileName(), problem);
        return std::nullopt;
    }
    return connection;
}

bool ConnectionStore::save(const Connection& connection, QString* errorString)
{
    if (!Connection::isValidName(connection.name)) {
        *errorString = QCoreApplication::translate("ConnectionStore",
                                                   "\"%1\" is not a valid connection name: use "
                                                   "letters, digits, \".\", \"_\" and \"-\".")
                           .arg(connection.name);
        return false;
    }
    if (!QDir().mkpath(QDir(m_home).filePath(QStringLiteral("connections")))) {
        *errorString = QCoreApplication::translate("ConnectionStore", "Cannot create %1.")
                           .arg(QDir(m_home).filePath(QStringLiteral("connections")));
        return false;
    }
    const QString path = pathFor(connection.name);
    if (const QString why = AtomicFile::write(path, QJsonDocument(connection.toJson()).toJson());
        !why.isEmpty()) {
        *errorString =
            QCoreApplication::translate("ConnectionStore", "Cannot write %1: %2.").arg(path, why);
        return false;
    }
    return true;
}

bool ConnectionStore::remove(const QString& name, QString* errorString)
{
    if (!exists(name)) {
        *errorString =
            QCoreApplication::translate("ConnectionStore", "There is no connection named \"%1\".")
                .arg(name);
        return false;
    }
    QFile file(pathFor(name));
    if (!file.remove()) {
        *errorString = file.errorString();
        return false;
    }
    // A new connection of the same name must not inherit the old timeline.
    TokenHistory(m_home).remove(name);
    return true;
}
