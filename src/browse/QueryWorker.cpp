#include "browse/QueryWorker.h"

#include "browse/BrowseStatement.h"
#include "browse/QueryHistory.h"
#include "destination/SqliteDatabase.h"

#include <QElapsedTimer>
#include <QFile>

#include <sqlite3.h>

#include <climits>

QueryWorker::QueryWorker(const QString& resultPath, const QString& historyHome,
                         std::atomic<bool>* cancelled)
    : m_resultPath(resultPath)
    , m_historyHome(historyHome)
    , m_cancelled(cancelled)
{ }

void QueryWorker::interrupt()
{
    if (m_open.load()) {
        m_connection.interrupt();
    }
}

void QueryWorker::open(const QString& path, bool allowWriting)
{
    m_open = false;
    m_allowWriting = allowWriting;
    QString error;
    const auto mode =
        allowWriting ? BrowseConnection::Mode::ReadWrite : BrowseConnection::Mode::ReadOnly;
    if (m_connection.open(path, mode, &error)) {
        m_open = true;
        // The result file is Grantline's own scratch space: created here,
        // never the dataset.
        if (!m_result.isOpen()) {
            QFile create(m_resultPath);
            if (!create.exists() && create.open(QIODevice::WriteOnly)) {
                create.close();
            }
            m_result.open(m_resultPath, BrowseConnection::Mode::ReadWrite, &error);
            QString ignored;
            m_result.select(QStringLiteral("PRAGMA journal_mode = WAL"), &ignored);
            m_result.select(QStringLiteral("PRAGMA synchronous = OFF"), &ignored);
        }
    }
    Q_EMIT opened(error);
    if (!m_historyHome.isEmpty()) {
        Q_EMIT historyRead(QueryHistory(m_historyHome, path).entries());
    }
}

void QueryWorker::run(quint64 run, const QString& sql)
{
    if (!m_historyHome.isEmpty()) {
        QueryHistory history(m_historyHome, m_connection.path());
        history.add(sql);
        Q_EMIT historyRead(history.entries());
    }
    QElapsedTimer timer;
    timer.start();
    QueryOutcome outcome;
    QString rest = sql;
    int consumed = 0;
    while (!rest.trimmed().isEmpty()) {
        if (m_cancelled->load()) {
            outcome.status = QueryOutcome::Status::Cancelled;
            break;
        }
        BrowseStatement statement(m_connection);
        QString tail;
        QString error;
        if (!statement.prepare(rest, &error, &tail)) {
            outcome.status = m_connection.wasInterrupted() ? QueryOutcome::Status::Cancelled
                                                           : QueryOutcome::Status::Failed;
            outcome.error = error;
            placeError(sql, consumed, &outcome);
            break;
        }
        const int statementStart = consumed;
        consumed += int(rest.size() - tail.size());
        rest = tail;
        if (!statement.isPrepared()) {
            continue; // A comment or a lone semicolon.
        }
        if (!runStatement(run, statement, &outcome)) {
            if (outcome.status == QueryOutcome::Status::Failed) {
                placeError(sql, statementStart, &outcome);
            }
            break;
        }
        ++outcome.statements;
    }
    // A transaction left open would hold a read (pinning the WAL while
    // loads write) or the write lock (a run would wait): it ends with the
    // run that began it.
    if (m_connection.isOpen() && !sqlite3_get_autocommit(m_connection.handle())) {
        QString ignored;
        m_connection.select(QStringLiteral("ROLLBACK"), &ignored);
        outcome.rolledBack = true;
    }
    outcome.milliseconds = timer.elapsed();
    Q_EMIT finished(run, outcome);
}

bool QueryWorker::runStatement(quint64 run, BrowseStatement& statement, QueryOutcome* outcome)
{
    if (!m_allowWriting && !statement.isReadOnly()) {
        outcome->status = QueryOutcome::Status::Refused;
        outcome->error = tr("The console is read-only, so the loaded data cannot be changed by "
                            "accident. Turn on Allow Writing to run statements that change the "
                            "file.");
        return false;
    }
    if (statement.columnCount() > 0) {
        return copyRows(run, statement, outcome);
    }
    const qint64 before = sqlite3_total_changes64(m_connection.handle());
    const BrowseStatement::Step step = statement.step();
    if (step == BrowseStatement::Step::Error) {
        outcome->status = m_connection.wasInterrupted() ? QueryOutcome::Status::Cancelled
                                                        : QueryOutcome::Status::Failed;
        outcome->error = statement.error();
        return false;
    }
    outcome->changed += sqlite3_total_changes64(m_connection.handle()) - before;
    return true;
}

bool QueryWorker::copyRows(quint64 run, BrowseStatement& statement, QueryOutcome* outcome)
{
    // The grid pages through a table of its own: names made unique (a
    // join's two "id" columns), values kept with their SQLite types.
    QStringList columns;
    for (const QString& name : statement.columnNames()) {
        QString unique = name.isEmpty() ? QStringLiteral("column") : name;
        for (int n = 2; columns.contains(unique); ++n) {
            unique = QStringLiteral("%1 (%2)").arg(name).arg(n);
        }
        columns << unique;
    }
    QString error;
    if (!createResultTable(columns, &error)) {
        outcome->status = QueryOutcome::Status::Failed;
        outcome->error = error;
        return false;
    }
    QStringList marks(columns.size(), QStringLiteral("?"));
    BrowseStatement insert(m_result);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO %1 VALUES (%2)")
                .arg(SqliteDatabase::quote(m_resultTable), marks.join(QLatin1String(", "))),
            &error)) {
        outcome->status = QueryOutcome::Status::Failed;
        outcome->error = error;
        return false;
    }
    qint64 rows = 0;
    m_result.select(QStringLiteral("BEGIN"), &error);
    for (;;) {
        if (m_cancelled->load()) {
            m_result.select(QStringLiteral("COMMIT"), &error);
            outcome->status = QueryOutcome::Status::Cancelled;
            outcome->rows = rows;
            return false;
        }
        const BrowseStatement::Step step = statement.step();
        if (step == BrowseStatement::Step::Done) {
            break;
        }
        if (step == BrowseStatement::Step::Error) {
            m_result.select(QStringLiteral("COMMIT"), &error);
            outcome->status = m_connection.wasInterrupted() ? QueryOutcome::Status::Cancelled
                                                            : QueryOutcome::Status::Failed;
            outcome->error = statement.error();
            outcome->rows = rows;
            return false;
        }
        QVariantList values;
        for (int i = 0; i < columns.size(); ++i) {
            values << statement.value(i);
        }
        insert.reset();
        if (!insert.bind(values, &error) || insert.step() == BrowseStatement::Step::Error) {
            // The scratch file cannot take more (a full disk): say so, keep
            // what was copied.
            m_result.select(QStringLiteral("COMMIT"), &error);
            outcome->status = QueryOutcome::Status::Failed;
            outcome->error = tr("The result cannot be written after %n row(s): %1", nullptr,
                                int(qMin<qint64>(rows, INT_MAX)))
                                 .arg(insert.error());
            outcome->rows = rows;
            Q_EMIT rowsCopied(run, m_resultTable, columns, rows);
            return false;
        }
        ++rows;
        if (rows == 200 || rows % kRowsPerCommit == 0) {
            m_result.select(QStringLiteral("COMMIT"), &error);
            Q_EMIT rowsCopied(run, m_resultTable, columns, rows);
            m_result.select(QStringLiteral("BEGIN"), &error);
        }
    }
    m_result.select(QStringLiteral("COMMIT"), &error);
    Q_EMIT rowsCopied(run, m_resultTable, columns, rows);
    outcome->rows = rows;
    return true;
}

bool QueryWorker::createResultTable(const QStringList& columns, QString* error)
{
    // The previous result goes: only the last one is shown.
    if (!m_resultTable.isEmpty()) {
        m_result.select(
            QStringLiteral("DROP TABLE IF EXISTS %1").arg(SqliteDatabase::quote(m_resultTable)),
            error);
    }
    m_resultTable = QStringLiteral("result_%1").arg(++m_resultNumber);
    QStringList quoted;
    for (const QString& column : columns) {
        quoted << SqliteDatabase::quote(column);
    }
    return m_result
        .select(QStringLiteral("CREATE TABLE %1 (%2)")
                    .arg(SqliteDatabase::quote(m_resultTable), quoted.join(QLatin1String(", "))),
                error)
        .has_value();
}

void QueryWorker::placeError(const QString& sql, int statementStart, QueryOutcome* outcome) const
{
    const int byteOffset = m_connection.lastErrorOffset();
    if (byteOffset < 0) {
        return;
    }
    // SQLite counts bytes of UTF-8 from the start of the statement.
    const QByteArray statement = sql.mid(statementStart).toUtf8();
    const int position = statementStart + int(QString::fromUtf8(statement.left(byteOffset)).size());
    outcome->errorPosition = position;
    outcome->errorLine = int(sql.left(position).count(QLatin1Char('\n'))) + 1;
    outcome->errorColumn = position - int(sql.lastIndexOf(QLatin1Char('\n'), position - 1));
}
