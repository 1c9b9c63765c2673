#include "source/ResourceConfig.h"

namespace {

void readWriteDisposition(ConfigSection& section, ResourceConfig* config)
{
    const QStringList dispositions{QStringLiteral("append"), QStringLiteral("replace"),
                                   QStringLiteral("merge"), QStringLiteral("skip")};
    const QJsonValue value = section.object().value(QStringLiteral("write_disposition"));
    if (value.isUndefined() || value.isString()) {
        config->writeDisposition = section.choice(QStringLiteral("write_disposition"), dispositions,
                                                  QStringLiteral("append"));
        return;
    }
    std::optional<ConfigSection> object = ConfigSection::of(
        value, section.pathOf(QStringLiteral("write_disposition")), section.problems());
    if (!object) {
        return;
    }
    object->allowOnly({QStringLiteral("disposition"), QStringLiteral("strategy")});
    config->writeDisposition =
        object->choice(QStringLiteral("disposition"), dispositions, QStringLiteral("append"));
    config->mergeStrategy =
        object->choice(QStringLiteral("strategy"),
                       {QStringLiteral("delete-insert"), QStringLiteral("upsert"),
                        QStringLiteral("scd2"), QStringLiteral("insert-only")},
                       QString());
    if (!config->mergeStrategy.isEmpty() && config->writeDisposition != QLatin1String("merge")) {
        object->problem(QStringLiteral("strategy"),
                        ConfigSection::tr("only applies to \"disposition\": \"merge\""));
    }
}

QJsonObject readColumns(ConfigSection& section)
{
    const QJsonValue value = section.object().value(QStringLiteral("columns"));
    if (value.isArray()) {
        // dlt also takes a list of column schemas, each with its "name".
        QJsonObject columns;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString name = list.at(i).toObject().value(QStringLiteral("name")).toString();
            if (name.isEmpty()) {
                section.problem(QStringLiteral("columns[%1]").arg(i),
                                ConfigSection::tr("needs a \"name\""));
                continue;
            }
            columns.insert(name, list.at(i));
        }
        return columns;
    }
    return section.objectValue(QStringLiteral("columns"));
}

} // namespace

QStringList ResourceConfig::keys()
{
    return {QStringLiteral("name"),
            QStringLiteral("table_name"),
            QStringLiteral("endpoint"),
            QStringLiteral("write_disposition"),
            QStringLiteral("primary_key"),
            QStringLiteral("merge_key"),
            QStringLiteral("columns"),
            QStringLiteral("max_table_nesting"),
            QStringLiteral("selected"),
            QStringLiteral("parallelized"),
            QStringLiteral("include_from_parent")};
}

std::optional<ResourceConfig> ResourceConfig::read(const QJsonValue& value, const QString& path,
                                                   ConfigProblems* problems, bool requireName)
{
    ResourceConfig config;
    if (value.isString()) {
        config.name = value.toString();
        if (config.name.isEmpty()) {
            problems->append({path, ConfigSection::tr("a resource name must not be empty")});
            return std::nullopt;
        }
        return config;
    }
    std::optional<ConfigSection> section = ConfigSection::of(value, path, problems);
    if (!section) {
        return std::nullopt;
    }
    const qsizetype before = problems->size();
    if (section->has(QStringLiteral("processing_steps"))) {
        section->problem(QStringLiteral("processing_steps"),
                         ConfigSection::tr("are Python functions in dlt; a pipeline file cannot "
                                           "hold them"));
    }
    section->allowOnly(keys() + QStringList{QStringLiteral("processing_steps")});
    config.name = requireName ? section->requiredString(QStringLiteral("name"))
                              : section->string(QStringLiteral("name"));
    if (!requireName && section->has(QStringLiteral("name"))) {
        section->problem(QStringLiteral("name"),
                         ConfigSection::tr("belongs to each resource, not to the defaults"));
    }
    config.tableName = section->string(QStringLiteral("table_name"));
    if (section->has(QStringLiteral("endpoint"))) {
        std::optional<EndpointConfig> endpoint =
            EndpointConfig::read(section->object().value(QStringLiteral("endpoint")),
                                 section->pathOf(QStringLiteral("endpoint")), problems);
        if (endpoint) {
            config.endpoint = *endpoint;
        }
    }
    readWriteDisposition(*section, &config);
    config.primaryKey = section->names(QStringLiteral("primary_key"));
    config.mergeKey = section->names(QStringLiteral("merge_key"));
    config.columns = readColumns(*section);
    config.maxTableNesting = section->integer(QStringLiteral("max_table_nesting"));
    config.selected = section->boolean(QStringLiteral("selected"), true);
    config.parallelized = section->boolean(QStringLiteral("parallelized"), false);
    config.includeFromParent = section->stringList(QStringLiteral("include_from_parent"));
    if (problems->size() > before) {
        return std::nullopt;
    }
    return config;
}

QJsonObject ResourceConfig::toJson() const
{
    QJsonObject object{{QStringLiteral("name"), name},
                       {QStringLiteral("endpoint"), endpoint.toJson()}};
    if (!tableName.isEmpty()) {
        object.insert(QStringLiteral("table_name"), tableName);
    }
    if (!mergeStrategy.isEmpty()) {
        object.insert(QStringLiteral("write_disposition"),
                      QJsonObject{{QStringLiteral("disposition"), writeDisposition},
                                  {QStringLiteral("strategy"), mergeStrategy}});
    } else if (writeDisposition != QLatin1String("append")) {
        object.insert(QStringLiteral("write_disposition"), writeDisposition);
    }
    const auto names = [](const QStringList& list) {
        return list.size() == 1 ? QJsonValue(list.first())
                                : QJsonValue(QJsonArray::fromStringList(list));
    };
    if (!primaryKey.isEmpty()) {
        object.insert(QStringLiteral("primary_key"), names(primaryKey));
    }
    if (!mergeKey.isEmpty()) {
        object.insert(QStringLiteral("merge_key"), names(mergeKey));
    }
    if (!columns.isEmpty()) {
        object.insert(QStringLiteral("columns"), columns);
    }
    if (maxTableNesting) {
        object.insert(QStringLiteral("max_table_nesting"), double(*maxTableNesting));
    }
    if (!selected) {
        object.insert(QStringLiteral("selected"), false);
    }
    if (parallelized) {
        object.insert(QStringLiteral("parallelized"), true);
    }
    if (!includeFromParent.isEmpty()) {
        object.insert(QStringLiteral("include_from_parent"),
                      QJsonArray::fromStringList(includeFromParent));
    }
    return object;
}
