// The shape of every asynchronous operation in Grantline (KJob-style): start()
// returns at once, exactly one finished() follows, and the outcome is read from
// error() and errorText().
#pragma once

#include <QObject>
#include <QString>

class QTimer;

#include <chrono>

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

Q_SIGNALS:
    void finished(Job* job);

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

private:
    void onTimeout();
    void stopWith(int code, const QString& text);

    // A child, so that the job can be moved to another thread with its timer.
    QTimer* m_timeoutTimer;
    int m_error = NoError;
    QString m_errorText;
    bool m_started = false;
    bool m_finished = false;
    // Inside doCancel(): whatever the subclass reports meanwhile is dropped.
    bool m_stopping = false;
    bool m_autoDelete = true;
};
