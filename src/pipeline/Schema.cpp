#include "pipeline/Schema.h"

#include <QCryptographicHash>
#include <QJsonDocument>

Schema::Schema(const QString& name)
    : m_name(name)
{ }

Schema::Schema(const Schema& other)
{
    *this = other;
}

Schema& Schema::operator=(const Schema& other)
{
    if (this == &other) {
        return *this;
    }
    m_name = other.m_name;
    m_tables.clear();
    m_byName.clear();
    for (const auto& table : other.m_tables) {
        addTable(*table);
    }
    // After the tables: adding them counted as changes.
    m_version = other.m_version;
    m_unsaved = other.m_unsaved;
    return *this;
}

TableSchema* Schema::table(const QString& name)
{
    return m_byName.value(name);
}

const TableSchema* Schema::table(const QString& name) const
{
    return m_byName.value(name);
}

TableSchema* Schema::addTable(const TableSchema& table)
{
    if (TableSchema* existing = m_byName.value(table.name)) {
        return existing;
    }
    m_tables.push_back(std::make_unique<TableSchema>(table));
    m_byName.insert(table.name, m_tables.back().get());
    markChanged();
    return m_tables.back().get();
}

std::vector<const TableSchema*> Schema::tables() const
{
    std::vector<const TableSchema*> all;
    for (const auto& table : m_tables) {
        all.push_back(table.get());
    }
    return all;
}

std::vector<const TableSchema*> Schema::dataTables() const
{
    std::vector<const TableSchema*> data;
    for (const auto& table : m_tables) {
        if (!table->name.startsWith(QLatin1String("_dlt_"))) {
            data.push_back(table.get());
        }
    }
    return data;
}

const TableSchema* Schema::rootOf(const TableSchema& table) const
{
    const TableSchema* current = &table;
    // Bounded: a damaged schema with a parent cycle must not hang a load.
    for (size_t steps = 0; steps <= m_tables.size() && !current->parent.isEmpty(); ++steps) {
        const TableSchema* parent = this->table(current->parent);
        if (!parent) {
            break;
        }
        current = parent;
    }
    return current;
}

std::vector<const TableSchema*> Schema::descendantsOf(const QString& root) const
{
    std::vector<const TableSchema*> found;
    for (const auto& table : m_tables) {
        if (table->name != root && rootOf(*table)->name == root) {
            found.push_back(table.get());
        }
    }
    return found;
}

void Schema::markChanged()
{
    if (!m_unsaved) {
        ++m_version;
        m_unsaved = true;
    }
}

namespace {

QJsonObject contentOf(const std::vector<std::unique_ptr<TableSchema>>& tables, const QString& name)
{
    QJsonObject json;
    for (const auto& table : tables) {
        json.insert(table->name, table->toJson());
    }
    return QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("engine_version"), Schema::kEngineVersion},
        {QStringLiteral("tables"), json},
        {QStringLiteral("normalizers"),
         QJsonObject{{QStringLiteral("names"), QStringLiteral("snake_case")},
                     {QStringLiteral("json"),
                      QJsonObject{{QStringLiteral("module"),
                                   QStringLiteral("dlt.common.normalizers.json.relational")}}}}},
    };
}

} // namespace

QString Schema::versionHash() const
{
    const QByteArray content =
        QJsonDocument(contentOf(m_tables, m_name)).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha3_256).toBase64());
}

QJsonObject Schema::toJson() const
{
    QJsonObject json = contentOf(m_tables, m_name);
    json.insert(QStringLiteral("version"), m_version);
    json.insert(QStringLiteral("version_hash"), versionHash());
    return json;
}

Schema Schema::fromJson(const QJsonObject& json)
{
    Schema schema(json.value(QStringLiteral("name")).toString(QStringLiteral("rest_api")));
    const QJsonObject tables = json.value(QStringLiteral("tables")).toObject();
    // Parents before children, whatever order the object's keys came in.
    QStringList names = tables.keys();
    std::stable_sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        return a.count(QLatin1String("__")) < b.count(QLatin1String("__"));
    });
    for (const QString& name : names) {
        TableSchema table = TableSchema::fromJson(tables.value(name).toObject());
        if (table.name.isEmpty()) {
            table.name = name;
        }
        schema.addTable(table);
    }
    schema.m_version = json.value(QStringLiteral("version")).toInteger();
    schema.m_unsaved = false;
    return schema;
}
