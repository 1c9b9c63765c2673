// A SecretJob against the session-only store: done on the next event-loop turn.
#pragma once

#include "secrets/SecretJob.h"

#include <QHash>

#include <memory>

class MemorySecretJob : public SecretJob
{
    Q_OBJECT

public:
    using Secrets = QHash<QString, QByteArray>;

    MemorySecretJob(Operation operation, const QString& key, std::shared_ptr<Secrets> secrets,
                    QObject* parent = nullptr);

protected:
    void doStart() override;

private:
    std::shared_ptr<Secrets> m_secrets;
};
