#include "source/PipelinePresets.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

const QString kPresetFolder = QStringLiteral(":/presets/");
// A preset's stand-in for the connection's issuer URL, without a trailing "/".
const QString kIssuerMark = QStringLiteral("{connection.issuer}");

bool mentionsIssuer(const QJsonValue& value)
{
    if (value.isString()) {
        return value.toString().contains(kIssuerMark);
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(), mentionsIssuer);
    }
    const QJsonObject object = value.toObject();
    return std::any_of(object.begin(), object.end(), mentionsIssuer);
}

QJsonValue madeOutFor(const QJsonValue& value, const QString& connection, const QString& issuer)
{
    if (value.isString()) {
        return QJsonValue(value.toString().replace(kIssuerMark, issuer));
    }
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue& item : value.toArray()) {
            array.append(madeOutFor(item, connection, issuer));
        }
        return array;
    }
    if (!value.isObject()) {
        return value;
    }
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        *it = it.key() == QLatin1String("connection") ? QJsonValue(connection)
                                                      : madeOutFor(*it, connection, issuer);
    }
    return object;
}

} // namespace

QStringList PipelinePresets::names()
{
    QStringList names;
    for (const QString& file : QDir(kPresetFolder).entryList({QStringLiteral("*.json")})) {
        names.append(QFileInfo(file).completeBaseName());
    }
    return names;
}

std::optional<QJsonObject> PipelinePresets::read(const QString& name)
{
    if (!names().contains(name)) {
        return std::nullopt;
    }
    QFile file(kPresetFolder + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return QJsonDocument::fromJson(file.readAll()).object();
}

QString PipelinePresets::providerOf(const QString& name)
{
    const std::optional<QJsonObject> preset = read(name);
    if (!preset) {
        return QString();
    }
    const QJsonObject client = preset->value(QStringLiteral("source"))
                                   .toObject()
                                   .value(QStringLiteral("client"))
                                   .toObject();
    return client.value(QStringLiteral("auth"))
        .toObject()
        .value(QStringLiteral("connection"))
        .toString();
}

std::optional<QJsonObject>
PipelinePresets::forConnection(const QString& name, const Connection& connection, QString* error)
{
    const std::optional<QJsonObject> preset = read(name);
    if (!preset) {
        *error = tr("There is no preset \"%1\"; the presets are: %2.")
                     .arg(name, names().join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (mentionsIssuer(*preset) && connection.endpoints.issuer.isEmpty()) {
        *error = tr("The preset \"%1\" calls the provider at its issuer URL, and the connection "
                    "\"%2\" has none.")
                     .arg(name, connection.name);
        return std::nullopt;
    }
    QString issuer = connection.endpoints.issuer;
    while (issuer.endsWith(u'/')) {
        issuer.chop(1);
    }
    return madeOutFor(*preset, connection.name, issuer).toObject();
}
