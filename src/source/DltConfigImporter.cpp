#include "source/DltConfigImporter.h"

#include "source/AuthConfig.h"
#include "source/ConfigSection.h"
#include "source/PipelineFile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace DltConfigImporter {
namespace {

QString secretName(const QString& pipeline, const QString& owner, const QString& field,
                   const QHash<QString, QString>& taken)
{
    static const QRegularExpression other(QStringLiteral("[^A-Za-z0-9_]"));
    QString base = (owner.isEmpty() ? pipeline : pipeline + u'_' + owner) + u'_' + field;
    base.replace(other, QStringLiteral("_"));
    QString name = base.toLower();
    for (int n = 2; taken.contains(name); ++n) {
        name = base.toLower() + u'_' + QString::number(n);
    }
    return name;
}

// Moves literal secrets out of one auth object.
QJsonObject extractSecrets(QJsonObject auth, const QString& pipeline, const QString& owner,
                           Result* result)
{
    const QString type = auth.value(QStringLiteral("type")).toString(QStringLiteral("bearer"));
    for (const QString& field : AuthConfig::secretFields(type)) {
        const QString value = auth.value(field).toString();
        if (value.isEmpty() || AuthConfig::isSecretReference(value)) {
            continue;
        }
        const QString name = secretName(pipeline, owner, field, result->secrets);
        result->secrets.insert(name, value);
        auth.insert(field, QStringLiteral("{secrets.%1}").arg(name));
        result->notes << QCoreApplication::translate("DltConfigImporter",
                                                     "The %1 of %2 goes to the keychain as "
                                                     "\"%3\".")
                             .arg(field, owner.isEmpty() ? QStringLiteral("the client") : owner,
                                  name);
    }
    return auth;
}

// Literal secrets in headers or params (an "X-API-Key", an "api_key").
QJsonObject extractNamedSecrets(QJsonObject values, const QString& pipeline, const QString& owner,
                                Result* result)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QString value = it.value().toString();
        if (!ConfigSection::isSecretName(it.key()) || !it.value().isString() || value.isEmpty()
            || value.trimmed().startsWith(u'{')) {
            continue;
        }
        const QString name = secretName(pipeline, owner, it.key(), result->secrets);
        result->secrets.insert(name, value);
        it.value() = QStringLiteral("{secrets.%1}").arg(name);
        result->notes << QCoreApplication::translate("DltConfigImporter",
                                                     "%1 of %2 goes to the keychain as \"%3\".")
                             .arg(it.key(), owner.isEmpty() ? QStringLiteral("the client") : owner,
                                  name);
    }
    return values;
}

QJsonObject withEndpointAuth(QJsonObject holder, const QString& pipeline, const QString& owner,
                             Result* result)
{
    QJsonValue endpoint = holder.value(QStringLiteral("endpoint"));
    if (!endpoint.isObject()) {
        return holder;
    }
    QJsonObject object = endpoint.toObject();
    for (const char* key : {"headers", "params"}) {
        if (object.value(QLatin1String(key)).isObject()) {
            object.insert(QLatin1String(key),
                          extractNamedSecrets(object.value(QLatin1String(key)).toObject(), pipeline,
                                              owner, result));
        }
    }
    if (object.value(QStringLiteral("auth")).isObject()) {
        object.insert(QStringLiteral("auth"),
                      extractSecrets(object.value(QStringLiteral("auth")).toObject(), pipeline,
                                     owner, result));
    }
    holder.insert(QStringLiteral("endpoint"), object);
    return holder;
}

} // namespace

Result import(const QJsonObject& dltConfig, const QString& pipelineName,
              const QString& destinationPath, ConfigProblems* problems)
{
    Result result;
    QJsonObject source = dltConfig.contains(QStringLiteral("source"))
        ? dltConfig.value(QStringLiteral("source")).toObject()
        : dltConfig;
    QJsonObject client = source.value(QStringLiteral("client")).toObject();
    if (client.value(QStringLiteral("headers")).isObject()) {
        client.insert(QStringLiteral("headers"),
                      extractNamedSecrets(client.value(QStringLiteral("headers")).toObject(),
                                          pipelineName, QString(), &result));
        source.insert(QStringLiteral("client"), client);
    }
    if (client.value(QStringLiteral("auth")).isObject()) {
        client.insert(QStringLiteral("auth"),
                      extractSecrets(client.value(QStringLiteral("auth")).toObject(), pipelineName,
                                     QString(), &result));
        source.insert(QStringLiteral("client"), client);
    }
    if (source.value(QStringLiteral("resource_defaults")).isObject()) {
        source.insert(QStringLiteral("resource_defaults"),
                      withEndpointAuth(source.value(QStringLiteral("resource_defaults")).toObject(),
                                       pipelineName, QStringLiteral("defaults"), &result));
    }
    QJsonArray resources = source.value(QStringLiteral("resources")).toArray();
    for (qsizetype i = 0; i < resources.size(); ++i) {
        if (resources.at(i).isObject()) {
            const QJsonObject resource = resources.at(i).toObject();
            resources[i] = withEndpointAuth(
                resource, pipelineName, resource.value(QStringLiteral("name")).toString(), &result);
        }
    }
    source.insert(QStringLiteral("resources"), resources);
    QJsonObject destination{{QStringLiteral("type"), QStringLiteral("sqlite")}};
    if (!destinationPath.isEmpty()) {
        destination.insert(QStringLiteral("path"), destinationPath);
    }
    result.pipeline = QJsonObject{{QStringLiteral("pipeline_name"), pipelineName},
                                  {QStringLiteral("destination"), destination},
                                  {QStringLiteral("source"), source}};
    PipelineFile::read(result.pipeline, problems);
    return result;
}

} // namespace DltConfigImporter
