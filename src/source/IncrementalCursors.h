// The incremental cursors of one run, by resource: one per incremental
// resource, shared by all its series (as in dlt), made from the state the
// last run kept, with the notes a person should read (a stored state that
// does not fit, many records at the newest value) and the state to keep.
#pragma once

#include "source/IncrementalCursor.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <memory>
#include <simdjson.h>
#include <vector>

class PipelineFile;

class IncrementalCursors
{
    Q_DECLARE_TR_FUNCTIONS(IncrementalCursors)

public:
    // A cursor for each incremental resource among names; notes gets what
    // the stored state says ("Resource "x": …").
    IncrementalCursors(const PipelineFile& pipeline, const QStringList& names,
                       const QJsonObject& state, QStringList* notes);

    // The resource's cursor, or nullptr when it is not incremental.
    std::shared_ptr<IncrementalCursor> of(const QString& resource) const;
    // True when the resource's requests hold incremental.last_value, which
    // each page read moves.
    bool moves(const QString& resource) const;
    // Drops the records that are not new (see IncrementalCursor::filter);
    // true when the resource has no cursor.
    bool filter(const QString& resource, bool topLevel,
                std::vector<simdjson::dom::element>* records, bool* nothingNewer,
                QString* error) const;
    // The state by resource, to keep for the next run.
    QJsonObject state() const;
    // After the run: what the boundary says, by resource.
    QStringList boundaryNotes() const;

private:
    QHash<QString, std::shared_ptr<IncrementalCursor>> m_cursors;
    QSet<QString> m_moving;
};
