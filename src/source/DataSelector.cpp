#include "source/DataSelector.h"

#include <QStringList>

namespace DataSelector {
namespace {

const QStringList& recordKeys()
{
    static const QStringList keys{
        QStringLiteral("data"),     QStringLiteral("items"),   QStringLiteral("results"),
        QStringLiteral("entries"),  QStringLiteral("records"), QStringLiteral("rows"),
        QStringLiteral("entities"), QStringLiteral("payload"), QStringLiteral("content"),
        QStringLiteral("objects"),  QStringLiteral("values")};
    return keys;
}

const QStringList& skippedKeys()
{
    static const QStringList keys{QStringLiteral("meta"),       QStringLiteral("metadata"),
                                  QStringLiteral("pagination"), QStringLiteral("links"),
                                  QStringLiteral("extras"),     QStringLiteral("headers")};
    return keys;
}

// Every list up to three keys deep, depth first in the order of the keys.
void collectLists(simdjson::dom::object object, const QStringList& path, QList<QStringList>* found)
{
    for (simdjson::dom::key_value_pair field : object) {
        const QString key = QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
        if (skippedKeys().contains(key)) {
            continue;
        }
        const QStringList here = path + QStringList{key};
        if (field.value.type() == simdjson::dom::element_type::ARRAY) {
            found->append(here);
        } else if (field.value.type() == simdjson::dom::element_type::OBJECT && here.size() < 3) {
            collectLists(field.value.get_object().value_unsafe(), here, found);
        }
    }
}

void addRecords(simdjson::dom::element match, std::vector<simdjson::dom::element>* records)
{
    switch (match.type()) {
    case simdjson::dom::element_type::NULL_VALUE:
        return;
    case simdjson::dom::element_type::ARRAY: {
        // Held in a variable: the loop must not run over a temporary's member.
        const simdjson::dom::array matchArray = match.get_array().value_unsafe();
        for (simdjson::dom::element item : matchArray) {
            records->push_back(item);
        }
        return;
    }
    default:
        records->push_back(match);
    }
}

} // namespace

QString detect(simdjson::dom::element body)
{
    if (body.type() != simdjson::dom::element_type::OBJECT) {
        return QStringLiteral("$");
    }
    QList<QStringList> lists;
    collectLists(body.get_object().value_unsafe(), {}, &lists);
    for (const QStringList& keys : std::as_const(lists)) {
        if (recordKeys().contains(keys.last())) {
            return JsonPath::pathFor(keys);
        }
    }
    return lists.isEmpty() ? QStringLiteral("$") : JsonPath::pathFor(lists.first());
}

std::vector<simdjson::dom::element> records(simdjson::dom::element body, const JsonPath& selector)
{
    std::vector<simdjson::dom::element> found;
    const std::vector<simdjson::dom::element> matches = selector.find(body);
    if (matches.size() == 1) {
        addRecords(matches.front(), &found);
        return found;
    }
    for (const simdjson::dom::element& match : matches) {
        if (match.type() != simdjson::dom::element_type::NULL_VALUE) {
            found.push_back(match);
        }
    }
    return found;
}

QString keysOf(simdjson::dom::element body)
{
    simdjson::dom::object object;
    if (body.get_object().get(object)) {
        return QStringLiteral("(not an object)");
    }
    QStringList keys;
    for (simdjson::dom::key_value_pair field : object) {
        keys << QString::fromUtf8(field.key.data(), qsizetype(field.key.size()));
    }
    return keys.join(QStringLiteral(", "));
}

} // namespace DataSelector
