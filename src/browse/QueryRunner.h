// The SQL console's engine: runs what a person typed on a thread and
// connection of its own (read-only unless writing is switched on), can be
// cancelled mid-statement (SQLite is interrupted), and puts a SELECT's rows
// in a result file that RowsModel pages through like any table.
#pragma once

#include "browse/QueryOutcome.h"

#include <QObject>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

class QueryWorker;

class QueryRunner : public QObject
{
    Q_OBJECT

public:
    // historyHome: where each database's statements are kept (QueryHistory);
    // empty keeps none.
    explicit QueryRunner(const QString& historyHome = {}, QObject* parent = nullptr);
    ~QueryRunner() override;

    // (Re)opens the dataset; writing allowed or not.
    void open(const QString& path, bool allowWriting);
    bool allowsWriting() const
    {
        return m_allowWriting;
    }
    QString databasePath() const
    {
        return m_path;
    }
    // Where results are copied to (a scratch file, deleted with the runner).
    QString resultPath() const;

    void run(const QString& sql);
    void cancel();
    bool isRunning() const
    {
        return m_running;
    }

Q_SIGNALS:
    void opened(const QString& error);
    void rowsCopied(const QString& resultTable, const QStringList& columns, qint64 rows);
    void finished(const QueryOutcome& outcome);
    // The database's statements run before, newest first: after open(), and
    // after each run (read and written on the runner's thread, not the GUI's).
    void historyRead(const QStringList& statements);

private:
    QTemporaryDir m_scratch;
    QString m_path;
    bool m_allowWriting = false;
    bool m_running = false;
    quint64 m_run = 0;
    std::atomic<bool> m_cancelled{false};
    QThread m_thread;
    QueryWorker* m_worker = nullptr;
};
