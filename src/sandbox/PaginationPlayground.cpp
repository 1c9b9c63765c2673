#include "sandbox/PaginationPlayground.h"

#include "core/Base64Url.h"

#include <QDateTime>
#include <QJsonObject>
#include <algorithm>
#include <limits>
#include <numeric>

namespace {

HttpResponse badRequest(const QString& message)
{
    return HttpResponse::json(400, QJsonDocument(QJsonObject{{QStringLiteral("error"), message}}));
}

bool readNumber(const HttpRequest& request, const QString& name, qint64 minimum, qint64 maximum,
                qint64* value)
{
    const QString text = request.queryValue(name);
    if (text.isEmpty()) {
        return true;
    }
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < minimum || number > maximum) {
        return false;
    }
    *value = number;
    return true;
}

QString encodeCursor(qint64 offset)
{
    return QString::fromLatin1(Base64Url::encode("offset:" + QByteArray::number(offset)));
}

std::optional<qint64> decodeCursor(const QString& cursor)
{
    const auto decoded = Base64Url::decode(cursor.toLatin1());
    if (!decoded || !decoded->startsWith("offset:")) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 offset = decoded->mid(7).toLongLong(&ok);
    return ok && offset >= 0 ? std::optional<qint64>(offset) : std::nullopt;
}

} // namespace

PaginationPlayground::PaginationPlayground(SandboxContext& context,
                                           const RecordGenerator& generator)
    : m_context(context)
    , m_generator(generator)
{ }

std::optional<HttpResponse> PaginationPlayground::handle(const HttpRequest& request)
{
    const QStringList segments = request.pathSegments();
    if (segments.size() != 2 || segments[0] != QLatin1String("playground")) {
        return std::nullopt;
    }
    const QString style = segments[1];
    Window window;
    if (std::optional<HttpResponse> invalid = readWindow(request, style, &window)) {
        return invalid;
    }
    m_context.count(QStringLiteral("playground_requests"));
    if (style == QLatin1String("json-link")) {
        return jsonLink(request, window);
    }
    if (style == QLatin1String("header-link")) {
        return headerLink(request, window);
    }
    if (style == QLatin1String("offset")) {
        return offset(window, true);
    }
    if (style == QLatin1String("offset-no-total")) {
        return offset(window, false);
    }
    if (style == QLatin1String("page-number")) {
        return pageNumber(window);
    }
    if (style == QLatin1String("cursor")) {
        return cursor(window, false);
    }
    if (style == QLatin1String("header-cursor")) {
        return cursor(window, true);
    }
    if (style == QLatin1String("single")) {
        return singlePage(window);
    }
    if (style == QLatin1String("incremental")) {
        return incremental(request, window);
    }
    return HttpResponse::json(
        404,
        QJsonDocument(QJsonObject{{QStringLiteral("error"),
                                   QStringLiteral("No playground endpoint \"%1\".").arg(style)}}));
}

std::optional<HttpResponse> PaginationPlayground::readWindow(const HttpRequest& request,
                                                             const QString& style,
                                                             Window* window) const
{
    if (!readNumber(request, QStringLiteral("records"), 0, kMaxRecords, &window->records)) {
        return badRequest(QStringLiteral("records must be from 0 to %1").arg(kMaxRecords));
    }
    if (!readNumber(request, QStringLiteral("limit"), 1, kMaxLimit, &window->limit)) {
        return badRequest(QStringLiteral("limit must be from 1 to %1").arg(kMaxLimit));
    }
    if (style.startsWith(QLatin1String("offset"))) {
        if (!readNumber(request, QStringLiteral("offset"), 0, kMaxRecords, &window->offset)) {
            return badRequest(QStringLiteral("offset must be a whole number from 0"));
        }
    } else if (style.endsWith(QLatin1String("cursor"))) {
        const QString cursor = request.queryValue(QStringLiteral("cursor"));
        if (!cursor.isEmpty()) {
            const std::optional<qint64> offset = decodeCursor(cursor);
            if (!offset) {
                return badRequest(QStringLiteral("unknown cursor"));
            }
            window->offset = *offset;
        }
    } else {
        // json-link, header-link, page-number and incremental count pages from 1.
        qint64 page = 1;
        if (!readNumber(request, QStringLiteral("page"), 1, kMaxRecords, &page)) {
            return badRequest(QStringLiteral("page must be a whole number from 1"));
        }
        window->offset = (page - 1) * window->limit;
    }
    return std::nullopt;
}

QJsonArray PaginationPlayground::records(qint64 from, qint64 count) const
{
    QJsonArray array;
    for (qint64 i = from; i < from + count; ++i) {
        array.append(m_generator.playgroundRecord(i));
    }
    return array;
}

QString PaginationPlayground::urlWith(const HttpRequest& request, const QString& name,
                                      const QString& value) const
{
    QUrlQuery query = request.query();
    query.removeAllQueryItems(name);
    query.addQueryItem(name, value);
    QUrl url = m_context.url(request.path());
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

HttpResponse PaginationPlayground::jsonLink(const HttpRequest& request, const Window& window) const
{
    const qint64 count = qBound<qint64>(0, window.records - window.offset, window.limit);
    const bool more = window.offset + count < window.records;
    const qint64 nextPage = window.offset / window.limit + 2;
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{
            {QStringLiteral("data"), records(window.offset, count)},
            {QStringLiteral("next"),
             more ? QJsonValue(urlWith(request, QStringLiteral("page"), QString::number(nextPage)))
                  : QJsonValue(QJsonValue::Null)}}));
}

HttpResponse PaginationPlayground::headerLink(const HttpRequest& request,
                                              const Window& window) const
{
    const qint64 count = qBound<qint64>(0, window.records - window.offset, window.limit);
    HttpResponse response = HttpResponse::json(200, QJsonDocument(records(window.offset, count)));
    if (window.offset + count < window.records) {
        const qint64 nextPage = window.offset / window.limit + 2;
        response.setHeader(
            "Link",
            "<" + urlWith(request, QStringLiteral("page"), QString::number(nextPage)).toLatin1()
                + ">; rel=\"next\"");
    }
    return response;
}

HttpResponse PaginationPlayground::offset(const Window& window, bool withTotal) const
{
    const qint64 count = qBound<qint64>(0, window.records - window.offset, window.limit);
    QJsonObject body{{QStringLiteral("items"), records(window.offset, count)}};
    if (withTotal) {
        body.insert(QStringLiteral("total"), window.records);
    }
    return HttpResponse::json(200, QJsonDocument(body));
}

HttpResponse PaginationPlayground::pageNumber(const Window& window) const
{
    const qint64 count = qBound<qint64>(0, window.records - window.offset, window.limit);
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{
            {QStringLiteral("data"), records(window.offset, count)},
            {QStringLiteral("page"), window.offset / window.limit + 1},
            {QStringLiteral("total_pages"), (window.records + window.limit - 1) / window.limit}}));
}

HttpResponse PaginationPlayground::cursor(const Window& window, bool inHeader) const
{
    const qint64 count = qBound<qint64>(0, window.records - window.offset, window.limit);
    const bool more = window.offset + count < window.records;
    const QString next = more ? encodeCursor(window.offset + count) : QString();
    if (inHeader) {
        HttpResponse response =
            HttpResponse::json(200, QJsonDocument(records(window.offset, count)));
        if (more) {
            response.setHeader("X-Next-Cursor", next.toLatin1());
        }
        return response;
    }
    return HttpResponse::json(
        200,
        QJsonDocument(
            QJsonObject{{QStringLiteral("items"), records(window.offset, count)},
                        {QStringLiteral("cursors"),
                         QJsonObject{{QStringLiteral("next"),
                                      more ? QJsonValue(next) : QJsonValue(QJsonValue::Null)}}}}));
}

HttpResponse PaginationPlayground::singlePage(const Window& window) const
{
    return HttpResponse::json(
        200, QJsonDocument(QJsonObject{{QStringLiteral("items"), records(0, window.records)}}));
}

const QList<qint64>& PaginationPlayground::recordsByUpdateTime(qint64 records)
{
    if (m_sortedRecords != records) {
        m_sortedIndexes.resize(records);
        std::iota(m_sortedIndexes.begin(), m_sortedIndexes.end(), qint64(0));
        std::stable_sort(
            m_sortedIndexes.begin(), m_sortedIndexes.end(), [this](qint64 a, qint64 b) {
                return m_generator.playgroundUpdatedAt(a) < m_generator.playgroundUpdatedAt(b);
            });
        m_sortedRecords = records;
    }
    return m_sortedIndexes;
}

HttpResponse PaginationPlayground::incremental(const HttpRequest& request, Window window)
{
    qint64 since = std::numeric_limits<qint64>::min();
    const QString sinceText = request.queryValue(QStringLiteral("updated_since"));
    if (!sinceText.isEmpty()) {
        const QDateTime parsed = QDateTime::fromString(sinceText, Qt::ISODateWithMs);
        if (!parsed.isValid()) {
            return badRequest(QStringLiteral("updated_since must be an ISO 8601 time"));
        }
        since = parsed.toSecsSinceEpoch();
    }
    const QList<qint64>& sorted = recordsByUpdateTime(window.records);
    // Records updated at or after the given time ("since" is inclusive).
    const auto first =
        std::lower_bound(sorted.begin(), sorted.end(), since, [this](qint64 index, qint64 time) {
            return m_generator.playgroundUpdatedAt(index) < time;
        });
    const qint64 available = sorted.end() - first;
    const qint64 count = qBound<qint64>(0, available - window.offset, window.limit);
    QJsonArray data;
    for (qint64 i = 0; i < count; ++i) {
        data.append(m_generator.playgroundRecord(*(first + window.offset + i)));
    }
    const bool more = window.offset + count < available;
    const qint64 nextPage = window.offset / window.limit + 2;
    return HttpResponse::json(
        200,
        QJsonDocument(QJsonObject{
            {QStringLiteral("data"), data},
            {QStringLiteral("next"),
             more ? QJsonValue(urlWith(request, QStringLiteral("page"), QString::number(nextPage)))
                  : QJsonValue(QJsonValue::Null)}}));
}
