// Ctrl+C (SIGINT) or SIGTERM while a job runs cancels the job instead of
// killing the process, so that what the job holds is released properly: a
// sign-in answers the waiting browser tab "cancelled" and frees its port.
// A second signal ends the process at once. One watcher at a time; the
// default handling comes back when it is gone.
#pragma once

#include <QObject>
#include <QPointer>

#include <csignal>

class Job;
class QSocketNotifier;

class InterruptWatcher : public QObject
{
    Q_OBJECT

public:
    explicit InterruptWatcher(Job* job);
    ~InterruptWatcher() override;

    bool wasInterrupted() const;

private:
    static void onSignal(int signal);
    void onNotified();

    QPointer<Job> m_job;
    QSocketNotifier* m_notifier = nullptr;
    bool m_interrupted = false;
    struct sigaction m_previousInt = {};
    struct sigaction m_previousTerm = {};
    static int s_pipe[2];
    static volatile std::sig_atomic_t s_signalled;
};
