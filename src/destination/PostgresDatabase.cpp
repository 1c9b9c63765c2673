#include "destination/PostgresDatabase.h"

#include "destination/PostgresFailure.h"
#include "destination/PostgresTableWriter.h"
#include "pipeline/NamingConvention.h"

#include <QThread>

#include <libpq-fe.h>

#include <thread>
#include <vector>

namespace {

// libpq's type numbers (pg_type.oid) of the results a load reads.
constexpr Oid kBool = 16;
constexpr Oid kInt8 = 20;
constexpr Oid kInt2 = 21;
constexpr Oid kInt4 = 23;
constexpr Oid kFloat4 = 700;
constexpr Oid kFloat8 = 701;
constexpr Oid kNumeric = 1700;

// How long a load waits for another load's lock on its schema, as a
// SQLite load waits for another writer of its file.
constexpr int kLockWaitMs = 5000;
constexpr int kLockStepMs = 50;
// COPY data goes out in pieces of this size (libpq takes an int length).
constexpr qsizetype kCopyChunk = 1 << 20;

struct ResultDeleter
{
    void operator()(PGresult* result) const
    {
        PQclear(result);
    }
};
using ResultPointer = std::unique_ptr<PGresult, ResultDeleter>;

// "?" outside quotes and literals becomes $1, $2, …
QByteArray numbered(const QString& sql)
{
    QByteArray out;
    const QByteArray in = sql.toUtf8();
    out.reserve(in.size() + 16);
    char quote = 0;
    int number = 0;
    for (const char c : in) {
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == '?') {
            out += '$' + QByteArray::number(++number);
            continue;
        }
        out += c;
    }
    return out;
}

QByteArray textOf(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? "true" : "false";
    case QMetaType::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    default:
        return value.toString().toUtf8();
    }
}

QVariant valueOf(const PGresult* result, int row, int column)
{
    if (PQgetisnull(result, row, column)) {
        return {};
    }
    const char* text = PQgetvalue(result, row, column);
    switch (PQftype(result, column)) {
    case kInt2:
    case kInt4:
    case kInt8:
        return QByteArray(text).toLongLong();
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QByteArray(text).toDouble();
    case kBool:
        return text[0] == 't';
    default:
        return QString::fromUtf8(text);
    }
}

QString serverMessage(const PGresult* result, PGconn* connection)
{
    const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
    QString message = QString::fromUtf8(primary ? primary : PQerrorMessage(connection)).trimmed();
    return message;
}

} // namespace

struct PostgresDatabase::Result
{
    ResultPointer result;
    bool ok = false;
};

PostgresDatabase::PostgresDatabase(const PostgresCredentials& credentials, const QString& password,
                                   const QString& dataset)
    : m_credentials(credentials)
    , m_password(password.toUtf8())
    , m_schema(schemaOf(dataset))
{ }

QString PostgresDatabase::schemaOf(const QString& datasetName)
{
    // dlt normalizes the dataset name as it does a table name, so a pipeline
    // moved between dlt and Grantline finds its tables in the same schema.
    return NamingConvention::identifier(datasetName, kMaxIdentifierLength);
}

PostgresDatabase::~PostgresDatabase()
{
    close();
    m_password.fill('\0');
}

void PostgresDatabase::close()
{
    {
        std::lock_guard lock(m_cancelMutex);
        m_cancel.reset();
    }
    if (m_connection) {
        // Closing the connection is the rollback of an open transaction.
        PQfinish(m_connection);
        m_connection = nullptr;
    }
    m_inTransaction = false;
}

QString PostgresDatabase::describe() const
{
    return tr("schema %1 of %2").arg(m_schema, m_credentials.describe());
}

bool PostgresDatabase::connect(QString* error)
{
    close();
    // A connection that dies without a word (a cable pulled, a server gone)
    // is noticed within about a minute instead of hanging a load for ever;
    // the URL's own values come later and win.
    QList<QPair<QByteArray, QByteArray>> parameters{
        {"application_name", "grantline"}, {"client_encoding", "UTF8"},   {"keepalives", "1"},
        {"keepalives_idle", "30"},         {"keepalives_interval", "10"}, {"keepalives_count", "3"},
        {"tcp_user_timeout", "60000"},
    };
    parameters += m_credentials.libpqParameters();
    if (!m_password.isEmpty()) {
        parameters.append({"password", m_password});
    }
    std::vector<const char*> keywords;
    std::vector<const char*> values;
    for (const auto& [keyword, value] : parameters) {
        keywords.push_back(keyword.constData());
        values.push_back(value.constData());
    }
    keywords.push_back(nullptr);
    values.push_back(nullptr);
    m_connection = PQconnectdbParams(keywords.data(), values.data(), 0);
    if (!m_connection || PQstatus(m_connection) != CONNECTION_OK) {
        *error = connectionFailure(m_connection ? QString::fromUtf8(PQerrorMessage(m_connection))
                                                : QString());
        close();
        return false;
    }
    // The server's notices ("already exists, skipping") are not for people.
    PQsetNoticeProcessor(
        m_connection, [](void*, const char*) {}, nullptr);
    {
        std::lock_guard lock(m_cancelMutex);
        m_cancel.reset(PQgetCancel(m_connection), PQfreeCancel);
    }
    // dlt stores timestamps in UTC; a session in another zone would shift
    // every one written as text. Set here, not as a startup option, which
    // connection poolers refuse.
    return exec(QStringLiteral("SET TIME ZONE 'UTC'"), error);
}

QString PostgresDatabase::connectionFailure(const QString& message)
{
    const PostgresFailure failure = PostgresFailure::ofConnection(m_credentials, message);
    noteProblem(failure.problem);
    return failure.sentence;
}

bool PostgresDatabase::openForLoad(QString* error)
{
    return connect(error);
}

PostgresDatabase::Result PostgresDatabase::run(const QString& sql, const QVariantList& values,
                                               QString* error)
{
    Result outcome;
    if (!m_connection) {
        noteProblem(Problem::ConnectionLost);
        *error = tr("There is no connection to PostgreSQL.");
        return outcome;
    }
    const QByteArray statement = numbered(sql);
    std::vector<QByteArray> texts;
    std::vector<const char*> pointers;
    texts.reserve(size_t(values.size()));
    for (const QVariant& value : values) {
        texts.push_back(value.isNull() ? QByteArray() : textOf(value));
        pointers.push_back(value.isNull() ? nullptr : texts.back().constData());
    }
    outcome.result.reset(PQexecParams(m_connection, statement.constData(), int(values.size()),
                                      nullptr, pointers.data(), nullptr, nullptr, 0));
    const ExecStatusType status =
        outcome.result ? PQresultStatus(outcome.result.get()) : PGRES_FATAL_ERROR;
    outcome.ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    if (!outcome.ok) {
        *error = describeFailure(outcome.result.get(), sql.section(u' ', 0, 2));
    }
    return outcome;
}

bool PostgresDatabase::exec(const QString& sql, QString* error, const QVariantList& values)
{
    return run(sql, values, error).ok;
}

std::optional<QList<QVariantList>> PostgresDatabase::select(const QString& sql, QString* error,
                                                            const QVariantList& values)
{
    const Result outcome = run(sql, values, error);
    if (!outcome.ok) {
        return std::nullopt;
    }
    const PGresult* result = outcome.result.get();
    QList<QVariantList> rows;
    for (int row = 0; row < PQntuples(result); ++row) {
        QVariantList values;
        for (int column = 0; column < PQnfields(result); ++column) {
            values << valueOf(result, row, column);
        }
        rows << values;
    }
    return rows;
}

bool PostgresDatabase::tableExists(const QString& table)
{
    QString ignored;
    const auto rows = select(QStringLiteral("SELECT 1 FROM information_schema.tables WHERE "
                                            "table_schema = ? AND table_name = ?"),
                             &ignored, {m_schema, table});
    return rows && !rows->isEmpty();
}

QStringList PostgresDatabase::columnsOf(const QString& table)
{
    QString ignored;
    const auto rows = select(QStringLiteral("SELECT column_name FROM information_schema.columns "
                                            "WHERE table_schema = ? AND table_name = ? ORDER BY "
                                            "ordinal_position"),
                             &ignored, {m_schema, table});
    QStringList names;
    for (const QVariantList& row : rows.value_or(QList<QVariantList>())) {
        names << row.value(0).toString();
    }
    return names;
}

bool PostgresDatabase::begin(QString* error)
{
    m_interrupted = false;
    m_firstFailure.clear();
    // READ COMMITTED whatever the server's default: the state and the last
    // load id are read after the schema's lock is held, and a stricter level
    // would read them as they were before the load that held it committed.
    if (!exec(QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED"), error)) {
        return false;
    }
    m_inTransaction = true;
    // Again inside the transaction: behind a pooler in transaction mode it
    // may run on another server connection than the session's SET.
    if (!exec(QStringLiteral("SET LOCAL TIME ZONE 'UTC'"), error)) {
        rollback();
        return false;
    }
    if (!lockSchema(error) || !prepareSchema(error)) {
        rollback();
        return false;
    }
    return true;
}

bool PostgresDatabase::lockSchema(QString* error)
{
    // Released by COMMIT or ROLLBACK, and by the server when the
    // connection drops: a killed loader leaves no lock behind.
    for (int waited = 0;; waited += kLockStepMs) {
        const auto rows = select(QStringLiteral("SELECT pg_try_advisory_xact_lock(hashtext(?))"),
                                 error, {QStringLiteral("grantline load into ") + m_schema});
        if (!rows) {
            return false;
        }
        if (rows->value(0).value(0).toBool()) {
            return true;
        }
        if (m_cancelled && m_cancelled->load()) {
            *error = tr("The load was cancelled; nothing of it was saved.");
            return false;
        }
        if (waited >= kLockWaitMs) {
            noteProblem(Problem::Busy);
            *error = tr("Another load into %1 is running; run this one again once it has "
                        "finished.")
                         .arg(describe());
            return false;
        }
        QThread::msleep(kLockStepMs);
    }
}

bool PostgresDatabase::prepareSchema(QString* error)
{
    if (m_schema.isEmpty()) {
        *error = tr("The pipeline's dataset name is blank; PostgreSQL needs a schema name to "
                    "load into.");
        return false;
    }
    // CREATE SCHEMA IF NOT EXISTS asks for the right to create schemas even
    // when the schema is there, so it is only asked for when it is missing.
    const auto found =
        select(QStringLiteral("SELECT 1 FROM pg_namespace WHERE nspname = ?"), error, {m_schema});
    if (!found) {
        return false;
    }
    if (found->isEmpty() && !exec(QStringLiteral("CREATE SCHEMA %1").arg(quote(m_schema)), error)) {
        return false;
    }
    // pg_catalog stays first (PostgreSQL puts it there when the path does
    // not name it): a table named text or date brings a type of that name,
    // which must not stand in for the built-in one. The dataset's own tables
    // are named with their schema (qualified()).
    return exec(QStringLiteral("SET LOCAL search_path TO %1").arg(quote(m_schema)), error)
        && exec(QStringLiteral("CREATE TEMP TABLE %1 (\"_grantline_id\" varchar, "
                               "\"_grantline_n\" bigserial) ON COMMIT DROP")
                    .arg(orderTable()),
                error);
}

bool PostgresDatabase::commit(QString* error)
{
    // A failed transaction answers COMMIT with ROLLBACK and no error.
    if (m_connection && PQtransactionStatus(m_connection) == PQTRANS_INERROR) {
        *error = m_firstFailure.isEmpty() ? tr("PostgreSQL refused the load; it was rolled back.")
                                          : m_firstFailure;
        rollback();
        return false;
    }
    const Result outcome = run(QStringLiteral("COMMIT"), {}, error);
    if (!outcome.ok) {
        if (lastProblem() == Problem::ConnectionLost) {
            // The server may have committed just before the connection went.
            *error = tr("The connection to PostgreSQL (%1) broke during COMMIT, so whether "
                        "the load was saved is not known. Either way its data and its state "
                        "agree: the next run neither loses nor repeats a record.")
                         .arg(describe());
        }
        rollback();
        return false;
    }
    m_inTransaction = false;
    if (qstrcmp(PQcmdStatus(outcome.result.get()), "COMMIT") != 0) {
        *error = tr("PostgreSQL rolled the load back instead of saving it.");
        return false;
    }
    return true;
}

void PostgresDatabase::rollback()
{
    if (!m_inTransaction) {
        return;
    }
    m_inTransaction = false;
    if (!m_connection || PQstatus(m_connection) != CONNECTION_OK) {
        return; // the server rolls back a transaction whose connection broke
    }
    PGresult* result = PQexec(m_connection, "ROLLBACK");
    PQclear(result);
}

void PostgresDatabase::interrupt()
{
    std::shared_ptr<pg_cancel> cancel;
    {
        std::lock_guard lock(m_cancelMutex);
        cancel = m_cancel;
    }
    if (!cancel) {
        return;
    }
    m_interrupted = true;
    std::thread([cancel] {
        char message[256];
        PQcancel(cancel.get(), message, int(sizeof message));
    }).detach();
}

QString PostgresDatabase::orderTable()
{
    return QStringLiteral("pg_temp.\"_grantline_order\"");
}

QString PostgresDatabase::earlierDuplicatesOfLoad(const QString& table, const QString& keyColumns,
                                                  const QString& loadId) const
{
    return QStringLiteral("SELECT \"_grantline_id\" FROM (SELECT w.\"_grantline_id\", "
                          "row_number() OVER (PARTITION BY %2 ORDER BY w.\"_grantline_n\" DESC) "
                          "AS \"_grantline_later\" FROM %1 JOIN %4 AS w ON w.\"_grantline_id\" "
                          "= %1.\"_dlt_id\" WHERE %1.\"_dlt_load_id\" = '%3') AS ranked WHERE "
                          "\"_grantline_later\" > 1")
        .arg(table, keyColumns, loadId, orderTable());
}

std::unique_ptr<TableWriter> PostgresDatabase::tableWriter(const QString& table)
{
    return std::make_unique<PostgresTableWriter>(this, table);
}

bool PostgresDatabase::copy(const QString& statement, const QByteArray& rows, const QString& doing,
                            QString* error)
{
    ResultPointer started(PQexec(m_connection, statement.toUtf8().constData()));
    if (!started || PQresultStatus(started.get()) != PGRES_COPY_IN) {
        *error = describeFailure(started.get(), doing);
        return false;
    }
    bool sent = true;
    for (qsizetype at = 0; sent && at < rows.size(); at += kCopyChunk) {
        sent = PQputCopyData(m_connection, rows.constData() + at,
                             int(qMin(kCopyChunk, rows.size() - at)))
            == 1;
    }
    // Ended either way: a COPY left open keeps the connection busy.
    sent = PQputCopyEnd(m_connection, sent ? nullptr : "the rows could not be sent") == 1 && sent;
    QString failure;
    while (PGresult* raw = PQgetResult(m_connection)) {
        ResultPointer result(raw);
        const ExecStatusType status = PQresultStatus(raw);
        if (status == PGRES_COPY_IN) {
            break; // the connection failed mid-COPY; nothing more will come
        }
        if (status != PGRES_COMMAND_OK && failure.isEmpty()) {
            failure = describeFailure(raw, doing);
        }
    }
    if (!sent || !failure.isEmpty()) {
        *error = failure.isEmpty() ? describeFailure(nullptr, doing) : failure;
        return false;
    }
    return true;
}

void PostgresDatabase::noteProblem(Problem problem)
{
    int none = int(Problem::None);
    m_problem.compare_exchange_strong(none, int(problem));
}

QStringList PostgresDatabase::systemTableStatements() const
{
    // dlt's system tables as its postgres destination makes them: text is
    // varchar, a timestamp "with time zone", the unique _dlt_id UNIQUE.
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS \"_dlt_version\" (\"version\" bigint NOT NULL, "
                       "\"engine_version\" bigint NOT NULL, \"inserted_at\" timestamp with time "
                       "zone NOT NULL, \"schema_name\" varchar NOT NULL, \"version_hash\" varchar "
                       "NOT NULL, \"schema\" varchar NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS \"_dlt_loads\" (\"load_id\" varchar(64) NOT "
                       "NULL, \"schema_name\" varchar, \"status\" bigint NOT NULL, "
                       "\"inserted_at\" timestamp with time zone NOT NULL, "
                       "\"schema_version_hash\" varchar)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS \"_dlt_pipeline_state\" (\"version\" bigint NOT "
                       "NULL, \"engine_version\" bigint NOT NULL, \"pipeline_name\" varchar NOT "
                       "NULL, \"state\" varchar NOT NULL, \"created_at\" timestamp with time zone "
                       "NOT NULL, \"version_hash\" varchar, \"_dlt_load_id\" varchar(64) NOT NULL, "
                       "\"_dlt_id\" varchar UNIQUE NOT NULL)"),
    };
}

QString PostgresDatabase::describeFailure(const pg_result* result, const QString& doing)
{
    PostgresFailure::Statement statement;
    statement.state =
        result ? QByteArray(PQresultErrorField(result, PG_DIAG_SQLSTATE)) : QByteArray();
    // "current transaction is aborted": the first failure says why.
    if (statement.state == "25P02" && !m_firstFailure.isEmpty()) {
        return m_firstFailure;
    }
    statement.message = serverMessage(result, m_connection);
    statement.doing = doing;
    statement.broken = !m_connection || PQstatus(m_connection) != CONNECTION_OK;
    statement.cancelled = m_interrupted;
    const PostgresFailure failure =
        PostgresFailure::ofStatement(statement, m_credentials, describe());
    noteProblem(failure.problem);
    if (m_inTransaction && m_firstFailure.isEmpty()) {
        m_firstFailure = failure.sentence;
    }
    return failure.sentence;
}

bool PostgresDatabase::test(QString* report)
{
    if (m_schema.isEmpty()) {
        *report = tr("Type the dataset first: the schema on the server the tables go into.");
        return false;
    }
    if (!connect(report)) {
        return false;
    }
    QString error;
    const auto facts = select(
        QStringLiteral("SELECT current_setting('server_version'), EXISTS (SELECT 1 FROM "
                       "pg_namespace WHERE nspname = ?), has_database_privilege(current_user, "
                       "current_database(), 'CREATE'), has_schema_privilege(current_user, "
                       "(SELECT oid FROM pg_namespace WHERE nspname = ?), 'CREATE')"),
        &error, {m_schema, m_schema});
    close();
    if (!facts) {
        *report = error;
        return false;
    }
    const QVariantList row = facts->value(0);
    const QString version = row.value(0).toString();
    const bool exists = row.value(1).toBool();
    if (exists && !row.value(3).toBool()) {
        *report = tr("Connected to PostgreSQL %1 at %2, but user \"%3\" may not create tables in "
                     "the schema %4.")
                      .arg(version, m_credentials.describe(), m_credentials.user, m_schema);
        return false;
    }
    if (!exists && !row.value(2).toBool()) {
        *report = tr("Connected to PostgreSQL %1 at %2, but the schema %4 does not exist and "
                     "user \"%3\" may not create it.")
                      .arg(version, m_credentials.describe(), m_credentials.user, m_schema);
        return false;
    }
    *report = exists ? tr("Connected to PostgreSQL %1 at %2; loads go into the schema %3.")
                           .arg(version, m_credentials.describe(), m_schema)
                     : tr("Connected to PostgreSQL %1 at %2; the first load creates the schema "
                          "%3.")
                           .arg(version, m_credentials.describe(), m_schema);
    return true;
}
