// One connection to a PostgreSQL server through libpq, for a load into the
// schema named after the dataset (dlt's layout: one schema per dataset,
// created when missing). The session runs in UTC, so timestamps mean what
// they say, and a load holds an advisory lock on its schema, so two loads
// into one dataset take turns as two writers of one SQLite file do.
//
// libpq's errors become sentences that say what happened and what to do
// (a wrong password, a missing database, a lost connection); the server's
// own message follows them, never stands alone.
#pragma once

#include "destination/DestinationDatabase.h"
#include "source/PostgresCredentials.h"

#include <QByteArray>
#include <QCoreApplication>

#include <atomic>
#include <memory>
#include <mutex>

struct pg_conn;
struct pg_result;
struct pg_cancel;

class PostgresDatabase : public DestinationDatabase
{
    Q_DECLARE_TR_FUNCTIONS(PostgresDatabase)

public:
    // PostgreSQL's NAMEDATALEN - 1: longer names are cut by the server.
    static constexpr int kMaxIdentifierLength = 63;

    // password: looked up for this run, held in memory only; empty for none.
    // dataset: the pipeline's dataset_name, loaded into schemaOf(dataset).
    PostgresDatabase(const PostgresCredentials& credentials, const QString& password,
                     const QString& dataset);
    ~PostgresDatabase() override;
    PostgresDatabase(const PostgresDatabase&) = delete;
    PostgresDatabase& operator=(const PostgresDatabase&) = delete;

    // While this flag is set, waiting for another load's lock on the schema
    // gives up at once.
    void setCancelFlag(const std::atomic<bool>* cancelled)
    {
        m_cancelled = cancelled;
    }
    // Connects; false with a sentence (a wrong password, no such database).
    bool connect(QString* error);
    // A connection that also checks what a load will need: the server's
    // version and whether the schema exists or may be made (the settings'
    // Test connection). A sentence for a person either way.
    bool test(QString* report);
    QString schema() const
    {
        return m_schema;
    }

    bool openForLoad(QString* error) override;
    // BEGIN, the schema's lock, the schema itself (made when missing).
    bool begin(QString* error) override;
    bool commit(QString* error) override;
    void rollback() override;
    bool inTransaction() const override
    {
        return m_inTransaction;
    }
    bool exec(const QString& sql, QString* error, const QVariantList& values = {}) override;
    std::optional<QList<QVariantList>> select(const QString& sql, QString* error,
                                              const QVariantList& values = {}) override;
    bool tableExists(const QString& table) override;
    // Column names in table order; empty if the table does not exist.
    QStringList columnsOf(const QString& table);
    Problem lastProblem() const override
    {
        return Problem(m_problem.load());
    }
    std::unique_ptr<TableWriter> tableWriter(const QString& table) override;
    // PQcancel on a thread of its own: it opens a connection to the server
    // and must not hold up whoever cancels.
    void interrupt() override;
    // A cancelled statement aborts the server's transaction: nothing of the
    // load stays, wherever it was.
    bool interruptsWholeLoad() const override
    {
        return true;
    }
    int maxIdentifierLength() const override
    {
        return kMaxIdentifierLength;
    }
    // The schema a dataset name loads into, as dlt names it: the name in
    // snake_case, shortened to 63 bytes with dlt's tag ("Shop Data" →
    // "shop_data"); empty for a blank name.
    static QString schemaOf(const QString& datasetName);
    QString qualified(const QString& table) const override
    {
        return quote(m_schema) + u'.' + quote(table);
    }
    QString temporaryTable(const QString& name) const override
    {
        return QStringLiteral("pg_temp.") + quote(name);
    }
    // A row's place in a table (ctid) follows free space, not the order of
    // writing: the writer records that order for merge tables (orderTable()).
    QString earlierDuplicatesOfLoad(const QString& table, const QString& keyColumns,
                                    const QString& loadId) const override;
    // The temporary table where the writer lists merge rows in written order.
    static QString orderTable();
    QStringList systemTableStatements() const override;
    QString describe() const override;

    // COPY … FROM STDIN with these bytes (COPY's text format); for the
    // table writer.
    bool copy(const QString& statement, const QByteArray& rows, const QString& doing,
              QString* error);
    // The sentence for a failed statement (result may be null: the
    // connection broke); notes the problem.
    QString describeFailure(const pg_result* result, const QString& doing);

private:
    struct Result;
    // Runs a statement with text parameters ("?" turned into $1, $2, …).
    Result run(const QString& sql, const QVariantList& values, QString* error);
    QString connectionFailure(const QString& message);
    bool lockSchema(QString* error);
    bool prepareSchema(QString* error);
    void noteProblem(Problem problem);
    void close();

    PostgresCredentials m_credentials;
    QByteArray m_password;
    QString m_schema;
    pg_conn* m_connection = nullptr;
    std::mutex m_cancelMutex;
    // Shared with a cancelling thread that may outlive the connection.
    std::shared_ptr<pg_cancel> m_cancel;
    // The first failure of the transaction: what a later "current
    // transaction is aborted" really means.
    QString m_firstFailure;
    std::atomic<bool> m_interrupted{false};
    bool m_inTransaction = false;
    const std::atomic<bool>* m_cancelled = nullptr;
    std::atomic<int> m_problem{int(Problem::None)};
};
