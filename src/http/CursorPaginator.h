// cursor and header_cursor: the server hands out an opaque cursor for the
// next page, in the body (cursor_path, default "cursors.next") or in a
// header (cursor_key, default "next"); it goes back as a query parameter
// (cursor_param, default "cursor") or, for POST APIs, into the JSON body
// (cursor_body_path). The first request carries no cursor.
#pragma once

#include "http/Paginator.h"

class CursorPaginator : public Paginator
{
public:
    struct Settings
    {
        bool fromHeader = false;
        // cursor_path (body) or cursor_key (header).
        QString cursorPath = QStringLiteral("cursors.next");
        QString cursorParam = QStringLiteral("cursor");
        QString cursorBodyPath;
        bool stopAfterEmptyPage = false;
        QString hasMorePath;
    };

    explicit CursorPaginator(const Settings& settings);

    std::unique_ptr<Paginator> clone() const override;
    QJsonValue config() const override;
    bool update(const PageResponse& response, QString* error) override;
    void updateRequest(PageRequest& request) override;

private:
    Settings m_settings;
    QString m_cursor;
};
