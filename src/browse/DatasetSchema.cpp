#include "browse/DatasetSchema.h"

#include "pipeline/Schema.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>

namespace {

bool isSystemTable(const QString& name)
{
    return name.startsWith(QLatin1String("_dlt_")) || name.startsWith(QLatin1String("sqlite_"));
}

} // namespace

QStringList DatasetTable::columnNames() const
{
    QStringList names;
    for (const DatasetColumn& column : columns) {
        names << column.name;
    }
    return names;
}

int DatasetTable::indexOf(const QString& column) const
{
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column) {
            return i;
        }
    }
    return -1;
}

std::optional<DatasetSchema> DatasetSchema::read(BrowseConnection& connection, QString* error)
{
    DatasetSchema schema;
    if (!schema.readTables(connection, error)) {
        return std::nullopt;
    }
    schema.applyStoredSchemas(connection);
    if (schema.m_dlt) {
        schema.noteColumnLoads(connection);
    }
    schema.nestByName();
    schema.linkChildren();
    return schema;
}

bool DatasetSchema::readTables(BrowseConnection& connection, QString* error)
{
    const auto rows = connection.select(
        QStringLiteral("SELECT name, type, sql FROM sqlite_master WHERE type IN ('table', 'view') "
                       "ORDER BY rowid"),
        error);
    if (!rows) {
        return false;
    }
    for (const QVariantList& row : *rows) {
        DatasetTable table;
        table.name = row.value(0).toString();
        table.view = row.value(1).toString() == QLatin1String("view");
        table.hasRowid = !table.view
            && !row.value(2).toString().contains(QLatin1String("WITHOUT ROWID"),
                                                 Qt::CaseInsensitive);
        table.system = isSystemTable(table.name);
        readColumns(connection, &table);
        m_tables << table;
    }
    return true;
}

void DatasetSchema::readColumns(BrowseConnection& connection, DatasetTable* table)
{
    QString error;
    const auto rows = connection.select(
        QStringLiteral("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)"), &error,
        {table->name});
    for (const QVariantList& row : rows.value_or(QList<QVariantList>{})) {
        DatasetColumn column;
        column.name = row.value(0).toString();
        column.declaredType = row.value(1).toString();
        column.nullable = row.value(2).toInt() == 0;
        column.primaryKey = row.value(3).toInt() > 0;
        column.system = column.name.startsWith(QLatin1String("_dlt_"));
        column.variant = column.name.contains(QLatin1String("__v_"));
        table->columns << column;
    }
}

void DatasetSchema::applyStoredSchemas(BrowseConnection& connection)
{
    if (!table(QStringLiteral("_dlt_version"))) {
        return;
    }
    QString error;
    const auto rows = connection.select(
        QStringLiteral("SELECT schema FROM _dlt_version ORDER BY version DESC, inserted_at DESC"),
        &error);
    QSet<QString> schemasSeen;
    for (const QVariantList& row : rows.value_or(QList<QVariantList>{})) {
        const QJsonDocument document = QJsonDocument::fromJson(row.value(0).toString().toUtf8());
        if (!document.isObject()) {
            continue;
        }
        const Schema stored = Schema::fromJson(document.object());
        // The newest version of each schema only.
        if (schemasSeen.contains(stored.name())) {
            continue;
        }
        schemasSeen.insert(stored.name());
        if (!m_dlt) {
            m_dlt = true;
            m_schemaName = stored.name();
            m_schemaVersion = stored.version();
        }
        for (const TableSchema* known : stored.tables()) {
            DatasetTable* here = table(known->name);
            if (!here || here->system) {
                continue;
            }
            here->parent = known->parent;
            here->resource = known->resource;
            const TableSchema* root = stored.rootOf(*known);
            here->writeDisposition = root ? root->writeDisposition : known->writeDisposition;
            for (DatasetColumn& column : here->columns) {
                const ColumnSchema* hint = known->column(column.name);
                if (!hint) {
                    continue;
                }
                column.dataType = DataTypes::name(hint->type);
                column.nullable = hint->nullable;
                column.primaryKey = column.primaryKey || hint->primaryKey;
                column.mergeKey = hint->mergeKey;
                column.variant = hint->variant || column.variant;
            }
        }
    }
}

void DatasetSchema::noteColumnLoads(BrowseConnection& connection)
{
    // Each schema version that added a column was stored by the load that
    // added it: the first load whose schema hash is that version's.
    QString error;
    const auto versions = connection.select(
        QStringLiteral("SELECT v.schema, (SELECT min(l.load_id) FROM _dlt_loads AS l WHERE "
                       "l.schema_version_hash = v.version_hash) FROM _dlt_version AS v "
                       "ORDER BY v.version, v.inserted_at"),
        &error);
    QHash<QString, QSet<QString>> seen;
    for (const QVariantList& row : versions.value_or(QList<QVariantList>{})) {
        const QString load = row.value(1).toString();
        const QJsonDocument document = QJsonDocument::fromJson(row.value(0).toString().toUtf8());
        if (!document.isObject()) {
            continue;
        }
        const Schema version = Schema::fromJson(document.object());
        for (const TableSchema* known : version.tables()) {
            DatasetTable* here = table(known->name);
            if (!here) {
                continue;
            }
            QSet<QString>& columns = seen[known->name];
            for (const ColumnSchema& column : known->columns()) {
                if (columns.contains(column.name)) {
                    continue;
                }
                columns.insert(column.name);
                const int index = here->indexOf(column.name);
                if (index >= 0 && here->columns[index].addedByLoad.isEmpty()) {
                    here->columns[index].addedByLoad = load;
                }
            }
        }
    }
}

void DatasetSchema::nestByName()
{
    // A file without a dlt schema (or tables it does not know): a__b hangs
    // from a when both carry dlt's id columns.
    for (DatasetTable& child : m_tables) {
        if (child.system || !child.parent.isEmpty()
            || !child.hasColumn(QStringLiteral("_dlt_parent_id"))) {
            continue;
        }
        const int cut = child.name.lastIndexOf(QLatin1String("__"));
        if (cut <= 0) {
            continue;
        }
        const DatasetTable* parent = table(child.name.left(cut));
        if (parent && parent->hasColumn(QStringLiteral("_dlt_id"))) {
            child.parent = parent->name;
        }
    }
    for (DatasetTable& child : m_tables) {
        if (child.writeDisposition.isEmpty() && !child.system && !child.view) {
            const QStringList chain = lineage(child.name);
            const DatasetTable* root = table(chain.value(0));
            child.writeDisposition =
                root && !root->writeDisposition.isEmpty() ? root->writeDisposition : QString();
        }
    }
}

void DatasetSchema::linkChildren()
{
    for (DatasetTable& parent : m_tables) {
        parent.children.clear();
        for (const DatasetTable& child : std::as_const(m_tables)) {
            if (child.parent == parent.name) {
                parent.children << child.name;
            }
        }
    }
}

const DatasetTable* DatasetSchema::table(const QString& name) const
{
    for (const DatasetTable& table : m_tables) {
        if (table.name == name) {
            return &table;
        }
    }
    return nullptr;
}

DatasetTable* DatasetSchema::table(const QString& name)
{
    for (DatasetTable& table : m_tables) {
        if (table.name == name) {
            return &table;
        }
    }
    return nullptr;
}

QStringList DatasetSchema::roots() const
{
    QStringList names;
    for (const DatasetTable& table : m_tables) {
        if (!table.system && (table.parent.isEmpty() || !this->table(table.parent))) {
            names << table.name;
        }
    }
    return names;
}

QStringList DatasetSchema::systemTables() const
{
    QStringList names;
    for (const DatasetTable& table : m_tables) {
        if (table.system) {
            names << table.name;
        }
    }
    return names;
}

QStringList DatasetSchema::lineage(const QString& name) const
{
    QStringList chain;
    const DatasetTable* at = table(name);
    // Bounded: a damaged schema naming a table its own ancestor ends here.
    while (at && chain.size() < 64 && !chain.contains(at->name)) {
        chain.prepend(at->name);
        at = at->parent.isEmpty() ? nullptr : table(at->parent);
    }
    return chain;
}
