// What `extract` needs before and around its ExtractJob: the plan of
// resources checked against the file, the secrets it needs looked up
// (keychain, then environment), and the job's notes and warnings printed
// (`run` prints the same notes; RunJob does its own lookup).
#pragma once

#include "CliSession.h"
#include "source/ExtractJob.h"
#include "source/ExtractionPlan.h"

#include <QCommandLineOption>

#include <functional>
#include <memory>

class CredentialSet;
class ExtractJob;

class CliExtraction
{
    Q_DECLARE_TR_FUNCTIONS(CliExtraction)

public:
    CliExtraction(CliSession& session, const PipelineFile& pipeline, const QStringList& asked);
    ~CliExtraction();

    // Checks the resources asked for and reads the secrets; false after
    // printing why (the caller returns CliSession::Failure).
    bool prepare();
    const ExtractionPlan& plan() const
    {
        return m_plan;
    }
    CredentialSet* credentials() const
    {
        return m_credentials.get();
    }
    // Prints detection notes and warnings on stderr; beforePrinting runs
    // first (to clear a progress line).
    static void printNotesOf(CliSession& session, ExtractJob* job,
                             std::function<void()> beforePrinting = {});

    // --concurrent-requests N and --requests-per-minute N, which override
    // the pipeline's client block.
    struct LimitOptions
    {
        QCommandLineOption concurrentRequests{QStringLiteral("concurrent-requests"), QString(),
                                              QStringLiteral("n")};
        QCommandLineOption requestsPerMinute{QStringLiteral("requests-per-minute"), QString(),
                                             QStringLiteral("n")};
    };
    // False with the usage problem in error.
    static bool readLimits(const QCommandLineParser& parser, const LimitOptions& limits,
                           ExtractJob::Options* options, QString* error);

private:
    CliSession& m_session;
    const PipelineFile& m_pipeline;
    ExtractionPlan m_plan;
    std::unique_ptr<CredentialSet> m_credentials;
};
