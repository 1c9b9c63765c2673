// Finds out whether secrets can be stored right now: writes and removes a
// throwaway entry. On Linux a locked keyring reads like an empty one, so this
// is how "nothing stored" is told apart from "locked".
#pragma once

#include "core/Job.h"

#include <QPointer>

class SecretStore;

class KeychainStatusJob : public Job
{
    Q_OBJECT

public:
    enum class Status { Unknown, Available, Locked, Unavailable, Failed };
    Q_ENUM(Status)

    explicit KeychainStatusJob(SecretStore* store, QObject* parent = nullptr);

    Status status() const;
    // A sentence for the settings page or an error message.
    QString statusText() const;

protected:
    void doStart() override;
    QString activityDescription() const override;

private:
    void removeProbe(const QString& key);

    SecretStore* m_store;
    Status m_status = Status::Unknown;
    QString m_statusText;
};
