// Where a postgres destination is, as dlt writes it: a connection URL
// ("postgresql://loader@db.example:5432/analytics?sslmode=require") or dlt's
// credentials object, with the password only ever as "{secrets.NAME}" so the
// pipeline file holds no secret. Parsing only: nothing here talks to a
// server (that is destination/PostgresDatabase).
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class ConfigSection;

struct PostgresCredentials
{
    Q_DECLARE_TR_FUNCTIONS(PostgresCredentials)

public:
    QString host = QStringLiteral("localhost");
    int port = kDefaultPort;
    QString database;
    QString user;
    // libpq's sslmode (disable … verify-full); empty: libpq's default, prefer.
    QString sslmode;
    // dlt's default: 15 seconds.
    int connectTimeout = kDefaultConnectTimeout;
    // Further libpq parameters the URL named (sslrootcert, options…).
    QList<QPair<QString, QString>> parameters;
    // NAME of the "{secrets.NAME}" that holds the password; empty: none
    // (trust or peer authentication, or libpq's own ~/.pgpass).
    QString passwordSecret;

    static constexpr int kDefaultPort = 5432;
    static constexpr int kDefaultConnectTimeout = 15;

    // A URL as dlt and libpq read it; a password written into it is refused
    // (it would sit in a file in plain text). nullopt with a sentence.
    static std::optional<PostgresCredentials> fromUrl(const QString& url, QString* problem);
    // The destination block's "credentials" (a URL or dlt's object) and its
    // "password"; problems are recorded in section.
    static std::optional<PostgresCredentials> read(ConfigSection& destination);

    // dlt's credentials object (database, username, host, port, …); problems
    // are recorded in fields.
    static PostgresCredentials fromFields(ConfigSection& fields);

    // The URL again, without a password: what the pipeline file keeps.
    QString url() const;
    // dlt's displayable credentials: "postgresql://loader:***@host:5432/db"
    // (the stars only when there is a password).
    QString displayUrl(bool hasPassword) const;
    // "db on host:5432", for sentences.
    QString describe() const;
    // The libpq keywords and values (without the password).
    QList<QPair<QByteArray, QByteArray>> libpqParameters() const;
    // dlt's environment names for the password: the keychain is asked first.
    static QStringList passwordEnvironmentNames();
    // The first of them that is set, for a destination that names no secret
    // (then libpq's own PGPASSWORD and ~/.pgpass); empty for none.
    static QString passwordFromEnvironment();
    // sslmode values libpq knows.
    static QStringList sslModes();
};
