// The JSONPath subset dlt's REST API configs use — data selectors, paginator
// paths (next_url_path, cursor_path, total_path), incremental cursor paths and
// parent fields: an optional "$", ".name", "['name']" (for keys with dots or
// "@"), "[n]" (negative counts from the end), "[*]" and ".*". Evaluated on
// simdjson's DOM.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <simdjson.h>
#include <string>
#include <vector>

class JsonPath
{
    Q_DECLARE_TR_FUNCTIONS(JsonPath)

public:
    // nullopt with a sentence naming the problem and its position.
    static std::optional<JsonPath> parse(const QString& expression, QString* error);

    // The path of these keys, quoted where a key is not a plain name
    // ("['$values']", "['odata.next']"), so that parse() reads it back.
    static QString pathFor(const QStringList& keys);

    QString expression() const;
    // "$" or "": the whole document.
    bool isRoot() const;

    // Every match, in document order.
    std::vector<simdjson::dom::element> find(simdjson::dom::element root) const;
    std::optional<simdjson::dom::element> first(simdjson::dom::element root) const;

private:
    struct Step
    {
        enum class Kind { Key, Index, Wildcard };
        Kind kind = Kind::Key;
        std::string key;
        qint64 index = 0;
    };

    bool parseSteps(const QString& text, QString* error);

    QString m_expression;
    std::vector<Step> m_steps;
};
