// The first request of a resource, built the one way every sender builds it
// (an extraction, a Test request): RequestBuilder's request and headers with
// the run's secrets, the paginator the file gives it, and the rule that
// credentials and headers go only to the trusted origin.
#pragma once

#include "http/PageRequest.h"
#include "source/PipelineFile.h"
#include "source/RequestBuilder.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>

#include <optional>

class CredentialSet;

class ResourceRequest
{
    Q_DECLARE_TR_FUNCTIONS(ResourceRequest)

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    PageRequest request;
    Headers headers;

    // nullopt, with a sentence naming the missing value, when a placeholder
    // has nothing to fill it. credentials (may be null) fill
    // "{secrets.NAME}" in headers only.
    static std::optional<ResourceRequest> build(const ClientConfig& client,
                                                const ResourceConfig& resource,
                                                const RequestBuilder::Values& values,
                                                const CredentialSet* credentials, QString* error);
    // False, with a sentence, when a request that carries credentials (an
    // auth or headers) would go off the resource's trusted origin: a
    // placeholder filled from API data must not take them elsewhere.
    static bool isAllowedOrigin(const ClientConfig& client, const ResourceConfig& resource,
                                const QUrl& url, bool carriesCredentials, QString* error);
    // The paginator the file gives the resource: its endpoint's unless that
    // says "auto", else the client's; nullopt: detect it from the first page.
    static const std::optional<PaginatorConfig>& paginatorConfig(const ClientConfig& client,
                                                                 const ResourceConfig& resource);
};
