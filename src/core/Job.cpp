#include "core/Job.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

Job::Job(QObject* parent)
    : QObject(parent)
    , m_timeoutTimer(new QTimer(this))
    , m_progressTimer(new QTimer(this))
{
    m_timeoutTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, &Job::onTimeout);
    m_progressTimer->setSingleShot(true);
    connect(m_progressTimer, &QTimer::timeout, this, &Job::emitProgress);
    m_progressClock.start();
}

Job::~Job()
{
    // A child step must not outlive the job that waits for it.
    cancelSubjobs();
}

void Job::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    if (m_timeoutTimer->interval() > 0) {
        m_timeoutTimer->start();
    }
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished) {
                doStart();
            }
        },
        Qt::QueuedConnection);
}

void Job::cancel()
{
    stopWith(Cancelled, tr("The operation was cancelled."));
}

void Job::stopWith(int code, const QString& text)
{
    // A deferred cancel is already on its way (a timeout does not replace
    // it); a job announcing its last progress has its outcome already.
    if (m_finished || m_stopping || m_resultDeferred || m_reporting) {
        return;
    }
    // A child job cancelled in doCancel() reports back at once; its outcome
    // must not become this job's (a cancel is a cancel, not "exchange failed").
    m_stopping = true;
    cancelSubjobs();
    doCancel();
    m_stopping = false;
    m_error = code;
    m_errorText = text;
    if (m_resultDeferred) {
        return;
    }
    emitResult();
}

void Job::deferCancelledResult()
{
    m_resultDeferred = true;
}

void Job::replaceDeferredCancel(int code, const QString& text)
{
    if (m_resultDeferred && !m_finished) {
        m_error = code;
        m_errorText = text;
    }
}

void Job::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeoutTimer->setInterval(timeout);
}

std::chrono::milliseconds Job::timeout() const
{
    return m_timeoutTimer->intervalAsDuration();
}

void Job::setAutoDelete(bool autoDelete)
{
    m_autoDelete = autoDelete;
}

bool Job::autoDelete() const
{
    return m_autoDelete;
}

bool Job::isStarted() const
{
    return m_started;
}

bool Job::isFinished() const
{
    return m_finished;
}

int Job::error() const
{
    return m_error;
}

QString Job::errorText() const
{
    return m_errorText;
}

void Job::doCancel() { }

QString Job::activityDescription() const
{
    return tr("The operation");
}

void Job::setError(int code, const QString& text)
{
    // The outcome is fixed once reported: a late callback cannot rewrite it.
    if (m_finished || m_stopping || m_resultDeferred) {
        return;
    }
    m_error = code;
    m_errorText = text;
}

void Job::emitResult()
{
    // m_reporting: a slot of the last progress signal that spins an event
    // loop must not see the result emitted twice.
    if (m_finished || m_stopping || m_reporting) {
        return;
    }
    m_reporting = true;
    cancelSubjobs();
    // A slot may delete the job; read what is needed before emitting.
    const bool autoDelete = m_autoDelete;
    QPointer<Job> alive(this);
    // The final amounts come before the result, whatever the throttle says.
    m_progressTimer->stop();
    emitProgress();
    if (!alive) {
        return;
    }
    m_finished = true;
    m_timeoutTimer->stop();
    Q_EMIT finished(this);
    if (autoDelete && alive) {
        deleteLater();
    }
}

void Job::onTimeout()
{
    // Round up so that a sub-second timeout never reads as "0 seconds".
    const auto seconds = int((timeout().count() + 999) / 1000);
    stopWith(
        TimedOut,
        tr("%1 did not finish within %n second(s).", nullptr, seconds).arg(activityDescription()));
}

qint64 Job::processedAmount(Unit unit) const
{
    return m_processed.at(unit);
}

qint64 Job::totalAmount(Unit unit) const
{
    return m_total.at(unit);
}

QString Job::progressDescription() const
{
    return m_progressDescription;
}

void Job::setProcessedAmount(Unit unit, qint64 amount)
{
    if (m_processed.at(unit) != amount) {
        m_processed.at(unit) = amount;
        progressTouched();
    }
}

void Job::setTotalAmount(Unit unit, qint64 amount)
{
    if (m_total.at(unit) != amount) {
        m_total.at(unit) = amount;
        progressTouched();
    }
}

void Job::setProgressDescription(const QString& text)
{
    if (m_progressDescription != text) {
        m_progressDescription = text;
        progressTouched();
    }
}

void Job::progressTouched()
{
    if (m_finished) {
        return;
    }
    m_progressDirty = true;
    if (m_progressTimer->isActive()) {
        return;
    }
    const qint64 sinceLast = m_progressClock.elapsed() - m_lastProgressMs;
    if (m_lastProgressMs < 0 || sinceLast >= kProgressInterval.count()) {
        emitProgress();
    } else {
        m_progressTimer->start(int(kProgressInterval.count() - sinceLast));
    }
}

void Job::emitProgress()
{
    if (!m_progressDirty) {
        return;
    }
    m_progressDirty = false;
    m_lastProgressMs = m_progressClock.elapsed();
    Q_EMIT progressChanged(this);
}

QList<Job*> Job::subjobs() const
{
    QList<Job*> running;
    for (const QPointer<Job>& child : m_subjobs) {
        if (child) {
            running << child.data();
        }
    }
    return running;
}

void Job::startSubjob(Job* child, std::function<void(Job*)> onFinished)
{
    // A job that has ended, or is ending, starts nothing more.
    if (m_finished || m_stopping || m_resultDeferred || m_reporting) {
        child->cancel();
        return;
    }
    m_subjobs << child;
    connect(child, &Job::finished, this, [this, onFinished](Job* done) {
        // Copied first: forgetting the child drops this connection.
        const auto handler = onFinished;
        releaseSubjob(done);
        if (handler && !m_finished && !m_stopping) {
            handler(done);
        }
    });
    child->start();
}

void Job::startSubjob(Job* child, int failureCode, const QString& failurePrefix,
                      std::function<void(Job*)> onSuccess)
{
    startSubjob(child, [this, failureCode, failurePrefix, onSuccess](Job* done) {
        if (done->error() != NoError) {
            setError(failureCode,
                     failurePrefix.isEmpty() ? done->errorText()
                                             : failurePrefix.arg(done->errorText()));
            emitResult();
            return;
        }
        if (onSuccess) {
            onSuccess(done);
        }
    });
}

void Job::releaseSubjob(Job* child)
{
    disconnect(child, &Job::finished, this, nullptr);
    m_subjobs.removeIf([child](const QPointer<Job>& p) { return !p || p == child; });
}

void Job::cancelSubjobs()
{
    const QList<QPointer<Job>> children = std::exchange(m_subjobs, {});
    for (const QPointer<Job>& child : children) {
        if (child) {
            disconnect(child, &Job::finished, this, nullptr);
            child->cancel();
        }
    }
}
