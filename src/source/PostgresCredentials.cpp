#include "source/PostgresCredentials.h"

#include "source/ConfigSection.h"

#include <QUrl>
#include <QUrlQuery>

namespace {

// libpq parameters a URL may name besides those read into fields; anything
// else (a "password" above all) is refused by name.
const QStringList& passedParameters()
{
    static const QStringList names{
        QStringLiteral("sslrootcert"),
        QStringLiteral("sslcert"),
        QStringLiteral("sslkey"),
        QStringLiteral("sslcrl"),
        QStringLiteral("options"),
        QStringLiteral("application_name"),
        QStringLiteral("target_session_attrs"),
        QStringLiteral("keepalives"),
        QStringLiteral("keepalives_idle"),
        QStringLiteral("passfile"),
    };
    return names;
}

bool readQuery(const QUrlQuery& query, PostgresCredentials& credentials, QString* problem)
{
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("sslmode")) {
            if (!PostgresCredentials::sslModes().contains(value)) {
                *problem = PostgresCredentials::tr("sslmode \"%1\" is not one of %2")
                               .arg(value, PostgresCredentials::sslModes().join(u", "));
                return false;
            }
            credentials.sslmode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool number = false;
            credentials.connectTimeout = value.toInt(&number);
            if (!number || credentials.connectTimeout < 0) {
                *problem = PostgresCredentials::tr("connect_timeout \"%1\" is not a number of "
                                                   "seconds")
                               .arg(value);
                return false;
            }
        } else if (key == QLatin1String("host")) {
            credentials.host = value;
        } else if (key == QLatin1String("password")) {
            *problem = PostgresCredentials::tr("holds a password in plain text; store it in the "
                                               "keychain and write \"password\": "
                                               "\"{secrets.NAME}\" beside the URL instead");
            return false;
        } else if (passedParameters().contains(key)) {
            credentials.parameters.append({key, value});
        } else {
            *problem = PostgresCredentials::tr("\"%1\" is not a connection parameter Grantline "
                                               "passes on (known: sslmode, connect_timeout, "
                                               "host, %2)")
                           .arg(key, passedParameters().join(u", "));
            return false;
        }
    }
    return true;
}

} // namespace

QStringList PostgresCredentials::sslModes()
{
    return {QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
}

std::optional<PostgresCredentials> PostgresCredentials::fromUrl(const QString& text,
                                                                QString* problem)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    // Never repeated: a URL typed without its scheme or its "//" carries a
    // password where QUrl sees none ("loader:pw@db/x" has the scheme
    // "loader"). Without an authority the path must start at the database.
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql")
            && url.scheme() != QLatin1String("postgres"))
        || (!url.path().isEmpty() && !url.path().startsWith(u'/'))) {
        *problem = tr("is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE)");
        return std::nullopt;
    }
    if (!url.password().isEmpty()) {
        *problem = tr("holds a password in plain text; store it in the keychain and write "
                      "\"password\": \"{secrets.NAME}\" beside the URL instead");
        return std::nullopt;
    }
    PostgresCredentials credentials;
    credentials.user = url.userName(QUrl::FullyDecoded);
    if (!url.host().isEmpty()) {
        credentials.host = url.host(QUrl::FullyDecoded);
    }
    credentials.port = url.port(kDefaultPort);
    credentials.database = url.path(QUrl::FullyDecoded).mid(1);
    // "postgresql:///user:pw@host" is a URL without a server whose database
    // would be the password: refused without repeating it.
    if (url.host().isEmpty() && credentials.database.contains(u'@')) {
        *problem = tr("is not a PostgreSQL URL (postgresql://USER@HOST:PORT/DATABASE)");
        return std::nullopt;
    }
    if (credentials.database.contains(u'/')) {
        *problem = tr("names a database with \"/\" in it (postgresql://USER@HOST:PORT/DATABASE)");
        return std::nullopt;
    }
    if (!readQuery(QUrlQuery(url), credentials, problem)) {
        return std::nullopt;
    }
    if (credentials.database.isEmpty()) {
        *problem = tr("names no database (postgresql://USER@HOST:PORT/DATABASE)");
        return std::nullopt;
    }
    return credentials;
}

std::optional<PostgresCredentials> PostgresCredentials::read(ConfigSection& destination)
{
    const QJsonValue value = destination.object().value(QStringLiteral("credentials"));
    std::optional<PostgresCredentials> credentials;
    if (value.isString()) {
        QString problem;
        credentials = fromUrl(value.toString(), &problem);
        if (!credentials) {
            destination.problem(QStringLiteral("credentials"), problem);
        }
    } else if (value.isObject()) {
        ConfigSection fields(value.toObject(), destination.pathOf(QStringLiteral("credentials")),
                             destination.problems());
        credentials = fromFields(fields);
        if (fields.has(QStringLiteral("password")) && destination.has(QStringLiteral("password"))) {
            destination.problem(QStringLiteral("password"),
                                tr("is given twice: here and in \"credentials\""));
        }
    } else {
        destination.problem(QStringLiteral("credentials"),
                            tr("is required for postgres: \"postgresql://USER@HOST:PORT/"
                               "DATABASE\""));
        return std::nullopt;
    }
    const QString secret = destination.secretReference(QStringLiteral("password"));
    if (credentials && credentials->passwordSecret.isEmpty()) {
        credentials->passwordSecret = secret;
    }
    return credentials;
}

PostgresCredentials PostgresCredentials::fromFields(ConfigSection& fields)
{
    // dlt's ConnectionStringCredentials as fields.
    fields.allowOnly({QStringLiteral("database"), QStringLiteral("username"),
                      QStringLiteral("password"), QStringLiteral("host"), QStringLiteral("port"),
                      QStringLiteral("connect_timeout"), QStringLiteral("sslmode")});
    PostgresCredentials credentials;
    credentials.database = fields.requiredString(QStringLiteral("database"));
    credentials.user = fields.string(QStringLiteral("username"));
    credentials.host = fields.string(QStringLiteral("host"), credentials.host);
    credentials.port = int(fields.integer(QStringLiteral("port"), 1).value_or(kDefaultPort));
    credentials.connectTimeout =
        int(fields.integer(QStringLiteral("connect_timeout")).value_or(kDefaultConnectTimeout));
    credentials.sslmode = fields.choice(QStringLiteral("sslmode"), sslModes(), QString());
    credentials.passwordSecret = fields.secretReference(QStringLiteral("password"));
    return credentials;
}

QString PostgresCredentials::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    // A socket folder goes in the query, as libpq reads it.
    const bool socket = host.startsWith(u'/');
    url.setHost(socket ? QString() : host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (socket) {
        query.addQueryItem(QStringLiteral("host"), host);
    }
    if (!sslmode.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslmode"), sslmode);
    }
    if (connectTimeout != kDefaultConnectTimeout) {
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeout));
    }
    for (const auto& [key, value] : parameters) {
        query.addQueryItem(key, value);
    }
    url.setQuery(query);
    return url.toString();
}

QString PostgresCredentials::displayUrl(bool hasPassword) const
{
    const QString host = this->host.startsWith(u'/') ? QString() : this->host;
    QString text = QStringLiteral("postgresql://");
    if (!user.isEmpty()) {
        text += QString::fromUtf8(QUrl::toPercentEncoding(user));
        if (hasPassword) {
            text += QStringLiteral(":***");
        }
        text += u'@';
    }
    return text + host + u':' + QString::number(port) + u'/' + database;
}

QString PostgresCredentials::describe() const
{
    return tr("database %1 on %2:%3").arg(database, host).arg(port);
}

QList<QPair<QByteArray, QByteArray>> PostgresCredentials::libpqParameters() const
{
    QList<QPair<QByteArray, QByteArray>> keywords{
        {"host", host.toUtf8()},
        {"port", QByteArray::number(port)},
        {"dbname", database.toUtf8()},
        {"connect_timeout", QByteArray::number(connectTimeout)},
    };
    if (!user.isEmpty()) {
        keywords.append({"user", user.toUtf8()});
    }
    if (!sslmode.isEmpty()) {
        keywords.append({"sslmode", sslmode.toUtf8()});
    }
    for (const auto& [key, value] : parameters) {
        keywords.append({key.toUtf8(), value.toUtf8()});
    }
    return keywords;
}

QStringList PostgresCredentials::passwordEnvironmentNames()
{
    return {QStringLiteral("DESTINATION__POSTGRES__CREDENTIALS__PASSWORD"),
            QStringLiteral("DESTINATION__CREDENTIALS__PASSWORD")};
}

QString PostgresCredentials::passwordFromEnvironment()
{
    for (const QString& name : passwordEnvironmentNames()) {
        if (qEnvironmentVariableIsSet(name.toLatin1().constData())) {
            return qEnvironmentVariable(name.toLatin1().constData());
        }
    }
    return QString();
}
