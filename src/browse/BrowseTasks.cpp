#include "browse/BrowseTasks.h"

#include <QElapsedTimer>
#include <QPointer>

#include <mutex>

// Lives on the tasks' thread: owns the connection there. No signals of its
// own: work arrives and answers leave as queued calls.
class BrowseTasks::Worker : public QObject
{
public:
    BrowseConnection connection;
    QString openError;
    std::atomic<bool> open{false};
    // The task running now (0: none), so a cancel interrupts only its own;
    // the mutex makes "is it running" and the interrupt one step.
    quint64 running = 0;
    std::mutex runningMutex;

    void setRunning(quint64 task)
    {
        const std::lock_guard lock(runningMutex);
        running = task;
    }
    void interruptIfRunning(quint64 task)
    {
        const std::lock_guard lock(runningMutex);
        if (running == task && open.load()) {
            connection.interrupt();
        }
    }
};

BrowseTasks::BrowseTasks(QObject* parent)
    : QObject(parent)
{
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("grantline-browse-tasks"));
    m_thread.start();
}

BrowseTasks::~BrowseTasks()
{
    for (const std::shared_ptr<Control>& control : std::as_const(m_controls)) {
        control->cancelled = true;
    }
    if (m_worker->open.load()) {
        m_worker->connection.interrupt();
    }
    m_thread.quit();
    m_thread.wait();
}

void BrowseTasks::setDatabase(const QString& path)
{
    m_path = path;
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, path] {
            worker->open = false;
            worker->openError.clear();
            if (worker->connection.open(path, BrowseConnection::Mode::ReadOnly,
                                        &worker->openError)) {
                worker->open = true;
            }
        },
        Qt::QueuedConnection);
}

quint64 BrowseTasks::post(Task task)
{
    const quint64 id = ++m_next;
    auto control = std::make_shared<Control>();
    m_controls.insert(id, control);
    QPointer<BrowseTasks> self(this);
    control->progress = [self, id](qint64 done, qint64 total) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, id, done, total] {
                if (self) {
                    Q_EMIT self->progressed(id, done, total);
                }
            },
            Qt::QueuedConnection);
    };
    Worker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, self, id, control, task = std::move(task)] {
            QVariant answer;
            QString error;
            if (control->cancelled.load()) {
                error = tr("Stopped.");
            } else if (!worker->open.load()) {
                error = worker->openError.isEmpty() ? tr("The database is not open.")
                                                    : worker->openError;
            } else {
                worker->setRunning(id);
                answer = task(worker->connection, *control, &error);
                worker->setRunning(0);
                if (control->cancelled.load() && error.isEmpty()) {
                    error = tr("Stopped.");
                }
            }
            QMetaObject::invokeMethod(
                self.data(),
                [self, id, answer, error] {
                    if (self) {
                        self->m_controls.remove(id);
                        Q_EMIT self->finished(id, answer, error);
                    }
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

void BrowseTasks::cancel(quint64 task)
{
    const std::shared_ptr<Control> control = m_controls.value(task);
    if (!control) {
        return;
    }
    control->cancelled = true;
    m_worker->interruptIfRunning(task);
}
