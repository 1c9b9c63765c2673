// The pipeline state dlt keeps in _dlt_pipeline_state: a JSON object with the
// incremental cursors of every resource under sources.<source>.resources,
// stored as base64 of zlib (level 9) of the JSON (section 7.3). Grantline
// writes and reads the same blob, so a state survives a move either way.
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

class PipelineState
{
public:
    // dlt's state engine version.
    static constexpr int kEngineVersion = 4;

    PipelineState() = default;
    explicit PipelineState(const QJsonObject& json)
        : m_json(json)
    { }

    QJsonObject json() const
    {
        return m_json;
    }
    qint64 version() const;

    // Incremental state by resource, in ExtractJob's form:
    // {resource: {cursor_path, initial_value, last_value, unique_hashes}}.
    QJsonObject incremental(const QString& source) const;
    // A copy with the incremental state of the resources that ran replaced
    // and the descriptive keys filled in; the version goes up when anything
    // changed.
    PipelineState updated(const QString& pipelineName, const QString& source,
                          const QJsonObject& incremental) const;
    // Content hash, without the version fields (dlt's _version_hash).
    QString versionHash() const;

    QString encode() const;
    static std::optional<PipelineState> decode(const QString& blob);

private:
    QJsonObject m_json;
};
