// One connection to a dataset file for looking at it: straight on SQLite's C
// API (no QtSql), so it lives on whichever thread opened it, can be
// interrupted from any other, and never holds a read transaction between
// two questions (a load writing the file in WAL mode never waits for it).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantHash>

#include <functional>
#include <mutex>

#include <optional>

class BrowseStatement;
struct sqlite3;

class BrowseConnection
{
    Q_DECLARE_TR_FUNCTIONS(BrowseConnection)

public:
    // ReadOnly: the file cannot be changed through this connection, whatever
    // is asked of it (SQLite refuses at the file level).
    enum class Mode { ReadOnly, ReadWrite };

    BrowseConnection() = default;
    ~BrowseConnection();
    BrowseConnection(const BrowseConnection&) = delete;
    BrowseConnection& operator=(const BrowseConnection&) = delete;

    // Never creates a file: a missing one is an error that names it.
    bool open(const QString& path, Mode mode, QString* error);
    void close();
    bool isOpen() const
    {
        return m_handle != nullptr;
    }
    QString path() const
    {
        return m_path;
    }
    Mode mode() const
    {
        return m_mode;
    }
    sqlite3* handle() const
    {
        return m_handle;
    }

    // Ends the statement running now, from any thread; it fails with
    // SQLITE_INTERRUPT (see wasInterrupted()).
    void interrupt();
    bool wasInterrupted() const;

    // All rows of a short query; nullopt (and a sentence) on error.
    std::optional<QList<QVariantList>> select(const QString& sql, QString* error,
                                              const QVariantList& values = {});
    // The same, each row by column name.
    std::optional<QList<QVariantHash>> selectNamed(const QString& sql, QString* error,
                                                   const QVariantList& values = {});
    // SQLite's counter of commits made by other connections: it changes
    // when a run (in this process or another) commits a load.
    qint64 dataVersion();
    // The sentence for this connection's last error, with what was being done.
    QString describeLastError(const QString& doing) const;
    // Error offset in the SQL text of the last failed prepare, -1 if none.
    int lastErrorOffset() const;

private:
    // Runs a query, handing each row (the statement on it) to take.
    bool eachRow(const QString& sql, const QVariantList& values, QString* error,
                 const std::function<void(const BrowseStatement& row)>& take);

    sqlite3* m_handle = nullptr;
    // interrupt() comes from other threads: it must never meet a handle
    // close() is freeing.
    mutable std::mutex m_handleMutex;
    QString m_path;
    Mode m_mode = Mode::ReadOnly;
};
