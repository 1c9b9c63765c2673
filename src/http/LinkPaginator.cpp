#include "http/LinkPaginator.h"

#include "http/LinkHeader.h"

LinkPaginator::LinkPaginator(Source source, const QString& key)
    : m_source(source)
    , m_key(key)
{ }

std::unique_ptr<Paginator> LinkPaginator::clone() const
{
    return std::make_unique<LinkPaginator>(m_source, m_key);
}

QJsonValue LinkPaginator::config() const
{
    if (m_source == Source::Header) {
        return configOf(QStringLiteral("header_link"), {{QStringLiteral("links_next_key"), m_key}});
    }
    return configOf(QStringLiteral("json_link"), {{QStringLiteral("next_url_path"), m_key}});
}

bool LinkPaginator::update(const PageResponse& response, QString*)
{
    m_next.clear();
    if (m_source == Source::Header) {
        m_next = LinkHeader::target(response.header("Link"), m_key, response.url);
    } else if (const std::optional<simdjson::dom::element> found = response.value(m_key)) {
        const QString link = PageResponse::text(*found).value_or(QString());
        if (!link.isEmpty()) {
            m_next = response.url.resolved(QUrl(link));
        }
    }
    m_hasNextPage = m_next.isValid() && !m_next.isEmpty();
    return true;
}

void LinkPaginator::updateRequest(PageRequest& request)
{
    if (!m_hasNextPage) {
        return;
    }
    request.url = m_next;
    request.params.clear();
}
