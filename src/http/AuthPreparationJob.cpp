#include "http/AuthPreparationJob.h"

#include "http/RequestAuth.h"

AuthPreparationJob::AuthPreparationJob(const QList<RequestAuth*>& auths, QObject* parent)
    : Job(parent)
    , m_auths(auths)
{ }

QString AuthPreparationJob::failedAuth() const
{
    return m_failedAuth;
}

QString AuthPreparationJob::reason() const
{
    return m_reason;
}

void AuthPreparationJob::doStart()
{
    prepare(0);
}

void AuthPreparationJob::prepare(qsizetype index)
{
    if (index >= m_auths.size()) {
        emitResult();
        return;
    }
    Job* job = m_auths.at(index)->prepare();
    if (!job) {
        prepare(index + 1);
        return;
    }
    startSubjob(job, [this, index](Job* done) {
        if (done->error() != NoError) {
            m_failedAuth = m_auths.at(index)->description();
            m_reason = done->errorText();
            setError(UserError,
                     tr("The credentials (%1) are not usable: %2").arg(m_failedAuth, m_reason));
            emitResult();
            return;
        }
        prepare(index + 1);
    });
}

QString AuthPreparationJob::activityDescription() const
{
    return tr("Getting the credentials ready");
}
