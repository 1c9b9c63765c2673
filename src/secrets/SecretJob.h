// One read, write or removal of a secret, as an asynchronous job.
#pragma once

#include "core/Job.h"

#include <QByteArray>
#include <QString>

class SecretJob : public Job
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };

    enum Error {
        // Nothing is stored under the key (or, on Linux, the keyring is locked:
        // libsecret cannot tell the two apart when reading).
        NotFound = UserError,
        // The keyring exists but is locked and nobody can be asked to unlock it.
        Locked,
        // No keychain service answered at all.
        Unavailable,
        // The keychain refused, or the user declined a prompt.
        AccessDenied,
        // Anything else the keychain reported.
        Failed,
    };
    Q_ENUM(Error)

    SecretJob(Operation operation, const QString& key, QObject* parent = nullptr);

    Operation operation() const;
    QString key() const;

    // For Write, the secret to store; for Read, the secret found once finished.
    QByteArray secret() const;
    void setSecret(const QByteArray& secret);

protected:
    QString activityDescription() const override;

private:
    Operation m_operation;
    QString m_key;
    QByteArray m_secret;
};
