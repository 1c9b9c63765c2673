#include "browse/RowFilter.h"

#include <QStringList>

namespace {

// Splits on | not preceded by a backslash.
QStringList alternatives(const QString& text)
{
    QStringList parts;
    QString current;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\\') && i + 1 < text.size()) {
            current += c;
            current += text.at(++i);
        } else if (c == QLatin1Char('|')) {
            parts << current;
            current.clear();
        } else {
            current += c;
        }
    }
    parts << current;
    return parts;
}

// The position of an unescaped "..", -1 if none.
int dotsOf(const QString& text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (text.at(i) == QLatin1Char('.') && text.at(i + 1) == QLatin1Char('.')) {
            return i;
        }
    }
    return -1;
}

bool hasUnescaped(const QString& text, QChar wanted)
{
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\')) {
            ++i;
        } else if (text.at(i) == wanted) {
            return true;
        }
    }
    return false;
}

bool isNumber(const QString& text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok && !text.trimmed().isEmpty();
}

} // namespace

std::optional<RowFilter::Condition> RowFilter::condition(const QString& column, const QString& text,
                                                         QString* error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return Condition{};
    }
    const QStringList parts = alternatives(trimmed);
    if (parts.size() == 1) {
        return part(column, trimmed, false, error);
    }
    QList<Condition> conditions;
    bool allExact = true;
    for (const QString& text : parts) {
        const std::optional<Condition> one = part(column, text.trimmed(), true, error);
        if (!one) {
            return std::nullopt;
        }
        if (one->sql.isEmpty()) {
            *error = tr("There is an empty choice between two | in \"%1\".").arg(trimmed);
            return std::nullopt;
        }
        allExact = allExact && one->sql == column + QLatin1String(" = ?");
        conditions << *one;
    }
    Condition result;
    QStringList sql;
    for (const Condition& one : std::as_const(conditions)) {
        sql << (allExact ? QStringLiteral("?") : QLatin1Char('(') + one.sql + QLatin1Char(')'));
        result.values << one.values;
    }
    result.sql = allExact
        ? column + QLatin1String(" IN (") + sql.join(QLatin1String(", ")) + QLatin1Char(')')
        : QLatin1Char('(') + sql.join(QLatin1String(" OR ")) + QLatin1Char(')');
    return result;
}

std::optional<RowFilter::Condition> RowFilter::part(const QString& column, const QString& text,
                                                    bool inList, QString* error)
{
    if (text.isEmpty()) {
        return Condition{};
    }
    if (text.compare(QLatin1String("NULL"), Qt::CaseInsensitive) == 0) {
        return Condition{column + QLatin1String(" IS NULL"), {}};
    }
    if (text.compare(QLatin1String("!NULL"), Qt::CaseInsensitive) == 0) {
        return Condition{column + QLatin1String(" IS NOT NULL"), {}};
    }
    for (const char* op : {">=", "<=", "!=", "<>", ">", "<", "="}) {
        if (text.startsWith(QLatin1String(op))) {
            return comparison(column, QLatin1String(op), text.mid(qstrlen(op)), error);
        }
    }
    if (text.startsWith(QLatin1Char('!'))) {
        const std::optional<Condition> negated = part(column, text.mid(1).trimmed(), false, error);
        if (!negated) {
            return std::nullopt;
        }
        if (negated->sql.isEmpty()) {
            *error =
                tr("Nothing follows the ! in \"%1\": write what the rows must not be.").arg(text);
            return std::nullopt;
        }
        // IS NOT 1: the rows the condition is false for, or unknown (NULL).
        return Condition{QLatin1Char('(') + negated->sql + QLatin1String(") IS NOT 1"),
                         negated->values};
    }
    const int dots = dotsOf(text);
    if (dots >= 0) {
        return between(column, text, dots, error);
    }
    if (hasUnescaped(text, QLatin1Char('%'))) {
        return Condition{column + QLatin1String(" LIKE ? ESCAPE '\\'"), {text}};
    }
    const QString value = unescaped(text);
    if (inList || isNumber(value)) {
        return Condition{column + QLatin1String(" = ?"), {valueOf(value)}};
    }
    QString pattern = value;
    pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
    pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return Condition{column + QLatin1String(" LIKE ? ESCAPE '\\'"),
                     {QLatin1Char('%') + pattern + QLatin1Char('%')}};
}

std::optional<RowFilter::Condition> RowFilter::comparison(const QString& column, const QString& op,
                                                          const QString& value, QString* error)
{
    const QString operand = unescaped(value.trimmed());
    if (operand.isEmpty() && op != QLatin1String("=") && op != QLatin1String("!=")
        && op != QLatin1String("<>")) {
        *error = tr("Nothing follows %1: write the value to compare with, as in %1 5.").arg(op);
        return std::nullopt;
    }
    if (op == QLatin1String("!=") || op == QLatin1String("<>")) {
        // IS NOT: the rows without a value differ from it too.
        return Condition{column + QLatin1String(" IS NOT ?"), {valueOf(operand)}};
    }
    return Condition{column + QLatin1Char(' ') + op + QLatin1String(" ?"), {valueOf(operand)}};
}

std::optional<RowFilter::Condition> RowFilter::between(const QString& column, const QString& text,
                                                       int dots, QString* error)
{
    const QString low = unescaped(text.left(dots).trimmed());
    const QString high = unescaped(text.mid(dots + 2).trimmed());
    if (low.isEmpty() && high.isEmpty()) {
        *error = tr("A range needs at least one end, as in 1..10, ..10 or 1..");
        return std::nullopt;
    }
    if (low.isEmpty()) {
        return Condition{column + QLatin1String(" <= ?"), {valueOf(high)}};
    }
    if (high.isEmpty()) {
        return Condition{column + QLatin1String(" >= ?"), {valueOf(low)}};
    }
    return Condition{column + QLatin1String(" BETWEEN ? AND ?"), {valueOf(low), valueOf(high)}};
}

QVariant RowFilter::valueOf(const QString& text)
{
    // Only a number written the way SQLite writes it back is bound as one:
    // "007" stays text, so it still equals the text "007" in a text column
    // (a column with a type converts a bound text to its type anyway).
    bool ok = false;
    const qlonglong integer = text.toLongLong(&ok);
    if (ok && QString::number(integer) == text) {
        return integer;
    }
    const double real = text.toDouble(&ok);
    if (ok && QString::number(real, 'g', 15) == text) {
        return real;
    }
    return text;
}

QString RowFilter::unescaped(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (int i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('\\') && i + 1 < text.size()) {
            ++i;
        }
        result += text.at(i);
    }
    return result;
}

RowFilter::Condition RowFilter::combined(const QList<QPair<QString, QString>>& columnFilters,
                                         QList<QPair<QString, QString>>* errors)
{
    Condition result;
    QStringList parts;
    for (const auto& [column, text] : columnFilters) {
        QString error;
        const std::optional<Condition> one = condition(column, text, &error);
        if (!one) {
            if (errors) {
                errors->append({column, error});
            }
            continue;
        }
        if (!one->sql.isEmpty()) {
            parts << one->sql;
            result.values << one->values;
        }
    }
    result.sql = parts.join(QLatin1String(" AND "));
    return result;
}
