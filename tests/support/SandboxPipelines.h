// Pipeline files over the sandbox that several suites and benchmarks run.
#pragma once

#include <QJsonObject>
#include <QString>

namespace SandboxPipelines {

struct ApsChainOptions
{
    int pageLimit = 200;
    // Only contents is loaded (its parents only feed it); otherwise every
    // level becomes a table.
    bool contentsOnly = true;
    // contents merged on its id instead of appended.
    bool mergeContents = false;
    // contents incremental on attributes.lastModifiedTime.
    bool incrementalContents = false;
};

// The APS Data Management chain: hubs, projects, top folders and their
// contents, with include_from_parent at each level, through client
// credentials ("{secrets.secret}" is sandbox-server-secret).
QJsonObject apsChain(const QString& base, const ApsChainOptions& options = {});

} // namespace SandboxPipelines
