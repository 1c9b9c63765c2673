// The secret store's jobs, waited for: what a GUI test stores before it goes
// on, or reads back to check where a value went.
#pragma once

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QSignalSpy>

#include <memory>
#include <optional>

namespace SecretsNow {

// The value under key; nullopt when there is none or the store did not say.
inline std::optional<QByteArray> read(SecretStore* store, const QString& key)
{
    std::unique_ptr<SecretJob> job(store->readSecret(key));
    job->setAutoDelete(false);
    QSignalSpy done(job.get(), &Job::finished);
    job->start();
    if (!done.wait(10000) || job->error() != Job::NoError) {
        return std::nullopt;
    }
    return job->secret();
}

inline bool write(SecretStore* store, const QString& key, const QByteArray& value)
{
    std::unique_ptr<SecretJob> job(store->writeSecret(key, value));
    job->setAutoDelete(false);
    QSignalSpy done(job.get(), &Job::finished);
    job->start();
    return done.wait(10000) && job->error() == Job::NoError;
}

} // namespace SecretsNow
