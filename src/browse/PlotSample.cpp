#include "browse/PlotSample.h"

#include "browse/BrowseStatement.h"
#include "pipeline/TimestampParser.h"

#include <QHash>

namespace {

std::optional<double> numberOf(const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Double:
        return value.toDouble();
    default: {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        return ok ? std::optional<double>(number) : std::nullopt;
    }
    }
}

std::optional<double> secondsOf(const QVariant& value)
{
    const QByteArray text = value.toString().toUtf8();
    const auto micros = TimestampParser::parseDateOrDateTime(
        std::string_view(text.constData(), size_t(text.size())));
    return micros ? std::optional<double>(double(*micros) / 1e6) : std::nullopt;
}

} // namespace

std::optional<PlotSample> PlotSample::read(BrowseConnection& connection, const RowQuery& query,
                                           int xColumn, int yColumn, qint64 rows, int maxPoints,
                                           const std::atomic<bool>& cancelled, QString* error)
{
    QVariantList values;
    QString sql = query.firstChunk(&values);
    sql.truncate(sql.lastIndexOf(QLatin1String(" LIMIT ")));
    BrowseStatement statement(connection);
    if (!statement.prepare(sql, error) || !statement.bind(values, error)) {
        return std::nullopt;
    }
    const int first = query.hasRowid ? 1 : 0;
    PlotSample sample;
    sample.rows = rows;
    sample.every = qMax<qint64>(1, (rows + maxPoints - 1) / qMax(1, maxPoints));
    bool axisDecided = false;
    QHash<QString, int> categoryIndex;
    for (qint64 row = 0;; ++row) {
        const BrowseStatement::Step step = statement.step();
        if (step == BrowseStatement::Step::Done) {
            break;
        }
        if (step == BrowseStatement::Step::Error || cancelled.load()) {
            *error = cancelled.load() ? tr("Stopped.") : statement.error();
            return std::nullopt;
        }
        if (row % sample.every != 0) {
            continue;
        }
        const QVariant xValue = statement.value(first + xColumn);
        const std::optional<double> y = numberOf(statement.value(first + yColumn));
        if (xValue.isNull() || !y) {
            ++sample.skipped;
            continue;
        }
        // The first x decides the axis: a number, a time, or a category.
        if (!axisDecided) {
            axisDecided = true;
            sample.xAxis = numberOf(xValue) ? Axis::Number
                : secondsOf(xValue)         ? Axis::Time
                                            : Axis::Category;
        }
        std::optional<double> x;
        if (sample.xAxis == Axis::Number) {
            x = numberOf(xValue);
        } else if (sample.xAxis == Axis::Time) {
            x = secondsOf(xValue);
        } else {
            const QString label = xValue.toString();
            auto it = categoryIndex.find(label);
            if (it == categoryIndex.end()) {
                it = categoryIndex.insert(label, int(sample.categories.size()));
                sample.categories << label;
            }
            x = it.value();
        }
        if (!x) {
            ++sample.skipped;
            continue;
        }
        sample.x << *x;
        sample.y << *y;
    }
    return sample;
}
