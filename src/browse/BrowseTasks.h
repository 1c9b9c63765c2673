// Reads that take a while (a record and its child rows, the load
// statistics, the points of a plot, an export) run here, one after another
// on a thread with its own read-only connection, each cancellable and able
// to say how far it is. The GUI thread only posts them and gets the answer.
#pragma once

#include "browse/BrowseConnection.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class BrowseTasks : public QObject
{
    Q_OBJECT

public:
    struct Control
    {
        std::atomic<bool> cancelled{false};
        // Throttled by the caller: call it as often as is useful.
        std::function<void(qint64 done, qint64 total)> progress;
    };
    // Returns the answer; a task that fails sets *error and returns {}.
    using Task =
        std::function<QVariant(BrowseConnection& connection, Control& control, QString* error)>;

    explicit BrowseTasks(QObject* parent = nullptr);
    ~BrowseTasks() override;

    void setDatabase(const QString& path);
    QString databasePath() const
    {
        return m_path;
    }
    quint64 post(Task task);
    // A task not started yet never starts; a running one is told to stop
    // and its statement interrupted.
    void cancel(quint64 task);

Q_SIGNALS:
    void progressed(quint64 task, qint64 done, qint64 total);
    void finished(quint64 task, const QVariant& answer, const QString& error);

private:
    class Worker;

    QString m_path;
    quint64 m_next = 0;
    QHash<quint64, std::shared_ptr<Control>> m_controls;
    QThread m_thread;
    Worker* m_worker = nullptr;
};
