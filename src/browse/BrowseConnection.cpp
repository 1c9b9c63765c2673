#include "browse/BrowseConnection.h"

#include "browse/BrowseStatement.h"

#include <QFileInfo>

#include <sqlite3.h>

BrowseConnection::~BrowseConnection()
{
    close();
}

bool BrowseConnection::open(const QString& path, Mode mode, QString* error)
{
    close();
    const QFileInfo file(path);
    if (!file.exists()) {
        *error = tr("There is no database at %1.").arg(path);
        return false;
    }
    const int flags = mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    sqlite3* handle = nullptr;
    const int result =
        sqlite3_open_v2(QFile::encodeName(path).constData(), &handle, flags, nullptr);
    if (result != SQLITE_OK) {
        *error =
            tr("Cannot open the database %1: %2")
                .arg(path,
                     QString::fromUtf8(handle ? sqlite3_errmsg(handle) : sqlite3_errstr(result)));
        sqlite3_close_v2(handle);
        return false;
    }
    {
        const std::lock_guard lock(m_handleMutex);
        m_handle = handle;
    }
    m_path = path;
    m_mode = mode;
    // A reader waits out a writer's short checkpoint instead of failing.
    sqlite3_busy_timeout(m_handle, 3000);
    sqlite3_extended_result_codes(m_handle, 1);
    // Not a database at all is said now, not at the first click.
    const auto check = select(QStringLiteral("SELECT count(*) FROM sqlite_master"), error);
    if (!check) {
        close();
        return false;
    }
    return true;
}

void BrowseConnection::close()
{
    const std::lock_guard lock(m_handleMutex);
    if (m_handle) {
        sqlite3_close_v2(m_handle);
        m_handle = nullptr;
    }
}

void BrowseConnection::interrupt()
{
    const std::lock_guard lock(m_handleMutex);
    if (m_handle) {
        sqlite3_interrupt(m_handle);
    }
}

bool BrowseConnection::wasInterrupted() const
{
    return m_handle && (sqlite3_errcode(m_handle) & 0xff) == SQLITE_INTERRUPT;
}

bool BrowseConnection::eachRow(const QString& sql, const QVariantList& values, QString* error,
                               const std::function<void(const BrowseStatement& row)>& take)
{
    BrowseStatement statement(*this);
    if (!statement.prepare(sql, error) || !statement.bind(values, error)) {
        return false;
    }
    for (;;) {
        switch (statement.step()) {
        case BrowseStatement::Step::Row:
            take(statement);
            break;
        case BrowseStatement::Step::Done:
            return true;
        case BrowseStatement::Step::Error:
            *error = statement.error();
            return false;
        }
    }
}

std::optional<QList<QVariantList>> BrowseConnection::select(const QString& sql, QString* error,
                                                            const QVariantList& values)
{
    QList<QVariantList> rows;
    const bool done = eachRow(sql, values, error, [&rows](const BrowseStatement& statement) {
        QVariantList row;
        const int columns = statement.columnCount();
        row.reserve(columns);
        for (int i = 0; i < columns; ++i) {
            row << statement.value(i);
        }
        rows << row;
    });
    return done ? std::optional(rows) : std::nullopt;
}

std::optional<QList<QVariantHash>> BrowseConnection::selectNamed(const QString& sql, QString* error,
                                                                 const QVariantList& values)
{
    QList<QVariantHash> rows;
    QStringList names;
    const bool done = eachRow(sql, values, error, [&](const BrowseStatement& statement) {
        if (names.isEmpty()) {
            names = statement.columnNames();
        }
        QVariantHash row;
        for (int i = 0; i < names.size(); ++i) {
            row.insert(names.at(i), statement.value(i));
        }
        rows << row;
    });
    return done ? std::optional(rows) : std::nullopt;
}

qint64 BrowseConnection::dataVersion()
{
    QString ignored;
    const auto rows = select(QStringLiteral("PRAGMA data_version"), &ignored);
    return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
}

QString BrowseConnection::describeLastError(const QString& doing) const
{
    if (!m_handle) {
        return tr("The database is not open.");
    }
    const int code = sqlite3_errcode(m_handle) & 0xff;
    const QString message = QString::fromUtf8(sqlite3_errmsg(m_handle));
    switch (code) {
    case SQLITE_INTERRUPT:
        return tr("Stopped.");
    case SQLITE_READONLY:
        return tr("The database is open read-only: %1 was refused (%2).").arg(doing, message);
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return tr("Another program holds a lock on %1; try again in a moment (%2).")
            .arg(m_path, message);
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return tr("%1 is not a SQLite database, or it is damaged (%2).").arg(m_path, message);
    default:
        return message;
    }
}

int BrowseConnection::lastErrorOffset() const
{
    return m_handle ? sqlite3_error_offset(m_handle) : -1;
}
