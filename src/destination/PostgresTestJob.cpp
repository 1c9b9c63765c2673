#include "destination/PostgresTestJob.h"

#include "destination/PostgresDatabase.h"

#include <QThread>

struct PostgresTestJob::Outcome
{
    bool ok = false;
    QString report;
};

PostgresTestJob::PostgresTestJob(const PostgresCredentials& credentials, const QString& password,
                                 const QString& dataset, QObject* parent)
    : Job(parent)
    , m_credentials(credentials)
    , m_password(password)
    , m_dataset(dataset)
    , m_outcome(std::make_shared<Outcome>())
{ }

PostgresTestJob::~PostgresTestJob() = default;

QString PostgresTestJob::activityDescription() const
{
    return tr("Testing the connection to %1").arg(m_credentials.describe());
}

void PostgresTestJob::doStart()
{
    setProgressDescription(activityDescription());
    std::shared_ptr<Outcome> outcome = m_outcome;
    QThread* thread = QThread::create(
        [outcome, credentials = m_credentials, password = m_password, dataset = m_dataset] {
            PostgresDatabase database(credentials, password, dataset);
            outcome->ok = database.test(&outcome->report);
        });
    thread->setObjectName(QStringLiteral("grantline-pgtest"));
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    // Queued to this thread once the test thread is done with the outcome.
    connect(thread, &QThread::finished, this, [this, outcome] {
        if (isFinished()) {
            return;
        }
        m_report = outcome->report;
        if (!outcome->ok) {
            setError(Refused, outcome->report);
        }
        emitResult();
    });
    thread->start();
}

void PostgresTestJob::doCancel()
{
    // The thread ends by itself within connect_timeout; nobody listens.
}
