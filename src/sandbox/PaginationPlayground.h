// One endpoint per pagination style a REST client meets, over the same
// generated records, under /playground/: json-link, header-link, offset (with
// and without total), page-number, cursor in the body, cursor in a header,
// single page, and an incremental endpoint that honours updated_since.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "sandbox/RecordGenerator.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <QList>
#include <optional>

class PaginationPlayground
{
public:
    static constexpr qint64 kDefaultRecords = 250;
    static constexpr qint64 kMaxRecords = 100000;
    static constexpr qint64 kDefaultLimit = 20;
    static constexpr qint64 kMaxLimit = 1000;

    PaginationPlayground(SandboxContext& context, const RecordGenerator& generator);

    std::optional<HttpResponse> handle(const HttpRequest& request);

private:
    struct Window
    {
        qint64 records = kDefaultRecords;
        qint64 offset = 0;
        qint64 limit = kDefaultLimit;
    };

    HttpResponse jsonLink(const HttpRequest& request, const Window& window) const;
    HttpResponse headerLink(const HttpRequest& request, const Window& window) const;
    HttpResponse offset(const Window& window, bool withTotal) const;
    HttpResponse pageNumber(const Window& window) const;
    HttpResponse cursor(const Window& window, bool inHeader) const;
    HttpResponse singlePage(const Window& window) const;
    HttpResponse incremental(const HttpRequest& request, Window window);

    // Reads records, limit and the page, offset or cursor the style uses.
    std::optional<HttpResponse> readWindow(const HttpRequest& request, const QString& style,
                                           Window* window) const;
    QJsonArray records(qint64 from, qint64 count) const;
    // The same request with one parameter replaced, as an absolute URL.
    QString urlWith(const HttpRequest& request, const QString& name, const QString& value) const;
    const QList<qint64>& recordsByUpdateTime(qint64 records);

    SandboxContext& m_context;
    const RecordGenerator& m_generator;
    QList<qint64> m_sortedIndexes;
    qint64 m_sortedRecords = -1;
};
