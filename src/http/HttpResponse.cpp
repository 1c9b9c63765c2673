#include "http/HttpResponse.h"

HttpResponse HttpResponse::json(int status, const QJsonDocument& document)
{
    return json(status, document.toJson(QJsonDocument::Compact));
}

HttpResponse HttpResponse::json(int status, const QByteArray& json)
{
    HttpResponse response;
    response.status = status;
    response.body = json;
    response.setHeader("Content-Type", "application/json; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::html(int status, const QString& page)
{
    HttpResponse response;
    response.status = status;
    response.body = page.toUtf8();
    response.setHeader("Content-Type", "text/html; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::text(int status, const QByteArray& text)
{
    HttpResponse response;
    response.status = status;
    response.body = text;
    response.setHeader("Content-Type", "text/plain; charset=utf-8");
    return response;
}

HttpResponse HttpResponse::redirect(const QUrl& location, int status)
{
    HttpResponse response;
    response.status = status;
    response.setHeader("Location", location.toEncoded());
    return response;
}

void HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    const QByteArray lower = name.toLower();
    headers.removeIf([&lower](const auto& header) { return header.first.toLower() == lower; });
    headers.append({name, value});
}

void HttpResponse::addHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    for (const auto& [key, value] : headers) {
        if (key.toLower() == lower) {
            return value;
        }
    }
    return {};
}

QByteArray HttpResponse::serialize(bool keepAlive, bool omitBody) const
{
    QByteArray out;
    out.reserve(body.size() + 256);
    out += "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto& [name, value] : headers) {
        out += name + ": " + value + "\r\n";
    }
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += keepAlive ? "Connection: keep-alive\r\n" : "Connection: close\r\n";
    out += "\r\n";
    if (!omitBody) {
        out += body;
    }
    return out;
}

QByteArray HttpResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 303:
        return "See Other";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 414:
        return "URI Too Long";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Status";
    }
}
