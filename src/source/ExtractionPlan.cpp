#include "source/ExtractionPlan.h"

#include <QSet>

ExtractionPlan::ExtractionPlan(const PipelineFile& pipeline, const QStringList& asked)
{
    for (const QString& name : asked) {
        if (!pipeline.resource(name)) {
            QStringList names;
            for (const ResourceConfig& resource : pipeline.resources) {
                names << resource.name;
            }
            m_problem = tr("The pipeline has no resource \"%1\" (it has: %2).")
                            .arg(name, names.join(QStringLiteral(", ")));
            break;
        }
    }
    QSet<QString> needed;
    for (const ResourceConfig& resource : pipeline.resources) {
        const bool wanted = asked.isEmpty() ? resource.selected : asked.contains(resource.name);
        if (!wanted) {
            continue;
        }
        m_emitted << resource.name;
        for (const ResourceConfig* r = &resource; r; r = pipeline.resource(r->parent)) {
            needed.insert(r->name);
        }
    }
    for (const QString& name : pipeline.extractionOrder()) {
        if (!needed.contains(name)) {
            continue;
        }
        m_resources << name;
        if (pipeline.resource(name)->parent.isEmpty()) {
            m_topLevel << name;
        }
    }
}

const QStringList& ExtractionPlan::resources() const
{
    return m_resources;
}

const QStringList& ExtractionPlan::topLevel() const
{
    return m_topLevel;
}

bool ExtractionPlan::isEmitted(const QString& name) const
{
    return m_emitted.contains(name);
}

const QStringList& ExtractionPlan::emitted() const
{
    return m_emitted;
}

const QString& ExtractionPlan::problem() const
{
    return m_problem;
}
