#include "LoadCommands.h"

#include "CliExtraction.h"
#include "ProgressLine.h"
#include "core/TerminalText.h"
#include "destination/LoadSink.h"
#include "destination/Loader.h"
#include "destination/SqliteDatabase.h"
#include "pipeline/JsonLinesReader.h"
#include "pipeline/LoadInfo.h"
#include "pipeline/SchemaModel.h"
#include "source/ExtractJob.h"
#include "source/PipelineFile.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <csignal>

namespace {

const QStringList kDispositions{QStringLiteral("append"), QStringLiteral("replace"),
                                QStringLiteral("merge")};

// Records whose key collisions are named one by one; the rest are counted.
constexpr qint64 kNamedCollisionRecords = 10;

QString collisionText(qint64 line, const RelationalNormalizer::KeyCollision& collision,
                      const QString& rootTable)
{
    const QString column =
        collision.table == rootTable ? collision.column : collision.table + u'.' + collision.column;
    if (collision.earlierKey == collision.laterKey) {
        return LoadCommands::tr(
                   "line %1: key \"%2\" appears twice; column \"%3\" keeps the later value.")
            .arg(line)
            .arg(collision.laterKey.left(80), column);
    }
    return LoadCommands::tr(
               "line %1: keys \"%2\" and \"%3\" both become column \"%4\"; the later value is "
               "kept.")
        .arg(line)
        .arg(collision.earlierKey.left(80), collision.laterKey.left(80), column);
}

LoadInfo infoOf(const Loader& loader, const QString& pipeline, const QString& failure)
{
    LoadInfo info;
    info.pipelineName = pipeline;
    info.databasePath = loader.databasePath();
    info.loadId = loader.loadId();
    info.seconds = double(loader.elapsedMilliseconds()) / 1000.0;
    info.records = loader.recordCount();
    info.tableRows = failure.isEmpty() ? loader.rowCounts() : QList<QPair<QString, qint64>>();
    info.failure = failure;
    info.warnings = loader.warnings();
    return info;
}

} // namespace

LoadCommands::LoadCommands(CliSession& session)
    : m_session(session)
{ }

void LoadCommands::installTestKillPoints(Loader& loader)
{
    // For the crash tests only: die at a named point, as a power cut would.
    const QString point = qEnvironmentVariable("GRANTLINE_TEST_KILL_AT");
    const qint64 afterRecords = qEnvironmentVariableIntValue("GRANTLINE_TEST_KILL_AFTER");
    if (point.isEmpty() && afterRecords <= 0) {
        return;
    }
    loader.setCheckpoint([point, afterRecords, &loader](const QString& at) {
        if (at == point
            || (afterRecords > 0 && at == QLatin1String("written")
                && loader.recordCount() >= afterRecords)) {
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
    parser.addOptions({db, table, key, disposition, pipeline, json});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1
        || !parser.isSet(db) || !parser.isSet(table)) {
        return m_session.usage(
            error.isEmpty()
                ? tr("usage: import FILE.jsonl --db FILE --table NAME [--primary-key COL]... "
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
    JsonLinesReader reader(parser.positionalArguments().first());
    if (!reader.open(&error)) {
        return m_session.fail(error);
    }
    Loader::Options loaderOptions;
    loaderOptions.pipelineName =
        parser.isSet(pipeline) ? parser.value(pipeline) : QStringLiteral("grantline_import");
    loaderOptions.schemaName = loaderOptions.pipelineName;
    Loader loader(parser.value(db), loaderOptions);
    installTestKillPoints(loader);
    if (!loader.begin(&error)) {
        return m_session.fail(error);
    }
    TableSchema* root = loader.prepareTable(options, &error);
    ProgressLine progress;
    const QString name = root ? root->name : QString();
    // dlt keeps the later of two values for one column; say where it happened.
    QStringList collisions;
    qint64 collidingRecords = 0;
    const bool read = root
        && reader.read(
            [&](simdjson::dom::element record, QString* failure) {
                if (!loader.write(root, record, failure)) {
                    // A write error of the file is not this line's fault.
                    if (loader.writeFailed()) {
                        return false;
                    }
                    *failure = tr("%1, line %2: %3")
                                   .arg(QFileInfo(parser.positionalArguments().first()).fileName())
                                   .arg(reader.lineNumber())
                                   .arg(*failure);
                    return false;
                }
                const auto met = loader.takeKeyCollisions();
                if (!met.isEmpty() && ++collidingRecords <= kNamedCollisionRecords) {
                    for (const RelationalNormalizer::KeyCollision& collision : met) {
                        collisions << collisionText(reader.lineNumber(), collision, name);
                    }
                }
                progress.update(name, loader.recordCount());
                return true;
            },
            &error);
    progress.finish();
    if (collidingRecords > kNamedCollisionRecords) {
        // No plural form: the count may be one.
        collisions << tr("In %1 more of the records, two keys became one column too; the later "
                         "values were kept.")
                          .arg(collidingRecords - kNamedCollisionRecords);
    }
    const bool finished = read && loader.finish({}, &error);
    if (!finished) {
        loader.abort();
    }
    LoadInfo info = infoOf(loader, loaderOptions.pipelineName, finished ? QString() : error);
    info.warnings = collisions + info.warnings;
    return report(info, parser.isSet(json));
}

int LoadCommands::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption db(QStringLiteral("db"), QString(), QStringLiteral("file"));
    const QCommandLineOption resource(QStringLiteral("resource"), QString(),
                                      QStringLiteral("name"));
    const QCommandLineOption fullRefresh(QStringLiteral("full-refresh"));
    const QCommandLineOption json(QStringLiteral("json"));
    parser.addOptions({db, resource, fullRefresh, json});
    QString error;
    if (!CliSession::parse(parser, arguments, &error) || parser.positionalArguments().size() != 1) {
        return m_session.usage(error.isEmpty()
                                   ? tr("usage: run PIPELINE.json [--db FILE] [--resource NAME]... "
                                        "[--full-refresh] [--json]")
                                   : error);
    }
    QString path;
    const std::optional<PipelineFile> file =
        m_session.loadPipeline(parser.positionalArguments().first(), &path);
    if (!file) {
        return CliSession::Failure;
    }
    ExtractJob::Options options;
    options.resources = parser.values(resource);
    CliExtraction extraction(m_session, *file, options.resources);
    if (!extraction.prepare()) {
        return CliSession::Failure;
    }
    const QString database =
        parser.isSet(db) ? parser.value(db) : file->databasePath(QFileInfo(path).absolutePath());
    Loader::Options loaderOptions;
    loaderOptions.pipelineName = file->pipelineName;
    loaderOptions.schemaName = file->sourceName;
    loaderOptions.fullRefresh = parser.isSet(fullRefresh);
    Loader loader(database, loaderOptions);
    installTestKillPoints(loader);
    if (!loader.begin(&error)) {
        return m_session.fail(error);
    }
    options.state = loader.incrementalState();
    LoadSink sink(&loader, &*file);
    // Every table the run loads is prepared now: a replace table is emptied
    // even when its API sends nothing.
    if (!sink.prepare(extraction.plan().emitted(), &error)) {
        loader.abort();
        return m_session.fail(error);
    }
    std::unique_ptr<ExtractJob> job(
        new ExtractJob(m_session.network(), *file, extraction.credentials(), &sink, options));
    ProgressLine progress;
    QObject::connect(job.get(), &ExtractJob::progress, job.get(),
                     [&progress](const QString& name, qint64, qint64 records, qint64) {
                         progress.update(name, records);
                     });
    extraction.printNotesOf(job.get(), [&progress] { progress.finish(); });
    const bool extracted = m_session.runJob(job.get());
    progress.finish();
    if (!extracted || !loader.finish(job->state(), &error)) {
        loader.abort();
        return report(infoOf(loader, file->pipelineName,
                             extracted ? error
                                       : job->errorText()
                                     + tr(" Nothing of this run was saved; the next run starts "
                                          "where the last completed one ended.")),
                      parser.isSet(json));
    }
    return report(infoOf(loader, file->pipelineName, QString()), parser.isSet(json));
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
