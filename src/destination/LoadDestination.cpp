#include "destination/LoadDestination.h"

#include "destination/PostgresDatabase.h"
#include "destination/SqliteDatabase.h"
#include "source/PipelineFile.h"

#include <QFileInfo>

LoadDestination LoadDestination::sqlite(const QString& path)
{
    LoadDestination destination;
    destination.databasePath = path;
    return destination;
}

LoadDestination LoadDestination::server(const PostgresCredentials& credentials,
                                        const QString& dataset)
{
    LoadDestination destination;
    destination.postgres = credentials;
    destination.dataset = dataset;
    return destination;
}

LoadDestination LoadDestination::of(const PipelineFile& pipeline, const QString& directory)
{
    if (pipeline.loadsIntoPostgres() && pipeline.postgres) {
        return server(*pipeline.postgres, pipeline.datasetName);
    }
    return sqlite(pipeline.databasePath(directory));
}

std::unique_ptr<DestinationDatabase>
LoadDestination::makeDatabase(const std::atomic<bool>* cancelled) const
{
    if (postgres) {
        auto database = std::make_unique<PostgresDatabase>(*postgres, password, dataset);
        database->setCancelFlag(cancelled);
        return database;
    }
    auto database = std::make_unique<SqliteDatabase>(databasePath);
    database->setCancelFlag(cancelled);
    return database;
}

QString LoadDestination::dltName() const
{
    return postgres ? QStringLiteral("postgres") : QStringLiteral("sqlalchemy");
}

QString LoadDestination::datasetName() const
{
    return postgres ? dataset : QStringLiteral("main");
}

QString LoadDestination::location() const
{
    if (postgres) {
        return postgres->displayUrl(!password.isEmpty());
    }
    // SQLAlchemy's URL of an absolute path: four slashes.
    return QStringLiteral("sqlite:///") + QFileInfo(databasePath).absoluteFilePath();
}

QString LoadDestination::describe() const
{
    if (postgres) {
        return tr("schema %1 of %2").arg(PostgresDatabase::schemaOf(dataset), postgres->describe());
    }
    return databasePath;
}
