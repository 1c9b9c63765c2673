// Which resources a run requests and in what order: the ones asked for (or
// every selected one), each with the ancestors it needs — those run to feed
// their children but do not reach the sink. Parents before children.
#pragma once

#include "source/PipelineFile.h"

#include <QCoreApplication>
#include <QStringList>

class ExtractionPlan
{
    Q_DECLARE_TR_FUNCTIONS(ExtractionPlan)

public:
    ExtractionPlan(const PipelineFile& pipeline, const QStringList& asked);

    // Everything requested, parents first.
    const QStringList& resources() const;
    // The requested ones without a parent: where each walk starts.
    const QStringList& topLevel() const;
    // Whether a resource's records go to the sink.
    bool isEmitted(const QString& name) const;
    // The resources whose records go to the sink, in file order.
    const QStringList& emitted() const;
    // A sentence when a resource asked for is not in the file; else empty.
    const QString& problem() const;

private:
    QString m_problem;
    QStringList m_resources;
    QStringList m_topLevel;
    QStringList m_emitted;
};
