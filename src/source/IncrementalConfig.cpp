#include "source/IncrementalConfig.h"

#include "core/JsonPath.h"

std::optional<IncrementalConfig>
IncrementalConfig::read(const QJsonValue& value, const QString& path, ConfigProblems* problems)
{
    std::optional<ConfigSection> section = ConfigSection::of(value, path, problems);
    if (!section) {
        return std::nullopt;
    }
    const qsizetype before = problems->size();
    section->allowOnly({QStringLiteral("cursor_path"), QStringLiteral("initial_value"),
                        QStringLiteral("end_value"), QStringLiteral("start_param"),
                        QStringLiteral("end_param"), QStringLiteral("last_value_func"),
                        QStringLiteral("row_order"), QStringLiteral("lag"),
                        QStringLiteral("on_cursor_value_missing"), QStringLiteral("range_start"),
                        QStringLiteral("range_end")});
    IncrementalConfig config;
    config.cursorPath = section->requiredString(QStringLiteral("cursor_path"));
    QString error;
    if (!config.cursorPath.isEmpty() && !JsonPath::parse(config.cursorPath, &error)) {
        section->problem(QStringLiteral("cursor_path"), error);
    }
    config.initialValue = section->object().value(QStringLiteral("initial_value"));
    config.endValue = section->object().value(QStringLiteral("end_value"));
    if (config.isStateless()
        && (config.initialValue.isUndefined() || config.initialValue.isNull())) {
        section->problem(QStringLiteral("end_value"),
                         ConfigSection::tr("needs an initial_value to start from"));
    }
    config.startParam = section->string(QStringLiteral("start_param"));
    config.endParam = section->string(QStringLiteral("end_param"));
    config.lastValueFunc =
        section->choice(QStringLiteral("last_value_func"),
                        {QStringLiteral("max"), QStringLiteral("min")}, QStringLiteral("max"));
    config.rowOrder = section->choice(QStringLiteral("row_order"),
                                      {QStringLiteral("asc"), QStringLiteral("desc")}, QString());
    config.lag = section->number(QStringLiteral("lag"));
    config.onCursorValueMissing = section->choice(
        QStringLiteral("on_cursor_value_missing"),
        {QStringLiteral("raise"), QStringLiteral("include"), QStringLiteral("exclude")},
        QStringLiteral("raise"));
    config.rangeStart = section->choice(QStringLiteral("range_start"),
                                        {QStringLiteral("open"), QStringLiteral("closed")},
                                        QStringLiteral("closed"));
    config.rangeEnd =
        section->choice(QStringLiteral("range_end"),
                        {QStringLiteral("open"), QStringLiteral("closed")}, QStringLiteral("open"));
    if (problems->size() > before) {
        return std::nullopt;
    }
    return config;
}

QJsonObject IncrementalConfig::toJson() const
{
    QJsonObject object{{QStringLiteral("cursor_path"), cursorPath}};
    const auto put = [&object](const char* key, const QJsonValue& value, const QJsonValue& plain) {
        if (!value.isUndefined() && value != plain) {
            object.insert(QLatin1String(key), value);
        }
    };
    put("initial_value", initialValue, QJsonValue());
    put("end_value", endValue, QJsonValue());
    put("start_param", startParam, QString());
    put("end_param", endParam, QString());
    put("last_value_func", lastValueFunc, QStringLiteral("max"));
    put("row_order", rowOrder, QString());
    put("lag", lag ? QJsonValue(*lag) : QJsonValue(), QJsonValue());
    put("on_cursor_value_missing", onCursorValueMissing, QStringLiteral("raise"));
    put("range_start", rangeStart, QStringLiteral("closed"));
    put("range_end", rangeEnd, QStringLiteral("open"));
    return object;
}
