// The sandbox's APS Data Management and OSS endpoints: hubs, projects, top
// folders, folder contents and item versions in JSON:API envelopes with
// page[number]/page[limit] paging, and OSS buckets with limit/startAt/next.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "sandbox/BearerAuthenticator.h"
#include "sandbox/RecordGenerator.h"
#include "sandbox/SandboxContext.h"

#include <QJsonArray>
#include <optional>

class DataApi
{
public:
    static constexpr int kMaxPageLimit = 200;

    DataApi(SandboxContext& context, const RecordGenerator& generator);

    std::optional<HttpResponse> handle(const HttpRequest& request);

private:
    struct Page
    {
        qint64 number = 0;
        qint64 limit = kMaxPageLimit;
    };

    HttpResponse routeProjectApi(const HttpRequest& request, const QStringList& segments);
    HttpResponse routeDataApi(const HttpRequest& request, const QStringList& segments);
    HttpResponse hubs() const;
    HttpResponse projects(const HttpRequest& request, int hub) const;
    HttpResponse topFolders(int project) const;
    HttpResponse folderContents(const HttpRequest& request, int folder) const;
    HttpResponse itemVersions(const HttpRequest& request, qint64 item) const;
    HttpResponse buckets(const HttpRequest& request);

    // Reads page[number] and page[limit]; a response means they were invalid.
    std::optional<HttpResponse> readPage(const HttpRequest& request, Page* page) const;
    HttpResponse envelope(const HttpRequest& request, const QJsonArray& data, const Page& page,
                          qint64 total, const QJsonArray& included = {}) const;
    // The same with the arrays already written as JSON text.
    HttpResponse envelope(const HttpRequest& request, const QByteArray& data, const Page& page,
                          qint64 total, const QByteArray& included = {}) const;
    QJsonObject pageLink(const HttpRequest& request, qint64 pageNumber) const;
    static HttpResponse notFound(const QString& detail);

    SandboxContext& m_context;
    const RecordGenerator& m_generator;
    BearerAuthenticator m_bearer;
};
