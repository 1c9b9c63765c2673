// json_link and header_link: the next page's full address is in the body
// (next_url_path, default "next") or in an RFC 8288 Link header (rel
// links_next_key, default "next"). Relative links are resolved against the
// page's URL; the next request uses the link as it is, without the first
// request's query parameters (as dlt does).
#pragma once

#include "http/Paginator.h"

class LinkPaginator : public Paginator
{
public:
    enum class Source { Body, Header };

    LinkPaginator(Source source, const QString& key);

    std::unique_ptr<Paginator> clone() const override;
    QJsonValue config() const override;
    bool update(const PageResponse& response, QString* error) override;
    void updateRequest(PageRequest& request) override;

private:
    Source m_source;
    QString m_key;
    QUrl m_next;
};
