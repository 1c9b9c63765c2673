#include "http/SinglePagePaginator.h"

std::unique_ptr<Paginator> SinglePagePaginator::clone() const
{
    return std::make_unique<SinglePagePaginator>();
}

QJsonValue SinglePagePaginator::config() const
{
    return configOf(QStringLiteral("single_page"), {});
}

bool SinglePagePaginator::update(const PageResponse&, QString*)
{
    m_hasNextPage = false;
    return true;
}

void SinglePagePaginator::updateRequest(PageRequest&) { }
