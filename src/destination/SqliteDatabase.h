// One SQLite file opened through QtSql's QSQLITE driver: WAL journal,
// synchronous=NORMAL (dlt's settings), quoted identifiers, and SQLite's
// error codes turned into sentences that say what to do. The raw handle is
// exposed for the insert path (see SqliteTableWriter).
#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <optional>

struct sqlite3;

class SqliteDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    // What the last error was, for a next step beyond its sentence.
    enum class Problem { None, DiskFull, Busy, ReadOnly, NotADatabase, WriteError, Other };

    explicit SqliteDatabase(const QString& path);
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase&) = delete;
    SqliteDatabase& operator=(const SqliteDatabase&) = delete;

    QString path() const
    {
        return m_path;
    }
    // While this flag is set, a wait for another writer's lock gives up at
    // once instead of after the busy timeout (a run being cancelled). Set
    // before open().
    void setCancelFlag(const std::atomic<bool>* cancelled)
    {
        m_cancelled = cancelled;
    }
    // readOnly: for looking only (schema, browsing); never creates the file.
    bool open(QString* error, bool readOnly = false);
    bool isOpen() const;
    sqlite3* handle() const;

    // "name" with quotes doubled: any text is a harmless identifier.
    static QString quote(const QString& identifier);

    bool exec(const QString& sql, QString* error, const QVariantList& values = {});
    // Straight on the sqlite3 handle, without QtSql: safe from the writer
    // thread, which QtSql's connection does not belong to.
    bool execRaw(const QString& sql, QString* error);
    QStringList columnsOfRaw(const QString& table);
    // The rows of a query, each a list of values; nullopt on error.
    std::optional<QList<QVariantList>> select(const QString& sql, QString* error,
                                              const QVariantList& values = {});
    bool tableExists(const QString& table);
    // Column names in table order; empty if the table does not exist.
    QStringList columnsOf(const QString& table);

    bool begin(QString* error);
    bool commit(QString* error);
    void rollback();
    bool inTransaction() const
    {
        return m_inTransaction;
    }

    // The sentence for SQLite's last error on this connection, with context.
    QString describeLastError(const QString& doing) const;
    // The problem describeLastError() last described; readable from any
    // thread (the writer thread describes its own failures).
    Problem lastProblem() const
    {
        return Problem(m_problem.load());
    }

private:
    // SQLite's busy handler: waits in short steps, gives up on a cancel.
    static int waitUnlessCancelled(void* self, int attempts);
    static Problem problemOf(int code);
    // The first problem stays: the statements that follow a full disk (a
    // rollback, a cleanup) fail for reasons that explain nothing.
    void noteProblem(Problem problem) const;

    QString m_path;
    QString m_connectionName;
    // Kept at open: QtSql hands out its connection only in its own thread.
    sqlite3* m_handle = nullptr;
    bool m_inTransaction = false;
    const std::atomic<bool>* m_cancelled = nullptr;
    mutable std::atomic<int> m_problem{int(Problem::None)};
};
