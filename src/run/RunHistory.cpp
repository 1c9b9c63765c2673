#include "run/RunHistory.h"

#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <unistd.h>
#endif

namespace {

const char* outcomeName(RunHistory::Outcome outcome)
{
    switch (outcome) {
    case RunHistory::Outcome::Loaded:
        return "loaded";
    case RunHistory::Outcome::Failed:
        return "failed";
    case RunHistory::Outcome::Cancelled:
        return "cancelled";
    }
    return "failed";
}

QJsonObject countsJson(const QHash<QString, qint64>& counts)
{
    QJsonObject json;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        json.insert(it.key(), it.value());
    }
    return json;
}

QHash<QString, qint64> countsFrom(const QJsonObject& json)
{
    QHash<QString, qint64> counts;
    for (auto it = json.begin(); it != json.end(); ++it) {
        counts.insert(it.key(), it->toInteger());
    }
    return counts;
}

} // namespace

QJsonObject RunHistory::Run::toJson() const
{
    QJsonObject json{{QStringLiteral("started"), started.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("finished"), finished.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("outcome"), QLatin1String(outcomeName(outcome))},
                     {QStringLiteral("resources"), countsJson(resourceRecords)},
                     {QStringLiteral("tables"), countsJson(tableRows)}};
    if (!loadId.isEmpty()) {
        json.insert(QStringLiteral("load_id"), loadId);
    }
    if (!error.isEmpty()) {
        json.insert(QStringLiteral("error"), error);
    }
    if (!warnings.isEmpty()) {
        json.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    }
    if (!databasePath.isEmpty()) {
        json.insert(QStringLiteral("database"), databasePath);
    }
    if (requests.sent > 0 || requests.retries > 0) {
        json.insert(QStringLiteral("requests"), requests.toJson());
    }
    return json;
}

QJsonObject RunHistory::Requests::toJson() const
{
    QJsonObject byStatus;
    for (auto it = statuses.begin(); it != statuses.end(); ++it) {
        byStatus.insert(QString::number(it.key()), it.value());
    }
    return QJsonObject{
        {QStringLiteral("sent"), sent},        {QStringLiteral("failed"), failed},
        {QStringLiteral("retries"), retries},  {QStringLiteral("renewals"), renewals},
        {QStringLiteral("bytes"), bytes},      {QStringLiteral("ms"), milliseconds},
        {QStringLiteral("statuses"), byStatus}};
}

RunHistory::Requests RunHistory::Requests::fromJson(const QJsonObject& json)
{
    Requests requests;
    requests.sent = json.value(QStringLiteral("sent")).toInteger();
    requests.failed = json.value(QStringLiteral("failed")).toInteger();
    requests.retries = json.value(QStringLiteral("retries")).toInteger();
    requests.renewals = json.value(QStringLiteral("renewals")).toInteger();
    requests.bytes = json.value(QStringLiteral("bytes")).toInteger();
    requests.milliseconds = json.value(QStringLiteral("ms")).toInteger();
    const QJsonObject byStatus = json.value(QStringLiteral("statuses")).toObject();
    for (auto it = byStatus.begin(); it != byStatus.end(); ++it) {
        bool ok = false;
        const int status = it.key().toInt(&ok);
        if (ok) {
            requests.statuses.insert(status, it->toInteger());
        }
    }
    return requests;
}

std::optional<RunHistory::Run> RunHistory::Run::fromJson(const QJsonObject& json)
{
    Run run;
    run.started =
        QDateTime::fromString(json.value(QStringLiteral("started")).toString(), Qt::ISODateWithMs);
    run.finished =
        QDateTime::fromString(json.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    const QString outcome = json.value(QStringLiteral("outcome")).toString();
    if (!run.finished.isValid()) {
        return std::nullopt;
    }
    if (outcome == QLatin1String("loaded")) {
        run.outcome = Outcome::Loaded;
    } else if (outcome == QLatin1String("cancelled")) {
        run.outcome = Outcome::Cancelled;
    } else if (outcome == QLatin1String("failed")) {
        run.outcome = Outcome::Failed;
    } else {
        return std::nullopt;
    }
    run.loadId = json.value(QStringLiteral("load_id")).toString();
    run.error = json.value(QStringLiteral("error")).toString();
    run.resourceRecords = countsFrom(json.value(QStringLiteral("resources")).toObject());
    run.tableRows = countsFrom(json.value(QStringLiteral("tables")).toObject());
    for (const QJsonValue& warning : json.value(QStringLiteral("warnings")).toArray()) {
        run.warnings << warning.toString();
    }
    run.databasePath = json.value(QStringLiteral("database")).toString();
    run.requests = Requests::fromJson(json.value(QStringLiteral("requests")).toObject());
    return run;
}

RunHistory::RunHistory(const QString& pipelinePath)
{
    const QFileInfo file(pipelinePath);
    m_path = file.dir().filePath(u'.' + file.completeBaseName() + QStringLiteral(".runs.jsonl"));
}

QString RunHistory::path() const
{
    return m_path;
}

QList<RunHistory::Run> RunHistory::runs() const
{
    QList<Run> runs;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        return runs;
    }
    while (!file.atEnd()) {
        const QJsonObject json = QJsonDocument::fromJson(file.readLine()).object();
        if (std::optional<Run> run = Run::fromJson(json)) {
            runs.append(*run);
        }
    }
    if (runs.size() > kMaxRuns) {
        runs.remove(0, runs.size() - kMaxRuns);
    }
    return runs;
}

std::optional<RunHistory::Run> RunHistory::last() const
{
    const QList<Run> all = runs();
    return all.isEmpty() ? std::nullopt : std::optional(all.last());
}

bool RunHistory::append(const Run& run, QString* error) const
{
    // Two runs that end together (the window and grantline-cli) take turns:
    // each line is appended whole, and a trim never drops one being added.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    lock.setStaleLockTime(10000);
    // The other holder appends a line or trims a few hundred: milliseconds.
    // A run ending in the window waits here, so never long.
    if (!lock.tryLock(500)) {
        if (error) {
            *error = tr("Cannot record the run in %1: another run holds it.").arg(m_path);
        }
        return false;
    }
    QFile file(m_path);
    QByteArray line = QJsonDocument(run.toJson()).toJson(QJsonDocument::Compact) + '\n';
    if (!endsWithNewline()) {
        // A line cut short (a crash mid-write) stays a line of its own.
        line.prepend('\n');
    }
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(line) != line.size()
        || !file.flush()) {
        if (error) {
            *error = tr("Cannot record the run in %1: %2").arg(m_path, file.errorString());
        }
        return false;
    }
    const qint64 size = file.size();
    file.close();
    // Bounded: past about twice the runs kept (measured by this line), the
    // file is written again with the newest only, if there are that many.
    if (size > 2 * kMaxRuns * line.size()) {
        trim();
    }
    return true;
}

bool RunHistory::endsWithNewline() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0) {
        return true;
    }
    file.seek(file.size() - 1);
    return file.read(1) == "\n";
}

void RunHistory::trim() const
{
    QFile current(m_path);
    if (!current.open(QIODevice::ReadOnly)) {
        return;
    }
    // Short lines after long ones reach the size first: counted before any
    // rewrite, so the file is rewritten only when it holds too many runs.
    if (current.readAll().count('\n') <= 2 * kMaxRuns) {
        return;
    }
    current.close();
    QByteArray kept;
    for (const Run& each : runs()) {
        kept += QJsonDocument(each.toJson()).toJson(QJsonDocument::Compact) + '\n';
    }
    // Failing, the file stays as it was: longer, never shorter.
    AtomicFile::write(m_path, kept);
}

QString RunHistory::runningPath() const
{
    QString path = m_path;
    path.chop(int(qstrlen(".runs.jsonl")));
    return path + QStringLiteral(".running");
}

void RunHistory::markRunning() const
{
    // Not written: the run goes on, only unseen as running.
    AtomicFile::write(runningPath(), QByteArray::number(QCoreApplication::applicationPid()));
}

void RunHistory::clearRunning() const
{
    QFile file(runningPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return;
    }
    // Only this process's marker: another run of the same pipeline goes on.
    if (file.readAll().trimmed().toLongLong() == QCoreApplication::applicationPid()) {
        file.close();
        QFile::remove(runningPath());
    }
}

bool RunHistory::isRunning() const
{
    QFile file(runningPath());
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    bool ok = false;
    const qint64 pid = file.readAll().trimmed().toLongLong(&ok);
    // Signal 0 only asks whether the process is there (EPERM: it is, as
    // another user's).
#ifdef Q_OS_UNIX
    return ok && pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
#else
    // No cheap way to ask elsewhere: a marker is taken at its word.
    return ok && pid > 0;
#endif
}
