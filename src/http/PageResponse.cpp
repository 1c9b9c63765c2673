#include "http/PageResponse.h"

#include "core/JsonPath.h"
#include "core/NumericDate.h"

#include <QJsonArray>
#include <QJsonObject>

QByteArray PageResponse::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0) {
            return value;
        }
    }
    return QByteArray();
}

std::optional<simdjson::dom::element> PageResponse::value(const QString& path) const
{
    QString error;
    const std::optional<JsonPath> parsed = JsonPath::parse(path, &error);
    if (!parsed) {
        return std::nullopt;
    }
    return parsed->first(body);
}

std::optional<QString> PageResponse::text(simdjson::dom::element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::STRING: {
        std::string_view view;
        if (value.get_string().get(view)) {
            return std::nullopt;
        }
        return QString::fromUtf8(view.data(), qsizetype(view.size()));
    }
    case simdjson::dom::element_type::INT64:
    case simdjson::dom::element_type::UINT64:
    case simdjson::dom::element_type::DOUBLE:
    case simdjson::dom::element_type::BOOL:
        return QString::fromStdString(simdjson::minify(value));
    default:
        return std::nullopt;
    }
}

std::optional<qint64> PageResponse::integer(simdjson::dom::element value)
{
    int64_t number = 0;
    if (!value.get_int64().get(number)) {
        return qint64(number);
    }
    double real = 0;
    if (!value.get_double().get(real)) {
        // 1e30 is not a count: no integer, rather than an undefined cast.
        const std::optional<qint64> whole = NumericDate::wholeNumber(real);
        return whole && real == double(*whole) ? whole : std::nullopt;
    }
    const std::optional<QString> written = text(value);
    bool ok = false;
    const qint64 parsed = written ? written->trimmed().toLongLong(&ok) : 0;
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

std::optional<bool> PageResponse::boolean(simdjson::dom::element value)
{
    bool flag = false;
    if (!value.get_bool().get(flag)) {
        return flag;
    }
    if (value.type() != simdjson::dom::element_type::STRING) {
        return std::nullopt;
    }
    const QString word = text(value).value_or(QString()).trimmed().toLower();
    if (word == QLatin1String("true") || word == QLatin1String("yes") || word == QLatin1String("y")
        || word == QLatin1String("t") || word == QLatin1String("1")
        || word == QLatin1String("on")) {
        return true;
    }
    if (word == QLatin1String("false") || word == QLatin1String("no") || word == QLatin1String("n")
        || word == QLatin1String("f") || word == QLatin1String("0")
        || word == QLatin1String("off")) {
        return false;
    }
    return std::nullopt;
}

QJsonValue PageResponse::toJson(simdjson::dom::element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return QJsonValue(QJsonValue::Null);
    case simdjson::dom::element_type::BOOL:
        return value.get_bool().value_unsafe();
    case simdjson::dom::element_type::INT64:
        return double(value.get_int64().value_unsafe());
    case simdjson::dom::element_type::UINT64:
        return double(value.get_uint64().value_unsafe());
    case simdjson::dom::element_type::DOUBLE:
        return value.get_double().value_unsafe();
    case simdjson::dom::element_type::STRING: {
        const std::string_view view = value.get_string().value_unsafe();
        return QString::fromUtf8(view.data(), qsizetype(view.size()));
    }
    case simdjson::dom::element_type::ARRAY: {
        QJsonArray array;
        // Held in a variable: the loop must not run over a temporary's member.
        const simdjson::dom::array valueArray = value.get_array().value_unsafe();
        for (simdjson::dom::element item : valueArray) {
            array.append(toJson(item));
        }
        return array;
    }
    case simdjson::dom::element_type::OBJECT: {
        QJsonObject object;
        // Held in a variable: the loop must not run over a temporary's member.
        const simdjson::dom::object valueObject = value.get_object().value_unsafe();
        for (simdjson::dom::key_value_pair field : valueObject) {
            object.insert(QString::fromUtf8(field.key.data(), qsizetype(field.key.size())),
                          toJson(field.value));
        }
        return object;
    }
    }
    return QJsonValue();
}

bool PageResponse::isTruthy(simdjson::dom::element value)
{
    switch (value.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return false;
    case simdjson::dom::element_type::BOOL:
        return value.get_bool().value_unsafe();
    case simdjson::dom::element_type::INT64:
        return value.get_int64().value_unsafe() != 0;
    case simdjson::dom::element_type::UINT64:
        return value.get_uint64().value_unsafe() != 0;
    case simdjson::dom::element_type::DOUBLE:
        return value.get_double().value_unsafe() != 0.0;
    case simdjson::dom::element_type::STRING:
        return !value.get_string().value_unsafe().empty();
    case simdjson::dom::element_type::ARRAY:
        return value.get_array().value_unsafe().size() > 0;
    case simdjson::dom::element_type::OBJECT:
        return value.get_object().value_unsafe().size() > 0;
    }
    return false;
}
