// Which endpoints of a pipeline are left out of the next run, kept beside the
// pipeline file in a small hidden JSON (".NAME.selection.json") rather than in
// the file itself, so the file stays a dlt REST API config as written, and
// rather than in QSettings, so the choice travels with the Grantline home
// (GRANTLINE_HOME, --home, a copied folder) and a CLI run could read it too.
// The names left out are kept, not the ticked ones: an endpoint added by
// another program or by hand runs until someone unticks it. Before any tick
// is saved, what the file selects is ticked (dlt's "selected"), so the table
// first shows what grantline-cli run would run.
#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QString>

class EndpointSelection
{
    Q_DECLARE_TR_FUNCTIONS(EndpointSelection)

public:
    // Empty for a document that has no file yet.
    static QString pathFor(const QString& pipelinePath);
    // Nothing left out when the file is absent or unreadable.
    static QSet<QString> load(const QString& pipelinePath);
    // Whether ticks were ever saved for the pipeline.
    static bool isSaved(const QString& pipelinePath);
    static bool save(const QString& pipelinePath, const QSet<QString>& unticked,
                     QString* error = nullptr);
};
