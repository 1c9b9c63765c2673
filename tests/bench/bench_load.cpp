// Measures loading the dlt way, and what bounds it.
//   import: N sandbox items as JSON lines (what `grantline-cli import` reads)
//           parsed, normalized and written into a fresh SQLite file, with
//           resident memory at each quarter and the peak;
//   ceiling: the same rows copied into another file through one bare
//           prepared INSERT per table on the sqlite3 handle, and through
//           QSqlQuery, so our time has something to be compared with;
//   run:    the APS chain extracted from the sandbox over loopback HTTP and
//           loaded (grantline-cli run's path);
//   postgres: the same JSON lines imported into a PostgreSQL server the
//           benchmark starts (initdb into a temporary folder), beside a bare
//           COPY FROM STDIN of the same rows into tables like them: the ceiling.
// Usage: bench_load [records=1000000] [import|run|postgres|all] [requests at once for run]
#include "BenchSupport.h"
#include "PostgresServer.h"
#include "destination/LoadSink.h"
#include "destination/Loader.h"
#include "destination/SqliteDatabase.h"
#include "pipeline/JsonLinesReader.h"
#include "sandbox/RecordGenerator.h"
#include "sandbox/SandboxThread.h"
#include "source/CredentialSet.h"
#include "source/ExtractJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <cstdio>
#include <libpq-fe.h>
#include <sqlite3.h>

using BenchSupport::processCpuSeconds;
using BenchSupport::statusMegabytes;

namespace {

qint64 totalRows(const QList<QPair<QString, qint64>>& counts)
{
    qint64 rows = 0;
    for (const auto& entry : counts) {
        rows += entry.second;
    }
    return rows;
}

struct Measured
{
    bool ok = false;
    double seconds = 0;
    qint64 rows = 0;
};

Measured importFile(const QString& file, const LoadDestination& destination, qint64 records)
{
    Loader::Options options;
    options.pipelineName = QStringLiteral("bench");
    Loader loader(destination, options);
    QString error;
    JsonLinesReader reader(file);
    if (!reader.open(&error) || !loader.begin(&error)) {
        std::fprintf(stderr, "import: %s\n", qPrintable(error));
        return {};
    }
    RelationalNormalizer::TableOptions table;
    table.table = QStringLiteral("items");
    TableSchema* root = loader.prepareTable(table, &error);
    const qint64 step = qMax<qint64>(1, records / 4);
    qint64 next = step;
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = processCpuSeconds();
    const bool read = root
        && reader.read(
            [&](simdjson::dom::element record, QString* failure) {
                if (!loader.write(root, record, failure)) {
                    return false;
                }
                if (loader.recordCount() == next) {
                    std::printf("  after %lld records: resident memory "
                                "%.1f MB\n",
                                static_cast<long long>(next), statusMegabytes("VmRSS:"));
                    next += step;
                }
                return true;
            },
            &error);
    const double readSeconds = clock.nsecsElapsed() / 1e9;
    if (!read || !loader.finish({}, &error)) {
        std::fprintf(stderr, "import: %s\n", qPrintable(error));
        return {};
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    // Over PostgreSQL the reading waits on the server's COPYs as it goes.
    std::printf("  records read and normalized%s in %.2f s; the rest of the writing and COMMIT%s "
                "%.2f s\n",
                destination.isPostgres() ? " (and written, COPY by COPY)" : "", readSeconds,
                destination.isPostgres() ? "" : " (with SQLite's WAL checkpoint)",
                seconds - readSeconds);
    const double cpu = processCpuSeconds() - cpuBefore;
    const qint64 rows = totalRows(loader.rowCounts());
    std::printf("import: %lld records (%lld rows in %lld tables, %.0f MB of JSON) in %.2f s -> "
                "%.0f records/s, %.0f rows/s; CPU %.2f s (%.0f%% of one core)\n",
                static_cast<long long>(loader.recordCount()), static_cast<long long>(rows),
                static_cast<long long>(loader.rowCounts().size()), QFile(file).size() / 1e6,
                seconds, loader.recordCount() / seconds, rows / seconds, cpu,
                100.0 * cpu / seconds);
    std::printf("peak resident memory: %.1f MB\n", statusMegabytes("VmHWM:"));
    return {true, seconds, rows};
}

// Streams every row of the data tables of `from` to `insert`, which gets the
// table, its column count and the row; returns the seconds spent inserting.
template <typename Insert>
double copyRows(sqlite3* from, qint64 maxRows, qint64* copied, Insert insert)
{
    sqlite3_stmt* tables = nullptr;
    sqlite3_prepare_v2(from,
                       "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'\\_dlt\\_%' ESCAPE '\\'",
                       -1, &tables, nullptr);
    QStringList names;
    while (sqlite3_step(tables) == SQLITE_ROW) {
        names << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(tables, 0)));
    }
    sqlite3_finalize(tables);
    QElapsedTimer clock;
    double seconds = 0;
    *copied = 0;
    for (const QString& table : names) {
        sqlite3_stmt* select = nullptr;
        sqlite3_prepare_v2(from,
                           QStringLiteral("SELECT * FROM %1")
                               .arg(SqliteDatabase::quote(table))
                               .toUtf8()
                               .constData(),
                           -1, &select, nullptr);
        while ((maxRows < 0 || *copied < maxRows) && sqlite3_step(select) == SQLITE_ROW) {
            clock.start();
            insert(table, sqlite3_column_count(select), select);
            seconds += clock.nsecsElapsed() / 1e9;
            ++*copied;
        }
        sqlite3_finalize(select);
    }
    return seconds;
}

QString createStatement(sqlite3* from, const QString& table)
{
    sqlite3_stmt* statement = nullptr;
    sqlite3_prepare_v2(from, "SELECT sql FROM sqlite_master WHERE name = ?", -1, &statement,
                       nullptr);
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_STATIC);
    QString sql;
    if (sqlite3_step(statement) == SQLITE_ROW) {
        sql = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return sql;
}

QString insertStatement(const QString& table, int columns)
{
    QStringList marks;
    for (int i = 0; i < columns; ++i) {
        marks << QStringLiteral("?");
    }
    return QStringLiteral("INSERT INTO %1 VALUES (%2)")
        .arg(SqliteDatabase::quote(table), marks.join(QLatin1Char(',')));
}

// The floor under any loader: one prepared INSERT per table on the sqlite3
// handle, every value bound as it comes, same pragmas as a load.
double bareInsert(sqlite3* from, const QString& to, qint64 maxRows, qint64* copied,
                  double* commitSeconds = nullptr)
{
    SqliteDatabase target(to);
    QString error;
    if (!target.open(&error) || !target.begin(&error)) {
        return -1;
    }
    QHash<QString, sqlite3_stmt*> statements;
    const double seconds =
        copyRows(from, maxRows, copied, [&](const QString& table, int columns, sqlite3_stmt* row) {
            sqlite3_stmt*& insert = statements[table];
            if (!insert) {
                target.execRaw(createStatement(from, table), &error);
                sqlite3_prepare_v2(target.handle(),
                                   insertStatement(table, columns).toUtf8().constData(), -1,
                                   &insert, nullptr);
            }
            for (int i = 0; i < columns; ++i) {
                sqlite3_bind_value(insert, i + 1, sqlite3_column_value(row, i));
            }
            sqlite3_step(insert);
            sqlite3_reset(insert);
        });
    for (sqlite3_stmt* statement : std::as_const(statements)) {
        sqlite3_finalize(statement);
    }
    QElapsedTimer commit;
    commit.start();
    target.commit(&error);
    if (commitSeconds) {
        *commitSeconds = commit.nsecsElapsed() / 1e9;
    }
    return seconds;
}

QVariant valueOf(sqlite3_stmt* row, int column)
{
    switch (sqlite3_column_type(row, column)) {
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(row, column));
    case SQLITE_FLOAT:
        return sqlite3_column_double(row, column);
    case SQLITE_NULL:
        return QVariant();
    default:
        return QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(row, column)),
                                 sqlite3_column_bytes(row, column));
    }
}

// The same through QSqlQuery: prepare once, addBindValue and exec per row.
double qtSqlInsert(sqlite3* from, const QString& to, qint64 maxRows, qint64* copied)
{
    double seconds = 0;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-qtsql"));
        db.setDatabaseName(to);
        db.open();
        QSqlQuery pragma(db);
        pragma.exec(QStringLiteral("PRAGMA page_size=65536"));
        pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        pragma.exec(QStringLiteral("PRAGMA cache_size=-65536"));
        db.transaction();
        QHash<QString, std::shared_ptr<QSqlQuery>> statements;
        seconds = copyRows(from, maxRows, copied,
                           [&](const QString& table, int columns, sqlite3_stmt* row) {
                               std::shared_ptr<QSqlQuery>& insert = statements[table];
                               if (!insert) {
                                   QSqlQuery(db).exec(createStatement(from, table));
                                   insert = std::make_shared<QSqlQuery>(db);
                                   insert->prepare(insertStatement(table, columns));
                               }
                               for (int i = 0; i < columns; ++i) {
                                   insert->addBindValue(valueOf(row, i));
                               }
                               insert->exec();
                           });
        statements.clear();
        db.commit();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-qtsql"));
    return seconds;
}

bool ceiling(const QString& loaded, const QTemporaryDir& dir, double importSeconds,
             qint64 importRows)
{
    SqliteDatabase source(loaded);
    QString error;
    if (!source.open(&error, true)) {
        return false;
    }
    qint64 rows = 0;
    double commit = 0;
    const double bare =
        bareInsert(source.handle(), dir.filePath(QStringLiteral("bare.db")), -1, &rows, &commit);
    if (rows != importRows) {
        std::fprintf(stderr, "ceiling: copied %lld rows, the import wrote %lld\n",
                     static_cast<long long>(rows), static_cast<long long>(importRows));
        return false;
    }
    std::printf("ceiling: bare prepared INSERT of the same %lld rows: %.2f s -> %.0f rows/s, "
                "then %.2f s to COMMIT (with the WAL checkpoint); the import took %.2fx the "
                "two together\n",
                static_cast<long long>(rows), bare, rows / bare, commit,
                importSeconds / (bare + commit));
    const qint64 sample = qMin<qint64>(rows, 500000);
    qint64 rawRows = 0;
    qint64 qtRows = 0;
    const double raw =
        bareInsert(source.handle(), dir.filePath(QStringLiteral("raw2.db")), sample, &rawRows);
    const double qt =
        qtSqlInsert(source.handle(), dir.filePath(QStringLiteral("qt.db")), sample, &qtRows);
    std::printf("ceiling: first %lld rows through QSqlQuery %.0f rows/s, on the sqlite3 handle "
                "%.0f rows/s (%.1fx)\n",
                static_cast<long long>(sample), qtRows / qt, rawRows / raw, qt / raw);
    return true;
}

} // namespace

namespace {

// COPY table TO STDOUT into memory, then COPY FROM STDIN into a table like
// it in one transaction; the seconds of the second COPY only.
double bareCopy(PGconn* connection, const QString& table, qint64* rows)
{
    const QByteArray name = DestinationDatabase::quote(table).toUtf8();
    const QByteArray copyName =
        DestinationDatabase::quote(QStringLiteral("ceiling_") + table).toUtf8();
    PQclear(PQexec(connection,
                   "CREATE TABLE bench." + copyName + " (LIKE bench." + name + " INCLUDING ALL)"));
    QByteArray data;
    PQclear(PQexec(connection, "COPY bench." + name + " TO STDOUT"));
    char* line = nullptr;
    int size = 0;
    while ((size = PQgetCopyData(connection, &line, 0)) > 0) {
        data.append(line, size);
        PQfreemem(line);
        ++*rows;
    }
    PQclear(PQgetResult(connection));
    QElapsedTimer clock;
    clock.start();
    PQclear(PQexec(connection, "BEGIN"));
    PQclear(PQexec(connection, "COPY bench." + copyName + " FROM STDIN"));
    constexpr qsizetype kChunk = 1 << 20;
    for (qsizetype at = 0; at < data.size(); at += kChunk) {
        PQputCopyData(connection, data.constData() + at, int(qMin(kChunk, data.size() - at)));
    }
    PQputCopyEnd(connection, nullptr);
    PGresult* copied = PQgetResult(connection);
    if (PQresultStatus(copied) != PGRES_COMMAND_OK) {
        std::fprintf(stderr, "ceiling: %s\n", PQresultErrorMessage(copied));
    }
    PQclear(copied);
    PQclear(PQexec(connection, "COMMIT"));
    return clock.nsecsElapsed() / 1e9;
}

bool postgresImport(qint64 records, const QTemporaryDir& dir)
{
    PostgresServer server;
    QString error;
    if (!server.start(&error)
        || !server.createUser(QStringLiteral("bench"), QStringLiteral("bench-pw"), &error)) {
        std::fprintf(stderr, "postgres: %s\n", qPrintable(error));
        return false;
    }
    std::optional<PostgresCredentials> credentials = PostgresCredentials::fromUrl(
        server.url(QStringLiteral("bench"), QStringLiteral("bench")), &error);
    LoadDestination destination = LoadDestination::server(*credentials, QStringLiteral("bench"));
    destination.password = QStringLiteral("bench-pw");
    const QString file =
        BenchSupport::writeSandboxItems(dir.filePath(QStringLiteral("pg.jsonl")), records);
    std::printf("postgres (a local server, fsync off; over TCP on 127.0.0.1):\n");
    const Measured measured = importFile(file, destination, records);
    QFile::remove(file);
    if (!measured.ok) {
        return false;
    }
    PGconn* connection =
        PQconnectdb(server.connectionString(QStringLiteral("bench")).toUtf8().constData());
    QStringList tables;
    PGresult* names = PQexec(connection,
                             "SELECT table_name FROM information_schema.tables WHERE "
                             "table_schema = 'bench' AND table_name NOT LIKE '\\_dlt%'");
    for (int i = 0; i < PQntuples(names); ++i) {
        tables << QString::fromUtf8(PQgetvalue(names, i, 0));
    }
    PQclear(names);
    double seconds = 0;
    qint64 rows = 0;
    for (const QString& table : std::as_const(tables)) {
        seconds += bareCopy(connection, table, &rows);
    }
    PQfinish(connection);
    std::printf("postgres ceiling: the same %lld rows by bare COPY FROM STDIN in %.2f s -> %.0f "
                "rows/s; the import took %.2fx that (it also reads, parses and normalizes)\n",
                static_cast<long long>(rows), seconds, rows / seconds, measured.seconds / seconds);
    return true;
}

bool runOverHttp(qint64 records, const QTemporaryDir& dir, int concurrentRequests)
{
    SandboxSettings settings;
    settings.records = records;
    SandboxThread sandbox;
    QString error;
    if (!sandbox.start(settings, &error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
        return false;
    }
    ConfigProblems problems;
    const std::optional<PipelineFile> pipeline =
        PipelineFile::read(BenchSupport::apsChain(sandbox.baseUrl().toString()), &problems);
    if (!pipeline) {
        return false;
    }
    QNetworkAccessManager network;
    CredentialSet credentials(&network,
                              {{QStringLiteral("secret"), QStringLiteral("sandbox-server-secret")}},
                              nullptr, nullptr);
    Loader::Options options;
    options.pipelineName = QStringLiteral("bench_run");
    Loader loader(dir.filePath(QStringLiteral("run.db")), options);
    if (!loader.begin(&error)) {
        std::fprintf(stderr, "run: %s\n", qPrintable(error));
        return false;
    }
    LoadSink sink(&loader, &*pipeline);
    ExtractJob::Options extract;
    if (concurrentRequests > 0) {
        extract.concurrentRequests = concurrentRequests;
    }
    ExtractJob job(&network, *pipeline, &credentials, &sink, extract);
    job.setAutoDelete(false);
    QObject::connect(&job, &Job::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = processCpuSeconds();
    job.start();
    QCoreApplication::exec();
    if (job.error() != Job::NoError || !loader.finish(job.state(), &error)) {
        std::fprintf(stderr, "run: %s\n",
                     qPrintable(job.error() != Job::NoError ? job.errorText() : error));
        return false;
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    std::printf("run: %lld records over loopback HTTP, %lld rows, in %.2f s -> %.0f records/s; "
                "CPU %.2f s with the sandbox serving from the same process; peak resident "
                "memory %.1f MB\n",
                static_cast<long long>(loader.recordCount()),
                static_cast<long long>(totalRows(loader.rowCounts())), seconds,
                loader.recordCount() / seconds, processCpuSeconds() - cpuBefore,
                statusMegabytes("VmHWM:"));
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    bool counted = true;
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong(&counted) : 1000000;
    const QByteArray mode = argc > 2 ? QByteArray(argv[2]) : QByteArray("all");
    if (!counted || records <= 0
        || !QList<QByteArray>{"all", "import", "postgres", "run"}.contains(mode)) {
        std::fprintf(stderr,
                     "usage: bench_load [RECORDS [all|import|postgres|run [IN_FLIGHT]]]\n"
                     "  RECORDS: sandbox items to load (default 1000000)\n");
        return 2;
    }
    QTemporaryDir dir;
    std::printf("grantline load benchmark: %lld sandbox items\n", static_cast<long long>(records));
    if (mode == "import" || mode == "all") {
        const QString file =
            BenchSupport::writeSandboxItems(dir.filePath(QStringLiteral("items.jsonl")), records);
        const QString db = dir.filePath(QStringLiteral("import.db"));
        const Measured measured = importFile(file, LoadDestination::sqlite(db), records);
        if (!measured.ok || !ceiling(db, dir, measured.seconds, measured.rows)) {
            return 1;
        }
        QFile::remove(file);
    }
    if ((mode == "postgres" || mode == "all") && !postgresImport(records, dir)) {
        return 1;
    }
    // run [N]: N requests at once (default: the client's default).
    const int concurrent = argc > 3 ? QByteArray(argv[3]).toInt() : 0;
    if ((mode == "run" || mode == "all") && !runOverHttp(records, dir, concurrent)) {
        return 1;
    }
    return 0;
}
