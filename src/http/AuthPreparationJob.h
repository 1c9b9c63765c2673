// Gets every credential of a run ready before its first request (a sign-in
// refreshed, a client-credentials token fetched), one after the other; on
// the first that cannot be, the job fails and says which.
#pragma once

#include "core/Job.h"

#include <QList>

class RequestAuth;

class AuthPreparationJob : public Job
{
    Q_OBJECT

public:
    explicit AuthPreparationJob(const QList<RequestAuth*>& auths, QObject* parent = nullptr);

    // After a failure: the credentials that could not be made ready
    // (RequestAuth::description()), and why.
    QString failedAuth() const;
    QString reason() const;

protected:
    void doStart() override;
    QString activityDescription() const override;

private:
    void prepare(qsizetype index);

    QList<RequestAuth*> m_auths;
    QString m_failedAuth;
    QString m_reason;
};
