// What a load needs of the database it writes into, whichever it is: one
// SQLite file, or a schema on a PostgreSQL server. The Loader speaks only
// this; the few places where the two speak different SQL are asked here
// (the temporary table's name, the column that orders rows physically).
//
// One thread at a time: the loader's, or the writer thread while the loader
// waits for it. Only interrupt() may be called from anywhere.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

class TableWriter;

class DestinationDatabase
{
public:
    // What the last error was, for a next step beyond its sentence.
    enum class Problem {
        None,
        DiskFull,
        Busy,
        ReadOnly,
        NotADatabase,
        WriteError,
        // The server went away or the connection broke.
        ConnectionLost,
        // The role may not do what the load needs.
        PermissionDenied,
        // The server refused the user, its password or the database.
        LoginRefused,
        // A statement ran past the server's statement_timeout.
        Timeout,
        Other
    };

    virtual ~DestinationDatabase() = default;

    // Connects (or opens the file) for writing; creates what must exist.
    virtual bool openForLoad(QString* error) = 0;
    virtual bool begin(QString* error) = 0;
    virtual bool commit(QString* error) = 0;
    virtual void rollback() = 0;
    virtual bool inTransaction() const = 0;
    // "?" marks the values, in order, whatever the database's own marks.
    virtual bool exec(const QString& sql, QString* error, const QVariantList& values = {}) = 0;
    // The rows of a query, each a list of values; nullopt on error.
    virtual std::optional<QList<QVariantList>> select(const QString& sql, QString* error,
                                                      const QVariantList& values = {}) = 0;
    virtual bool tableExists(const QString& table) = 0;
    virtual Problem lastProblem() const = 0;
    // The writer of one table's rows; used on the writer thread.
    virtual std::unique_ptr<TableWriter> tableWriter(const QString& table) = 0;
    // Thread-safe and never blocking: stops the statement running now.
    virtual void interrupt() = 0;
    // Whether interrupt() rolls the whole load back wherever it is (a
    // server's transaction), not only inside the final statements.
    virtual bool interruptsWholeLoad() const
    {
        return false;
    }

    // The longest table or column name (dlt shortens longer ones).
    virtual int maxIdentifierLength() const = 0;
    // The qualified name of a temporary table.
    virtual QString temporaryTable(const QString& name) const = 0;
    // SELECT of the _dlt_id of every row a load wrote into a table but the
    // last one written for each key: the duplicates a merge drops. The load
    // id (digits and a dot, made by the loader) is written into the SQL.
    virtual QString earlierDuplicatesOfLoad(const QString& table, const QString& keyColumns,
                                            const QString& loadId) const = 0;
    // CREATE TABLE IF NOT EXISTS for _dlt_version, _dlt_loads, _dlt_pipeline_state.
    virtual QStringList systemTableStatements() const = 0;
    // Where the data goes, for sentences: a file's path, a server's schema.
    virtual QString describe() const = 0;

    // A table of the dataset as statements name it: "t" in a file, the
    // schema's "s"."t" on a server, where a bare name would be looked for
    // in pg_catalog first (a resource named pg_settings).
    virtual QString qualified(const QString& table) const
    {
        return quote(table);
    }

    // "name" with quotes doubled: any text is a harmless identifier.
    static QString quote(const QString& identifier)
    {
        QString quoted = identifier;
        quoted.replace(u'"', QStringLiteral("\"\""));
        return u'"' + quoted + u'"';
    }
};
