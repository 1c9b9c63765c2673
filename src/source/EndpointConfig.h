// The "endpoint" of a resource in dlt's REST API config: what to request
// (path, method, params, JSON body, headers) and how to read the answers
// (data selector, paginator, incremental, response actions, auth override).
#pragma once

#include "source/AuthConfig.h"
#include "source/IncrementalConfig.h"
#include "source/PaginatorConfig.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <optional>

struct ResponseAction
{
    // 0: any status.
    int statusCode = 0;
    // Empty: any content.
    QString content;
    QString action = QStringLiteral("ignore");
};

struct EndpointConfig
{
    // Empty until defaults are applied: then the resource name.
    QString path;
    QString method = QStringLiteral("GET");
    QJsonObject params;
    // Undefined (or null, as written) when the request has no body.
    QJsonValue json{QJsonValue::Undefined};
    QJsonValue data{QJsonValue::Undefined};

    static bool isSet(const QJsonValue& value)
    {
        return !value.isUndefined() && !value.isNull();
    }
    QJsonObject headers;
    // Unset: detected from the first response.
    std::optional<QString> dataSelector;
    std::optional<PaginatorConfig> paginator;
    std::optional<IncrementalConfig> incremental;
    QList<ResponseAction> responseActions;
    std::optional<AuthConfig> auth;

    static QStringList keys();
    // True when an "ignore" response action matches this answer (dlt's
    // response_actions): it ends the request quietly.
    bool ignores(int status, const QByteArray& body) const;
    // Every placeholder of the request: path, params, JSON and form body,
    // headers ("resources.parents.id", "incremental.last_value", …).
    QStringList placeholders() const;
    bool mentions(const QString& placeholder) const;
    // A string (the path) or an object.
    static std::optional<EndpointConfig> read(const QJsonValue& value, const QString& path,
                                              ConfigProblems* problems);
    QJsonObject toJson() const;
};
