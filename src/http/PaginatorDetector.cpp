#include "http/PaginatorDetector.h"

#include "core/JsonPath.h"
#include "http/CursorPaginator.h"
#include "http/LinkHeader.h"
#include "http/LinkPaginator.h"
#include "http/RangePaginator.h"
#include "http/SinglePagePaginator.h"

namespace PaginatorDetector {
namespace {

struct Found
{
    QStringList path;
    simdjson::dom::element value;
};

// Depth first through objects, parents before children, in key order.
void walk(simdjson::dom::object object, const QStringList& path,
          const std::function<void(const QStringList&, simdjson::dom::element)>& visit)
{
    for (simdjson::dom::key_value_pair field : object) {
        const QStringList here =
            path + QStringList{QString::fromUtf8(field.key.data(), qsizetype(field.key.size()))};
        visit(here, field.value);
        if (field.value.type() == simdjson::dom::element_type::OBJECT) {
            walk(field.value.get_object().value_unsafe(), here, visit);
        }
    }
}

bool isScalar(simdjson::dom::element value)
{
    const auto type = value.type();
    return type != simdjson::dom::element_type::OBJECT
        && type != simdjson::dom::element_type::ARRAY;
}

// A "next…" key; for an object, its href/url inside.
std::optional<Found> nextReference(simdjson::dom::element body)
{
    std::optional<Found> found;
    walk(body.get_object().value_unsafe(), {},
         [&found](const QStringList& path, simdjson::dom::element value) {
             if (found || !path.last().toLower().startsWith(QLatin1String("next"))) {
                 return;
             }
             if (value.type() == simdjson::dom::element_type::OBJECT) {
                 // Held in a variable: the loop must not run over a temporary's member.
                 const simdjson::dom::object valueObject = value.get_object().value_unsafe();
                 for (simdjson::dom::key_value_pair inner : valueObject) {
                     const QString key =
                         QString::fromUtf8(inner.key.data(), qsizetype(inner.key.size())).toLower();
                     if ((key.startsWith(QLatin1String("href"))
                          || key.startsWith(QLatin1String("url")))
                         && isScalar(inner.value)) {
                         found = Found{path
                                           + QStringList{QString::fromUtf8(
                                               inner.key.data(), qsizetype(inner.key.size()))},
                                       inner.value};
                         return;
                     }
                 }
                 return;
             }
             if (isScalar(value)) {
                 found = Found{path, value};
             }
         });
    return found;
}

std::optional<Found> totalPages(simdjson::dom::element body)
{
    std::optional<Found> found;
    walk(body.get_object().value_unsafe(), {},
         [&found](const QStringList& path, simdjson::dom::element value) {
             const QString key = path.last().toLower();
             if (!found
                 && (key == QLatin1String("total_pages") || key == QLatin1String("pages")
                     || key == QLatin1String("totalpages"))
                 && PageResponse::integer(value)) {
                 found = Found{path, value};
             }
         });
    return found;
}

// "page" or "current_page" beside the total, holding a whole number.
std::optional<qint64> currentPage(simdjson::dom::element body, const QStringList& totalPath)
{
    simdjson::dom::element scope = body;
    for (const QString& key : totalPath.mid(0, totalPath.size() - 1)) {
        if (scope.at_key(key.toStdString()).get(scope)) {
            return std::nullopt;
        }
    }
    for (const char* key : {"page", "current_page", "currentPage", "page_number"}) {
        simdjson::dom::element value;
        if (!scope.at_key(key).get(value)) {
            if (const std::optional<qint64> number = PageResponse::integer(value)) {
                return number;
            }
        }
    }
    return std::nullopt;
}

} // namespace

Guess detect(const PageResponse& firstPage)
{
    if (!LinkHeader::target(firstPage.header("Link"), QStringLiteral("next"), firstPage.url)
             .isEmpty()) {
        return {
            std::make_unique<LinkPaginator>(LinkPaginator::Source::Header, QStringLiteral("next")),
            1.0};
    }
    if (firstPage.body.type() != simdjson::dom::element_type::OBJECT) {
        return {std::make_unique<SinglePagePaginator>(), 0.0};
    }
    const std::optional<Found> next = nextReference(firstPage.body);
    if (next) {
        const QString link = PageResponse::text(next->value).value_or(QString());
        // A null link is what the last page of a link-style API says.
        if (link.startsWith(QLatin1String("http")) || link.startsWith(u'/')
            || next->value.type() == simdjson::dom::element_type::NULL_VALUE) {
            return {std::make_unique<LinkPaginator>(LinkPaginator::Source::Body,
                                                    JsonPath::pathFor(next->path)),
                    1.0};
        }
    }
    if (const std::optional<Found> pages = totalPages(firstPage.body)) {
        QJsonObject parameters{{QStringLiteral("total_path"), JsonPath::pathFor(pages->path)}};
        // The first request asked for no page, so the API sent its first one.
        // dlt assumes that is page 0; when the body says which page it is
        // (often 1), start there, or page 1 comes twice and the last never.
        if (const std::optional<qint64> number = currentPage(firstPage.body, pages->path)) {
            parameters.insert(QStringLiteral("base_page"), double(*number));
        }
        return {std::make_unique<RangePaginator>(RangePaginator::pageNumberSettings(parameters)),
                0.5};
    }
    if (next) {
        CursorPaginator::Settings settings;
        settings.cursorPath = JsonPath::pathFor(next->path);
        return {std::make_unique<CursorPaginator>(settings), 0.5};
    }
    return {std::make_unique<SinglePagePaginator>(), 0.0};
}

} // namespace PaginatorDetector
