// grantline-cli pipelines, extract, secret, export, import --dlt and preset: running a
// pipeline file's extraction, keeping the secrets it references in the
// keychain, and writing pipeline files.
#pragma once

#include "CliSession.h"
#include "source/PipelineStore.h"

#include <QJsonArray>

class PipelineCommands
{
    Q_DECLARE_TR_FUNCTIONS(PipelineCommands)

public:
    explicit PipelineCommands(CliSession& session);

    // pipelines: the pipeline files of the home, with whether each reads.
    int list(const QStringList& arguments);
    int extract(const QStringList& arguments);
    int secret(const QStringList& arguments);
    // export --dlt: the pipeline as a runnable dlt script.
    int exportDlt(const QStringList& arguments);
    // import --dlt: a dlt REST API config as a pipeline file.
    int importDlt(const QStringList& arguments);
    // preset: a built-in pipeline file made out for one of your connections.
    int preset(const QStringList& arguments);

private:
    static QJsonArray listJson(const QList<PipelineStore::Entry>& entries);
    // Writes to the file, or to stdout when path is empty.
    int writeOutput(const QString& path, const QByteArray& bytes, const QString& what);

    CliSession& m_session;
};
