#include "source/PaginatorConfig.h"

#include "core/JsonPath.h"

namespace {

struct PaginatorType
{
    const char* name;
    QStringList parameters;
    // Parameters without a default: the string form cannot be used.
    QStringList required;
};

const QList<PaginatorType>& paginatorTypes()
{
    static const QList<PaginatorType> types{
        {"json_link", {QStringLiteral("next_url_path")}, {}},
        {"header_link", {QStringLiteral("links_next_key")}, {}},
        {"cursor",
         {QStringLiteral("cursor_path"), QStringLiteral("cursor_param"),
          QStringLiteral("cursor_body_path"), QStringLiteral("stop_after_empty_page"),
          QStringLiteral("has_more_path")},
         {}},
        {"header_cursor", {QStringLiteral("cursor_key"), QStringLiteral("cursor_param")}, {}},
        {"offset",
         {QStringLiteral("limit"), QStringLiteral("offset"), QStringLiteral("offset_param"),
          QStringLiteral("offset_body_path"), QStringLiteral("limit_param"),
          QStringLiteral("limit_body_path"), QStringLiteral("total_path"),
          QStringLiteral("maximum_offset"), QStringLiteral("stop_after_empty_page"),
          QStringLiteral("has_more_path")},
         {QStringLiteral("limit")}},
        {"page_number",
         {QStringLiteral("base_page"), QStringLiteral("page"), QStringLiteral("page_param"),
          QStringLiteral("page_body_path"), QStringLiteral("total_path"),
          QStringLiteral("maximum_page"), QStringLiteral("stop_after_empty_page"),
          QStringLiteral("has_more_path")},
         {}},
        {"single_page", {}, {}},
        {"auto", {}, {}},
    };
    return types;
}

const PaginatorType* findType(const QString& name)
{
    for (const PaginatorType& type : paginatorTypes()) {
        if (name == QLatin1String(type.name)) {
            return &type;
        }
    }
    return nullptr;
}

void checkPaths(ConfigSection& section)
{
    for (const char* key : {"next_url_path", "cursor_path", "total_path", "has_more_path"}) {
        const QString name = QLatin1String(key);
        // total_path may be null: "no total" (dlt's way to switch it off).
        if (!section.has(name) || section.object().value(name).isNull()) {
            continue;
        }
        QString error;
        if (!JsonPath::parse(section.string(name), &error)) {
            section.problem(name, error);
        }
    }
}

void checkExclusive(ConfigSection& section, const char* param, const char* bodyPath)
{
    if (section.has(QLatin1String(param)) && section.has(QLatin1String(bodyPath))) {
        section.problem(QLatin1String(bodyPath),
                        ConfigSection::tr("cannot be used together with \"%1\": the value goes "
                                          "either in the query or in the JSON body")
                            .arg(QLatin1String(param)));
    }
}

void checkRange(ConfigSection& section, const QString& type)
{
    const bool offset = type == QLatin1String("offset");
    section.integer(QStringLiteral("limit"), 1);
    section.integer(offset ? QStringLiteral("offset") : QStringLiteral("base_page"));
    section.integer(offset ? QStringLiteral("maximum_offset") : QStringLiteral("maximum_page"));
    if (!offset) {
        section.integer(QStringLiteral("page"));
    }
    const bool stopOnEmpty = section.boolean(QStringLiteral("stop_after_empty_page"), true);
    const bool noTotal = section.has(QStringLiteral("total_path"))
        && section.object().value(QStringLiteral("total_path")).isNull();
    const bool noMaximum =
        !section.has(offset ? QStringLiteral("maximum_offset") : QStringLiteral("maximum_page"));
    if (!stopOnEmpty && noTotal && noMaximum && !section.has(QStringLiteral("has_more_path"))) {
        section.problem(QString(),
                        ConfigSection::tr("this paginator would never stop: give a "
                                          "total_path, a maximum, a has_more_path or "
                                          "stop_after_empty_page"));
    }
    if (offset) {
        checkExclusive(section, "offset_param", "offset_body_path");
        checkExclusive(section, "limit_param", "limit_body_path");
    } else {
        checkExclusive(section, "page_param", "page_body_path");
    }
}

} // namespace

QStringList PaginatorConfig::types()
{
    QStringList names;
    for (const PaginatorType& type : paginatorTypes()) {
        names << QLatin1String(type.name);
    }
    return names;
}

QStringList PaginatorConfig::parametersOf(const QString& type)
{
    const PaginatorType* known = findType(type);
    return known ? known->parameters : QStringList();
}

std::optional<PaginatorConfig> PaginatorConfig::read(const QJsonValue& value, const QString& path,
                                                     ConfigProblems* problems)
{
    PaginatorConfig config;
    const qsizetype before = problems->size();
    QJsonObject object;
    if (value.isString()) {
        object.insert(QStringLiteral("type"), value.toString());
    } else if (value.isObject()) {
        object = value.toObject();
    } else if (!value.isNull()) {
        problems->append({path, ConfigSection::tr("must be a paginator name or an object")});
        return std::nullopt;
    }
    ConfigSection section(object, path, problems);
    QString type = section.string(QStringLiteral("type"), QStringLiteral("auto"));
    if (type == QLatin1String("json_response")) {
        type = QStringLiteral("json_link");
    }
    const PaginatorType* known = findType(type);
    if (!known) {
        const QString suggestion = ConfigSection::closest(type, types());
        section.problem(QStringLiteral("type"),
                        suggestion.isEmpty()
                            ? ConfigSection::tr("\"%1\" is not a paginator (known: %2)")
                                  .arg(type, types().join(QStringLiteral(", ")))
                            : ConfigSection::tr("\"%1\" is not a paginator; did you mean \"%2\"?")
                                  .arg(type, suggestion));
        return std::nullopt;
    }
    for (const QString& required : known->required) {
        if (!section.has(required)) {
            section.problem(required,
                            value.isString()
                                ? ConfigSection::tr("is required, so \"%1\" needs the object form: "
                                                    "{\"type\": \"%1\", \"%2\": …}")
                                      .arg(type, required)
                                : ConfigSection::tr("is required"));
        }
    }
    section.allowOnly(QStringList{QStringLiteral("type")} + known->parameters);
    checkPaths(section);
    if (type == QLatin1String("offset") || type == QLatin1String("page_number")) {
        checkRange(section, type);
    } else if (type == QLatin1String("cursor")) {
        checkExclusive(section, "cursor_param", "cursor_body_path");
        section.boolean(QStringLiteral("stop_after_empty_page"), false);
    }
    if (problems->size() > before) {
        return std::nullopt;
    }
    config.type = type;
    config.parameters = object;
    config.parameters.remove(QStringLiteral("type"));
    return config;
}

QJsonValue PaginatorConfig::toJson() const
{
    if (parameters.isEmpty()) {
        return type;
    }
    QJsonObject object = parameters;
    object.insert(QStringLiteral("type"), type);
    return object;
}
