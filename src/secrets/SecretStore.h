// Where secrets live: the OS keychain, or memory for one session. Nothing else
// in Grantline may hold a secret beyond the lifetime of a request.
#pragma once

#include "secrets/SecretJob.h"

#include <QByteArray>
#include <QString>

class SecretStore
{
public:
    virtual ~SecretStore();

    // Each call returns a job that has not started yet: connect to finished(),
    // then call start(). The job deletes itself after finished() by default.
    virtual SecretJob* readSecret(const QString& key) = 0;
    virtual SecretJob* writeSecret(const QString& key, const QByteArray& secret) = 0;
    // Removing a key that holds nothing succeeds.
    virtual SecretJob* removeSecret(const QString& key) = 0;

    // What the user sees as the store's name ("System keychain").
    virtual QString displayName() const = 0;
    // False when secrets vanish with the process.
    virtual bool isPersistent() const = 0;
};
