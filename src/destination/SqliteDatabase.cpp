#include "destination/SqliteDatabase.h"

#include "destination/SqliteTableWriter.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <sqlite3.h>

namespace {
QAtomicInteger<quint64> s_connections;
}

SqliteDatabase::SqliteDatabase(const QString& path)
    : m_path(path)
    , m_connectionName(QStringLiteral("grantline-sqlite-%1").arg(++s_connections))
{ }

SqliteDatabase::~SqliteDatabase()
{
    if (m_inTransaction) {
        rollback();
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid()) {
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqliteDatabase::open(QString* error, bool readOnly)
{
    const QFileInfo file(m_path);
    if (readOnly && !file.exists()) {
        *error = tr("There is no database at %1.").arg(m_path);
        return false;
    }
    if (!file.exists() && !QFileInfo(file.absolutePath()).isDir()) {
        *error = tr("Cannot create the database %1: the folder %2 does not exist.")
                     .arg(m_path, file.absolutePath());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // A reader waits for a writer's checkpoint instead of failing at once.
    db.setConnectOptions(readOnly
                             ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000")
                             : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *error = tr("Cannot open the database %1: %2").arg(m_path, db.lastError().text());
        return false;
    }
    const QVariant driverHandle = db.driver()->handle();
    if (driverHandle.isValid() && qstrcmp(driverHandle.typeName(), "sqlite3*") == 0) {
        m_handle = *static_cast<sqlite3* const*>(driverHandle.constData());
    }
    // The insert path drives this handle with the SQLite Grantline links;
    // a Qt whose SQLite driver carries its own copy would make that unsafe.
    const std::optional<QList<QVariantList>> version =
        select(QStringLiteral("SELECT sqlite_version()"), error);
    const QString linked = QString::fromLatin1(sqlite3_libversion());
    if (!m_handle || !version || version->value(0).value(0).toString() != linked) {
        *error = tr("Qt's SQLite driver uses another SQLite than Grantline (%1, not %2); "
                    "Grantline cannot write through it safely.")
                     .arg(version ? version->value(0).value(0).toString() : QString(), linked);
        m_handle = nullptr;
        return false;
    }
    if (m_cancelled) {
        sqlite3_busy_handler(m_handle, &SqliteDatabase::waitUnlessCancelled, this);
    }
    if (readOnly) {
        return true;
    }
    // Write access is checked now, before anything is extracted: SQLite
    // opens a file it may not write silently read-only.
    if (sqlite3_db_readonly(handle(), "main") == 1) {
        noteProblem(Problem::ReadOnly);
        *error = tr("The database %1 is read-only. Check the file's permissions, or choose "
                    "another file.")
                     .arg(m_path);
        return false;
    }
    // A load is one long transaction: a larger page cache (32 MiB) keeps
    // SQLite from spilling the same pages to the WAL again and again.
    // Large pages for a new file: a load writes hundreds of megabytes, and
    // 4 KiB pages made that a quarter of a million write calls. (A page
    // size is fixed once the file has content; dlt's files keep theirs.)
    if (!exec(QStringLiteral("PRAGMA page_size=65536"), error)) {
        return false;
    }
    if (!exec(QStringLiteral("PRAGMA journal_mode=WAL"), error)
        || !exec(QStringLiteral("PRAGMA synchronous=NORMAL"), error)
        || !exec(QStringLiteral("PRAGMA cache_size=-32768"), error)) {
        return false;
    }
    return true;
}

int SqliteDatabase::waitUnlessCancelled(void* self, int attempts)
{
    // The busy timeout's five seconds, in steps short enough for a cancel.
    constexpr int kStepMs = 10;
    constexpr int kTimeoutMs = 5000;
    const auto* database = static_cast<const SqliteDatabase*>(self);
    if (database->m_cancelled->load() || attempts * kStepMs >= kTimeoutMs) {
        return 0;
    }
    sqlite3_sleep(kStepMs);
    return 1;
}

bool SqliteDatabase::isOpen() const
{
    return QSqlDatabase::database(m_connectionName, false).isOpen();
}

sqlite3* SqliteDatabase::handle() const
{
    return m_handle;
}

bool SqliteDatabase::execRaw(const QString& sql, QString* error)
{
    if (sqlite3_exec(m_handle, sql.toUtf8().constData(), nullptr, nullptr, nullptr) != SQLITE_OK) {
        *error = describeLastError(sql.section(QLatin1Char(' '), 0, 2));
        return false;
    }
    return true;
}

QStringList SqliteDatabase::columnsOfRaw(const QString& table)
{
    QStringList names;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(m_handle, "SELECT name FROM pragma_table_info(?)", -1, &statement,
                           nullptr)
        != SQLITE_OK) {
        return names;
    }
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(statement, 1, name.constData(), int(name.size()), SQLITE_STATIC);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        names << QString::fromUtf8(
            reinterpret_cast<const char*>(sqlite3_column_text(statement, 0)));
    }
    sqlite3_finalize(statement);
    return names;
}

bool SqliteDatabase::exec(const QString& sql, QString* error, const QVariantList& values)
{
    return select(sql, error, values).has_value();
}

std::optional<QList<QVariantList>> SqliteDatabase::select(const QString& sql, QString* error,
                                                          const QVariantList& values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = describeLastError(sql.section(QLatin1Char(' '), 0, 2));
        return std::nullopt;
    }
    for (const QVariant& value : values) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        *error = describeLastError(sql.section(QLatin1Char(' '), 0, 2));
        return std::nullopt;
    }
    QList<QVariantList> rows;
    while (query.next()) {
        QVariantList row;
        const int columns = query.record().count();
        for (int i = 0; i < columns; ++i) {
            row << query.value(i);
        }
        rows << row;
    }
    return rows;
}

bool SqliteDatabase::tableExists(const QString& table)
{
    QString error;
    const auto rows =
        select(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"),
               &error, {table});
    return rows && !rows->isEmpty();
}

QStringList SqliteDatabase::columnsOf(const QString& table)
{
    QString error;
    QStringList names;
    const auto rows =
        select(QStringLiteral("SELECT name FROM pragma_table_info(?)"), &error, {table});
    if (rows) {
        for (const QVariantList& row : *rows) {
            names << row.value(0).toString();
        }
    }
    return names;
}

bool SqliteDatabase::begin(QString* error)
{
    // IMMEDIATE: take the write lock now, so a second writer is told at
    // the start instead of failing after the extraction.
    if (!exec(QStringLiteral("BEGIN IMMEDIATE"), error)) {
        return false;
    }
    m_inTransaction = true;
    return true;
}

bool SqliteDatabase::commit(QString* error)
{
    if (!exec(QStringLiteral("COMMIT"), error)) {
        return false;
    }
    m_inTransaction = false;
    return true;
}

void SqliteDatabase::rollback()
{
    QString ignored;
    exec(QStringLiteral("ROLLBACK"), &ignored);
    m_inTransaction = false;
}

void SqliteDatabase::noteProblem(Problem problem) const
{
    // The writer thread and the loader's both describe their failures.
    int current = m_problem.load();
    while (current == int(Problem::None)
           || (current == int(Problem::Other) && problem != Problem::Other)) {
        if (m_problem.compare_exchange_weak(current, int(problem))) {
            return;
        }
    }
}

SqliteDatabase::Problem SqliteDatabase::problemOf(int code)
{
    switch (code & 0xff) {
    case SQLITE_FULL:
        return Problem::DiskFull;
    case SQLITE_READONLY:
        return Problem::ReadOnly;
    case SQLITE_IOERR:
        return Problem::WriteError;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Problem::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Problem::NotADatabase;
    default:
        return Problem::Other;
    }
}

QString SqliteDatabase::describeLastError(const QString& doing) const
{
    sqlite3* db = handle();
    const int code = db ? sqlite3_extended_errcode(db) : SQLITE_ERROR;
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString();
    // The first file problem stays: the statements that follow a full disk
    // (a rollback, a cleanup) fail for other reasons that explain nothing.
    noteProblem(problemOf(code));
    switch (code & 0xff) {
    case SQLITE_FULL:
        return tr("The disk holding %1 is full; nothing of this load was saved. Free some "
                  "space and run again.")
            .arg(m_path);
    case SQLITE_READONLY:
        return tr("The database %1 is read-only; nothing of this load was saved. Check the "
                  "file's permissions.")
            .arg(m_path);
    case SQLITE_IOERR:
        return tr("Writing %1 failed (%2); nothing of this load was saved. The disk may be "
                  "full or the file too large for this system.")
            .arg(m_path, message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("The database %1 is busy: another program is writing to it. Try again when "
                  "it has finished.")
            .arg(m_path);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("%1 is not a usable SQLite database (%2).").arg(m_path, message);
    default:
        return tr("SQLite failed at \"%1\" on %2: %3").arg(doing, m_path, message);
    }
}

std::unique_ptr<TableWriter> SqliteDatabase::tableWriter(const QString& table)
{
    return std::make_unique<SqliteTableWriter>(this, table);
}

void SqliteDatabase::interrupt()
{
    if (m_handle) {
        sqlite3_interrupt(m_handle);
    }
}

QStringList SqliteDatabase::systemTableStatements() const
{
    // The columns and declared types real dlt writes (section 13).
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS \"_dlt_version\" (\"version\" BIGINT NOT NULL, "
                       "\"engine_version\" BIGINT NOT NULL, \"inserted_at\" DATETIME NOT NULL, "
                       "\"schema_name\" TEXT NOT NULL, \"version_hash\" TEXT NOT NULL, "
                       "\"schema\" TEXT NOT NULL)"),
        QStringLiteral(
            "CREATE TABLE IF NOT EXISTS \"_dlt_loads\" (\"load_id\" VARCHAR(64) NOT NULL, "
            "\"schema_name\" TEXT, \"status\" BIGINT NOT NULL, \"inserted_at\" DATETIME NOT "
            "NULL, \"schema_version_hash\" TEXT)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS \"_dlt_pipeline_state\" (\"version\" BIGINT "
                       "NOT NULL, \"engine_version\" BIGINT NOT NULL, \"pipeline_name\" TEXT NOT "
                       "NULL, \"state\" TEXT NOT NULL, \"created_at\" DATETIME NOT NULL, "
                       "\"version_hash\" TEXT, \"_dlt_load_id\" VARCHAR(64) NOT NULL, \"_dlt_id\" "
                       "VARCHAR(128) NOT NULL)"),
    };
}
