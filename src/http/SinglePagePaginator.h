// single_page: one request, never a second.
#pragma once

#include "http/Paginator.h"

class SinglePagePaginator : public Paginator
{
public:
    std::unique_ptr<Paginator> clone() const override;
    QJsonValue config() const override;
    bool update(const PageResponse& response, QString* error) override;
    void updateRequest(PageRequest& request) override;
};
