// grantline-cli run, import (JSON lines) and schema: loading into SQLite the
// dlt way and looking at what was loaded.
#pragma once

#include "CliSession.h"

struct LoadInfo;
class RunJob;

class LoadCommands
{
    Q_DECLARE_TR_FUNCTIONS(LoadCommands)

public:
    explicit LoadCommands(CliSession& session);

    int run(const QStringList& arguments);
    int importJsonLines(const QStringList& arguments);
    int schema(const QStringList& arguments);

private:
    // Prints the load info (text or JSON) and returns the exit code.
    int report(const LoadInfo& info, bool asJson);
    void installTestKillPoints(RunJob& job);

    CliSession& m_session;
};
