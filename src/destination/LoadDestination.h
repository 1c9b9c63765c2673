// Where one load goes: a SQLite file, or a schema (the dataset) on a
// PostgreSQL server with the password looked up for this run. Built from a
// pipeline file or from grantline-cli's --db / --destination.
#pragma once

#include "source/PostgresCredentials.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class DestinationDatabase;
struct PipelineFile;

struct LoadDestination
{
    Q_DECLARE_TR_FUNCTIONS(LoadDestination)

public:
    // The SQLite file (empty for PostgreSQL).
    QString databasePath;
    std::optional<PostgresCredentials> postgres;
    // Held in memory for the run only: never written, logged or shown.
    QString password;
    // The pipeline's dataset_name, as written; its PostgreSQL schema is
    // PostgresDatabase::schemaOf(dataset).
    QString dataset;

    static LoadDestination sqlite(const QString& path);
    static LoadDestination server(const PostgresCredentials& credentials, const QString& dataset);
    // A pipeline file's destination; a relative SQLite file is found in directory.
    static LoadDestination of(const PipelineFile& pipeline, const QString& directory);

    bool isPostgres() const
    {
        return postgres.has_value();
    }
    // The database to load into, not yet opened.
    std::unique_ptr<DestinationDatabase> makeDatabase(const std::atomic<bool>* cancelled) const;
    // What dlt's load info calls it: "sqlalchemy" or "postgres".
    QString dltName() const;
    // dlt's dataset in the load info: "main" for the SQLite file, else the
    // dataset_name as written (its schema is PostgresDatabase::schemaOf it).
    QString datasetName() const;
    // dlt's displayable location: "sqlite:////abs/file.db", or
    // "postgresql://user:***@host:5432/db" (never the password itself).
    QString location() const;
    // For sentences: the file, or "schema S of database D on host:port".
    QString describe() const;
};
