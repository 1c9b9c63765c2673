#include "source/EndpointConfig.h"

#include "core/JsonPath.h"
#include "source/Placeholders.h"

namespace {

QList<ResponseAction> readResponseActions(ConfigSection& endpoint)
{
    QList<ResponseAction> actions;
    const QJsonValue value = endpoint.object().value(QStringLiteral("response_actions"));
    if (value.isUndefined()) {
        return actions;
    }
    if (!value.isArray()) {
        endpoint.problem(QStringLiteral("response_actions"), ConfigSection::tr("must be a list"));
        return actions;
    }
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]")
                                 .arg(endpoint.pathOf(QStringLiteral("response_actions")))
                                 .arg(i);
        std::optional<ConfigSection> entry =
            ConfigSection::of(list.at(i), path, endpoint.problems());
        if (!entry) {
            continue;
        }
        entry->allowOnly(
            {QStringLiteral("status_code"), QStringLiteral("content"), QStringLiteral("action")});
        ResponseAction action;
        // dlt compares the status as a number: "404" (a string) would never match.
        action.statusCode = int(entry->integer(QStringLiteral("status_code"), 100).value_or(0));
        action.content = entry->string(QStringLiteral("content"));
        action.action = entry->choice(QStringLiteral("action"), {QStringLiteral("ignore")},
                                      QStringLiteral("ignore"));
        if (!entry->has(QStringLiteral("action"))) {
            entry->problem(QStringLiteral("action"), ConfigSection::tr("is required"));
        }
        if (action.statusCode == 0 && action.content.isEmpty()) {
            entry->problem(QString(), ConfigSection::tr("needs a status_code, a content or both"));
        }
        actions.append(action);
    }
    return actions;
}

void checkParams(ConfigSection& endpoint, const QJsonObject& params)
{
    for (auto it = params.begin(); it != params.end(); ++it) {
        if (!it.value().isObject()) {
            continue;
        }
        // dlt's legacy forms: {"type": "resolve", …} and {"type": "incremental", …}.
        const QString type = it.value().toObject().value(QStringLiteral("type")).toString();
        if (type != QLatin1String("resolve") && type != QLatin1String("incremental")) {
            endpoint.problem(QStringLiteral("params.") + it.key(),
                             ConfigSection::tr("an object here must have \"type\": \"resolve\" "
                                               "or \"incremental\""));
        }
    }
}

void checkPlaceholders(ConfigSection& endpoint, bool hasIncremental)
{
    const auto check = [&](const QString& key, const QJsonValue& value, bool pathLike) {
        if (value.isString() && !Placeholders::isWellFormed(value.toString())) {
            endpoint.problem(key,
                             ConfigSection::tr("has an unpaired \"{\" or \"}\" (write "
                                               "\"{{\" or \"}}\" for a literal brace)"));
            return;
        }
        for (const QString& name : Placeholders::in(value)) {
            const bool resources = name.startsWith(QLatin1String("resources."));
            const bool incremental = name.startsWith(QLatin1String("incremental."));
            const bool secrets = name.startsWith(QLatin1String("secrets."));
            if (secrets && key != QLatin1String("headers")) {
                endpoint.problem(key,
                                 ConfigSection::tr("{%1}: secrets go only into headers and "
                                                   "auth, never into an address or a body")
                                     .arg(name));
            } else if (incremental && !hasIncremental) {
                endpoint.problem(key,
                                 ConfigSection::tr("uses {%1} but the endpoint has no "
                                                   "\"incremental\" section")
                                     .arg(name));
            } else if (!resources && !incremental && !(secrets && key == QLatin1String("headers"))
                       && !pathLike) {
                endpoint.problem(key,
                                 ConfigSection::tr("{%1} is not a placeholder Grantline "
                                                   "knows (resources.…, incremental.…)")
                                     .arg(name));
            }
        }
    };
    const QJsonObject& object = endpoint.object();
    check(QStringLiteral("path"), object.value(QStringLiteral("path")), true);
    for (const char* key : {"params", "json", "data", "headers"}) {
        check(QLatin1String(key), object.value(QLatin1String(key)), false);
    }
}

// dlt's older form: {"since": {"type": "incremental", "cursor_path": …,
// "initial_value": …}} in params, read as an incremental section whose
// start_param is "since".
void readLegacyIncremental(ConfigSection& section, EndpointConfig* config)
{
    for (auto it = config->params.begin(); it != config->params.end();) {
        const QJsonObject param = it.value().toObject();
        if (param.value(QStringLiteral("type")).toString() != QLatin1String("incremental")) {
            ++it;
            continue;
        }
        const QString path = section.pathOf(QStringLiteral("params.") + it.key());
        if (section.has(QStringLiteral("incremental")) || config->incremental) {
            section.problems()->append(
                {path,
                 ConfigSection::tr("an endpoint has one incremental: this one and the "
                                   "\"incremental\" section cannot both be used")});
            ++it;
            continue;
        }
        QJsonObject fields = param;
        fields.remove(QStringLiteral("type"));
        if (fields.contains(QStringLiteral("end_value"))
            || fields.contains(QStringLiteral("end_param"))) {
            section.problems()->append(
                {path,
                 ConfigSection::tr("the param form takes no end_value; use the "
                                   "\"incremental\" section for a range")});
        }
        fields.insert(QStringLiteral("start_param"), it.key());
        config->incremental = IncrementalConfig::read(fields, path, section.problems());
        it = config->params.erase(it);
    }
}

} // namespace

QStringList EndpointConfig::keys()
{
    return {QStringLiteral("path"),        QStringLiteral("method"),
            QStringLiteral("params"),      QStringLiteral("json"),
            QStringLiteral("data"),        QStringLiteral("headers"),
            QStringLiteral("paginator"),   QStringLiteral("data_selector"),
            QStringLiteral("incremental"), QStringLiteral("response_actions"),
            QStringLiteral("auth")};
}

std::optional<EndpointConfig> EndpointConfig::read(const QJsonValue& value, const QString& path,
                                                   ConfigProblems* problems)
{
    EndpointConfig config;
    if (value.isString()) {
        config.path = value.toString();
        if (!Placeholders::isWellFormed(config.path)) {
            problems->append({path, ConfigSection::tr("has an unpaired \"{\" or \"}\"")});
            return std::nullopt;
        }
        return config;
    }
    std::optional<ConfigSection> section = ConfigSection::of(value, path, problems);
    if (!section) {
        return std::nullopt;
    }
    const qsizetype before = problems->size();
    section->allowOnly(keys());
    config.path = section->string(QStringLiteral("path"));
    config.method =
        section->choice(QStringLiteral("method"), {QStringLiteral("GET"), QStringLiteral("POST")},
                        QStringLiteral("GET"));
    config.params = section->objectValue(QStringLiteral("params"));
    checkParams(*section, config.params);
    readLegacyIncremental(*section, &config);
    config.json = section->object().value(QStringLiteral("json"));
    config.data = section->object().value(QStringLiteral("data"));
    if (isSet(config.json) && isSet(config.data)) {
        section->problem(QStringLiteral("data"),
                         ConfigSection::tr("cannot be used together with \"json\": a request has "
                                           "one body"));
    } else if (isSet(config.data)) {
        // Said plainly rather than sending a request without its body.
        section->problem(QStringLiteral("data"),
                         ConfigSection::tr("form bodies are not supported yet; send the body as "
                                           "\"json\""));
    }
    config.headers = section->stringMap(QStringLiteral("headers"));
    section->refuseWrittenSecrets(QStringLiteral("headers"), config.headers);
    section->refuseWrittenSecrets(QStringLiteral("params"), config.params);
    if (section->has(QStringLiteral("data_selector"))) {
        const QString selector = section->string(QStringLiteral("data_selector"));
        QString error;
        if (!JsonPath::parse(selector, &error)) {
            section->problem(QStringLiteral("data_selector"), error);
        }
        config.dataSelector = selector;
    }
    if (section->has(QStringLiteral("paginator"))) {
        config.paginator =
            PaginatorConfig::read(section->object().value(QStringLiteral("paginator")),
                                  section->pathOf(QStringLiteral("paginator")), problems);
    }
    if (section->has(QStringLiteral("incremental")) && !config.incremental) {
        config.incremental =
            IncrementalConfig::read(section->object().value(QStringLiteral("incremental")),
                                    section->pathOf(QStringLiteral("incremental")), problems);
    }
    config.responseActions = readResponseActions(*section);
    if (section->has(QStringLiteral("auth"))) {
        config.auth = AuthConfig::read(section->object().value(QStringLiteral("auth")),
                                       section->pathOf(QStringLiteral("auth")), problems);
    }
    checkPlaceholders(*section, section->has(QStringLiteral("incremental")));
    if (problems->size() > before) {
        return std::nullopt;
    }
    return config;
}

QJsonObject EndpointConfig::toJson() const
{
    QJsonObject object{{QStringLiteral("path"), path}};
    if (method != QLatin1String("GET")) {
        object.insert(QStringLiteral("method"), method);
    }
    if (!params.isEmpty()) {
        object.insert(QStringLiteral("params"), params);
    }
    if (isSet(json)) {
        object.insert(QStringLiteral("json"), json);
    }
    if (isSet(data)) {
        object.insert(QStringLiteral("data"), data);
    }
    if (!headers.isEmpty()) {
        object.insert(QStringLiteral("headers"), headers);
    }
    if (dataSelector) {
        object.insert(QStringLiteral("data_selector"), *dataSelector);
    }
    if (paginator) {
        object.insert(QStringLiteral("paginator"), paginator->toJson());
    }
    if (incremental) {
        object.insert(QStringLiteral("incremental"), incremental->toJson());
    }
    if (!responseActions.isEmpty()) {
        QJsonArray actions;
        for (const ResponseAction& action : responseActions) {
            QJsonObject entry{{QStringLiteral("action"), action.action}};
            if (action.statusCode != 0) {
                entry.insert(QStringLiteral("status_code"), action.statusCode);
            }
            if (!action.content.isEmpty()) {
                entry.insert(QStringLiteral("content"), action.content);
            }
            actions.append(entry);
        }
        object.insert(QStringLiteral("response_actions"), actions);
    }
    if (auth) {
        object.insert(QStringLiteral("auth"), auth->toJson());
    }
    return object;
}

bool EndpointConfig::ignores(int status, const QByteArray& body) const
{
    for (const ResponseAction& action : responseActions) {
        const bool statusMatches = action.statusCode == 0 || action.statusCode == status;
        const bool contentMatches =
            action.content.isEmpty() || body.contains(action.content.toUtf8());
        if (statusMatches && contentMatches && action.action == QLatin1String("ignore")) {
            return true;
        }
    }
    return false;
}

QStringList EndpointConfig::placeholders() const
{
    QStringList names = Placeholders::in(path);
    for (const QJsonValue& value : {QJsonValue(params), json, data, QJsonValue(headers)}) {
        names << Placeholders::in(value);
    }
    return names;
}

bool EndpointConfig::mentions(const QString& placeholder) const
{
    return placeholders().contains(placeholder);
}
