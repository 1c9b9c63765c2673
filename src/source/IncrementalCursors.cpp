#include "source/IncrementalCursors.h"

#include "source/PipelineFile.h"

IncrementalCursors::IncrementalCursors(const PipelineFile& pipeline, const QStringList& names,
                                       const QJsonObject& state, QStringList* notes)
{
    for (const QString& name : names) {
        const ResourceConfig* resource = pipeline.resource(name);
        if (!resource || !resource->endpoint.incremental) {
            continue;
        }
        auto cursor = std::make_shared<IncrementalCursor>(
            *resource->endpoint.incremental, resource->primaryKey, state.value(name).toObject());
        if (!cursor->stateNote().isEmpty()) {
            *notes << tr("Resource \"%1\": %2").arg(name, cursor->stateNote());
        }
        m_cursors.insert(name, cursor);
        if (resource->endpoint.mentions(QStringLiteral("incremental.last_value"))) {
            m_moving.insert(name);
        }
    }
}

std::shared_ptr<IncrementalCursor> IncrementalCursors::of(const QString& resource) const
{
    return m_cursors.value(resource);
}

bool IncrementalCursors::moves(const QString& resource) const
{
    return m_moving.contains(resource);
}

bool IncrementalCursors::filter(const QString& resource, bool topLevel,
                                std::vector<simdjson::dom::element>* records, bool* nothingNewer,
                                QString* error) const
{
    const auto cursor = m_cursors.value(resource);
    // As in dlt, only a top-level walk stops early on row_order.
    return !cursor || cursor->filter(records, topLevel, nothingNewer, error);
}

QJsonObject IncrementalCursors::state() const
{
    QJsonObject state;
    for (auto it = m_cursors.begin(); it != m_cursors.end(); ++it) {
        const QJsonObject cursor = it.value()->state();
        if (!cursor.isEmpty()) {
            state.insert(it.key(), cursor);
        }
    }
    return state;
}

QStringList IncrementalCursors::boundaryNotes() const
{
    QStringList notes;
    for (auto it = m_cursors.begin(); it != m_cursors.end(); ++it) {
        const QString note = it.value()->boundaryNote();
        if (!note.isEmpty()) {
            notes << tr("Resource \"%1\": %2").arg(it.key(), note);
        }
    }
    return notes;
}
