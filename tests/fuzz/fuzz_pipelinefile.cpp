// PipelineFile::parse on any file content. A file that is accepted must answer
// every question a run asks of it, and its source part written back as dlt's
// RESTAPIConfig must be accepted again.
#include "FuzzSupport.h"

#include "source/PipelineFile.h"

#include <QJsonObject>

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    ConfigProblems problems;
    const std::optional<PipelineFile> file =
        PipelineFile::parse(Fuzz::bytes(data, size), QStringLiteral("fuzz.json"), &problems);
    if (!file) {
        Fuzz::check(!problems.isEmpty(), "a refused file says why");
        return 0;
    }
    Fuzz::check(problems.isEmpty(), "an accepted file has no problems");
    (void)file->databasePath(QStringLiteral("/tmp"));
    (void)file->extractionOrder();
    (void)file->secretNames();
    const QJsonObject source = file->sourceJson();
    ConfigProblems again;
    const QJsonObject rewritten{{QStringLiteral("pipeline_name"), file->pipelineName},
                                {QStringLiteral("source"), source}};
    const bool acceptedAgain = PipelineFile::read(rewritten, &again).has_value();
    for (const ConfigProblem& problem : std::as_const(again)) {
        std::fprintf(stderr, "fuzz: %s\n", qPrintable(problem.toString()));
    }
    Fuzz::check(acceptedAgain, "the source written back is accepted again");
    return 0;
}
