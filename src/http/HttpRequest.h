// One HTTP/1.1 request as received by a local server (the sandbox, and the
// loopback receiver that catches OAuth redirects).
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

struct HttpRequest
{
    using Field = QPair<QString, QString>;

    QByteArray method;
    // The request-target exactly as sent, e.g. "/a/b?x=1".
    QByteArray target;
    QByteArray version;
    // Header names are lower-cased; values keep their bytes.
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peerAddress;

    // The first value of a header, case-insensitively; empty when absent.
    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // The path, percent-decoded ("/data/v1/projects/a:b").
    QString path() const;
    // The path split on "/" with each segment percent-decoded on its own, so
    // an encoded "%2F" inside an id stays inside its segment.
    QStringList pathSegments() const;
    QUrlQuery query() const;
    // A query parameter, fully decoded; empty when absent.
    QString queryValue(const QString& name) const;
    // The body as application/x-www-form-urlencoded fields, in order, with
    // "+" read as a space.
    QList<Field> formFields() const;
    // A cookie sent by the client; empty when absent.
    QByteArray cookie(const QByteArray& name) const;
    // Whether the connection stays open after the response.
    bool keepAlive() const;

    // Decodes application/x-www-form-urlencoded text.
    static QList<Field> parseForm(const QByteArray& encoded);
};
