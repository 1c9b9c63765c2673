// Walks an API page by page, the way dlt's paginators do: reads what the
// last page says (a next link, a cursor, a total) and changes the request
// for the next one. One object per request series: a child resource gets a
// fresh copy for every parent record.
#pragma once

#include "http/PageRequest.h"
#include "http/PageResponse.h"
#include <QJsonObject>
#include <QJsonValue>

#include <QCoreApplication>

#include <memory>
#include <optional>

class Paginator
{
    Q_DECLARE_TR_FUNCTIONS(Paginator)

public:
    virtual ~Paginator();

    // The paginator of a type with its parameters (as a pipeline file names
    // them); nullptr for "auto": detect it from the first response. Configs
    // are checked when read, so this cannot fail.
    static std::unique_ptr<Paginator> create(const QString& type, const QJsonObject& parameters);

    virtual std::unique_ptr<Paginator> clone() const = 0;
    // What a pipeline file would say to get this paginator: a name, or an
    // object with "type" and the parameters.
    virtual QJsonValue config() const = 0;

    // Before the first request: range paginators write their first value.
    virtual void initRequest(PageRequest& request);
    // Reads a page. False, with a sentence, when the page lacks something the
    // paginator was told to find (a has_more_path, an explicit total_path).
    virtual bool update(const PageResponse& response, QString* error) = 0;
    // Turns the request into the one for the next page.
    virtual void updateRequest(PageRequest& request) = 0;

    bool hasNextPage() const
    {
        return m_hasNextPage;
    }
    // What the API said the whole walk holds, once a page said it (a
    // total_path): pages for page numbers, records for offsets; nullopt
    // when it did not say.
    std::optional<qint64> totalPages() const
    {
        return m_totalPages;
    }
    std::optional<qint64> totalRecords() const
    {
        return m_totalRecords;
    }

protected:
    // A name alone when there are no parameters, else {"type": …, …}.
    static QJsonValue configOf(const QString& type, QJsonObject parameters);
    // has_more_path: a boolean (or "true"/"false") that overrides every other
    // stop condition. False with a message when it is missing or not a boolean.
    static bool readHasMore(const PageResponse& response, const QString& path, bool* hasMore,
                            QString* error);

    bool m_hasNextPage = true;
    std::optional<qint64> m_totalPages;
    std::optional<qint64> m_totalRecords;
};
