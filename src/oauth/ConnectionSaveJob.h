// Saves a new connection all at once: its secrets (client secret and tokens)
// into the keychain first, then its file. When the file cannot be written,
// the keychain entry is removed again: there is either a whole connection or
// none, never one half. A saved sign-in starts the connection's token history. Cancelling it (or a
// keychain that times out) also takes back whatever the keychain stores after the job has ended.
#pragma once

#include "core/Job.h"
#include "oauth/Connection.h"
#include "oauth/ConnectionSecrets.h"

#include <QPointer>

class ConnectionStore;
class SecretStore;

class ConnectionSaveJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // Another connection took the name meanwhile; nothing was touched.
        NameTaken = UserError,
        KeychainFailed,
        FileFailed,
    };
    Q_ENUM(Error)

    ConnectionSaveJob(SecretStore* secrets, ConnectionStore* store, const Connection& connection,
                      const ConnectionSecrets& connectionSecrets, QObject* parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    void onSecretsWritten(Job* job);
    void onRolledBack();
    // The first entry of the connection's token timeline.
    void recordSignIn() const;
    // Removes the connection's keychain entry, owned by nobody: for writes
    // that may land after this job has ended.
    static void takeBackLater(SecretStore* secrets, const QString& name);

    SecretStore* m_secrets;
    ConnectionStore* m_store;
    Connection m_connection;
    ConnectionSecrets m_connectionSecrets;
    QPointer<Job> m_secretJob;
    QString m_fileError;
};
