#include "source/PipelineConnection.h"

namespace {

QString connectionOf(const std::optional<AuthConfig>& auth)
{
    if (!auth || auth->type != QLatin1String("oauth2_authorization_code")) {
        return QString();
    }
    return auth->fields.value(QStringLiteral("connection")).toString();
}

} // namespace

QString PipelineConnection::of(const PipelineFile& pipeline, const QString& resource)
{
    for (const ResourceConfig& each : pipeline.resources) {
        // A resource's own auth wins over the client's for that resource.
        if (each.name == resource && each.endpoint.auth) {
            return connectionOf(each.endpoint.auth);
        }
    }
    if (const QString client = connectionOf(pipeline.client.auth); !client.isEmpty()) {
        return client;
    }
    if (resource.isEmpty()) {
        for (const ResourceConfig& each : pipeline.resources) {
            if (const QString own = connectionOf(each.endpoint.auth); !own.isEmpty()) {
                return own;
            }
        }
    }
    return QString();
}

QStringList PipelineConnection::secretsOf(const PipelineFile& pipeline, const QString& resource)
{
    for (const ResourceConfig& each : pipeline.resources) {
        if (each.name == resource && each.endpoint.auth) {
            return each.endpoint.auth->secretNames();
        }
    }
    return pipeline.client.auth ? pipeline.client.auth->secretNames() : QStringList();
}
