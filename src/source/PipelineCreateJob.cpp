#include "source/PipelineCreateJob.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "source/PipelineFile.h"
#include "source/PipelineStore.h"
#include "source/SecretLookupJob.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

PipelineCreateJob::PipelineCreateJob(const QString& home, SecretStore* store, const QString& name,
                                     const QJsonObject& pipeline,
                                     const QHash<QString, QString>& secrets, QObject* parent)
    : Job(parent)
    , m_home(home)
    , m_store(store)
    , m_name(name)
    , m_pipeline(pipeline)
    , m_secrets(secrets)
{ }

QString PipelineCreateJob::pipelineNameFor(const QString& name)
{
    QString pipelineName = name.toLower();
    pipelineName.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    return pipelineName;
}

QString PipelineCreateJob::defaultDatabasePath(const QString& home, const QString& name)
{
    return QDir(home).filePath(QStringLiteral("data/%1.sqlite").arg(name));
}

QString PipelineCreateJob::name() const
{
    return m_name;
}

QString PipelineCreateJob::path() const
{
    return m_path;
}

QString PipelineCreateJob::activityDescription() const
{
    return tr("storing the pipeline's secrets in %1").arg(m_store->displayName());
}

void PipelineCreateJob::doStart()
{
    if (!check()) {
        emitResult();
        return;
    }
    writeNextSecret();
}

bool PipelineCreateJob::check()
{
    QString why;
    const PipelineStore store(m_home);
    if (!PipelineStore::isValidName(m_name, &why)) {
        setError(NameRefused, why);
        return false;
    }
    if (store.exists(m_name)) {
        setError(NameRefused, tr("There is already a pipeline \"%1\".").arg(m_name));
        return false;
    }
    ConfigProblems problems;
    if (!PipelineFile::read(m_pipeline, &problems)) {
        setError(InvalidPipeline, problems.first().toString());
        return false;
    }
    if (const auto [user, secret] = pipelineUsingSecret(); !user.isEmpty()) {
        setError(SecretTaken,
                 tr("The pipeline \"%1\" already uses the secret \"%2\" in the "
                    "keychain; give this one another name.")
                     .arg(user, secret));
        return false;
    }
    // A session-only store would drop the secrets at quit while the file
    // still names them, as grantline-cli refuses it.
    if (!m_secrets.isEmpty() && !m_store->isPersistent()) {
        setError(SecretsNotKept,
                 tr("This pipeline has secrets, and %1 keeps them only until Grantline quits; "
                    "the pipeline could not run after that. Make the keychain available first.")
                     .arg(m_store->displayName()));
        return false;
    }
    return true;
}

void PipelineCreateJob::writeNextSecret()
{
    if (m_secrets.isEmpty()) {
        writeFile();
        return;
    }
    const QString name = m_secrets.constBegin().key();
    const QByteArray value = m_secrets.take(name).toUtf8();
    SecretJob* job = m_store->writeSecret(SecretLookupJob::keychainKey(name), value);
    m_written.append(name);
    startSubjob(job, [this](Job* done) {
        if (done->error() != NoError) {
            setError(KeychainFailed, done->errorText());
            forgetWrittenSecrets();
            emitResult();
            return;
        }
        writeNextSecret();
    });
}

void PipelineCreateJob::writeFile()
{
    ConfigProblems problems;
    const std::optional<PipelineFile> file = PipelineFile::read(m_pipeline, &problems);
    PipelineStore store(m_home);
    const QString database = file->databasePath(store.folder());
    if (!QDir().mkpath(QFileInfo(database).absolutePath())) {
        setError(FileNotWritten,
                 tr("Cannot make the folder %1 for the pipeline's data.")
                     .arg(QFileInfo(database).absolutePath()));
        emitResult();
        return;
    }
    QString error;
    if (!store.create(m_name, QJsonDocument(m_pipeline).toJson(QJsonDocument::Indented), &error)) {
        setError(FileNotWritten, error);
        forgetWrittenSecrets();
    } else {
        m_path = store.pathFor(m_name);
    }
    emitResult();
}

QPair<QString, QString> PipelineCreateJob::pipelineUsingSecret() const
{
    for (const PipelineStore::Entry& entry : PipelineStore(m_home).list()) {
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::load(entry.path, &problems);
        if (!file) {
            continue;
        }
        QStringList names = file->secretNames();
        if (file->postgres) {
            names << file->postgres->passwordSecret;
        }
        for (const QString& name : std::as_const(names)) {
            if (m_secrets.contains(name)) {
                return {entry.name, name};
            }
        }
    }
    return {};
}

void PipelineCreateJob::forgetWrittenSecrets()
{
    // No file names them: they would only linger in the keychain.
    for (const QString& name : std::as_const(m_written)) {
        m_store->removeSecret(SecretLookupJob::keychainKey(name))->start();
    }
}
