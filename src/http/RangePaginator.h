// offset and page_number: a number in the query (or JSON body) that grows by
// a step each page — the offset by the limit, the page by one — until an
// empty page, the total, a maximum, or has_more says stop (dlt's order).
//
// Unlike dlt, a total_path left at its default ("total") that the API does
// not send is not an error: the other stop conditions decide (dlt issues
// #1401, #4429). A total_path written in the file must be there.
#pragma once

#include "http/Paginator.h"

#include <optional>

class RangePaginator : public Paginator
{
public:
    struct Settings
    {
        bool pages = false;
        // The first value sent: offset, or page (defaults to base_page).
        qint64 start = 0;
        // 1 for pages, the limit for offsets.
        qint64 step = 1;
        // For pages: the number of the API's first page.
        qint64 basePage = 0;
        QString param;
        QString bodyPath;
        // Offsets also send the limit.
        qint64 limit = 0;
        QString limitParam;
        QString limitBodyPath;
        // Empty: no total.
        QString totalPath;
        bool totalPathWritten = false;
        std::optional<qint64> maximum;
        bool stopAfterEmptyPage = true;
        QString hasMorePath;
    };

    static Settings offsetSettings(const QJsonObject& parameters);
    static Settings pageNumberSettings(const QJsonObject& parameters);

    explicit RangePaginator(const Settings& settings);

    std::unique_ptr<Paginator> clone() const override;
    QJsonValue config() const override;
    void initRequest(PageRequest& request) override;
    bool update(const PageResponse& response, QString* error) override;
    void updateRequest(PageRequest& request) override;

private:
    void write(PageRequest& request, const QString& param, const QString& bodyPath,
               qint64 value) const;
    void rememberTotal(qint64 total);

    Settings m_settings;
    qint64 m_current = 0;
};
