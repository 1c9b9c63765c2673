#include "source/ResourceRequest.h"

#include "http/UrlOrigin.h"
#include "source/CredentialSet.h"

std::optional<ResourceRequest> ResourceRequest::build(const ClientConfig& client,
                                                      const ResourceConfig& resource,
                                                      const RequestBuilder::Values& values,
                                                      const CredentialSet* credentials,
                                                      QString* error)
{
    const RequestBuilder builder(client, resource);
    std::optional<PageRequest> request = builder.build(values, error);
    if (!request) {
        return std::nullopt;
    }
    RequestBuilder::Values headerValues = values;
    if (credentials) {
        headerValues.insert(credentials->secretPlaceholders());
    }
    std::optional<Headers> headers = builder.headers(headerValues, error);
    if (!headers) {
        return std::nullopt;
    }
    return ResourceRequest{*request, *headers};
}

bool ResourceRequest::isAllowedOrigin(const ClientConfig& client, const ResourceConfig& resource,
                                      const QUrl& url, bool carriesCredentials, QString* error)
{
    const QUrl trusted = RequestBuilder::trustedOrigin(client, resource);
    if (!carriesCredentials || UrlOrigin::isSame(url, trusted)) {
        return true;
    }
    *error = tr("its address is on %1, not on %2. Its credentials and headers go only to "
                "base_url's origin (or the one its path names in the file), so the request was "
                "not made.")
                 .arg(UrlOrigin::of(url), UrlOrigin::of(trusted));
    return false;
}

const std::optional<PaginatorConfig>&
ResourceRequest::paginatorConfig(const ClientConfig& client, const ResourceConfig& resource)
{
    const bool own =
        resource.endpoint.paginator && resource.endpoint.paginator->type != QLatin1String("auto");
    return own ? resource.endpoint.paginator : client.paginator;
}
