// Runs a SecretJob to completion in a test and hands back what it reported.
#pragma once

#include "secrets/SecretJob.h"

#include <QPointer>

#include <QTest>

struct SecretJobOutcome
{
    bool finished = false;
    int error = -1;
    QString errorText;
    QByteArray secret;
};

inline SecretJobOutcome runSecretJob(SecretJob* job, int waitMs = 60000)
{
    SecretJobOutcome outcome;
    QObject::connect(job, &Job::finished, job, [&outcome](Job* finishedJob) {
        auto* secretJob = static_cast<SecretJob*>(finishedJob);
        outcome.finished = true;
        outcome.error = secretJob->error();
        outcome.errorText = secretJob->errorText();
        outcome.secret = secretJob->secret();
    });
    QPointer<SecretJob> guarded(job);
    job->start();
    // A job that never finishes leaves error at -1, which every caller's
    // comparison reports as a failure.
    if (!QTest::qWaitFor([&outcome] { return outcome.finished; }, waitMs)) {
        // Cancelling reports into outcome now, while it is still alive.
        if (guarded) {
            guarded->cancel();
        }
        outcome.error = -1;
        outcome.errorText = QStringLiteral("the job did not finish within %1 ms").arg(waitMs);
    }
    return outcome;
}
