#include "pipeline/PipelineState.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <zlib.h>

namespace {

const QString kSources = QStringLiteral("sources");
const QString kResources = QStringLiteral("resources");
const QString kIncremental = QStringLiteral("incremental");
const QString kStateVersion = QStringLiteral("_state_version");
const QString kVersionHash = QStringLiteral("_version_hash");

QJsonObject withoutVersion(QJsonObject json)
{
    json.remove(kStateVersion);
    json.remove(kVersionHash);
    return json;
}

} // namespace

qint64 PipelineState::version() const
{
    return m_json.value(kStateVersion).toInteger();
}

QJsonObject PipelineState::incremental(const QString& source) const
{
    QJsonObject byResource;
    const QJsonObject resources =
        m_json.value(kSources).toObject().value(source).toObject().value(kResources).toObject();
    for (auto it = resources.begin(); it != resources.end(); ++it) {
        const QJsonObject cursors = it.value().toObject().value(kIncremental).toObject();
        // One cursor per resource, as the REST API source has.
        if (cursors.isEmpty()) {
            continue;
        }
        QJsonObject cursor = cursors.begin().value().toObject();
        cursor.insert(QStringLiteral("cursor_path"), cursors.begin().key());
        byResource.insert(it.key(), cursor);
    }
    return byResource;
}

PipelineState PipelineState::updated(const QString& pipelineName, const QString& source,
                                     const QJsonObject& incremental) const
{
    QJsonObject json = m_json;
    QJsonObject sources = json.value(kSources).toObject();
    QJsonObject sourceState = sources.value(source).toObject();
    QJsonObject resources = sourceState.value(kResources).toObject();
    for (auto it = incremental.begin(); it != incremental.end(); ++it) {
        QJsonObject cursor = it.value().toObject();
        const QString path = cursor.take(QStringLiteral("cursor_path")).toString();
        QJsonObject resource = resources.value(it.key()).toObject();
        resource.insert(kIncremental, QJsonObject{{path, cursor}});
        resources.insert(it.key(), resource);
    }
    sourceState.insert(kResources, resources);
    sources.insert(source, sourceState);
    json.insert(kSources, sources);
    json.insert(QStringLiteral("_state_engine_version"), kEngineVersion);
    json.insert(QStringLiteral("pipeline_name"), pipelineName);
    json.insert(QStringLiteral("dataset_name"), QStringLiteral("main"));
    json.insert(QStringLiteral("default_schema_name"), source);
    json.insert(QStringLiteral("schema_names"), QJsonArray{source});
    json.insert(QStringLiteral("destination_type"), QStringLiteral("dlt.destinations.sqlalchemy"));
    json.insert(QStringLiteral("destination_name"), QStringLiteral("sqlalchemy"));
    PipelineState next(json);
    if (withoutVersion(json) != withoutVersion(m_json)) {
        next.m_json.insert(kStateVersion, version() + 1);
    }
    next.m_json.insert(kVersionHash, next.versionHash());
    return next;
}

QString PipelineState::versionHash() const
{
    const QByteArray content = QJsonDocument(withoutVersion(m_json)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha3_256).toBase64());
}

QString PipelineState::encode() const
{
    const QByteArray json = QJsonDocument(m_json).toJson(QJsonDocument::Compact);
    uLongf size = compressBound(uLong(json.size()));
    QByteArray compressed(qsizetype(size), Qt::Uninitialized);
    compress2(reinterpret_cast<Bytef*>(compressed.data()), &size,
              reinterpret_cast<const Bytef*>(json.constData()), uLong(json.size()), 9);
    compressed.truncate(qsizetype(size));
    return QString::fromLatin1(compressed.toBase64());
}

std::optional<PipelineState> PipelineState::decode(const QString& blob)
{
    const QByteArray compressed = QByteArray::fromBase64(blob.toLatin1());
    z_stream stream{};
    if (inflateInit(&stream) != Z_OK) {
        return std::nullopt;
    }
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.constData()));
    stream.avail_in = uInt(compressed.size());
    QByteArray json;
    char chunk[16384];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof(chunk);
        result = inflate(&stream, Z_NO_FLUSH);
        json.append(chunk, qsizetype(sizeof(chunk) - stream.avail_out));
        // A state is small; a blob that inflates beyond this is not one.
        if (json.size() > (64 << 20)) {
            result = Z_DATA_ERROR;
        }
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END) {
        return std::nullopt;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        return std::nullopt;
    }
    return PipelineState(document.object());
}
