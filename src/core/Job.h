// The shape of every asynchronous operation in Grantline (KJob-style): start()
// returns at once, exactly one finished() follows, and the outcome is read from
// error() and errorText(). Progress is reported as KJob does it: amounts in
// units with totals where known and a sentence for the current step, with
// progressChanged() throttled so that a fast job cannot flood a window.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

#include <array>
#include <chrono>
#include <functional>

class Job : public QObject
{
    Q_OBJECT

public:
    // Codes every job understands; subclasses number their own from UserError up.
    enum Error {
        NoError = 0,
        Cancelled = 1,
        TimedOut = 2,
        UserError = 100,
    };
    Q_ENUM(Error)

    // What progress is counted in.
    enum Unit {
        Pages,
        Records,
        Bytes,
        Rows,
    };
    Q_ENUM(Unit)
    static constexpr int kUnitCount = Rows + 1;
    // progressChanged() comes at most this often (and once more, with the
    // final amounts, just before finished()).
    static constexpr std::chrono::milliseconds kProgressInterval{100};

    explicit Job(QObject* parent = nullptr);
    ~Job() override;

    // Begins the work on the next turn of the event loop, so that a caller may
    // connect to finished() after start() and never miss it.
    void start();
    // Stops the work; finished() follows with the Cancelled error unless the job
    // had already finished.
    void cancel();

    // Bounds the job: if it has not finished after this long it ends with TimedOut.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // When true (the default) the job deletes itself after finished().
    void setAutoDelete(bool autoDelete);
    bool autoDelete() const;

    bool isStarted() const;
    bool isFinished() const;
    int error() const;
    // A sentence a person can act on; empty when error() is NoError.
    QString errorText() const;

    qint64 processedAmount(Unit unit) const;
    // -1 while the total is not known.
    qint64 totalAmount(Unit unit) const;
    // What the job is doing now, in a sentence ("Loading page 3 of items").
    QString progressDescription() const;

    // The child jobs still running (see startSubjob()).
    QList<Job*> subjobs() const;

Q_SIGNALS:
    void finished(Job* job);
    // Amounts or description changed; throttled to kProgressInterval. A
    // slot may cancel the job but must not delete it (deleteLater() does).
    void progressChanged(Job* job);

protected:
    virtual void doStart() = 0;
    // Called on cancel() and on timeout, before finished(); release resources here.
    virtual void doCancel();
    // What the job was doing, for the timeout message ("reading the keychain").
    virtual QString activityDescription() const;

    void setError(int code, const QString& text);
    // Emits finished() once; later calls are ignored, so a subclass may call it
    // from every completion path without bookkeeping.
    void emitResult();

    void setProcessedAmount(Unit unit, qint64 amount);
    void setTotalAmount(Unit unit, qint64 amount);
    void setProgressDescription(const QString& text);

    // Starts a child step (or cancels it at once when this job has ended or
    // is being cancelled): it is cancelled with this job (and when this job
    // is deleted), its progress is not this job's, and when it finishes
    // onFinished runs with it. With failAlong, a child's failure ends this
    // job with the child's error text (prefixed by failurePrefix when given,
    // "%1" standing for the text) and onFinished runs only on success.
    void startSubjob(Job* child, std::function<void(Job* child)> onFinished);
    void startSubjob(Job* child, int failureCode, const QString& failureText,
                     std::function<void(Job* child)> onSuccess);
    // Forgets a child without cancelling it.
    void releaseSubjob(Job* child);

    // For a job whose cancel takes time (a worker thread rolling back): called
    // from doCancel(), it keeps finished() back until the job calls
    // emitResult() itself; the outcome stays Cancelled.
    void deferCancelledResult();
    // The work finished before the deferred cancel could stop it (the load
    // was committed): the outcome is what really happened, not Cancelled.
    void replaceDeferredCancel(int code, const QString& text);

private:
    void onTimeout();
    void stopWith(int code, const QString& text);
    void progressTouched();
    void emitProgress();
    void cancelSubjobs();

    // A child, so that the job can be moved to another thread with its timer.
    QTimer* m_timeoutTimer;
    int m_error = NoError;
    QString m_errorText;
    bool m_started = false;
    bool m_finished = false;
    // Inside doCancel(): whatever the subclass reports meanwhile is dropped.
    bool m_stopping = false;
    bool m_autoDelete = true;
    bool m_resultDeferred = false;
    // Inside emitResult(): a cancel from a progress slot comes too late.
    bool m_reporting = false;

    std::array<qint64, kUnitCount> m_processed{};
    std::array<qint64, kUnitCount> m_total{-1, -1, -1, -1};
    QString m_progressDescription;
    // Throttling: a change inside the interval is emitted when it ends.
    QTimer* m_progressTimer;
    QElapsedTimer m_progressClock;
    bool m_progressDirty = false;
    qint64 m_lastProgressMs = -1;
    QList<QPointer<Job>> m_subjobs;
};
