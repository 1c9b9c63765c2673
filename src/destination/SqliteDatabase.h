// One SQLite file opened through QtSql's QSQLITE driver: WAL journal,
// synchronous=NORMAL (dlt's settings), quoted identifiers, and SQLite's
// error codes turned into sentences that say what to do. The raw handle is
// exposed for the insert path (see SqliteTableWriter).
#pragma once

#include "destination/DestinationDatabase.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <atomic>
#include <optional>

struct sqlite3;

class SqliteDatabase : public DestinationDatabase
{
    Q_DECLARE_TR_FUNCTIONS(SqliteDatabase)

public:
    explicit SqliteDatabase(const QString& path);
    ~SqliteDatabase() override;
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

    bool exec(const QString& sql, QString* error, const QVariantList& values = {}) override;
    // Straight on the sqlite3 handle, without QtSql: safe from the writer
    // thread, which QtSql's connection does not belong to.
    bool execRaw(const QString& sql, QString* error);
    QStringList columnsOfRaw(const QString& table);
    // The rows of a query, each a list of values; nullopt on error.
    std::optional<QList<QVariantList>> select(const QString& sql, QString* error,
                                              const QVariantList& values = {}) override;
    bool tableExists(const QString& table) override;
    // Column names in table order; empty if the table does not exist.
    QStringList columnsOf(const QString& table);

    bool begin(QString* error) override;
    bool commit(QString* error) override;
    void rollback() override;
    bool inTransaction() const override
    {
        return m_inTransaction;
    }

    // The sentence for SQLite's last error on this connection, with context.
    QString describeLastError(const QString& doing) const;
    // The problem describeLastError() last described; readable from any
    // thread (the writer thread describes its own failures).
    Problem lastProblem() const override
    {
        return Problem(m_problem.load());
    }

    // The load's side (DestinationDatabase).
    bool openForLoad(QString* error) override
    {
        return open(error);
    }
    std::unique_ptr<TableWriter> tableWriter(const QString& table) override;
    // sqlite3_interrupt(), safe from any thread while the handle is open.
    void interrupt() override;
    // SQLAlchemy's default dialect, which dlt's sqlalchemy destination uses.
    int maxIdentifierLength() const override
    {
        return 9999;
    }
    QString temporaryTable(const QString& name) const override
    {
        return QStringLiteral("temp.") + quote(name);
    }
    // rowid orders a table's rows as they were inserted.
    QString earlierDuplicatesOfLoad(const QString& table, const QString& keyColumns,
                                    const QString& loadId) const override
    {
        return QStringLiteral("SELECT \"_dlt_id\" FROM %1 WHERE \"_dlt_load_id\" = '%3' AND rowid "
                              "NOT IN (SELECT max(rowid) FROM %1 WHERE \"_dlt_load_id\" = '%3' "
                              "GROUP BY %2)")
            .arg(table, keyColumns, loadId);
    }
    QStringList systemTableStatements() const override;
    QString describe() const override
    {
        return m_path;
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
