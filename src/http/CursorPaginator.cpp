#include "http/CursorPaginator.h"

CursorPaginator::CursorPaginator(const Settings& settings)
    : m_settings(settings)
{ }

std::unique_ptr<Paginator> CursorPaginator::clone() const
{
    return std::make_unique<CursorPaginator>(m_settings);
}

QJsonValue CursorPaginator::config() const
{
    if (m_settings.fromHeader) {
        return configOf(QStringLiteral("header_cursor"),
                        {{QStringLiteral("cursor_key"), m_settings.cursorPath},
                         {QStringLiteral("cursor_param"), m_settings.cursorParam}});
    }
    QJsonObject parameters{{QStringLiteral("cursor_path"), m_settings.cursorPath}};
    if (m_settings.cursorBodyPath.isEmpty()) {
        parameters.insert(QStringLiteral("cursor_param"), m_settings.cursorParam);
    } else {
        parameters.insert(QStringLiteral("cursor_body_path"), m_settings.cursorBodyPath);
    }
    if (m_settings.stopAfterEmptyPage) {
        parameters.insert(QStringLiteral("stop_after_empty_page"), true);
    }
    if (!m_settings.hasMorePath.isEmpty()) {
        parameters.insert(QStringLiteral("has_more_path"), m_settings.hasMorePath);
    }
    return configOf(QStringLiteral("cursor"), parameters);
}

bool CursorPaginator::update(const PageResponse& response, QString* error)
{
    m_cursor.clear();
    if (m_settings.fromHeader) {
        m_cursor = QString::fromUtf8(response.header(m_settings.cursorPath.toUtf8()));
    } else if (const std::optional<simdjson::dom::element> found =
                   response.value(m_settings.cursorPath)) {
        // dlt stops on any falsy cursor: null, "", 0, false.
        if (PageResponse::isTruthy(*found)) {
            m_cursor = PageResponse::text(*found).value_or(QString());
        }
    }
    m_hasNextPage = !m_cursor.isEmpty();
    if (m_settings.stopAfterEmptyPage && response.recordCount == 0) {
        m_hasNextPage = false;
    }
    if (!m_settings.hasMorePath.isEmpty()) {
        return readHasMore(response, m_settings.hasMorePath, &m_hasNextPage, error);
    }
    return true;
}

void CursorPaginator::updateRequest(PageRequest& request)
{
    if (!m_hasNextPage) {
        return;
    }
    if (!m_settings.cursorBodyPath.isEmpty()) {
        request.setBodyValue(m_settings.cursorBodyPath, m_cursor);
        return;
    }
    request.setParam(m_settings.cursorParam, m_cursor);
}
