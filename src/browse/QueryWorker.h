// QueryRunner's half on its own thread: runs a script statement by
// statement on the dataset file (read-only unless writing is allowed) and
// copies the rows of a SELECT into a result file a grid can page through,
// committing as it goes so the first rows show while the rest are copied.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/QueryOutcome.h"

#include <QObject>

#include <atomic>

class BrowseStatement;

class QueryWorker : public QObject
{
    Q_OBJECT

public:
    // Rows copied between two commits of the result file.
    static constexpr int kRowsPerCommit = 2000;

    QueryWorker(const QString& resultPath, const QString& historyHome,
                std::atomic<bool>* cancelled);

    void interrupt();

public Q_SLOTS:
    void open(const QString& path, bool allowWriting);
    void run(quint64 run, const QString& sql);

Q_SIGNALS:
    void opened(const QString& error);
    // The rows so far are in resultTable of the result file.
    void rowsCopied(quint64 run, const QString& resultTable, const QStringList& columns,
                    qint64 rows);
    void finished(quint64 run, const QueryOutcome& outcome);
    void historyRead(const QStringList& statements);

private:
    bool runStatement(quint64 run, BrowseStatement& statement, QueryOutcome* outcome);
    bool copyRows(quint64 run, BrowseStatement& statement, QueryOutcome* outcome);
    bool createResultTable(const QStringList& columns, QString* error);
    void placeError(const QString& sql, int statementStart, QueryOutcome* outcome) const;

    QString m_resultPath;
    QString m_historyHome;
    std::atomic<bool>* m_cancelled;
    BrowseConnection m_connection;
    BrowseConnection m_result;
    std::atomic<bool> m_open{false};
    bool m_allowWriting = false;
    quint64 m_resultNumber = 0;
    QString m_resultTable;
};
