#include "core/JsonPath.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

bool isNameCharacter(QChar c)
{
    return c != u'.' && c != u'[' && c != u']' && !c.isSpace();
}

} // namespace

std::optional<JsonPath> JsonPath::parse(const QString& expression, QString* error)
{
    JsonPath path;
    path.m_expression = expression;
    if (!path.parseSteps(expression.trimmed(), error)) {
        return std::nullopt;
    }
    return path;
}

bool JsonPath::parseSteps(const QString& text, QString* error)
{
    const auto fail = [&](qsizetype at, const QString& what) {
        *error = tr("\"%1\" is not a JSONPath Grantline understands: %2 at character %3.")
                     .arg(m_expression, what)
                     .arg(at + 1);
        return false;
    };
    qsizetype i = 0;
    // "data.items" starts with a bare name; "$…" and "[…]" do not.
    bool first = true;
    if (text.startsWith(u'$')) {
        i = 1;
        first = false;
    } else if (text.startsWith(u'[')) {
        first = false;
    } else if (!text.isEmpty() && !isNameCharacter(text.at(0))) {
        return fail(0, tr("it must start with \"$\", a name or \"[\""));
    }
    if (text.isEmpty()) {
        first = false;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == u'.' || first) {
            if (c == u'.') {
                ++i;
                if (i < text.size() && text.at(i) == u'.') {
                    return fail(i, tr("recursive descent (\"..\") is not supported"));
                }
            }
            first = false;
            if (i < text.size() && text.at(i) == u'*') {
                m_steps.push_back({Step::Kind::Wildcard, {}, 0});
                ++i;
                continue;
            }
            const qsizetype start = i;
            while (i < text.size() && isNameCharacter(text.at(i))) {
                ++i;
            }
            if (i == start) {
                return fail(i, tr("a name is missing"));
            }
            m_steps.push_back({Step::Kind::Key, text.mid(start, i - start).toStdString(), 0});
            continue;
        }
        if (c != u'[') {
            return fail(i, tr("unexpected \"%1\"").arg(c));
        }
        if (i + 1 < text.size() && (text.at(i + 1) == u'\'' || text.at(i + 1) == u'"')) {
            // A quoted key may hold anything but its own quote, "]" included.
            const QChar quote = text.at(i + 1);
            const qsizetype end = text.indexOf(quote, i + 2);
            if (end < 0 || end + 1 >= text.size() || text.at(end + 1) != u']') {
                return fail(i, tr("a quoted name is never closed"));
            }
            m_steps.push_back({Step::Kind::Key, text.mid(i + 2, end - i - 2).toStdString(), 0});
            i = end + 2;
            first = false;
            continue;
        }
        const qsizetype close = text.indexOf(u']', i);
        if (close < 0) {
            return fail(i, tr("\"[\" is never closed"));
        }
        const QString inside = text.mid(i + 1, close - i - 1).trimmed();
        if (inside == QLatin1String("*")) {
            m_steps.push_back({Step::Kind::Wildcard, {}, 0});
        } else if (inside.size() >= 2
                   && ((inside.startsWith(u'\'') && inside.endsWith(u'\''))
                       || (inside.startsWith(u'"') && inside.endsWith(u'"')))) {
            m_steps.push_back({Step::Kind::Key, inside.mid(1, inside.size() - 2).toStdString(), 0});
        } else {
            bool number = false;
            const qint64 index = inside.toLongLong(&number);
            if (!number) {
                return fail(i,
                            tr("\"[%1]\" is neither an index, '*' nor a quoted name").arg(inside));
            }
            m_steps.push_back({Step::Kind::Index, {}, index});
        }
        i = close + 1;
        first = false;
    }
    return true;
}

QString JsonPath::pathFor(const QStringList& keys)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    QString path;
    for (const QString& key : keys) {
        if (plain.match(key).hasMatch()) {
            path += (path.isEmpty() ? QString() : QStringLiteral(".")) + key;
        } else {
            const QChar quote = key.contains(u'\'') ? u'"' : u'\'';
            path += QStringLiteral("[%1%2%1]").arg(quote).arg(key);
        }
    }
    return path.isEmpty() ? QStringLiteral("$") : path;
}

QString JsonPath::expression() const
{
    return m_expression;
}

bool JsonPath::isRoot() const
{
    return m_steps.empty();
}

std::vector<simdjson::dom::element> JsonPath::find(simdjson::dom::element root) const
{
    std::vector<simdjson::dom::element> current{root};
    std::vector<simdjson::dom::element> next;
    for (const Step& step : m_steps) {
        next.clear();
        for (const simdjson::dom::element& value : current) {
            switch (step.kind) {
            case Step::Kind::Key: {
                simdjson::dom::object object;
                simdjson::dom::element found;
                if (!value.get_object().get(object) && !object.at_key(step.key).get(found)) {
                    next.push_back(found);
                }
                break;
            }
            case Step::Kind::Index: {
                simdjson::dom::array array;
                if (value.get_array().get(array)) {
                    break;
                }
                const qint64 size = qint64(array.size());
                const qint64 at = step.index < 0 ? size + step.index : step.index;
                simdjson::dom::element found;
                if (at >= 0 && at < size && !array.at(size_t(at)).get(found)) {
                    next.push_back(found);
                }
                break;
            }
            case Step::Kind::Wildcard: {
                simdjson::dom::array array;
                simdjson::dom::object object;
                if (!value.get_array().get(array)) {
                    for (simdjson::dom::element item : array) {
                        next.push_back(item);
                    }
                } else if (!value.get_object().get(object)) {
                    for (simdjson::dom::key_value_pair field : object) {
                        next.push_back(field.value);
                    }
                }
                break;
            }
            }
        }
        current.swap(next);
    }
    return current;
}

std::optional<simdjson::dom::element> JsonPath::first(simdjson::dom::element root) const
{
    std::vector<simdjson::dom::element> matches = find(root);
    if (matches.empty()) {
        return std::nullopt;
    }
    return matches.front();
}
