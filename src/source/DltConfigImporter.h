// Reads a dlt REST API config written as JSON (client, resource_defaults,
// resources) into a Grantline pipeline file. Secrets written into the dlt
// config (a token, an api_key, a password, a client secret) are taken out:
// they go to the keychain, and the pipeline file names them as
// "{secrets.NAME}". The result is checked like any pipeline file.
#pragma once

#include "source/ConfigProblem.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>

namespace DltConfigImporter {

struct Result
{
    QJsonObject pipeline;
    // Secret name → value, for the keychain.
    QHash<QString, QString> secrets;
    QStringList notes;
};

// dltConfig: a RESTAPIConfig, or a whole pipeline file (its "source" is used).
// Problems when the result is not a valid pipeline file.
Result import(const QJsonObject& dltConfig, const QString& pipelineName,
              const QString& destinationPath, ConfigProblems* problems);

} // namespace DltConfigImporter
