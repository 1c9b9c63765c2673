#include "http/PageRequest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

QUrl PageRequest::fullUrl() const
{
    QUrl full = url;
    QUrlQuery query(url);
    for (const auto& [name, value] : params.queryItems(QUrl::FullyEncoded)) {
        query.addQueryItem(name, value);
    }
    full.setQuery(query);
    return full;
}

void PageRequest::setParam(const QString& name, const QString& value)
{
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(value));
    QList<QPair<QString, QString>> items = params.queryItems(QUrl::FullyEncoded);
    bool replaced = false;
    for (auto& [key, current] : items) {
        if (key == name) {
            current = encoded;
            replaced = true;
        }
    }
    if (!replaced) {
        items.append({name, encoded});
    }
    params.setQueryItems(items);
}

namespace {

QJsonObject withValue(QJsonObject object, const QStringList& keys, const QJsonValue& value)
{
    if (keys.size() == 1) {
        object.insert(keys.first(), value);
        return object;
    }
    object.insert(keys.first(),
                  withValue(object.value(keys.first()).toObject(), keys.mid(1), value));
    return object;
}

} // namespace

void PageRequest::setBodyValue(const QString& dotPath, const QJsonValue& value)
{
    json = withValue(json.toObject(), dotPath.split(u'.'), value);
}

QByteArray PageRequest::identity() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method.toUtf8());
    hash.addData(fullUrl().toEncoded());
    if (json.isObject() || json.isArray()) {
        hash.addData(json.isObject() ? QJsonDocument(json.toObject()).toJson()
                                     : QJsonDocument(json.toArray()).toJson());
    }
    return hash.result();
}
