#include "source/RequestBuilder.h"

#include "core/NumericDate.h"
#include "source/Placeholders.h"

#include <QJsonArray>

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

RequestBuilder::RequestBuilder(const ClientConfig& client, const ResourceConfig& resource)
    : m_client(client)
    , m_resource(resource)
{ }

QUrl RequestBuilder::joinUrl(const QString& baseUrl, const QString& path)
{
    if (path.startsWith(QLatin1String("http://")) || path.startsWith(QLatin1String("https://"))) {
        return QUrl(path);
    }
    QString base = baseUrl;
    while (base.endsWith(u'/')) {
        base.chop(1);
    }
    QString relative = path;
    while (relative.startsWith(u'/')) {
        relative.remove(0, 1);
    }
    return QUrl(relative.isEmpty() ? base : base + u'/' + relative);
}

QUrl RequestBuilder::literalAbsoluteUrl(const QString& path)
{
    if (!path.startsWith(QLatin1String("http://")) && !path.startsWith(QLatin1String("https://"))) {
        return QUrl();
    }
    // Scheme and authority only: a placeholder there means the host is data.
    const qsizetype authorityStart = path.indexOf(QLatin1String("//")) + 2;
    qsizetype authorityEnd = path.size();
    for (const QChar end : {u'/', u'?', u'#'}) {
        const qsizetype at = path.indexOf(end, authorityStart);
        if (at >= 0) {
            authorityEnd = std::min(authorityEnd, at);
        }
    }
    if (path.left(authorityEnd).contains(u'{')) {
        return QUrl();
    }
    const QUrl url(path.left(authorityEnd));
    return url.isValid() && !url.host().isEmpty() ? url : QUrl();
}

QUrl RequestBuilder::trustedOrigin(const ClientConfig& client, const ResourceConfig& resource)
{
    // Another host gets credentials only when the file says so twice: the
    // host written out in the path, and an auth of the resource's own.
    const QUrl literal = literalAbsoluteUrl(resource.endpoint.path);
    return literal.isValid() && resource.endpoint.auth ? literal : QUrl(client.baseUrl);
}

QString RequestBuilder::text(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double number = value.toDouble();
        const std::optional<qint64> whole = NumericDate::wholeNumber(number);
        return whole && number == double(*whole) ? QString::number(*whole)
                                                 : QString::number(number, 'g', 17);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QString();
    }
}

std::optional<QString> RequestBuilder::expand(const QString& input, const Values& values,
                                              QString* error) const
{
    QString missing;
    const std::optional<QString> expanded = Placeholders::expand(
        input,
        [&values](const QString& name) -> std::optional<QString> {
            const auto it = values.constFind(name);
            if (it == values.constEnd()) {
                return std::nullopt;
            }
            return text(*it);
        },
        &missing);
    if (!expanded) {
        *error = missing.isEmpty() ? tr("\"%1\" has an unpaired brace.").arg(input)
            : missing.startsWith(QLatin1String("resources."))
            ? tr("The parent record has no value for {%1}.").arg(missing)
            : tr("Nothing fills {%1} in \"%2\" of resource \"%3\".")
                  .arg(missing, input, m_resource.name);
    }
    return expanded;
}

std::optional<QJsonValue> RequestBuilder::expandJson(const QJsonValue& value, const Values& values,
                                                     QString* error) const
{
    if (value.isString()) {
        const QString written = value.toString();
        const QStringList names = Placeholders::in(written);
        // dlt: a string that is exactly one placeholder keeps the value's type.
        if (names.size() == 1 && written.trimmed() == u'{' + names.first() + u'}'
            && values.contains(names.first())) {
            return values.value(names.first());
        }
        const std::optional<QString> expanded = expand(written, values, error);
        return expanded ? std::optional<QJsonValue>(*expanded) : std::nullopt;
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            const std::optional<QJsonValue> expanded = expandJson(item, values, error);
            if (!expanded) {
                return std::nullopt;
            }
            array.append(*expanded);
        }
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject source = value.toObject();
        for (auto it = source.begin(); it != source.end(); ++it) {
            const std::optional<QString> key = expand(it.key(), values, error);
            const std::optional<QJsonValue> expanded = expandJson(it.value(), values, error);
            if (!key || !expanded) {
                return std::nullopt;
            }
            object.insert(*key, *expanded);
        }
        return object;
    }
    return value;
}

std::optional<PageRequest> RequestBuilder::build(const Values& values, QString* error) const
{
    const EndpointConfig& endpoint = m_resource.endpoint;
    Values all = values;
    PageRequest request;
    request.method = endpoint.method;
    QList<QPair<QString, QString>> params;
    for (auto it = endpoint.params.begin(); it != endpoint.params.end(); ++it) {
        const QJsonObject special = it.value().toObject();
        const QString type = special.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("resolve")) {
            // Legacy: {"type": "resolve", "resource": r, "field": f} fills {name} in the path.
            const QString from = QStringLiteral("resources.%1.%2")
                                     .arg(special.value(QStringLiteral("resource")).toString(),
                                          special.value(QStringLiteral("field")).toString());
            if (!values.contains(from)) {
                *error = tr("The parent record has no value for {%1}.").arg(from);
                return std::nullopt;
            }
            all.insert(it.key(), values.value(from));
            continue;
        }
        if (it.value().isNull()) {
            // As requests does: a None param is not sent.
            continue;
        }
        const std::optional<QString> key = expand(it.key(), values, error);
        const std::optional<QString> value =
            it.value().isString() ? expand(it.value().toString(), values, error) : text(it.value());
        if (!key || !value) {
            return std::nullopt;
        }
        params.append({*key, *value});
    }
    const std::optional<QString> path = expand(endpoint.path, all, error);
    if (!path) {
        return std::nullopt;
    }
    request.url = joinUrl(m_client.baseUrl, *path);
    for (const auto& [name, value] : params) {
        request.setParam(name, value);
    }
    if (endpoint.incremental) {
        // dlt's deprecated start_param/end_param: query parameters for the range.
        const auto put = [&](const QString& param, const char* placeholder) {
            const QJsonValue value = values.value(QLatin1String(placeholder));
            if (!param.isEmpty() && !value.isNull() && !value.isUndefined()) {
                request.setParam(param, text(value));
            }
        };
        put(endpoint.incremental->startParam, "incremental.start_value");
        put(endpoint.incremental->endParam, "incremental.end_value");
    }
    if (EndpointConfig::isSet(endpoint.json)) {
        const std::optional<QJsonValue> body = expandJson(endpoint.json, values, error);
        if (!body) {
            return std::nullopt;
        }
        request.json = *body;
    }
    return request;
}

std::optional<QList<QPair<QByteArray, QByteArray>>> RequestBuilder::headers(const Values& values,
                                                                            QString* error) const
{
    QJsonObject merged = m_client.headers;
    for (auto it = m_resource.endpoint.headers.begin(); it != m_resource.endpoint.headers.end();
         ++it) {
        merged.insert(it.key(), it.value());
    }
    QList<QPair<QByteArray, QByteArray>> headers;
    for (auto it = merged.begin(); it != merged.end(); ++it) {
        const std::optional<QString> value = expand(it.value().toString(), values, error);
        if (!value) {
            return std::nullopt;
        }
        headers.append({it.key().toUtf8(), value->toUtf8()});
    }
    return headers;
}
