// Grantline's own record of a pipeline's runs, kept beside its file as
// ".<name>.runs.jsonl" (one JSON line per run, newest last), so the window
// shows how the last run ended whichever of it or grantline-cli ran it. It
// holds outcomes, counts and the error sentence, never a secret: the run's
// messages are already redacted. The file is bounded: the oldest runs go.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class RunHistory
{
    Q_DECLARE_TR_FUNCTIONS(RunHistory)

public:
    enum class Outcome { Loaded, Failed, Cancelled };

    // What a run asked of the API: the request log's summary.
    struct Requests
    {
        // Pages asked for (each after its retries), as the log lists them.
        qint64 sent = 0;
        // Of them, those that failed for good.
        qint64 failed = 0;
        qint64 retries = 0;
        // Tokens renewed during the run.
        qint64 renewals = 0;
        qint64 bytes = 0;
        qint64 milliseconds = 0;
        // By HTTP status (0: no answer).
        QMap<int, qint64> statuses;

        QJsonObject toJson() const;
        static Requests fromJson(const QJsonObject& json);
    };

    struct Run
    {
        QDateTime started;
        QDateTime finished;
        Outcome outcome = Outcome::Loaded;
        QString loadId;
        // Why it failed, as the run said it.
        QString error;
        // Records extracted, by resource (those that ran).
        QHash<QString, qint64> resourceRecords;
        // Rows written, by table (a failed or cancelled run wrote none).
        QHash<QString, qint64> tableRows;
        // The load's warnings, and the file it loaded into.
        QStringList warnings;
        QString databasePath;
        Requests requests;

        QJsonObject toJson() const;
        static std::optional<Run> fromJson(const QJsonObject& json);
    };

    // The most runs kept (and read); older ones are dropped as runs are added.
    static constexpr int kMaxRuns = 500;

    // The history of the pipeline file at this path.
    explicit RunHistory(const QString& pipelinePath);

    QString path() const;
    // Adds a run at the end; false (and why) when it could not be written.
    bool append(const Run& run, QString* error = nullptr) const;
    // Oldest first; lines that cannot be read are skipped.
    QList<Run> runs() const;
    std::optional<Run> last() const;

    // A run in progress, said beside the file (".<name>.running", holding
    // the process id) so that the window shows a run grantline-cli makes;
    // append() ends it. A marker left by a process that died is ignored.
    void markRunning() const;
    void clearRunning() const;
    bool isRunning() const;

private:
    QString runningPath() const;
    void trim() const;
    bool endsWithNewline() const;

    QString m_path;
};
