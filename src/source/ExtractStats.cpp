#include "source/ExtractStats.h"

ResourceStats& ExtractStats::of(const QString& name)
{
    for (ResourceStats& stats : m_list) {
        if (stats.name == name) {
            return stats;
        }
    }
    m_list.append(ResourceStats{name, 0, 0, 0, {}, {}, {}, {}});
    return m_list.last();
}

QList<ResourceStats> ExtractStats::all() const
{
    return m_list;
}

qint64 ExtractStats::pages() const
{
    qint64 total = 0;
    for (const ResourceStats& stats : m_list) {
        total += stats.pages;
    }
    return total;
}

qint64 ExtractStats::records() const
{
    qint64 total = 0;
    for (const ResourceStats& stats : m_list) {
        total += stats.records;
    }
    return total;
}

qint64 ExtractStats::bytes() const
{
    qint64 total = 0;
    for (const ResourceStats& stats : m_list) {
        total += stats.bytes;
    }
    return total;
}

QString ExtractStats::progressText(const QString& resource)
{
    const ResourceStats& stats = of(resource);
    return stats.totalPages
        ? tr("Resource \"%1\": page %2 of %3").arg(resource).arg(stats.pages).arg(*stats.totalPages)
        : tr("Resource \"%1\": page %2").arg(resource).arg(stats.pages);
}
