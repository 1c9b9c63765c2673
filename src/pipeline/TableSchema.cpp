#include "pipeline/TableSchema.h"

#include "pipeline/NamingConvention.h"

#include <QJsonArray>

namespace {

struct Hint
{
    const char* key;
    bool ColumnSchema::*flag;
};

constexpr Hint kHints[] = {
    {"primary_key", &ColumnSchema::primaryKey}, {"merge_key", &ColumnSchema::mergeKey},
    {"unique", &ColumnSchema::unique},          {"row_key", &ColumnSchema::rowKey},
    {"parent_key", &ColumnSchema::parentKey},   {"root_key", &ColumnSchema::rootKey},
    {"variant", &ColumnSchema::variant},
};

} // namespace

QJsonObject ColumnSchema::toJson() const
{
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("data_type"), DataTypes::name(type)},
        {QStringLiteral("nullable"), nullable},
    };
    for (const Hint& hint : kHints) {
        if (this->*hint.flag) {
            json.insert(QLatin1String(hint.key), true);
        }
    }
    return json;
}

ColumnSchema ColumnSchema::fromJson(const QJsonObject& json)
{
    ColumnSchema column;
    column.name = json.value(QStringLiteral("name")).toString();
    column.type = DataTypes::fromName(json.value(QStringLiteral("data_type")).toString())
                      .value_or(DataType::Text);
    column.nullable = json.value(QStringLiteral("nullable")).toBool(true);
    for (const Hint& hint : kHints) {
        column.*hint.flag = json.value(QLatin1String(hint.key)).toBool();
    }
    return column;
}

const ColumnSchema* TableSchema::column(const QString& name) const
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_columns[size_t(index)];
}

ColumnSchema* TableSchema::column(const QString& name)
{
    const int index = indexOf(name);
    return index < 0 ? nullptr : &m_columns[size_t(index)];
}

int TableSchema::addColumn(const ColumnSchema& column)
{
    const int existing = indexOf(column.name);
    if (existing >= 0) {
        return existing;
    }
    m_columns.push_back(column);
    const int index = int(m_columns.size()) - 1;
    m_index.insert(column.name, index);
    return index;
}

int TableSchema::systemColumn(const QString& name, DataType type)
{
    if (const int existing = indexOf(name); existing >= 0) {
        return existing;
    }
    ColumnSchema column;
    column.name = name;
    column.type = type;
    column.nullable = false;
    column.unique = name == QLatin1String("_dlt_id");
    column.rowKey = column.unique;
    column.parentKey = name == QLatin1String("_dlt_parent_id");
    column.rootKey = name == QLatin1String("_dlt_root_id");
    return addColumn(column);
}

int TableSchema::variantOf(const QString& column, DataType type, int maxLength)
{
    const QString name =
        NamingConvention::path(column + QStringLiteral("__v_") + DataTypes::name(type), maxLength);
    if (const int existing = indexOf(name); existing >= 0) {
        return existing;
    }
    ColumnSchema variant;
    variant.name = name;
    variant.type = type;
    variant.variant = true;
    return addColumn(variant);
}

QStringList TableSchema::primaryKey() const
{
    QStringList names;
    for (const ColumnSchema& column : m_columns) {
        if (column.primaryKey) {
            names << column.name;
        }
    }
    return names;
}

QStringList TableSchema::mergeKey() const
{
    QStringList names;
    for (const ColumnSchema& column : m_columns) {
        if (column.mergeKey) {
            names << column.name;
        }
    }
    return names;
}

QJsonObject TableSchema::toJson() const
{
    // Columns keyed by name as dlt stores them; "position" keeps their order,
    // which a JSON object does not.
    QJsonObject columns;
    for (size_t i = 0; i < m_columns.size(); ++i) {
        QJsonObject column = m_columns[i].toJson();
        column.insert(QStringLiteral("x-position"), qint64(i));
        columns.insert(m_columns[i].name, column);
    }
    QJsonObject json{
        {QStringLiteral("name"), name},
        {QStringLiteral("columns"), columns},
    };
    if (!parent.isEmpty()) {
        json.insert(QStringLiteral("parent"), parent);
    } else {
        json.insert(QStringLiteral("write_disposition"), writeDisposition);
    }
    if (!resource.isEmpty()) {
        json.insert(QStringLiteral("resource"), resource);
    }
    if (maxNesting >= 0) {
        json.insert(QStringLiteral("x-normalizer"),
                    QJsonObject{{QStringLiteral("max_nesting"), maxNesting}});
    }
    return json;
}

TableSchema TableSchema::fromJson(const QJsonObject& json)
{
    TableSchema table;
    table.name = json.value(QStringLiteral("name")).toString();
    table.parent = json.value(QStringLiteral("parent")).toString();
    table.resource = json.value(QStringLiteral("resource")).toString();
    table.writeDisposition =
        json.value(QStringLiteral("write_disposition")).toString(QStringLiteral("append"));
    table.maxNesting = json.value(QStringLiteral("x-normalizer"))
                           .toObject()
                           .value(QStringLiteral("max_nesting"))
                           .toInt(-1);
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    std::vector<std::pair<qint64, ColumnSchema>> ordered;
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QJsonObject column = it.value().toObject();
        ColumnSchema parsed = ColumnSchema::fromJson(column);
        if (parsed.name.isEmpty()) {
            parsed.name = it.key();
        }
        ordered.emplace_back(column.value(QStringLiteral("x-position")).toInteger(1 << 30), parsed);
    }
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& entry : ordered) {
        table.addColumn(entry.second);
    }
    return table;
}
