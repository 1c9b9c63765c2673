#include "source/Placeholders.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Placeholders {
namespace {

// Walks the text once; calls literal() for plain text and name() for each
// placeholder. False when the braces do not pair up.
bool scan(const QString& text, const std::function<void(const QString&)>& literal,
          const std::function<bool(const QString&)>& name)
{
    qsizetype i = 0;
    QString plain;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if ((c == u'{' || c == u'}') && i + 1 < text.size() && text.at(i + 1) == c) {
            plain += c;
            i += 2;
            continue;
        }
        if (c == u'}') {
            return false;
        }
        if (c == u'{') {
            const qsizetype close = text.indexOf(u'}', i + 1);
            const qsizetype reopen = text.indexOf(u'{', i + 1);
            if (close < 0 || (reopen >= 0 && reopen < close)) {
                return false;
            }
            literal(plain);
            plain.clear();
            if (!name(text.mid(i + 1, close - i - 1).trimmed())) {
                return false;
            }
            i = close + 1;
            continue;
        }
        plain += c;
        ++i;
    }
    literal(plain);
    return true;
}

} // namespace

QStringList in(const QString& text)
{
    QStringList names;
    scan(
        text, [](const QString&) {},
        [&names](const QString& name) {
            names << name;
            return true;
        });
    return names;
}

QStringList in(const QJsonValue& value)
{
    QStringList names;
    if (value.isString()) {
        names << in(value.toString());
    } else if (value.isArray()) {
        for (const QJsonValue& item : value.toArray()) {
            names << in(item);
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            names << in(it.key()) << in(it.value());
        }
    }
    return names;
}

bool isWellFormed(const QString& text)
{
    return scan(
        text, [](const QString&) {}, [](const QString& name) { return !name.isEmpty(); });
}

std::optional<QString> expand(const QString& text,
                              const std::function<std::optional<QString>(const QString&)>& lookup,
                              QString* missing)
{
    QString result;
    const bool complete = scan(
        text, [&result](const QString& plain) { result += plain; },
        [&](const QString& name) {
            const std::optional<QString> value = lookup(name);
            if (!value) {
                *missing = name;
                return false;
            }
            result += *value;
            return true;
        });
    if (!complete) {
        return std::nullopt;
    }
    return result;
}

std::optional<QString> secretName(const QString& text)
{
    const QStringList names = in(text);
    if (names.size() != 1 || !names.first().startsWith(QLatin1String("secrets."))
        || text.trimmed() != u'{' + names.first() + u'}') {
        return std::nullopt;
    }
    return names.first().mid(QStringLiteral("secrets.").size());
}

} // namespace Placeholders
