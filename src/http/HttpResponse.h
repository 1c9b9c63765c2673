// One HTTP/1.1 response written by a local server.
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonDocument& document);
    // JSON the caller has written as text already.
    static HttpResponse json(int status, const QByteArray& json);
    static HttpResponse html(int status, const QString& page);
    static HttpResponse text(int status, const QByteArray& text);
    static HttpResponse redirect(const QUrl& location, int status = 302);

    // Replaces any header of the same name (case-insensitively).
    void setHeader(const QByteArray& name, const QByteArray& value);
    void addHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    // The bytes on the wire. Content-Length and Connection are added here.
    QByteArray serialize(bool keepAlive, bool omitBody = false) const;

    static QByteArray reasonPhrase(int status);
};
