#include "http/RangePaginator.h"

#include "core/NumericDate.h"

namespace {

QString stringOr(const QJsonObject& parameters, const char* key, const QString& fallback)
{
    const QJsonValue value = parameters.value(QLatin1String(key));
    return value.isString() ? value.toString() : fallback;
}

std::optional<qint64> integerOf(const QJsonObject& parameters, const char* key)
{
    const QJsonValue value = parameters.value(QLatin1String(key));
    return value.isDouble() ? NumericDate::wholeNumber(value.toDouble()) : std::nullopt;
}

void readTotal(const QJsonObject& parameters, RangePaginator::Settings* settings)
{
    const QJsonValue total = parameters.value(QStringLiteral("total_path"));
    settings->totalPathWritten = total.isString();
    settings->totalPath = total.isUndefined() ? QStringLiteral("total") : total.toString();
    settings->stopAfterEmptyPage =
        parameters.value(QStringLiteral("stop_after_empty_page")).toBool(true);
    settings->hasMorePath = stringOr(parameters, "has_more_path", QString());
}

} // namespace

RangePaginator::Settings RangePaginator::offsetSettings(const QJsonObject& parameters)
{
    Settings settings;
    settings.limit = integerOf(parameters, "limit").value_or(0);
    settings.step = settings.limit;
    settings.start = integerOf(parameters, "offset").value_or(0);
    settings.bodyPath = stringOr(parameters, "offset_body_path", QString());
    settings.param = settings.bodyPath.isEmpty()
        ? stringOr(parameters, "offset_param", QStringLiteral("offset"))
        : QString();
    settings.limitBodyPath = stringOr(parameters, "limit_body_path", QString());
    settings.limitParam = settings.limitBodyPath.isEmpty()
        ? stringOr(parameters, "limit_param", QStringLiteral("limit"))
        : QString();
    settings.maximum = integerOf(parameters, "maximum_offset");
    readTotal(parameters, &settings);
    return settings;
}

RangePaginator::Settings RangePaginator::pageNumberSettings(const QJsonObject& parameters)
{
    Settings settings;
    settings.pages = true;
    settings.basePage = integerOf(parameters, "base_page").value_or(0);
    settings.start = integerOf(parameters, "page").value_or(settings.basePage);
    settings.bodyPath = stringOr(parameters, "page_body_path", QString());
    settings.param = settings.bodyPath.isEmpty()
        ? stringOr(parameters, "page_param", QStringLiteral("page"))
        : QString();
    settings.maximum = integerOf(parameters, "maximum_page");
    readTotal(parameters, &settings);
    return settings;
}

RangePaginator::RangePaginator(const Settings& settings)
    : m_settings(settings)
    , m_current(settings.start)
{ }

std::unique_ptr<Paginator> RangePaginator::clone() const
{
    return std::make_unique<RangePaginator>(m_settings);
}

QJsonValue RangePaginator::config() const
{
    const Settings& s = m_settings;
    QJsonObject parameters;
    const auto putText = [&parameters](const char* key, const QString& value) {
        if (!value.isEmpty()) {
            parameters.insert(QLatin1String(key), value);
        }
    };
    if (s.pages) {
        parameters.insert(QStringLiteral("base_page"), double(s.basePage));
        if (s.start != s.basePage) {
            parameters.insert(QStringLiteral("page"), double(s.start));
        }
        putText("page_param", s.param);
        putText("page_body_path", s.bodyPath);
    } else {
        parameters.insert(QStringLiteral("limit"), double(s.limit));
        parameters.insert(QStringLiteral("offset"), double(s.start));
        putText("offset_param", s.param);
        putText("offset_body_path", s.bodyPath);
        putText("limit_param", s.limitParam);
        putText("limit_body_path", s.limitBodyPath);
    }
    parameters.insert(QStringLiteral("total_path"),
                      s.totalPath.isEmpty() ? QJsonValue() : QJsonValue(s.totalPath));
    if (s.maximum) {
        parameters.insert(s.pages ? QStringLiteral("maximum_page")
                                  : QStringLiteral("maximum_offset"),
                          double(*s.maximum));
    }
    if (!s.stopAfterEmptyPage) {
        parameters.insert(QStringLiteral("stop_after_empty_page"), false);
    }
    putText("has_more_path", s.hasMorePath);
    return configOf(s.pages ? QStringLiteral("page_number") : QStringLiteral("offset"), parameters);
}

void RangePaginator::write(PageRequest& request, const QString& param, const QString& bodyPath,
                           qint64 value) const
{
    if (!bodyPath.isEmpty()) {
        request.setBodyValue(bodyPath, double(value));
        return;
    }
    request.setParam(param, QString::number(value));
}

void RangePaginator::initRequest(PageRequest& request)
{
    m_current = m_settings.start;
    write(request, m_settings.param, m_settings.bodyPath, m_current);
    if (!m_settings.pages) {
        write(request, m_settings.limitParam, m_settings.limitBodyPath, m_settings.limit);
    }
}

bool RangePaginator::update(const PageResponse& response, QString* error)
{
    if (m_settings.stopAfterEmptyPage && response.recordCount == 0) {
        m_hasNextPage = false;
        return true;
    }
    std::optional<qint64> total;
    if (!m_settings.totalPath.isEmpty()) {
        const std::optional<simdjson::dom::element> found = response.value(m_settings.totalPath);
        const bool missing = !found || found->type() == simdjson::dom::element_type::NULL_VALUE;
        if (missing && m_settings.totalPathWritten) {
            *error = tr("The response has no \"%1\" (total_path); set total_path to null if the "
                        "API does not send a total.")
                         .arg(m_settings.totalPath);
            return false;
        }
        if (!missing) {
            total = PageResponse::integer(*found);
            if (!total) {
                *error = tr("\"%1\" (total_path) is not a whole number.").arg(m_settings.totalPath);
                return false;
            }
        }
    }
    if (total) {
        rememberTotal(*total);
    }
    m_current += m_settings.step;
    const qint64 base = m_settings.pages ? m_settings.basePage : 0;
    m_hasNextPage = !(total && m_current >= *total + base)
        && !(m_settings.maximum && m_current >= *m_settings.maximum);
    if (!m_settings.hasMorePath.isEmpty()) {
        return readHasMore(response, m_settings.hasMorePath, &m_hasNextPage, error);
    }
    return true;
}

void RangePaginator::updateRequest(PageRequest& request)
{
    write(request, m_settings.param, m_settings.bodyPath, m_current);
}

void RangePaginator::rememberTotal(qint64 total)
{
    // dlt's meaning of total_path: the page count for page numbers, the
    // record count for offsets.
    if (m_settings.pages) {
        m_totalPages = qMax<qint64>(0, total);
        return;
    }
    m_totalRecords = qMax<qint64>(0, total);
    if (m_settings.step > 0) {
        m_totalPages = (*m_totalRecords + m_settings.step - 1) / m_settings.step;
    }
}
