#include "browse/QueryRunner.h"

#include "browse/QueryWorker.h"

QueryRunner::QueryRunner(const QString& historyHome, QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<QueryOutcome>();
    m_worker = new QueryWorker(resultPath(), historyHome, &m_cancelled);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &QueryWorker::opened, this, &QueryRunner::opened);
    connect(m_worker, &QueryWorker::historyRead, this, &QueryRunner::historyRead);
    connect(m_worker, &QueryWorker::rowsCopied, this,
            [this](quint64 run, const QString& table, const QStringList& columns, qint64 rows) {
                if (run == m_run) {
                    Q_EMIT rowsCopied(table, columns, rows);
                }
            });
    connect(m_worker, &QueryWorker::finished, this,
            [this](quint64 run, const QueryOutcome& outcome) {
                if (run == m_run) {
                    m_running = false;
                    Q_EMIT finished(outcome);
                }
            });
    m_thread.setObjectName(QStringLiteral("grantline-sql-console"));
    m_thread.start();
}

QueryRunner::~QueryRunner()
{
    cancel();
    m_thread.quit();
    m_thread.wait();
}

QString QueryRunner::resultPath() const
{
    return m_scratch.filePath(QStringLiteral("results.sqlite"));
}

void QueryRunner::open(const QString& path, bool allowWriting)
{
    m_path = path;
    m_allowWriting = allowWriting;
    QMetaObject::invokeMethod(m_worker, "open", Qt::QueuedConnection, Q_ARG(QString, path),
                              Q_ARG(bool, allowWriting));
}

void QueryRunner::run(const QString& sql)
{
    m_cancelled = false;
    m_running = true;
    QMetaObject::invokeMethod(m_worker, "run", Qt::QueuedConnection, Q_ARG(quint64, ++m_run),
                              Q_ARG(QString, sql));
}

void QueryRunner::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelled = true;
    m_worker->interrupt();
}
