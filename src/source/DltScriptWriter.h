// Writes a pipeline file as a dlt Python script that runs the same pipeline
// with dlt's rest_api_source, so a user who outgrows the desktop moves to
// dlt without rewriting anything: the config as a Python dict, secrets read
// from dlt.secrets, a Grantline connection's sign-in as the requests-oauthlib
// session dlt documents for OAuth flows it does not have, SQLite through
// dlt's sqlalchemy destination.
#pragma once

#include "source/PipelineFile.h"

#include <QHash>
#include <QString>

class ConnectionStore;
struct Connection;

namespace DltScriptWriter {

// connections: the Grantline connections the pipeline names, where known.
QString write(const PipelineFile& pipeline, const QHash<QString, Connection>& connections,
              const QString& fromFile);
// The same with the connections the pipeline's auths name read from the
// store (those that cannot be read are left out).
QString writeFor(const PipelineFile& pipeline, const ConnectionStore& store,
                 const QString& fromFile);
// A JSON value as a Python literal (True, None, escaped strings); strings
// holding "{secrets.NAME}" become dlt.secrets lookups.
QString pythonLiteral(const QJsonValue& value, const QString& sourceName, int indent = 0);

} // namespace DltScriptWriter
