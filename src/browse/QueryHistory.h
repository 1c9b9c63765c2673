// The SQL console's history, one per database file: the statements run on
// it, newest first, without repeats, kept in the Grantline home under a
// name made from the file's path (the history follows the file, not the
// window). Bounded; written whole or not at all.
#pragma once

#include <QString>
#include <QStringList>

class QueryHistory
{
public:
    static constexpr int kMaxEntries = 200;

    QueryHistory(const QString& home, const QString& databasePath);

    QStringList entries() const;
    // Puts sql first (removing an older copy); false when it cannot be saved.
    bool add(const QString& sql);
    QString path() const
    {
        return m_path;
    }

private:
    QString m_path;
};
