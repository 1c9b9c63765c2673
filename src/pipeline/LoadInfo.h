// What a load did, in the shape dlt prints after pipeline.run() (section 7.5)
// and as JSON for scripts.
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>

struct LoadInfo
{
    Q_DECLARE_TR_FUNCTIONS(LoadInfo)

public:
    QString pipelineName;
    QString databasePath;
    QString loadId;
    double seconds = 0;
    qint64 records = 0;
    QList<QPair<QString, qint64>> tableRows;
    // Empty when the load completed; otherwise why it did not.
    QString failure;
    QStringList warnings;

    static constexpr const char* kDestination = "sqlalchemy";
    static constexpr const char* kDataset = "main";
    // dlt's names for where the load went: "sqlalchemy" and "main" for a
    // SQLite file, "postgres" and the schema for a server.
    QString destination = QLatin1String(kDestination);
    QString dataset = QLatin1String(kDataset);
    // A server's displayable URL (no password); empty: the SQLite file's.
    QString serverLocation;

    // dlt's text, line for line, then the rows per table.
    QString text() const;
    QJsonObject toJson() const;
    // humanize.precisedelta as dlt uses it: "0.26 seconds", "1 minute and 4.12 seconds".
    static QString duration(double seconds);
    // "sqlite:////abs/path.db" (SQLAlchemy's URL of an absolute path), or
    // the server's "postgresql://user:***@host:5432/db".
    QString location() const;
};

// Carried between the load worker and its run by queued signals.
Q_DECLARE_METATYPE(LoadInfo)
