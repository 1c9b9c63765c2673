#include "source/ConfigSection.h"

#include "source/Placeholders.h"

#include "core/NumericDate.h"
#include "http/UrlRedactor.h"

#include <QRegularExpression>

#include <cmath>

namespace {

QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

int editDistance(const QString& a, const QString& b)
{
    QList<int> previous(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j) {
        previous[j] = j;
    }
    for (int i = 1; i <= a.size(); ++i) {
        QList<int> current(b.size() + 1);
        current[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        previous = current;
    }
    return previous[b.size()];
}

} // namespace

ConfigSection::ConfigSection(const QJsonObject& object, const QString& path,
                             ConfigProblems* problems)
    : m_object(object)
    , m_path(path)
    , m_problems(problems)
{ }

std::optional<ConfigSection> ConfigSection::of(const QJsonValue& value, const QString& path,
                                               ConfigProblems* problems)
{
    if (!value.isObject()) {
        problems->append({path, tr("must be an object, not %1").arg(typeName(value))});
        return std::nullopt;
    }
    return ConfigSection(value.toObject(), path, problems);
}

const QJsonObject& ConfigSection::object() const
{
    return m_object;
}

QString ConfigSection::path() const
{
    return m_path;
}

QString ConfigSection::pathOf(const QString& key) const
{
    return m_path.isEmpty() ? key : m_path + u'.' + key;
}

bool ConfigSection::has(const QString& key) const
{
    return m_object.contains(key);
}

ConfigProblems* ConfigSection::problems() const
{
    return m_problems;
}

void ConfigSection::problem(const QString& key, const QString& message)
{
    m_problems->append({key.isEmpty() ? m_path : pathOf(key), message});
}

QString ConfigSection::closest(const QString& key, const QStringList& known)
{
    QString best;
    int bestDistance = 3;
    for (const QString& candidate : known) {
        const int distance = editDistance(key.toLower(), candidate.toLower());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

bool ConfigSection::allowOnly(const QStringList& keys)
{
    bool clean = true;
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (keys.contains(it.key())) {
            continue;
        }
        clean = false;
        const QString suggestion = closest(it.key(), keys);
        problem(it.key(),
                suggestion.isEmpty()
                    ? tr("unknown key (known here: %1)").arg(keys.join(QStringLiteral(", ")))
                    : tr("unknown key; did you mean \"%1\"?").arg(suggestion));
    }
    return clean;
}

QString ConfigSection::string(const QString& key, const QString& fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isString()) {
        problem(key, tr("must be a string, not %1").arg(typeName(value)));
        return fallback;
    }
    return value.toString();
}

QString ConfigSection::requiredString(const QString& key)
{
    if (!has(key)) {
        problem(key, tr("is required"));
        return QString();
    }
    const QString value = string(key);
    if (value.isEmpty() && m_object.value(key).isString()) {
        problem(key, tr("must not be empty"));
    }
    return value;
}

QString ConfigSection::choice(const QString& key, const QStringList& choices,
                              const QString& fallback)
{
    if (!has(key)) {
        return fallback;
    }
    const QString value = string(key, fallback);
    if (!choices.contains(value)) {
        problem(key,
                tr("must be one of %1, not \"%2\"").arg(choices.join(QStringLiteral(", ")), value));
        return fallback;
    }
    return value;
}

bool ConfigSection::boolean(const QString& key, bool fallback)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        return fallback;
    }
    if (!value.isBool()) {
        problem(key, tr("must be true or false, not %1").arg(typeName(value)));
        return fallback;
    }
    return value.toBool();
}

std::optional<double> ConfigSection::number(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull()) {
        return std::nullopt;
    }
    if (!value.isDouble()) {
        problem(key, tr("must be a number, not %1").arg(typeName(value)));
        return std::nullopt;
    }
    return value.toDouble();
}

std::optional<qint64> ConfigSection::integer(const QString& key, qint64 minimum)
{
    const std::optional<double> value = number(key);
    if (!value) {
        return std::nullopt;
    }
    const std::optional<qint64> whole = NumericDate::wholeNumber(*value);
    if (!whole || *value != double(*whole) || *whole < minimum) {
        problem(key, tr("must be a whole number of at least %1").arg(minimum));
        return std::nullopt;
    }
    return whole;
}

QStringList ConfigSection::stringList(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        return {};
    }
    QStringList list;
    if (!value.isArray()) {
        problem(key, tr("must be a list of strings, not %1").arg(typeName(value)));
        return list;
    }
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString()) {
            m_problems->append({QStringLiteral("%1[%2]").arg(pathOf(key)).arg(i),
                                tr("must be a string, not %1").arg(typeName(array.at(i)))});
            continue;
        }
        list << array.at(i).toString();
    }
    return list;
}

QStringList ConfigSection::names(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isString()) {
        return {value.toString()};
    }
    return stringList(key);
}

QJsonObject ConfigSection::objectValue(const QString& key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined()) {
        return {};
    }
    if (!value.isObject()) {
        problem(key, tr("must be an object, not %1").arg(typeName(value)));
        return {};
    }
    return value.toObject();
}

QJsonObject ConfigSection::stringMap(const QString& key)
{
    const QJsonObject map = objectValue(key);
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString()) {
            m_problems->append({pathOf(key) + u'.' + it.key(),
                                tr("must be a string, not %1").arg(typeName(it.value()))});
        }
    }
    return map;
}

bool ConfigSection::isSecretName(const QString& name)
{
    // One rule for what is refused in a file and what is hidden when shown.
    return UrlRedactor::isSecretName(name);
}

QString ConfigSection::secretReference(const QString& key)
{
    const QString written = string(key);
    if (written.isEmpty()) {
        return QString();
    }
    const std::optional<QString> name = Placeholders::secretName(written);
    if (!name) {
        problem(key,
                tr("holds a secret written into the file; store it in the keychain and "
                   "write \"{secrets.NAME}\" here instead"));
        return QString();
    }
    return *name;
}

void ConfigSection::refuseWrittenSecrets(const QString& key, const QJsonObject& values)
{
    static const QRegularExpression reference(QStringLiteral("\\{\\s*secrets\\."));
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (!isSecretName(it.key()) || !it.value().isString()) {
            continue;
        }
        const QString value = it.value().toString();
        // A placeholder from a parent or the cursor is not a secret either.
        if (value.isEmpty() || reference.match(value).hasMatch()
            || value.trimmed().startsWith(u'{')) {
            continue;
        }
        m_problems->append({pathOf(key) + u'.' + it.key(),
                            tr("holds a secret written into the file; store it in the keychain "
                               "and write \"{secrets.NAME}\" here instead")});
    }
}
