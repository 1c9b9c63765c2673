// What a failed run means for the person and the one step that helps: the
// sentence the run panel shows above the run's own message (never that
// message alone), and the button beside it. Built from the parts the engine
// gives (RunJob::missingSecret, extractionFailure, fileProblem), not from
// parsing its text.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

class PipelineFile;
class RunJob;

struct FailureAdvice
{
    Q_DECLARE_TR_FUNCTIONS(FailureAdvice)

public:
    enum class Step {
        None,
        // Store a secret (missing, or refused): subject is its name.
        StoreSecret,
        // Sign in to the connection again: subject is its name.
        SignIn,
        // Edit the connection's scopes, then sign in: subject is its name.
        EditScopes,
        // Open the endpoint editor: subject is the resource.
        EditEndpoint,
        // The same run again (after a wait, a freed disk, a closed program).
        RunAgain,
    };

    // What happened and what to do, in the person's words.
    QString text;
    Step step = Step::None;
    QString subject;
    // RunAgain only after this many seconds (a 429's Retry-After).
    int waitSeconds = 0;

    // The advice for a run that ended with an error (not a cancel).
    static FailureAdvice of(const RunJob& job, const PipelineFile& pipeline,
                            const QStringList& connectionScopes);
    // The button's text with its mnemonic, and what a screen reader says.
    QString buttonText() const;
    QString buttonDescription() const;
};
