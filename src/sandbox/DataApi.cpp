#include "sandbox/DataApi.h"

#include "sandbox/ItemJson.h"

#include <QJsonObject>

namespace {

QJsonObject jsonApiVersion()
{
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")}};
}

HttpResponse jsonApiError(int status, const QString& code, const QString& title,
                          const QString& detail)
{
    return HttpResponse::json(
        status,
        QJsonDocument(QJsonObject{
            {QStringLiteral("jsonapi"), jsonApiVersion()},
            {QStringLiteral("errors"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("sandbox-error")},
                                    {QStringLiteral("status"), QString::number(status)},
                                    {QStringLiteral("code"), code},
                                    {QStringLiteral("title"), title},
                                    {QStringLiteral("detail"), detail}}}}}));
}

} // namespace

DataApi::DataApi(SandboxContext& context, const RecordGenerator& generator)
    : m_context(context)
    , m_generator(generator)
    , m_bearer(context)
{ }

std::optional<HttpResponse> DataApi::handle(const HttpRequest& request)
{
    const QStringList segments = request.pathSegments();
    const bool projectApi = segments.size() >= 3 && segments[0] == QLatin1String("project")
        && segments[1] == QLatin1String("v1") && segments[2] == QLatin1String("hubs");
    const bool dataApi = segments.size() >= 3 && segments[0] == QLatin1String("data")
        && segments[1] == QLatin1String("v1") && segments[2] == QLatin1String("projects");
    const bool bucketApi = segments
        == QStringList{QStringLiteral("oss"), QStringLiteral("v2"), QStringLiteral("buckets")};
    if (!projectApi && !dataApi && !bucketApi) {
        return std::nullopt;
    }
    if (request.method != "GET" && request.method != "HEAD") {
        return jsonApiError(405, QStringLiteral("METHOD_NOT_ALLOWED"),
                            QStringLiteral("Method not allowed"),
                            QStringLiteral("The sandbox data API is read-only."));
    }
    const BearerAuthenticator::Result auth = m_bearer.check(
        request, bucketApi ? QStringLiteral("bucket:read") : QStringLiteral("data:read"));
    if (auth.refusal) {
        return *auth.refusal;
    }
    if (bucketApi) {
        if (auth.claims.contains(QStringLiteral("userid"))) {
            return HttpResponse::json(
                403,
                QJsonDocument(QJsonObject{
                    {QStringLiteral("reason"),
                     QStringLiteral("Listing buckets needs a 2-legged (app-only) token.")}}));
        }
        return buckets(request);
    }
    m_context.count(QStringLiteral("data_requests"));
    return projectApi ? routeProjectApi(request, segments) : routeDataApi(request, segments);
}

HttpResponse DataApi::routeProjectApi(const HttpRequest& request, const QStringList& segments)
{
    // /project/v1/hubs[/{hub}[/projects[/{project}[/topFolders]]]]
    if (segments.size() == 3) {
        return hubs();
    }
    const std::optional<int> hub = m_generator.hubIndex(segments[3]);
    if (!hub) {
        return notFound(QStringLiteral("No hub has the id \"%1\".").arg(segments[3]));
    }
    if (segments.size() == 4) {
        return HttpResponse::json(
            200,
            QJsonDocument(
                QJsonObject{{QStringLiteral("jsonapi"), jsonApiVersion()},
                            {QStringLiteral("data"), m_generator.hub(*hub, m_context.baseUrl)}}));
    }
    if (segments[4] != QLatin1String("projects")) {
        return notFound(QStringLiteral("Unknown resource \"%1\".").arg(segments[4]));
    }
    if (segments.size() == 5) {
        return projects(request, *hub);
    }
    const std::optional<int> project = m_generator.projectIndex(segments[5]);
    if (!project || m_generator.hubOfProject(*project) != *hub) {
        return notFound(QStringLiteral("No project \"%1\" in this hub.").arg(segments[5]));
    }
    if (segments.size() == 6) {
        return HttpResponse::json(
            200,
            QJsonDocument(QJsonObject{
                {QStringLiteral("jsonapi"), jsonApiVersion()},
                {QStringLiteral("data"), m_generator.project(*project, m_context.baseUrl)}}));
    }
    if (segments.size() == 7 && segments[6] == QLatin1String("topFolders")) {
        return topFolders(*project);
    }
    return notFound(QStringLiteral("Unknown resource."));
}

HttpResponse DataApi::routeDataApi(const HttpRequest& request, const QStringList& segments)
{
    // /data/v1/projects/{project}/folders/{folder}/contents
    // /data/v1/projects/{project}/items/{item}/versions
    if (segments.size() != 7) {
        return notFound(QStringLiteral("Unknown resource."));
    }
    const std::optional<int> project = m_generator.projectIndex(segments[3]);
    if (!project) {
        return notFound(QStringLiteral("No project has the id \"%1\".").arg(segments[3]));
    }
    if (segments[4] == QLatin1String("folders") && segments[6] == QLatin1String("contents")) {
        const std::optional<int> folder = m_generator.folderIndex(segments[5]);
        if (!folder || m_generator.projectOfFolder(*folder) != *project) {
            return notFound(QStringLiteral("No folder \"%1\" in this project.").arg(segments[5]));
        }
        return folderContents(request, *folder);
    }
    if (segments[4] == QLatin1String("items") && segments[6] == QLatin1String("versions")) {
        const std::optional<qint64> item = m_generator.itemIndex(segments[5]);
        if (!item
            || m_generator.projectOfFolder(int(*item % m_generator.folderCount())) != *project) {
            return notFound(QStringLiteral("No item \"%1\" in this project.").arg(segments[5]));
        }
        return itemVersions(request, *item);
    }
    return notFound(QStringLiteral("Unknown resource."));
}

HttpResponse DataApi::hubs() const
{
    QJsonArray data;
    for (int hub = 0; hub < m_generator.hubCount(); ++hub) {
        data.append(m_generator.hub(hub, m_context.baseUrl));
    }
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{
            {QStringLiteral("jsonapi"), jsonApiVersion()},
            {QStringLiteral("links"),
             QJsonObject{
                 {QStringLiteral("self"),
                  QJsonObject{{QStringLiteral("href"),
                               m_context.url(QStringLiteral("/project/v1/hubs")).toString()}}}}},
            {QStringLiteral("data"), data}}));
}

HttpResponse DataApi::projects(const HttpRequest& request, int hub) const
{
    Page page;
    if (std::optional<HttpResponse> invalid = readPage(request, &page)) {
        return *invalid;
    }
    QJsonArray data;
    const qint64 total = m_generator.projectsPerHub();
    for (qint64 i = page.number * page.limit; i < total && data.size() < page.limit; ++i) {
        data.append(
            m_generator.project(hub * m_generator.projectsPerHub() + int(i), m_context.baseUrl));
    }
    return envelope(request, data, page, total);
}

HttpResponse DataApi::topFolders(int project) const
{
    QJsonArray data;
    for (int k = 0; k < m_generator.foldersPerProject(); ++k) {
        data.append(
            m_generator.folder(project * m_generator.foldersPerProject() + k, m_context.baseUrl));
    }
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{{QStringLiteral("jsonapi"), jsonApiVersion()},
                                  {QStringLiteral("data"), data}}));
}

HttpResponse DataApi::folderContents(const HttpRequest& request, int folder) const
{
    Page page;
    if (std::optional<HttpResponse> invalid = readPage(request, &page)) {
        return *invalid;
    }
    const qint64 total = m_generator.itemCountInFolder(folder);
    // Written as text: a load asks for millions of these.
    const ItemJson json(m_generator, m_context.baseUrl);
    QByteArray data = "[";
    QByteArray included = "[";
    // About what a page of items and of versions takes, so it grows once.
    data.reserve(qsizetype(page.limit) * 1400);
    included.reserve(qsizetype(page.limit) * 900);
    qint64 count = 0;
    for (qint64 position = page.number * page.limit; position < total && count < page.limit;
         ++position, ++count) {
        const qint64 item = m_generator.itemAt(folder, position);
        if (count > 0) {
            data += ',';
            included += ',';
        }
        json.appendItem(&data, item);
        json.appendVersion(&included, item, m_generator.versionCount(item));
    }
    data += ']';
    included += ']';
    m_context.count(QStringLiteral("items_served"), count);
    return envelope(request, data, page, total, count > 0 ? included : QByteArray());
}

HttpResponse DataApi::itemVersions(const HttpRequest& request, qint64 item) const
{
    Page page;
    if (std::optional<HttpResponse> invalid = readPage(request, &page)) {
        return *invalid;
    }
    const qint64 total = m_generator.versionCount(item);
    const ItemJson json(m_generator, m_context.baseUrl);
    QByteArray data = "[";
    // Newest first, as APS lists versions.
    for (qint64 i = page.number * page.limit; i < total && i < (page.number + 1) * page.limit;
         ++i) {
        if (data.size() > 1) {
            data += ',';
        }
        json.appendVersion(&data, item, int(total - i));
    }
    data += ']';
    return envelope(request, data, page, total);
}

HttpResponse DataApi::buckets(const HttpRequest& request)
{
    m_context.count(QStringLiteral("bucket_requests"));
    const QString limitText = request.queryValue(QStringLiteral("limit"));
    bool ok = true;
    const int limit = limitText.isEmpty() ? 10 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 100) {
        return HttpResponse::json(400,
                                  QJsonDocument(QJsonObject{{QStringLiteral("reason"),
                                                             QStringLiteral("Invalid limit")}}));
    }
    // startAt names the last bucket of the previous page; listing resumes after it.
    const QString startAt = request.queryValue(QStringLiteral("startAt"));
    const int first = startAt.isEmpty() ? 0 : m_generator.bucketAfter(startAt);
    QJsonArray items;
    int bucket = first;
    for (; bucket < m_generator.bucketCount() && items.size() < limit; ++bucket) {
        items.append(m_generator.bucket(bucket));
    }
    QJsonObject body{{QStringLiteral("items"), items}};
    if (bucket < m_generator.bucketCount()) {
        QUrl next = m_context.url(QStringLiteral("/oss/v2/buckets"));
        QUrlQuery query{{QStringLiteral("limit"), QString::number(limit)},
                        {QStringLiteral("startAt"), m_generator.bucketKey(bucket - 1)}};
        const QString region = request.queryValue(QStringLiteral("region"));
        if (!region.isEmpty()) {
            query.addQueryItem(QStringLiteral("region"), region);
        }
        next.setQuery(query);
        body.insert(QStringLiteral("next"), next.toString(QUrl::FullyEncoded));
    }
    return HttpResponse::json(200, QJsonDocument(body));
}

std::optional<HttpResponse> DataApi::readPage(const HttpRequest& request, Page* page) const
{
    const QString number = request.queryValue(QStringLiteral("page[number]"));
    const QString limit = request.queryValue(QStringLiteral("page[limit]"));
    bool numberOk = true;
    bool limitOk = true;
    page->number = number.isEmpty() ? 0 : number.toLongLong(&numberOk);
    page->limit = limit.isEmpty() ? kMaxPageLimit : limit.toLongLong(&limitOk);
    // Bounded so that number * limit can never overflow.
    if (!numberOk || page->number < 0 || page->number > (qint64(1) << 40)) {
        return jsonApiError(400, QStringLiteral("BAD_INPUT"), QStringLiteral("Invalid page"),
                            QStringLiteral("page[number] must be a whole number from 0 to 2^40."));
    }
    if (!limitOk || page->limit < 1 || page->limit > kMaxPageLimit) {
        return jsonApiError(400, QStringLiteral("BAD_INPUT"), QStringLiteral("Invalid page"),
                            QStringLiteral("page[limit] must be from 1 to %1.").arg(kMaxPageLimit));
    }
    return std::nullopt;
}

QJsonObject DataApi::pageLink(const HttpRequest& request, qint64 pageNumber) const
{
    // Keep every other parameter (filters, sandbox faults) and encode the
    // brackets as APS does: page%5Bnumber%5D=4.
    QByteArray query;
    for (const auto& [key, value] : request.query().queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("page[number]")) {
            continue;
        }
        query += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value) + '&';
    }
    query += "page%5Bnumber%5D=" + QByteArray::number(pageNumber);
    const qsizetype question = request.target.indexOf('?');
    const QByteArray path = question < 0 ? request.target : request.target.left(question);
    const QByteArray href =
        m_context.baseUrl.toEncoded(QUrl::StripTrailingSlash) + path + '?' + query;
    return QJsonObject{{QStringLiteral("href"), QString::fromLatin1(href)}};
}

HttpResponse DataApi::envelope(const HttpRequest& request, const QJsonArray& data, const Page& page,
                               qint64 total, const QJsonArray& included) const
{
    return envelope(request, QJsonDocument(data).toJson(QJsonDocument::Compact), page, total,
                    included.isEmpty() ? QByteArray()
                                       : QJsonDocument(included).toJson(QJsonDocument::Compact));
}

HttpResponse DataApi::envelope(const HttpRequest& request, const QByteArray& data, const Page& page,
                               qint64 total, const QByteArray& included) const
{
    const qint64 pageCount = (total + page.limit - 1) / page.limit;
    QJsonObject links{{QStringLiteral("self"), pageLink(request, page.number)}};
    if (pageCount > 1) {
        links.insert(QStringLiteral("first"), pageLink(request, 0));
        if (page.number > 0) {
            links.insert(QStringLiteral("prev"),
                         pageLink(request, qMin(page.number, pageCount) - 1));
        }
        if (page.number + 1 < pageCount) {
            links.insert(QStringLiteral("next"), pageLink(request, page.number + 1));
        }
    }
    // Keys in the order QJsonDocument writes them: data, included, jsonapi, links.
    QByteArray body = "{\"data\":" + data;
    if (!included.isEmpty()) {
        body += ",\"included\":" + included;
    }
    body += ",\"jsonapi\":" + QJsonDocument(jsonApiVersion()).toJson(QJsonDocument::Compact)
        + ",\"links\":" + QJsonDocument(links).toJson(QJsonDocument::Compact) + '}';
    return HttpResponse::json(200, body);
}

HttpResponse DataApi::notFound(const QString& detail)
{
    return jsonApiError(404, QStringLiteral("NOT_FOUND"), QStringLiteral("Not found"), detail);
}
