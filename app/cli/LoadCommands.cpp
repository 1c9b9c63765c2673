#include "LoadCommands.h"

#include "CliExtraction.h"
#include "ProgressLine.h"
#include "core/TerminalText.h"
#include "destination/Loader.h"
#include "destination/SqliteDatabase.h"
#include "pipeline/LoadInfo.h"
#include "pipeline/SchemaModel.h"
#include "run/RunJob.h"
#include "source/PipelineFile.h"
#include "source/PipelineStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>

namespace {

const QStringList kDispositions{QStringLiteral("append"), QStringLiteral("replace"),
                                QStringLiteral("merge")};

// The engine's sentence names no flag (the GUI shows it too): the CLI adds its own.
QString withFlagHint(const RunJob& job)
{
    if (job.error() != RunJob::StateUnreadable) {
        return job.errorText();
    }
    return job.errorText() + u' '
        + LoadCommands::tr("Run with --full-refresh to start over, or with --db to load into "
                           "another file.");
}

} // namespace

LoadCommands::LoadCommands(CliSession& session)
    : m_session(session)
{ }

void LoadCommands::installTestKillPoints(RunJob& job)
{
    // For the crash tests only: die at a named point, as a power cut would.
    const QString point = qEnvironmentVariable("GRANTLINE_TEST_KILL_AT");
    const qint64 afterRecords = qEnvironmentVariableIntValue("GRANTLINE_TEST_KILL_AFTER");
    if (point.isEmpty() && afterRecords <= 0) {
        return;
    }
    job.setCheckpoint([point, afterRecords](const QString& at, qint64 records) {
        if (at == point
            || (afterRecords > 0 && at == QLatin1String("written") && records >= afterRecords)) {
            std::raise(SIGKILL);
        }
    });
}

int LoadCommands::report(const LoadInfo& info, bool asJson)
{
    if (asJson) {
        m_session.out() << QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        for (const QString& warning : info.warnings) {
            m_session.err() << tr("Warning: %1").arg(warning) << Qt::endl;
        }
        if (info.failure.isEmpty()) {
            // Table and column names come from the data.
            m_session.out() << TerminalText::sanitize(info.text());
            m_session.out().flush();
        }
    }
    if (!info.failure.isEmpty()) {
        return m_session.fail(info.failure);
    }
    return CliSession::Success;
}

int LoadCommands::importJsonLines(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("file"));
    const QCommandLineOption table(QStringLiteral("table"), QString(), QStringLiteral("name"));
    const QCommandLineOption key(QStringLiteral("primary-key"), QString(), QStringLiteral("col"));
    const QCommandLineOption disposition(QStringLiteral("write-disposition"), QString(),
                                         QStringLiteral("how"));
    const QCommandLineOption pipeline(QStringLiteral("pipeline"), QString(),
                                      QStringLiteral("name"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption destination(QStringLiteral("destination"), QString(),
                                         QStringLiteral("url"));
    const QCommandLineOption dataset(QStringLiteral("dataset"), QString(), QStringLiteral("name"));
    parser.addOptions({db, table, key, disposition, pipeline, json, destination, dataset});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1
        || parser.isSet(db) == parser.isSet(destination) || !parser.isSet(table)) {
        return m_session.usage(
            error.isEmpty()
                ? tr("usage: import FILE.jsonl (--db FILE | --destination postgresql://…) "
                     "--table NAME [--dataset NAME] [--primary-key COL]... "
                     "[--write-disposition append|replace|merge] [--json]")
                : error);
    }
    RelationalNormalizer::TableOptions options;
    options.table = parser.value(table);
    options.resource = parser.value(table);
    options.primaryKey = parser.values(key);
    options.writeDisposition =
        parser.isSet(disposition) ? parser.value(disposition) : QStringLiteral("append");
    if (!kDispositions.contains(options.writeDisposition)) {
        return m_session.usage(tr("--write-disposition is append, replace or merge, not \"%1\".")
                                   .arg(options.writeDisposition));
    }
    RunJob::ImportOptions import;
    import.filePath = parser.positionalArguments().first();
    import.table = options;
    import.loader.pipelineName =
        parser.isSet(pipeline) ? parser.value(pipeline) : QStringLiteral("grantline_import");
    import.loader.schemaName = import.loader.pipelineName;
    import.destination = LoadDestination::sqlite(parser.value(db));
    if (parser.isSet(destination)) {
        const std::optional<PostgresCredentials> server =
            PostgresCredentials::fromUrl(parser.value(destination), &error);
        if (!server) {
            return m_session.usage(tr("--destination %1").arg(error));
        }
        import.destination = LoadDestination::server(
            *server,
            parser.isSet(dataset) ? parser.value(dataset)
                                  : import.loader.pipelineName + QStringLiteral("_dataset"));
    }
    RunJob job(import);
    installTestKillPoints(job);
    ProgressLine progress;
    QObject::connect(&job, &Job::progressChanged, &job, [&progress, &options](Job* running) {
        progress.update(options.table, running->processedAmount(Job::Records));
    });
    m_session.runJob(&job);
    progress.finish();
    if (job.error() == RunJob::SetupFailed || job.error() == RunJob::StateUnreadable) {
        return m_session.fail(job.errorText());
    }
    return report(job.loadInfo(), parser.isSet(json));
}

int LoadCommands::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("file"));
    const QCommandLineOption resource(QStringLiteral("resource"), QString(),
                                      QStringLiteral("name"));
    const QCommandLineOption fullRefresh(QStringLiteral("full-refresh"));
    const QCommandLineOption json(QStringLiteral("json"));
    const QCommandLineOption destination(QStringLiteral("destination"), QString(),
                                         QStringLiteral("url"));
    const CliExtraction::LimitOptions limits;
    parser.addOptions({db, destination, resource, fullRefresh, json, limits.concurrentRequests,
                       limits.requestsPerMinute});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1
        || (parser.isSet(db) && parser.isSet(destination))) {
        return m_session.usage(error.isEmpty()
                                   ? tr("usage: run PIPELINE.json [--db FILE | --destination "
                                        "postgresql://…] [--resource NAME]... "
                                        "[--full-refresh] [--json] [--concurrent-requests N] "
                                        "[--requests-per-minute N]")
                                   : error);
    }
    QString path;
    const std::optional<PipelineFile> file =
        m_session.loadPipeline(parser.positionalArguments().first(), &path);
    if (!file) {
        return CliSession::Failure;
    }
    RunJob::Options options;
    options.extract.resources = parser.values(resource);
    if (!CliExtraction::readLimits(parser, limits, &options.extract, &error)) {
        return m_session.usage(error);
    }
    options.destination = LoadDestination::of(*file, QFileInfo(path).absolutePath());
    if (parser.isSet(db)) {
        options.destination = LoadDestination::sqlite(parser.value(db));
    } else if (parser.isSet(destination)) {
        std::optional<PostgresCredentials> server =
            PostgresCredentials::fromUrl(parser.value(destination), &error);
        if (!server) {
            return m_session.usage(tr("--destination %1").arg(error));
        }
        // The file's password secret goes with the server it names.
        if (file->postgres) {
            server->passwordSecret = file->postgres->passwordSecret;
        }
        options.destination = LoadDestination::server(*server, file->datasetName);
    }
    options.loader.pipelineName = file->pipelineName;
    options.loader.schemaName = file->sourceName;
    options.loader.fullRefresh = parser.isSet(fullRefresh);
    // The window shows how a run of a home pipeline ended, from the same
    // record; not one loaded elsewhere (--db), nor a file the home does not hold.
    const QString folder = PipelineStore(m_session.connections().home()).folder();
    if (!parser.isSet(db) && !parser.isSet(destination)
        && QFileInfo(path).absoluteDir() == QDir(QFileInfo(folder).absoluteFilePath())) {
        options.historyOf = path;
    }
    RunJob job(m_session.network(), *file, &m_session.connections(), m_session.secrets(), options);
    installTestKillPoints(job);
    ProgressLine progress;
    QObject::connect(&job, &Job::progressChanged, &job, [&progress, &job] {
        for (const ExtractJob::ResourceStats& stats : job.resourceStats()) {
            progress.update(stats.name, stats.records);
        }
    });
    QObject::connect(&job, &RunJob::extractionStarted, &job, [&](ExtractJob* extract) {
        CliExtraction::printNotesOf(m_session, extract, [&progress] { progress.finish(); });
    });
    m_session.runJob(&job);
    progress.finish();
    if (job.error() == RunJob::SetupFailed || job.error() == RunJob::StateUnreadable) {
        return m_session.fail(withFlagHint(job));
    }
    return report(job.loadInfo(), parser.isSet(json));
}

int LoadCommands::schema(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("file"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({db, json});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || !parser.isSet(db)
        || !parser.positionalArguments().isEmpty()) {
        return m_session.usage(error.isEmpty() ? tr("usage: schema --db FILE [--json]") : error);
    }
    SqliteDatabase database(parser.value(db));
    if (!database.open(&error, true)) {
        return m_session.fail(error);
    }
    if (!database.tableExists(QStringLiteral("_dlt_version"))) {
        return m_session.fail(tr("%1 holds no dlt schema (no _dlt_version table): nothing was "
                                 "loaded into it yet.")
                                  .arg(parser.value(db)));
    }
    const std::optional<QList<Schema>> schemas = Loader::storedSchemas(database, {}, &error);
    if (!schemas) {
        return m_session.fail(error);
    }
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const Schema& schema : *schemas) {
            all.append(schema.toJson());
        }
        m_session.out() << (all.size() == 1 ? QJsonDocument(all.first().toObject())
                                            : QJsonDocument(all))
                               .toJson(QJsonDocument::Indented);
        m_session.out().flush();
        return CliSession::Success;
    }
    QTextStream& out = m_session.out();
    for (const Schema& schema : *schemas) {
        out << tr("Schema %1, version %2").arg(schema.name()).arg(schema.version()) << '\n';
        for (const TableSchema* table : schema.tables()) {
            out << '\n' << tr("%1 (%2)").arg(table->name, SchemaModel::tableNotes(*table)) << '\n';
            for (const ColumnSchema& column : table->columns()) {
                out << "  " << column.name.leftJustified(32) << ' '
                    << DataTypes::name(column.type).leftJustified(10) << ' '
                    << SchemaModel::columnNotes(column) << '\n';
            }
        }
    }
    out.flush();
    return CliSession::Success;
}
