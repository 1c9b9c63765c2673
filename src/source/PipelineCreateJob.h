// A new pipeline of the home, as the window makes one (New Pipeline…,
// Import dlt Config…): checked as grantline-cli checks a file, its secrets
// written to the keychain first (a file whose secrets were lost is useless),
// then the file, never over another pipeline. A secret another pipeline of
// the home uses is never replaced, and when the file cannot be written the
// secrets written for it are taken back. The folder of its SQLite file is
// made, so the first run needs nothing more.
#pragma once

#include "core/Job.h"

#include <QHash>
#include <QJsonObject>
#include <QPair>
#include <QString>

class SecretStore;

class PipelineCreateJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // The name is not a pipeline name, or is taken.
        NameRefused = UserError,
        // The file would not read (the first problem, path: sentence).
        InvalidPipeline,
        // Secrets to keep, and a store that forgets them at quit.
        SecretsNotKept,
        // Another pipeline of the home names a secret of that name.
        SecretTaken,
        KeychainFailed,
        FileNotWritten,
    };
    Q_ENUM(Error)

    // secrets: values by name, each named in the file as "{secrets.NAME}".
    PipelineCreateJob(const QString& home, SecretStore* store, const QString& name,
                      const QJsonObject& pipeline, const QHash<QString, QString>& secrets,
                      QObject* parent = nullptr);

    // "my-data.v2" → "my_data_v2": a pipeline_name (and dataset) for a file name.
    static QString pipelineNameFor(const QString& name);
    // Where a new pipeline's data goes unless the person picks a file:
    // "<home>/data/<name>.sqlite".
    static QString defaultDatabasePath(const QString& home, const QString& name);

    QString name() const;
    // The file written, once finished without error.
    QString path() const;

protected:
    void doStart() override;
    QString activityDescription() const override;

private:
    bool check();
    void writeNextSecret();
    void writeFile();
    // The pipeline of the home whose file names one of the secrets, and
    // that secret; empty: none.
    QPair<QString, QString> pipelineUsingSecret() const;
    void forgetWrittenSecrets();

    QString m_home;
    SecretStore* m_store;
    QString m_name;
    QJsonObject m_pipeline;
    QHash<QString, QString> m_secrets;
    QStringList m_written;
    QString m_path;
};
