#include "InterruptWatcher.h"

#include "core/Job.h"

#include <QSocketNotifier>

#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

int InterruptWatcher::s_pipe[2] = {-1, -1};
volatile std::sig_atomic_t InterruptWatcher::s_signalled = 0;

InterruptWatcher::InterruptWatcher(Job* job)
    : m_job(job)
{
    // A signal handler may only write to a pipe; the event loop reads it.
    s_signalled = 0;
    if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
        return;
    }
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptWatcher::onNotified);
    struct sigaction action = {};
    action.sa_handler = &InterruptWatcher::onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, &m_previousInt);
    sigaction(SIGTERM, &action, &m_previousTerm);
}

InterruptWatcher::~InterruptWatcher()
{
    if (!m_notifier) {
        return;
    }
    sigaction(SIGINT, &m_previousInt, nullptr);
    sigaction(SIGTERM, &m_previousTerm, nullptr);
    delete m_notifier;
    ::close(s_pipe[0]);
    ::close(s_pipe[1]);
    s_pipe[0] = s_pipe[1] = -1;
}

bool InterruptWatcher::wasInterrupted() const
{
    return m_interrupted;
}

void InterruptWatcher::onSignal(int signal)
{
    const int savedErrno = errno;
    if (s_signalled) {
        // A second Ctrl+C: the person wants out now, as without a watcher.
        ::signal(signal, SIG_DFL);
        ::raise(signal);
    }
    s_signalled = 1;
    const char byte = 1;
    // Nothing to do if it fails: the pipe is full, a wake-up is pending.
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
    errno = savedErrno;
}

void InterruptWatcher::onNotified()
{
    char bytes[16];
    while (::read(s_pipe[0], bytes, sizeof bytes) > 0) { }
    m_interrupted = true;
    if (m_job) {
        m_job->cancel();
    }
}
