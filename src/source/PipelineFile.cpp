#include "source/PipelineFile.h"

#include "http/UrlOrigin.h"
#include "source/ConfigSection.h"
#include "source/Placeholders.h"
#include "source/RequestBuilder.h"
#include "source/ResourceGraph.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace {

// dlt's _merge_resource_endpoints: resource keys win; "columns" merge deeply;
// in the endpoint, "params" and "json" merge one level.
QJsonObject mergeDefaults(const QJsonObject& defaults, QJsonObject resource)
{
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        const QString key = it.key();
        if (!resource.contains(key)) {
            resource.insert(key, it.value());
            continue;
        }
        if (key == QLatin1String("columns") && it.value().isObject()
            && resource.value(key).isObject()) {
            QJsonObject columns = it.value().toObject();
            const QJsonObject own = resource.value(key).toObject();
            for (auto column = own.begin(); column != own.end(); ++column) {
                QJsonObject merged = columns.value(column.key()).toObject();
                const QJsonObject hints = column.value().toObject();
                for (auto hint = hints.begin(); hint != hints.end(); ++hint) {
                    merged.insert(hint.key(), hint.value());
                }
                columns.insert(column.key(), merged);
            }
            resource.insert(key, columns);
        } else if (key == QLatin1String("endpoint") && it.value().isObject()) {
            QJsonObject endpoint = it.value().toObject();
            const QJsonValue own = resource.value(key);
            if (own.isString()) {
                endpoint.insert(QStringLiteral("path"), own);
            } else {
                const QJsonObject ownEndpoint = own.toObject();
                for (auto field = ownEndpoint.begin(); field != ownEndpoint.end(); ++field) {
                    const bool oneLevel = field.key() == QLatin1String("params")
                        || field.key() == QLatin1String("json");
                    if (oneLevel && field.value().isObject()
                        && endpoint.value(field.key()).isObject()) {
                        QJsonObject merged = endpoint.value(field.key()).toObject();
                        const QJsonObject ownValues = field.value().toObject();
                        for (auto v = ownValues.begin(); v != ownValues.end(); ++v) {
                            merged.insert(v.key(), v.value());
                        }
                        endpoint.insert(field.key(), merged);
                    } else {
                        endpoint.insert(field.key(), field.value());
                    }
                }
            }
            resource.insert(key, endpoint);
        }
    }
    return resource;
}

// dlt: a path whose last segment is a placeholder fetches one entity, so it
// is read whole and not paginated (unless the resource says otherwise).
void applySingleEntityRule(ResourceConfig* resource, bool paginatorFromResource)
{
    const QString last = resource->endpoint.path.section(u'/', -1, -1, QString::SectionSkipEmpty);
    if (!last.contains(u'{')) {
        return;
    }
    if (!resource->endpoint.dataSelector) {
        resource->endpoint.dataSelector = QStringLiteral("$");
    }
    if (!paginatorFromResource) {
        resource->endpoint.paginator = PaginatorConfig{QStringLiteral("single_page"), {}};
    }
}

std::optional<int> limitOf(ConfigSection& section, const QString& key, int minimum, int maximum)
{
    const std::optional<qint64> value = section.integer(key, minimum);
    if (value && *value > maximum) {
        section.problem(key, ConfigSection::tr("must be at most %1").arg(maximum));
        return std::nullopt;
    }
    return value ? std::optional<int>(int(*value)) : std::nullopt;
}

std::optional<ClientConfig> readClient(const QJsonValue& value, const QString& path,
                                       ConfigProblems* problems)
{
    std::optional<ConfigSection> section = ConfigSection::of(value, path, problems);
    if (!section) {
        return std::nullopt;
    }
    section->allowOnly({QStringLiteral("base_url"), QStringLiteral("headers"),
                        QStringLiteral("auth"), QStringLiteral("paginator"),
                        QStringLiteral("concurrent_requests"),
                        QStringLiteral("requests_per_minute")});
    ClientConfig client;
    client.baseUrl = section->requiredString(QStringLiteral("base_url"));
    const QUrl url(client.baseUrl);
    if (!client.baseUrl.isEmpty()
        && (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))) {
        section->problem(
            QStringLiteral("base_url"),
            ConfigSection::tr("\"%1\" is not an http or https address").arg(client.baseUrl));
    }
    client.headers = section->stringMap(QStringLiteral("headers"));
    section->refuseWrittenSecrets(QStringLiteral("headers"), client.headers);
    if (section->has(QStringLiteral("auth"))) {
        client.auth = AuthConfig::read(section->object().value(QStringLiteral("auth")),
                                       section->pathOf(QStringLiteral("auth")), problems);
    }
    if (section->has(QStringLiteral("paginator"))) {
        client.paginator =
            PaginatorConfig::read(section->object().value(QStringLiteral("paginator")),
                                  section->pathOf(QStringLiteral("paginator")), problems);
    }
    client.concurrentRequests = limitOf(*section, QStringLiteral("concurrent_requests"), 1,
                                        ClientConfig::kMaxConcurrentRequests);
    client.requestsPerMinute = limitOf(*section, QStringLiteral("requests_per_minute"), 0,
                                       ClientConfig::kMaxRequestsPerMinute);
    return client;
}

bool isLoopback(const QUrl& url)
{
    // An address, not a name's prefix: "127.example.com" is anywhere.
    const QString host = url.host();
    const QHostAddress address(host);
    return host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback());
}

bool hasSecretHeaders(const QJsonObject& headers)
{
    const QStringList names = Placeholders::in(QJsonValue(headers));
    return std::any_of(names.begin(), names.end(), [](const QString& name) {
        return name.startsWith(QLatin1String("secrets."));
    });
}

// A path written out as an absolute URL on another host than base_url's:
// its resource may carry credentials there only with an auth of its own (the
// file's author chose that host and what to send it). The plain-http rule
// covers such a host as it covers base_url. A host made of placeholders is
// API data, checked against base_url's origin when the run fills it in.
void checkOrigin(const ResourceConfig& resource, const ClientConfig& client,
                 const QString& endpointPath, ConfigProblems* problems)
{
    const QUrl url = RequestBuilder::literalAbsoluteUrl(resource.endpoint.path);
    const bool carriesCredentials = resource.endpoint.auth || client.auth
        || !client.headers.isEmpty() || !resource.endpoint.headers.isEmpty();
    const QUrl base(client.baseUrl);
    if (!url.isValid() || !carriesCredentials) {
        return;
    }
    if (!resource.endpoint.auth && !base.host().isEmpty() && !UrlOrigin::isSame(url, base)) {
        problems->append(
            {endpointPath,
             ConfigSection::tr("is on %1, not on the origin of base_url (%2); credentials and "
                               "headers go only to base_url's origin, unless the resource has an "
                               "\"auth\" of its own for that host")
                 .arg(UrlOrigin::of(url), UrlOrigin::of(base))});
        return;
    }
    const bool secret = resource.endpoint.auth || client.auth || hasSecretHeaders(client.headers)
        || hasSecretHeaders(resource.endpoint.headers);
    if (secret && url.scheme() == QLatin1String("http") && !isLoopback(url)) {
        problems->append({endpointPath,
                          ConfigSection::tr("credentials would travel unencrypted: "
                                            "use https (plain http only reaches "
                                            "this computer)")});
    }
}

// dlt's destination: "sqlite", {"type": "sqlite", "path": …} or
// {"type": "postgres", "credentials": URL or object, "password": "{secrets.NAME}"}.
void readDestination(const QJsonValue& destination, PipelineFile& file, ConfigSection& top)
{
    if (destination.isString()) {
        file.destinationType = destination.toString();
    } else if (destination.isObject()) {
        ConfigSection section(destination.toObject(), QStringLiteral("destination"),
                              top.problems());
        file.destinationType = section.string(QStringLiteral("type"), QStringLiteral("sqlite"));
        if (file.loadsIntoPostgres()) {
            section.allowOnly({QStringLiteral("type"), QStringLiteral("credentials"),
                               QStringLiteral("password")});
            file.postgres = PostgresCredentials::read(section);
            return;
        }
        section.allowOnly({QStringLiteral("type"), QStringLiteral("path")});
        file.destinationPath = section.string(QStringLiteral("path"));
    } else if (!destination.isUndefined()) {
        top.problem(QStringLiteral("destination"),
                    ConfigSection::tr("must be \"sqlite\" or {\"type\": \"sqlite\", \"path\": …}"));
    }
    if (file.loadsIntoPostgres()) {
        top.problem(QStringLiteral("destination"),
                    ConfigSection::tr("postgres needs its server: {\"type\": \"postgres\", "
                                      "\"credentials\": \"postgresql://USER@HOST:PORT/"
                                      "DATABASE\"}"));
    } else if (file.destinationType != QLatin1String("sqlite")) {
        top.problem(QStringLiteral("destination"),
                    ConfigSection::tr("\"%1\" is not a destination Grantline loads into (sqlite, "
                                      "postgres)")
                        .arg(file.destinationType));
    }
}

} // namespace

std::optional<PipelineFile> PipelineFile::read(const QJsonObject& json, ConfigProblems* problems)
{
    const qsizetype before = problems->size();
    ConfigSection top(json, QString(), problems);
    top.allowOnly({QStringLiteral("pipeline_name"), QStringLiteral("dataset_name"),
                   QStringLiteral("destination"), QStringLiteral("source")});
    PipelineFile file;
    file.pipelineName = top.requiredString(QStringLiteral("pipeline_name"));
    file.datasetName =
        top.string(QStringLiteral("dataset_name"), file.pipelineName + QStringLiteral("_dataset"));
    readDestination(json.value(QStringLiteral("destination")), file, top);
    if (!top.has(QStringLiteral("source"))) {
        top.problem(QStringLiteral("source"), ConfigSection::tr("is required"));
        return std::nullopt;
    }
    std::optional<ConfigSection> source =
        ConfigSection::of(json.value(QStringLiteral("source")), QStringLiteral("source"), problems);
    if (!source) {
        return std::nullopt;
    }
    source->allowOnly({QStringLiteral("name"), QStringLiteral("client"),
                       QStringLiteral("resource_defaults"), QStringLiteral("resources"),
                       QStringLiteral("max_table_nesting")});
    file.sourceName = source->string(QStringLiteral("name"), QStringLiteral("rest_api"));
    file.maxTableNesting = source->integer(QStringLiteral("max_table_nesting"));
    if (!source->has(QStringLiteral("client"))) {
        source->problem(QStringLiteral("client"), ConfigSection::tr("is required"));
    } else if (std::optional<ClientConfig> client =
                   readClient(source->object().value(QStringLiteral("client")),
                              QStringLiteral("source.client"), problems)) {
        file.client = *client;
    }
    QJsonObject defaults;
    if (source->has(QStringLiteral("resource_defaults"))) {
        const QJsonValue value = source->object().value(QStringLiteral("resource_defaults"));
        if (ResourceConfig::read(value, QStringLiteral("source.resource_defaults"), problems,
                                 false)) {
            defaults = value.toObject();
        }
    }
    const QJsonValue resources = source->object().value(QStringLiteral("resources"));
    if (!resources.isArray() || resources.toArray().isEmpty()) {
        source->problem(QStringLiteral("resources"),
                        ConfigSection::tr("must list at least one resource"));
    }
    const QJsonArray list = resources.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("source.resources[%1]").arg(i);
        const QJsonObject own = list.at(i).isString()
            ? QJsonObject{{QStringLiteral("name"), list.at(i)}}
            : list.at(i).toObject();
        const QJsonValue merged = withDefaults(defaults, list.at(i));
        std::optional<ResourceConfig> resource = ResourceConfig::read(merged, path, problems);
        if (!resource) {
            continue;
        }
        resource->fileIndex = i;
        if (resource->endpoint.path.isEmpty()) {
            // The name becomes the path, so it is checked as a path (found by
            // fuzzing: "a}" was taken and only failed when the run filled it).
            if (!Placeholders::isWellFormed(resource->name)) {
                problems->append({path + QStringLiteral(".name"),
                                  ConfigSection::tr("has an unpaired \"{\" or \"}\"")});
                continue;
            }
            resource->endpoint.path = resource->name;
        }
        const bool ownPaginator =
            own.value(QStringLiteral("endpoint")).toObject().contains(QStringLiteral("paginator"))
            || defaults.value(QStringLiteral("endpoint"))
                   .toObject()
                   .contains(QStringLiteral("paginator"));
        applySingleEntityRule(&*resource, ownPaginator);
        const bool shortEndpoint = merged.toObject().value(QStringLiteral("endpoint")).isString();
        checkOrigin(
            *resource, file.client,
            path + (shortEndpoint ? QStringLiteral(".endpoint") : QStringLiteral(".endpoint.path")),
            problems);
        if (file.resource(resource->name)) {
            problems->append({path + QStringLiteral(".name"),
                              ConfigSection::tr("\"%1\" is used by another resource already")
                                  .arg(resource->name)});
            continue;
        }
        file.resources.append(*resource);
    }
    ResourceGraph::link(&file.resources, problems);
    // Secret headers are credentials too.
    const bool authenticated =
        file.client.auth.has_value() || hasSecretHeaders(file.client.headers)
        || std::any_of(file.resources.begin(), file.resources.end(), [](const ResourceConfig& r) {
               return r.endpoint.auth.has_value() || hasSecretHeaders(r.endpoint.headers);
           });
    const QUrl base(file.client.baseUrl);
    if (authenticated && base.scheme() == QLatin1String("http") && !isLoopback(base)) {
        problems->append({QStringLiteral("source.client.base_url"),
                          ConfigSection::tr("credentials would travel unencrypted: use https "
                                            "(plain http only reaches this computer)")});
    }
    if (problems->size() > before) {
        return std::nullopt;
    }
    return file;
}

std::optional<PipelineFile> PipelineFile::load(const QString& filePath, ConfigProblems* problems)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append({QString(),
                          ConfigSection::tr("cannot read %1: %2")
                              .arg(QFileInfo(filePath).absoluteFilePath(), file.errorString())});
        return std::nullopt;
    }
    return parse(file.readAll(), filePath, problems);
}

std::optional<PipelineFile> PipelineFile::parse(const QByteArray& bytes, const QString& filePath,
                                                ConfigProblems* problems)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray before = bytes.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        problems->append({QString(),
                          ConfigSection::tr("%1 is not valid JSON: %2 at line %3, "
                                            "column %4")
                              .arg(QFileInfo(filePath).fileName(), error.errorString())
                              .arg(line)
                              .arg(column)});
        return std::nullopt;
    }
    if (!document.isObject()) {
        problems->append(
            {QString(), ConfigSection::tr("%1 must hold a JSON object").arg(filePath)});
        return std::nullopt;
    }
    return read(document.object(), problems);
}

QJsonValue PipelineFile::withDefaults(const QJsonObject& defaults, const QJsonValue& entry)
{
    if (entry.isString()) {
        return mergeDefaults(defaults, QJsonObject{{QStringLiteral("name"), entry}});
    }
    return entry.isObject() ? QJsonValue(mergeDefaults(defaults, entry.toObject())) : entry;
}

QString PipelineFile::databasePath(const QString& directory) const
{
    if (!destinationPath.isEmpty()) {
        return destinationPath;
    }
    const QString name = pipelineName + QStringLiteral(".sqlite");
    return directory.isEmpty() ? name : QDir(directory).filePath(name);
}

const ResourceConfig* PipelineFile::resource(const QString& name) const
{
    for (const ResourceConfig& resource : resources) {
        if (resource.name == name) {
            return &resource;
        }
    }
    return nullptr;
}

QStringList PipelineFile::extractionOrder() const
{
    return ResourceGraph::order(resources);
}

QStringList PipelineFile::secretNames(const QStringList& onlyResources) const
{
    QStringList names;
    const auto add = [&names](const QStringList& found) {
        for (const QString& name : found) {
            if (!names.contains(name)) {
                names << name;
            }
        }
    };
    const auto fromHeaders = [](const QJsonObject& headers) {
        QStringList found;
        for (const QString& name : Placeholders::in(QJsonValue(headers))) {
            if (name.startsWith(QLatin1String("secrets."))) {
                found << name.mid(8);
            }
        }
        return found;
    };
    bool clientAuthUsed = false;
    for (const ResourceConfig& resource : resources) {
        if (!onlyResources.isEmpty() && !onlyResources.contains(resource.name)) {
            continue;
        }
        clientAuthUsed = clientAuthUsed || !resource.endpoint.auth;
    }
    if (client.auth && clientAuthUsed) {
        add(client.auth->secretNames());
    }
    add(fromHeaders(client.headers));
    for (const ResourceConfig& resource : resources) {
        if (!onlyResources.isEmpty() && !onlyResources.contains(resource.name)) {
            continue;
        }
        if (resource.endpoint.auth) {
            add(resource.endpoint.auth->secretNames());
        }
        add(fromHeaders(resource.endpoint.headers));
    }
    return names;
}

QJsonObject PipelineFile::sourceJson() const
{
    QJsonObject clientJson{{QStringLiteral("base_url"), client.baseUrl}};
    if (!client.headers.isEmpty()) {
        clientJson.insert(QStringLiteral("headers"), client.headers);
    }
    if (client.auth) {
        clientJson.insert(QStringLiteral("auth"), client.auth->toJson());
    }
    if (client.paginator) {
        clientJson.insert(QStringLiteral("paginator"), client.paginator->toJson());
    }
    QJsonArray list;
    for (const ResourceConfig& resource : resources) {
        list.append(resource.toJson());
    }
    return QJsonObject{{QStringLiteral("client"), clientJson}, {QStringLiteral("resources"), list}};
}
