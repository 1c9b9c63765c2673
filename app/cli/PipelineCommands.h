// grantline-cli extract and secret: running a pipeline file's extraction,
// and keeping the secrets it references in the keychain.
#pragma once

#include "CliSession.h"

class PipelineCommands
{
    Q_DECLARE_TR_FUNCTIONS(PipelineCommands)

public:
    explicit PipelineCommands(CliSession& session);

    int extract(const QStringList& arguments);
    int secret(const QStringList& arguments);

private:
    CliSession& m_session;
};
