// The connection files in the Grantline home: <home>/connections/<name>.json.
// The home is $GRANTLINE_HOME, --home, or the app data folder.
#pragma once

#include "oauth/Connection.h"

#include <QString>
#include <QStringList>
#include <optional>

class ConnectionStore
{
public:
    explicit ConnectionStore(const QString& home);

    // $GRANTLINE_HOME when set, else QStandardPaths::AppDataLocation.
    static QString defaultHome();

    QString home() const;
    QStringList names() const;
    bool exists(const QString& name) const;
    std::optional<Connection> load(const QString& name, QString* errorString) const;
    // Written atomically: a crash leaves the old file or the new one, never half.
    bool save(const Connection& connection, QString* errorString);
    // The file and the connection's token history.
    bool remove(const QString& name, QString* errorString);

private:
    QString pathFor(const QString& name) const;

    QString m_home;
};
