// A pipeline file: where the data goes (pipeline, dataset, destination) and
// where it comes from — dlt's RESTAPIConfig written as JSON, so a config moves
// between dlt and Grantline unchanged. Read strictly: every problem is
// reported with its path before anything runs.
#pragma once

#include "source/PostgresCredentials.h"
#include "source/ResourceConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

struct ClientConfig
{
    QString baseUrl;
    QJsonObject headers;
    std::optional<AuthConfig> auth;
    std::optional<PaginatorConfig> paginator;
    // Grantline's own (dlt leaves concurrency to the user): requests in
    // flight at once per host, and requests per minute per host (0: no limit).
    std::optional<int> concurrentRequests;
    std::optional<int> requestsPerMinute;

    // Six: what Qt opens per host over HTTP/1.1, and measured to take a
    // 100 ms API ~6x faster than one at a time (tests/bench/bench_concurrency).
    static constexpr int kDefaultConcurrentRequests = 6;
    static constexpr int kMaxConcurrentRequests = 32;
    static constexpr int kMaxRequestsPerMinute = 100000;
};

struct PipelineFile
{
    QString pipelineName;
    // dlt's default: "<pipeline_name>_dataset".
    QString datasetName;
    QString destinationType = QStringLiteral("sqlite");
    // Empty: "<pipeline_name>.sqlite" beside the pipeline file.
    QString destinationPath;
    // Where a postgres destination is (destinationType "postgres").
    std::optional<PostgresCredentials> postgres;
    bool loadsIntoPostgres() const
    {
        return destinationType == QLatin1String("postgres");
    }
    // The SQLite file a run loads into: destinationPath, else
    // "<pipeline_name>.sqlite" in directory (relative when it is empty).
    QString databasePath(const QString& directory = {}) const;
    // dlt's source name, which keys the incremental state ("rest_api").
    QString sourceName = QStringLiteral("rest_api");
    std::optional<qint64> maxTableNesting;
    ClientConfig client;
    // With resource_defaults merged in, in the order the file lists them.
    QList<ResourceConfig> resources;

    static std::optional<PipelineFile> read(const QJsonObject& json, ConfigProblems* problems);
    // Reads a file; a JSON syntax error names its line and column.
    static std::optional<PipelineFile> load(const QString& filePath, ConfigProblems* problems);
    // The same for a file's bytes; filePath only names the file in problems.
    static std::optional<PipelineFile> parse(const QByteArray& bytes, const QString& filePath,
                                             ConfigProblems* problems);

    // One entry of "resources" (a name or an object) with resource_defaults
    // merged in, as dlt merges them; anything else comes back as it is.
    static QJsonValue withDefaults(const QJsonObject& defaults, const QJsonValue& entry);

    const ResourceConfig* resource(const QString& name) const;
    // Parents before their children, otherwise in file order.
    QStringList extractionOrder() const;
    // Every "{secrets.NAME}" these resources need (all when empty), without
    // the prefix. Not the destination's password: a run asks for it.
    QStringList secretNames(const QStringList& resources = {}) const;
    // The source part as dlt's RESTAPIConfig, defaults merged.
    QJsonObject sourceJson() const;
};
