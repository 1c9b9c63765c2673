#include "PipelineCommands.h"

#include "CliExtraction.h"
#include "JsonLinesSink.h"
#include "core/AtomicFile.h"
#include "core/TerminalText.h"
#include "secrets/SecretJob.h"
#include "source/DltConfigImporter.h"
#include "source/DltScriptWriter.h"
#include "source/ExtractJob.h"
#include "source/PipelineFile.h"
#include "source/PipelinePresets.h"
#include "source/PipelineStore.h"
#include "source/SecretLookupJob.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

PipelineCommands::PipelineCommands(CliSession& session)
    : m_session(session)
{ }

int PipelineCommands::list(const QStringList& arguments)
{
    const bool asJson = arguments == QStringList{QStringLiteral("--json")};
    if (!arguments.isEmpty() && !asJson) {
        return m_session.usage(tr("usage: pipelines [--json]"));
    }
    const PipelineStore store(m_session.connections().home());
    const QList<PipelineStore::Entry> entries = store.list();
    if (asJson) {
        m_session.out() << QJsonDocument(listJson(entries)).toJson(QJsonDocument::Indented);
        m_session.out().flush();
        return CliSession::Success;
    }
    if (entries.isEmpty()) {
        m_session.err() << tr("No pipelines in %1.").arg(store.folder()) << Qt::endl;
        return CliSession::Success;
    }
    qsizetype width = 0;
    for (const PipelineStore::Entry& entry : entries) {
        width = qMax(width, entry.name.size());
    }
    for (const PipelineStore::Entry& entry : entries) {
        // pipeline_name and the problems come from the file: made safe to print.
        // No plural form needed: a count is shown from two problems on.
        const qsizetype count = entry.problems.size();
        const QString state = entry.readsCleanly()
            ? entry.pipelineName
            : tr("does not read: %1").arg(entry.problems.first().toString())
                + (count > 1 ? tr(" (%1 problems in all)").arg(count) : QString());
        m_session.out() << entry.name.leftJustified(width) << "  "
                        << TerminalText::sanitize(state).simplified() << '\n';
    }
    m_session.out().flush();
    return CliSession::Success;
}

QJsonArray PipelineCommands::listJson(const QList<PipelineStore::Entry>& entries)
{
    QJsonArray list;
    for (const PipelineStore::Entry& entry : entries) {
        QJsonArray problems;
        for (const ConfigProblem& problem : entry.problems) {
            problems.append(QJsonObject{{QStringLiteral("path"), problem.path},
                                        {QStringLiteral("message"), problem.message}});
        }
        list.append(QJsonObject{{QStringLiteral("name"), entry.name},
                                {QStringLiteral("path"), entry.path},
                                {QStringLiteral("pipeline_name"), entry.pipelineName},
                                {QStringLiteral("problems"), problems}});
    }
    return list;
}

int PipelineCommands::extract(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption resource(QStringLiteral("resource"), QString(),
                                      QStringLiteral("name"));
    const QCommandLineOption limit(QStringLiteral("limit"), QString(), QStringLiteral("n"));
    const CliExtraction::LimitOptions limits;
    parser.addOptions({resource, limit, limits.concurrentRequests, limits.requestsPerMinute});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        return m_session.usage(error.isEmpty()
                                   ? tr("usage: extract PIPELINE.json [--resource NAME]... "
                                        "[--limit N] [--concurrent-requests N] "
                                        "[--requests-per-minute N]")
                                   : error);
    }
    ExtractJob::Options options;
    if (!CliExtraction::readLimits(parser, limits, &options, &error)) {
        return m_session.usage(error);
    }
    options.resources = parser.values(resource);
    if (parser.isSet(limit)) {
        bool ok = false;
        options.limit = parser.value(limit).toLongLong(&ok);
        if (!ok || options.limit < 0) {
            return m_session.usage(tr("--limit wants a whole number from 0."));
        }
    }
    const QString path = parser.positionalArguments().first();
    const std::optional<PipelineFile> file = m_session.loadPipeline(path);
    if (!file) {
        return CliSession::Failure;
    }
    CliExtraction extraction(m_session, *file, options.resources);
    if (!extraction.prepare()) {
        return CliSession::Failure;
    }
    JsonLinesSink sink(stdout);
    std::unique_ptr<ExtractJob> job(
        new ExtractJob(m_session.network(), *file, extraction.credentials(), &sink, options));
    CliExtraction::printNotesOf(m_session, job.get());
    QTextStream& err = m_session.err();
    const bool extracted = m_session.runJob(job.get());
    std::fflush(stdout);
    if (!extracted) {
        return m_session.fail(job->errorText());
    }
    for (const ExtractJob::ResourceStats& stats : job->stats()) {
        err << tr("%1: %n record(s)", nullptr, int(qMin<qint64>(stats.records, INT_MAX)))
                   .arg(stats.name)
            << tr(" in %n page(s)", nullptr, int(stats.pages)) << Qt::endl;
    }
    return CliSession::Success;
}

int PipelineCommands::secret(const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    const QString name = arguments.value(1);
    if (arguments.size() != 2 || (sub != QLatin1String("set") && sub != QLatin1String("remove"))) {
        return m_session.usage(tr("usage: secret set NAME (value on standard input) | "
                                  "secret remove NAME"));
    }
    if (!m_session.keepsSecrets(tr("the secret"))) {
        return CliSession::UsageError;
    }
    const QString key = SecretLookupJob::keychainKey(name);
    if (sub == QLatin1String("remove")) {
        std::unique_ptr<SecretJob> job(m_session.secrets()->removeSecret(key));
        if (!m_session.runJob(job.get())) {
            return m_session.fail(job->errorText());
        }
        m_session.err() << tr("Secret \"%1\" removed from the keychain.").arg(name) << Qt::endl;
        return CliSession::Success;
    }
    QTextStream in(stdin);
    const QString value = in.readLine();
    if (value.isEmpty()) {
        return m_session.usage(tr("type or pipe the secret's value on standard input."));
    }
    std::unique_ptr<SecretJob> job(m_session.secrets()->writeSecret(key, value.toUtf8()));
    if (!m_session.runJob(job.get())) {
        return m_session.fail(job->errorText());
    }
    m_session.err() << tr("Secret \"%1\" stored in the keychain; pipeline files use it as "
                          "\"{secrets.%1}\".")
                           .arg(name)
                    << Qt::endl;
    return CliSession::Success;
}

int PipelineCommands::writeOutput(const QString& path, const QByteArray& bytes, const QString& what)
{
    if (path.isEmpty()) {
        m_session.out() << QString::fromUtf8(bytes);
        m_session.out().flush();
        return CliSession::Success;
    }
    if (const QString why = AtomicFile::write(path, bytes); !why.isEmpty()) {
        return m_session.fail(tr("Could not write %1: %2").arg(path, why));
    }
    m_session.err() << tr("%1 written to %2.").arg(what, path) << Qt::endl;
    return CliSession::Success;
}

int PipelineCommands::exportDlt(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dlt(QStringLiteral("dlt"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("file"));
    parser.addOptions({dlt, output});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1
        || !parser.isSet(dlt)) {
        return m_session.usage(
            error.isEmpty() ? tr("usage: export --dlt PIPELINE.json [--output SCRIPT.py]") : error);
    }
    QString path;
    const std::optional<PipelineFile> file =
        m_session.loadPipeline(parser.positionalArguments().first(), &path);
    if (!file) {
        return CliSession::Failure;
    }
    const QString script =
        DltScriptWriter::writeFor(*file, m_session.connections(), QFileInfo(path).fileName());
    return writeOutput(parser.value(output), script.toUtf8(), tr("The dlt script"));
}

int PipelineCommands::importDlt(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dlt(QStringLiteral("dlt"));
    const QCommandLineOption name(QStringLiteral("name"), QString(), QStringLiteral("name"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("file"));
    const QCommandLineOption destination(QStringLiteral("destination"), QString(),
                                         QStringLiteral("sqlite file"));
    parser.addOptions({dlt, name, output, destination});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1
        || !parser.isSet(dlt) || !parser.isSet(name)) {
        return m_session.usage(error.isEmpty()
                                   ? tr("usage: import --dlt CONFIG.json --name PIPELINE "
                                        "[--output PIPELINE.json] [--destination FILE.sqlite]")
                                   : error);
    }
    const QString path = parser.positionalArguments().first();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        return m_session.fail(tr("Cannot read %1: %2").arg(path, input.errorString()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input.readAll(), &parseError);
    if (!document.isObject()) {
        return m_session.fail(
            tr("%1 is not a JSON object (%2).").arg(path, parseError.errorString()));
    }
    ConfigProblems problems;
    const DltConfigImporter::Result result = DltConfigImporter::import(
        document.object(), parser.value(name), parser.value(destination), &problems);
    if (!problems.isEmpty()) {
        m_session.printProblems(path, problems);
        return CliSession::Failure;
    }
    if (!result.secrets.isEmpty() && !m_session.keepsSecrets(tr("the secrets of this config"))) {
        return CliSession::UsageError;
    }
    // The secrets first: a pipeline file whose secrets were lost is useless.
    for (auto it = result.secrets.begin(); it != result.secrets.end(); ++it) {
        std::unique_ptr<SecretJob> job(m_session.secrets()->writeSecret(
            SecretLookupJob::keychainKey(it.key()), it.value().toUtf8()));
        if (!m_session.runJob(job.get())) {
            return m_session.fail(job->errorText());
        }
    }
    for (const QString& note : result.notes) {
        m_session.err() << tr("Note: %1").arg(note) << Qt::endl;
    }
    return writeOutput(parser.value(output),
                       QJsonDocument(result.pipeline).toJson(QJsonDocument::Indented),
                       tr("The pipeline file"));
}

int PipelineCommands::preset(const QStringList& arguments)
{
    if (arguments == QStringList{QStringLiteral("list")}) {
        m_session.out() << PipelinePresets::names().join(u'\n') << Qt::endl;
        return CliSession::Success;
    }
    QCommandLineParser parser;
    const QCommandLineOption connectionName(QStringLiteral("connection"), QString(),
                                            QStringLiteral("name"));
    const QCommandLineOption output(QStringLiteral("output"), QString(), QStringLiteral("file"));
    parser.addOptions({connectionName, output});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1
        || !parser.isSet(connectionName)) {
        return m_session.usage(
            error.isEmpty() ? tr("usage: preset NAME --connection NAME [--output PIPELINE.json]")
                            : error);
    }
    const QString name = parser.positionalArguments().first();
    if (!PipelinePresets::names().contains(name)) {
        return m_session.usage(tr("there is no preset \"%1\"; the presets are: %2.")
                                   .arg(name, PipelinePresets::names().join(QStringLiteral(", "))));
    }
    const std::optional<Connection> connection =
        m_session.loadConnection(parser.value(connectionName));
    if (!connection) {
        return CliSession::Failure;
    }
    const std::optional<QJsonObject> pipeline =
        PipelinePresets::forConnection(name, *connection, &error);
    if (!pipeline) {
        return m_session.fail(error + u' ' + tr("Add the connection with --issuer."));
    }
    ConfigProblems problems;
    if (!PipelineFile::read(*pipeline, &problems)) {
        m_session.printProblems(name + QStringLiteral(".json"), problems);
        return CliSession::Failure;
    }
    return writeOutput(parser.value(output),
                       QJsonDocument(*pipeline).toJson(QJsonDocument::Indented),
                       tr("The pipeline file"));
}
