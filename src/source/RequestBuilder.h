// Turns a resource's endpoint into the first request of a series, as dlt
// does: base_url and path joined, "{resources.…}", "{incremental.…}" and
// "{secrets.…}" placeholders filled in path, params, JSON body and headers,
// dlt's legacy "resolve" params moved into the path, client headers under
// endpoint headers.
#pragma once

#include "http/PageRequest.h"
#include "source/PipelineFile.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>

#include <optional>

class RequestBuilder
{
    Q_DECLARE_TR_FUNCTIONS(RequestBuilder)

public:
    // Placeholder values by full name ("resources.issues.number",
    // "incremental.start_value", "secrets.token").
    using Values = QHash<QString, QJsonValue>;

    RequestBuilder(const ClientConfig& client, const ResourceConfig& resource);

    // nullopt, with a sentence naming the missing value, when a placeholder
    // has nothing to fill it.
    std::optional<PageRequest> build(const Values& values, QString* error) const;
    // The headers to send: client headers, then the endpoint's over them.
    std::optional<QList<QPair<QByteArray, QByteArray>>> headers(const Values& values,
                                                                QString* error) const;

    // dlt's join_url: one "/" between base and path; an absolute path wins.
    static QUrl joinUrl(const QString& baseUrl, const QString& path);
    // Where this resource's credentials and headers may go: base_url's
    // origin, or the origin of an absolute path written out in the file for
    // a resource with an auth of its own (the file's author chose that host
    // and its credentials; API data never chooses one).
    static QUrl trustedOrigin(const ClientConfig& client, const ResourceConfig& resource);
    // The absolute URL a resource's path names literally, host included;
    // invalid when the path is relative or its host comes from a placeholder.
    static QUrl literalAbsoluteUrl(const QString& path);
    // How a JSON value reads inside a URL or header.
    static QString text(const QJsonValue& value);

private:
    std::optional<QString> expand(const QString& text, const Values& values, QString* error) const;
    std::optional<QJsonValue> expandJson(const QJsonValue& value, const Values& values,
                                         QString* error) const;

    ClientConfig m_client;
    ResourceConfig m_resource;
};
