#include "http/Paginator.h"

#include "http/CursorPaginator.h"
#include "http/LinkPaginator.h"
#include "http/RangePaginator.h"
#include "http/SinglePagePaginator.h"

Paginator::~Paginator() = default;

void Paginator::initRequest(PageRequest&) { }

QJsonValue Paginator::configOf(const QString& type, QJsonObject parameters)
{
    if (parameters.isEmpty()) {
        return type;
    }
    parameters.insert(QStringLiteral("type"), type);
    return parameters;
}

bool Paginator::readHasMore(const PageResponse& response, const QString& path, bool* hasMore,
                            QString* error)
{
    const std::optional<simdjson::dom::element> found = response.value(path);
    if (!found) {
        *error = tr("The response has no \"%1\" (has_more_path).").arg(path);
        return false;
    }
    const std::optional<bool> flag = PageResponse::boolean(*found);
    if (!flag) {
        *error = tr("\"%1\" (has_more_path) is not true or false.").arg(path);
        return false;
    }
    *hasMore = *flag;
    return true;
}

std::unique_ptr<Paginator> Paginator::create(const QString& type, const QJsonObject& parameters)
{
    const QJsonObject& p = parameters;
    const auto text = [&p](const char* key, const QString& fallback) {
        const QJsonValue value = p.value(QLatin1String(key));
        return value.isString() ? value.toString() : fallback;
    };
    if (type == QLatin1String("json_link")) {
        return std::make_unique<LinkPaginator>(LinkPaginator::Source::Body,
                                               text("next_url_path", QStringLiteral("next")));
    }
    if (type == QLatin1String("header_link")) {
        return std::make_unique<LinkPaginator>(LinkPaginator::Source::Header,
                                               text("links_next_key", QStringLiteral("next")));
    }
    if (type == QLatin1String("cursor") || type == QLatin1String("header_cursor")) {
        CursorPaginator::Settings settings;
        settings.fromHeader = type == QLatin1String("header_cursor");
        settings.cursorPath = settings.fromHeader ? text("cursor_key", QStringLiteral("next"))
                                                  : text("cursor_path", settings.cursorPath);
        settings.cursorParam = text("cursor_param", settings.cursorParam);
        settings.cursorBodyPath = text("cursor_body_path", QString());
        settings.stopAfterEmptyPage = p.value(QStringLiteral("stop_after_empty_page")).toBool();
        settings.hasMorePath = text("has_more_path", QString());
        return std::make_unique<CursorPaginator>(settings);
    }
    if (type == QLatin1String("offset")) {
        return std::make_unique<RangePaginator>(RangePaginator::offsetSettings(p));
    }
    if (type == QLatin1String("page_number")) {
        return std::make_unique<RangePaginator>(RangePaginator::pageNumberSettings(p));
    }
    if (type == QLatin1String("single_page")) {
        return std::make_unique<SinglePagePaginator>();
    }
    return nullptr;
}
