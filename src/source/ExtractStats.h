// What an extraction did, by resource: pages, records and bytes, what
// detection chose, and what the API said a resource holds; with the
// progress line a person reads.
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

struct ResourceStats
{
    QString name;
    qint64 pages = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    // What detection chose, when the config left it open; for pinning.
    QJsonValue detectedPaginator;
    QString detectedSelector;
    // What the API said the resource holds (its paginator's total_path),
    // for a top-level resource.
    std::optional<qint64> totalPages;
    std::optional<qint64> totalRecords;
};

class ExtractStats
{
    Q_DECLARE_TR_FUNCTIONS(ExtractStats)

public:
    // The resource's figures, made (empty) the first time it is named.
    ResourceStats& of(const QString& name);
    QList<ResourceStats> all() const;
    // Over every resource.
    qint64 pages() const;
    qint64 records() const;
    qint64 bytes() const;
    // "Resource "x": page 3 of 9", or without the total when none is known.
    QString progressText(const QString& resource);

private:
    QList<ResourceStats> m_list;
};
