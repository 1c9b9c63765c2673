// The settings' Test connection: connects to a PostgreSQL server on a thread
// of its own (libpq blocks for up to connect_timeout) and says what a load
// would find there: the server's version and whether the dataset's schema
// exists or may be made. A cancel leaves the thread to finish unheard.
#pragma once

#include "core/Job.h"
#include "source/PostgresCredentials.h"

#include <memory>

class PostgresTestJob : public Job
{
    Q_OBJECT

public:
    enum Error { Refused = UserError };
    Q_ENUM(Error)

    PostgresTestJob(const PostgresCredentials& credentials, const QString& password,
                    const QString& dataset, QObject* parent = nullptr);
    ~PostgresTestJob() override;

    // The sentence for a person: what was found, or errorText() for a failure.
    QString report() const
    {
        return m_report;
    }

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    struct Outcome;

    PostgresCredentials m_credentials;
    QString m_password;
    QString m_dataset;
    QString m_report;
    // Shared with the thread, which may outlive a cancelled job.
    std::shared_ptr<Outcome> m_outcome;
};
