#include "SandboxPipelines.h"

#include <QJsonArray>
#include <QJsonDocument>

QJsonObject SandboxPipelines::apsChain(const QString& base, const ApsChainOptions& options)
{
    const QString contents = options.mergeContents
        ? QStringLiteral(R"("write_disposition": "merge", "primary_key": "id",)")
        : QString();
    const QByteArray json =
        QStringLiteral(R"({"pipeline_name": "bench", "source": {
      "client": {"base_url": "%1",
                 "auth": {"type": "oauth2_client_credentials",
                          "access_token_url": "%1/authentication/v2/token",
                          "client_id": "sandbox-server-app", "client_secret": "{secrets.secret}",
                          "access_token_request_data": {"scope": "data:read"}},
                 "paginator": {"type": "json_link", "next_url_path": "links.next.href"}},
      "resource_defaults": {"selected": %3,
                            "endpoint": {"data_selector": "data", "params": {"page[limit]": %2}}},
      "resources": [
        {"name": "hubs", "endpoint": "project/v1/hubs"},
        {"name": "projects", "endpoint": "project/v1/hubs/{resources.hubs.id}/projects",
         "include_from_parent": ["id"]},
        {"name": "top_folders", "include_from_parent": ["id"],
         "endpoint": "project/v1/hubs/{resources.projects._hubs_id}/projects/{resources.projects.id}/topFolders"},
        {"name": "contents", "selected": true, %4
         "endpoint": "data/v1/projects/{resources.top_folders._projects_id}/folders/{resources.top_folders.id}/contents"}
      ]}})")
            .arg(base)
            .arg(options.pageLimit)
            .arg(options.contentsOnly ? QStringLiteral("false") : QStringLiteral("true"), contents)
            .toUtf8();
    QJsonObject pipeline = QJsonDocument::fromJson(json).object();
    if (options.incrementalContents) {
        QJsonObject source = pipeline.value(QStringLiteral("source")).toObject();
        QJsonArray resources = source.value(QStringLiteral("resources")).toArray();
        QJsonObject contents = resources.at(3).toObject();
        contents.insert(
            QStringLiteral("endpoint"),
            QJsonObject{{QStringLiteral("path"), contents.value(QStringLiteral("endpoint"))},
                        {QStringLiteral("incremental"),
                         QJsonObject{{QStringLiteral("cursor_path"),
                                      QStringLiteral("attributes.lastModifiedTime")},
                                     {QStringLiteral("initial_value"),
                                      QStringLiteral("2000-01-01T00:00:00.000Z")}}}});
        contents.insert(QStringLiteral("primary_key"), QStringLiteral("id"));
        resources[3] = contents;
        source.insert(QStringLiteral("resources"), resources);
        pipeline.insert(QStringLiteral("source"), source);
    }
    return pipeline;
}
