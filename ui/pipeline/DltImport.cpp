#include "pipeline/DltImport.h"

#include "common/AppContext.h"
#include "oauth/ConnectionStore.h"
#include "secrets/SecretStore.h"
#include "source/DltConfigImporter.h"
#include "source/PipelineCreateJob.h"
#include "source/PipelineStore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>

DltImport::DltImport(AppContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{ }

QString DltImport::nameFor(const QString& configPath, const QString& home)
{
    QString base = QFileInfo(configPath).completeBaseName();
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]")), QStringLiteral("_"));
    base.remove(QRegularExpression(QStringLiteral("^[^A-Za-z0-9]+")));
    base = base.left(58);
    if (!PipelineStore::isValidName(base)) {
        base = QStringLiteral("imported");
    }
    const PipelineStore store(home);
    QString name = base;
    for (int n = 2; store.exists(name); ++n) {
        name = base + QStringLiteral("-%1").arg(n);
    }
    return name;
}

void DltImport::setDestination(const QJsonObject& destination, const QString& datasetName,
                               const QHash<QString, QString>& secrets)
{
    m_destination = destination;
    m_datasetName = datasetName;
    m_destinationSecrets = secrets;
}

void DltImport::start(const QString& configPath, const QString& name, const QString& databasePath)
{
    QFile input(configPath);
    if (!input.open(QIODevice::ReadOnly)) {
        fail(tr("Cannot read %1: %2").arg(configPath, input.errorString()));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (!document.isObject()) {
        fail(tr("%1 is not a JSON object (%2).").arg(configPath, parseError.errorString()));
        return;
    }
    const QString home = m_context->connections().home();
    m_name = name.isEmpty() ? nameFor(configPath, home) : name;
    ConfigProblems problems;
    DltConfigImporter::Result result = DltConfigImporter::import(
        document.object(), m_name,
        databasePath.isEmpty() ? PipelineCreateJob::defaultDatabasePath(home, m_name)
                               : databasePath,
        &problems);
    if (!problems.isEmpty()) {
        fail(tr("%1: %2").arg(QFileInfo(configPath).fileName(), problems.first().toString()));
        return;
    }
    // A session-only store would drop the secrets at quit while the file
    // still names them: refused, as grantline-cli refuses it.
    if (!result.secrets.isEmpty() && !m_context->secrets()->isPersistent()) {
        fail(tr("%1 holds secrets, and %2 keeps them only until Grantline quits; the pipeline "
                "could not run after that. Make the keychain available first.")
                 .arg(QFileInfo(configPath).fileName(), m_context->secrets()->displayName()));
        return;
    }
    if (!m_destination.isEmpty()) {
        result.pipeline.insert(QStringLiteral("destination"), m_destination);
        if (!m_datasetName.isEmpty()) {
            result.pipeline.insert(QStringLiteral("dataset_name"), m_datasetName);
        }
        result.secrets.insert(m_destinationSecrets);
    }
    m_notes = result.notes;
    auto* job = new PipelineCreateJob(home, m_context->secrets(), m_name, result.pipeline,
                                      result.secrets, this);
    connect(job, &Job::finished, this, [this](Job* done) {
        if (done->error() != Job::NoError) {
            fail(done->errorText());
            return;
        }
        Q_EMIT finished(m_name, QString(), m_notes);
    });
    job->start();
}

void DltImport::fail(const QString& error)
{
    Q_EMIT finished(m_name, error, {});
}
