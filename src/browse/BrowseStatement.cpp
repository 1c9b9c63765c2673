#include "browse/BrowseStatement.h"

#include "browse/BrowseConnection.h"

#include <sqlite3.h>

BrowseStatement::BrowseStatement(BrowseConnection& connection)
    : m_connection(connection)
{ }

BrowseStatement::~BrowseStatement()
{
    sqlite3_finalize(m_statement);
}

bool BrowseStatement::prepare(const QString& sql, QString* error, QString* rest)
{
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (!m_connection.handle()) {
        *error = m_connection.describeLastError(QString());
        return false;
    }
    const QByteArray text = sql.toUtf8();
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(m_connection.handle(), text.constData(), int(text.size()), &m_statement,
                           &tail)
        != SQLITE_OK) {
        *error = m_connection.describeLastError(sql.simplified().section(QLatin1Char(' '), 0, 1));
        m_statement = nullptr;
        return false;
    }
    if (rest) {
        *rest =
            tail ? QString::fromUtf8(tail, int(text.constData() + text.size() - tail)) : QString();
    }
    return true;
}

bool BrowseStatement::bind(const QVariantList& values, QString* error)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& value = values.at(i);
        int result = SQLITE_OK;
        if (value.isNull()) {
            result = sqlite3_bind_null(m_statement, i + 1);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                result = sqlite3_bind_int64(m_statement, i + 1, value.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                result = sqlite3_bind_double(m_statement, i + 1, value.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = value.toByteArray();
                result = sqlite3_bind_blob64(m_statement, i + 1, bytes.constData(),
                                             sqlite3_uint64(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                result =
                    sqlite3_bind_text64(m_statement, i + 1, text.constData(),
                                        sqlite3_uint64(text.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
            }
            }
        }
        if (result != SQLITE_OK) {
            *error = m_connection.describeLastError(QStringLiteral("bind"));
            return false;
        }
    }
    return true;
}

BrowseStatement::Step BrowseStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return Step::Row;
    case SQLITE_DONE:
        return Step::Done;
    default:
        return Step::Error;
    }
}

QString BrowseStatement::error() const
{
    return m_connection.describeLastError(
        QString::fromUtf8(sqlite3_sql(m_statement)).simplified().section(QLatin1Char(' '), 0, 1));
}

void BrowseStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

int BrowseStatement::columnCount() const
{
    return sqlite3_column_count(m_statement);
}

QStringList BrowseStatement::columnNames() const
{
    QStringList names;
    const int columns = columnCount();
    for (int i = 0; i < columns; ++i) {
        names << QString::fromUtf8(sqlite3_column_name(m_statement, i));
    }
    return names;
}

namespace {

// The length of the first maxText characters of UTF-8 text, in bytes
// (counting code points: a cut never splits a character).
int cutLength(const char* text, int bytes, int maxText)
{
    int characters = 0;
    for (int i = 0; i < bytes; ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (characters == maxText) {
                return i;
            }
            ++characters;
        }
    }
    return bytes;
}

} // namespace

QVariant BrowseStatement::value(int column, int maxText) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB: {
        const int bytes = sqlite3_column_bytes(m_statement, column);
        const char* data = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
        return QVariant(QByteArray(data, maxText > 0 ? qMin(bytes, maxText) : bytes));
    }
    case SQLITE_NULL:
        return QVariant();
    default: {
        const char* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
        const int bytes = sqlite3_column_bytes(m_statement, column);
        const int length = maxText > 0 && bytes > maxText ? cutLength(text, bytes, maxText) : bytes;
        return QVariant(QString::fromUtf8(text, length));
    }
    }
}

bool BrowseStatement::isCut(int column, int maxText) const
{
    if (maxText <= 0) {
        return false;
    }
    const int bytes = sqlite3_column_bytes(m_statement, column);
    if (bytes <= maxText) {
        return false;
    }
    if (sqlite3_column_type(m_statement, column) == SQLITE_BLOB) {
        return true;
    }
    const char* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return cutLength(text, bytes, maxText) < bytes;
}

bool BrowseStatement::isReadOnly() const
{
    return sqlite3_stmt_readonly(m_statement) != 0;
}
