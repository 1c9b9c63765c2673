// When each connection got, renewed and lost its tokens: times only, never a
// token, kept in <home>/history/<name>.json for the inspector's timeline.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

class TokenHistory
{
    Q_DECLARE_TR_FUNCTIONS(TokenHistory)

public:
    enum class Event { SignedIn, Refreshed, Revoked, SignedOut };

    struct Entry
    {
        Event event = Event::SignedIn;
        QDateTime at;
        // The new access token's expiry, for SignedIn and Refreshed.
        QDateTime expiresAt;
    };

    // Older entries are dropped beyond this, so the file stays small.
    static constexpr int kMaxEntries = 500;

    explicit TokenHistory(const QString& home);

    // Oldest first; empty when there is no history or it cannot be read.
    QList<Entry> entries(const QString& connection) const;
    // errorString may be null.
    bool record(const QString& connection, const Entry& entry, QString* errorString);
    bool remove(const QString& connection);

    static QString eventName(Event event);

private:
    QString pathFor(const QString& connection) const;

    QString m_home;
};
