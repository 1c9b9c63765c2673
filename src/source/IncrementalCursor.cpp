#include "source/IncrementalCursor.h"

#include "http/PageResponse.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

IncrementalCursor::IncrementalCursor(const IncrementalConfig& config, const QStringList& primaryKey,
                                     const QJsonObject& storedState)
    : m_config(config)
    , m_primaryKey(primaryKey)
{
    QString error;
    m_cursor = JsonPath::parse(config.cursorPath, &error);
    m_start =
        config.initialValue.isUndefined() ? QJsonValue(QJsonValue::Null) : config.initialValue;
    m_last = m_start;
    const bool backwards = config.lastValueFunc != QLatin1String("min");
    if (config.isStateless() || storedState.isEmpty()) {
        return;
    }
    if (storedState.value(QStringLiteral("cursor_path")).toString() != config.cursorPath) {
        m_note = tr("The cursor path changed from \"%1\" to \"%2\": starting from the initial "
                    "value again.")
                     .arg(storedState.value(QStringLiteral("cursor_path")).toString(),
                          config.cursorPath);
        return;
    }
    const QJsonValue stored = storedState.value(QStringLiteral("last_value"));
    if (!stored.isNull() && !stored.isUndefined()) {
        m_start = config.lag ? withLag(stored, *config.lag, backwards) : stored;
        // The lag never reaches back past the initial value.
        if (!config.initialValue.isNull() && !config.initialValue.isUndefined()) {
            const std::optional<int> order = compare(m_start, config.initialValue);
            if (order && (backwards ? *order < 0 : *order > 0)) {
                m_start = config.initialValue;
            }
        }
        m_last = stored;
        // With a lag the boundary moves, and dlt keeps no hashes for it.
        if (!config.lag) {
            for (const QJsonValue& hash :
                 storedState.value(QStringLiteral("unique_hashes")).toArray()) {
                m_seenAtStart.insert(hash.toString().toLatin1());
            }
        }
    }
}

QJsonValue IncrementalCursor::startValue() const
{
    return m_start;
}

QJsonValue IncrementalCursor::lastValue() const
{
    return m_last;
}

QString IncrementalCursor::stateNote() const
{
    return m_note;
}

QHash<QString, QJsonValue> IncrementalCursor::placeholders() const
{
    const auto orNull = [](const QJsonValue& value) {
        return value.isUndefined() ? QJsonValue(QJsonValue::Null) : value;
    };
    return {{QStringLiteral("incremental.start_value"), orNull(m_start)},
            {QStringLiteral("incremental.initial_value"), orNull(m_config.initialValue)},
            {QStringLiteral("incremental.last_value"), orNull(m_last)},
            {QStringLiteral("incremental.end_value"), orNull(m_config.endValue)}};
}

std::optional<int> IncrementalCursor::compare(const QJsonValue& a, const QJsonValue& b)
{
    const auto sign = [](auto x, auto y) { return x < y ? -1 : (y < x ? 1 : 0); };
    if ((a.isDouble() || a.isBool()) && (b.isDouble() || b.isBool())) {
        return sign(a.toDouble(a.toBool() ? 1 : 0), b.toDouble(b.toBool() ? 1 : 0));
    }
    if (a.isString() && b.isString()) {
        return sign(a.toString(), b.toString());
    }
    return std::nullopt;
}

QJsonValue IncrementalCursor::withLag(const QJsonValue& value, double lag, bool backwards)
{
    const double step = backwards ? -lag : lag;
    if (value.isDouble()) {
        return value.toDouble() + step;
    }
    const QString text = value.toString();
    if (text.size() == 10 && text.at(4) == u'-') {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        return date.isValid() ? QJsonValue(date.addDays(qint64(step)).toString(Qt::ISODate))
                              : value;
    }
    if (text.size() == 8 && text.at(0).isDigit() && !text.contains(u'-')) {
        const QDate date = QDate::fromString(text, QStringLiteral("yyyyMMdd"));
        return date.isValid()
            ? QJsonValue(date.addDays(qint64(step)).toString(QStringLiteral("yyyyMMdd")))
            : value;
    }
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid()) {
        return value;
    }
    time = time.addMSecs(qint64(step * 1000));
    // Written back the way it came: same precision, same zone notation.
    const bool millis = text.contains(u'.');
    QString written = time.toString(millis ? Qt::ISODateWithMs : Qt::ISODate);
    if (text.endsWith(QLatin1String("+00:00")) && written.endsWith(u'Z')) {
        written.chop(1);
        written += QStringLiteral("+00:00");
    }
    return written;
}

QByteArray IncrementalCursor::hashOf(simdjson::dom::element record) const
{
    QByteArray identity;
    if (m_primaryKey.isEmpty()) {
        identity = QByteArray::fromStdString(simdjson::minify(record));
    } else {
        for (const QString& key : m_primaryKey) {
            simdjson::dom::element value;
            identity += key.toUtf8() + '=';
            if (!record.at_key(key.toStdString()).get(value)) {
                identity += QByteArray::fromStdString(simdjson::minify(value));
            }
            identity += '\x1f';
        }
    }
    return QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toBase64().left(20);
}

bool IncrementalCursor::isBeyondEnd(const QJsonValue& value) const
{
    if (!m_config.isStateless()) {
        return false;
    }
    const std::optional<int> order = compare(value, m_config.endValue);
    if (!order) {
        return false;
    }
    const int beyond = m_config.lastValueFunc == QLatin1String("min") ? -*order : *order;
    return beyond > 0 || (beyond == 0 && m_config.rangeEnd == QLatin1String("open"));
}

bool IncrementalCursor::isBeforeStart(const QJsonValue& value) const
{
    if (m_start.isNull() || m_start.isUndefined()) {
        return false;
    }
    const std::optional<int> order = compare(value, m_start);
    if (!order) {
        return false;
    }
    const int before = m_config.lastValueFunc == QLatin1String("min") ? *order : -*order;
    return before > 0;
}

IncrementalCursor::Verdict IncrementalCursor::judge(simdjson::dom::element record, QString* error)
{
    const std::optional<simdjson::dom::element> found =
        m_cursor ? m_cursor->first(record) : std::nullopt;
    if (!found || found->type() == simdjson::dom::element_type::NULL_VALUE) {
        if (m_config.onCursorValueMissing == QLatin1String("include")) {
            return Verdict::Keep;
        }
        if (m_config.onCursorValueMissing == QLatin1String("exclude")) {
            return Verdict::Skip;
        }
        *error = tr("a record has no value at the cursor path \"%1\" (set on_cursor_value_missing "
                    "to \"include\" or \"exclude\" to accept such records).")
                     .arg(m_config.cursorPath);
        return Verdict::Fail;
    }
    const QJsonValue value = PageResponse::toJson(*found);
    if ((!m_start.isNull() && !compare(value, m_start))
        || (m_config.isStateless() && !compare(value, m_config.endValue))) {
        *error = tr("the cursor \"%1\" holds %2, which cannot be compared with the start value %3.")
                     .arg(m_config.cursorPath,
                          QString::fromUtf8(
                              QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)),
                          QString::fromUtf8(
                              QJsonDocument(QJsonArray{m_start}).toJson(QJsonDocument::Compact)));
        return Verdict::Fail;
    }
    const bool ascending = m_config.rowOrder == QLatin1String("asc");
    const bool descending = m_config.rowOrder == QLatin1String("desc");
    const bool newest = m_config.lastValueFunc != QLatin1String("min");
    if (isBeyondEnd(value)) {
        return (newest ? ascending : descending) ? Verdict::Stop : Verdict::Skip;
    }
    if (isBeforeStart(value)) {
        return (newest ? descending : ascending) ? Verdict::Stop : Verdict::Skip;
    }
    const QByteArray hash = hashOf(record);
    const std::optional<int> atStart = m_start.isNull() ? std::nullopt : compare(value, m_start);
    if (atStart && *atStart == 0) {
        if (m_config.rangeStart == QLatin1String("open") || m_seenAtStart.contains(hash)) {
            return Verdict::Skip;
        }
    }
    const std::optional<int> againstLast =
        m_last.isNull() ? std::optional<int>(1) : compare(value, m_last);
    const int newer = againstLast ? (newest ? *againstLast : -*againstLast) : 0;
    if (newer > 0) {
        m_last = value;
        m_atLast = {hash};
    } else if (newer == 0) {
        m_atLast.insert(hash);
    }
    return Verdict::Keep;
}

bool IncrementalCursor::filter(std::vector<simdjson::dom::element>* records, bool stopAtOrder,
                               bool* nothingNewer, QString* error)
{
    std::vector<simdjson::dom::element> kept;
    kept.reserve(records->size());
    for (const simdjson::dom::element& record : *records) {
        const Verdict verdict = judge(record, error);
        if (verdict == Verdict::Fail) {
            return false;
        }
        if (verdict == Verdict::Keep) {
            kept.push_back(record);
        } else if (verdict == Verdict::Stop && stopAtOrder) {
            *nothingNewer = true;
            break;
        }
    }
    records->swap(kept);
    return true;
}

QString IncrementalCursor::boundaryNote() const
{
    if (m_atLast.size() <= kManyAtBoundary) {
        return QString();
    }
    return tr("%1 records share the newest value of \"%2\"; each is remembered so the next run "
              "does not load it again. A cursor that changes more often (a time with seconds) "
              "keeps the state small.")
        .arg(m_atLast.size())
        .arg(m_config.cursorPath);
}

QJsonObject IncrementalCursor::state() const
{
    if (m_config.isStateless()) {
        return {};
    }
    // Hashes for the boundary: this run's, plus the stored ones if the
    // newest value did not move.
    QSet<QByteArray> boundary = m_atLast;
    if (compare(m_last, m_start) == std::optional<int>(0)) {
        boundary.unite(m_seenAtStart);
    }
    QStringList hashes;
    for (const QByteArray& hash : std::as_const(boundary)) {
        hashes << QString::fromLatin1(hash);
    }
    hashes.sort();
    return QJsonObject{
        {QStringLiteral("cursor_path"), m_config.cursorPath},
        {QStringLiteral("initial_value"),
         m_config.initialValue.isUndefined() ? QJsonValue() : m_config.initialValue},
        {QStringLiteral("last_value"), m_last},
        {QStringLiteral("unique_hashes"), QJsonArray::fromStringList(hashes)},
    };
}
