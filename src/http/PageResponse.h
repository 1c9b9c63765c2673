// One page as the server answered it, parsed: what paginators and data
// selectors read. The body is simdjson's DOM, valid while the parser that
// made it is not reused.
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>
#include <simdjson.h>

struct PageResponse
{
    QUrl url;
    int status = 0;
    QList<QPair<QByteArray, QByteArray>> headers;
    simdjson::dom::element body;
    // How many records the data selector found on this page.
    qsizetype recordCount = 0;

    // Header names compare case-insensitively (RFC 9110).
    QByteArray header(const QByteArray& name) const;

    // The first value at a JSONPath; nullopt when there is none. A path that
    // does not parse counts as not found (configs are checked when read).
    std::optional<simdjson::dom::element> value(const QString& path) const;
    // Strings as they are, numbers and booleans as JSON writes them; nullopt
    // for null, objects and arrays.
    static std::optional<QString> text(simdjson::dom::element value);
    // An integer or a string holding one.
    static std::optional<qint64> integer(simdjson::dom::element value);
    // dlt's str2bool: true/false, or strings such as "yes", "0", "false".
    static std::optional<bool> boolean(simdjson::dom::element value);
    // The value as Qt's JSON, for the few values kept beyond the page (a
    // parent's fields); 64-bit integers beyond 2^53 lose precision, as in Qt.
    static QJsonValue toJson(simdjson::dom::element value);
    // Python's truthiness: null, false, 0, "" and empty containers are false.
    static bool isTruthy(simdjson::dom::element value);
};
