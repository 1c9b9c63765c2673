#include "http/HttpRequest.h"

QByteArray HttpRequest::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key == lower) {
            return value;
        }
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& header : headers) {
        if (header.first == lower) {
            return true;
        }
    }
    return false;
}

QString HttpRequest::path() const
{
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    return QUrl::fromPercentEncoding(rawPath);
}

QStringList HttpRequest::pathSegments() const
{
    const qsizetype question = target.indexOf('?');
    const QByteArray rawPath = question < 0 ? target : target.left(question);
    QStringList segments;
    const QList<QByteArray> parts = rawPath.split('/');
    for (const QByteArray& part : parts) {
        if (!part.isEmpty()) {
            segments << QUrl::fromPercentEncoding(part);
        }
    }
    return segments;
}

QUrlQuery HttpRequest::query() const
{
    const qsizetype question = target.indexOf('?');
    if (question < 0) {
        return {};
    }
    // Browsers and form encoders write a space as "+" in queries too.
    QByteArray query = target.mid(question + 1);
    query.replace('+', "%20");
    return QUrlQuery(QString::fromLatin1(query));
}

QString HttpRequest::queryValue(const QString& name) const
{
    // Compare decoded names: a client may send "page%5Blimit%5D" or "page[limit]",
    // and QUrlQuery's own lookup treats those as different keys.
    const QList<QPair<QString, QString>> items = query().queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key == name) {
            return value;
        }
    }
    return {};
}

QList<HttpRequest::Field> HttpRequest::formFields() const
{
    return parseForm(body);
}

QByteArray HttpRequest::cookie(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key != "cookie") {
            continue;
        }
        for (const QByteArray& pair : value.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            const qsizetype equals = trimmed.indexOf('=');
            if (equals > 0 && trimmed.left(equals) == name) {
                return trimmed.mid(equals + 1);
            }
        }
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    const QByteArray connection = header("connection").toLower();
    if (version == "HTTP/1.0") {
        return connection.contains("keep-alive");
    }
    return !connection.contains("close");
}

QList<HttpRequest::Field> HttpRequest::parseForm(const QByteArray& encoded)
{
    QList<Field> fields;
    for (const QByteArray& pair : encoded.split('&')) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype equals = pair.indexOf('=');
        QByteArray name = equals < 0 ? pair : pair.left(equals);
        QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        fields.append({QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value)});
    }
    return fields;
}
