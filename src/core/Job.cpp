#include "core/Job.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>

Job::Job(QObject* parent)
    : QObject(parent)
    , m_timeoutTimer(new QTimer(this))
{
    m_timeoutTimer->setSingleShot(true);
    connect(m_timeoutTimer, &QTimer::timeout, this, &Job::onTimeout);
}

Job::~Job() = default;

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
    if (m_finished || m_stopping) {
        return;
    }
    // A child job cancelled in doCancel() reports back at once; its outcome
    // must not become this job's (a cancel is a cancel, not "exchange failed").
    m_stopping = true;
    doCancel();
    m_stopping = false;
    m_error = code;
    m_errorText = text;
    emitResult();
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
    if (m_finished || m_stopping) {
        return;
    }
    m_error = code;
    m_errorText = text;
}

void Job::emitResult()
{
    if (m_finished || m_stopping) {
        return;
    }
    m_finished = true;
    m_timeoutTimer->stop();
    // A slot may delete the job; read what is needed before emitting.
    const bool autoDelete = m_autoDelete;
    QPointer<Job> alive(this);
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
