#include "pipeline/SchemaModel.h"

#include <QHash>

struct SchemaModel::Node
{
    const TableSchema* table = nullptr;
    // -1 for a table node.
    int column = -1;
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node* add(const TableSchema* ofTable, int ofColumn)
    {
        auto node = std::make_unique<Node>();
        node->table = ofTable;
        node->column = ofColumn;
        node->parent = this;
        node->row = int(children.size());
        children.push_back(std::move(node));
        return children.back().get();
    }
};

SchemaModel::SchemaModel(QObject* parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

SchemaModel::~SchemaModel() = default;

void SchemaModel::setSchema(const Schema& schema)
{
    beginResetModel();
    m_schema = schema;
    build();
    endResetModel();
}

void SchemaModel::build()
{
    m_root = std::make_unique<Node>();
    QHash<QString, Node*> tables;
    // Parents come before their children in a schema; a child whose parent
    // is missing (a damaged schema) is shown at the top rather than lost.
    for (const TableSchema* table : m_schema.dataTables()) {
        Node* parent = tables.value(table->parent, m_root.get());
        Node* node = parent->add(table, -1);
        tables.insert(table->name, node);
    }
    // Columns first under each table, then its child tables.
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        Node* node = it.value();
        std::vector<std::unique_ptr<Node>> childTables = std::move(node->children);
        node->children.clear();
        for (int i = 0; i < int(node->table->columns().size()); ++i) {
            node->add(node->table, i);
        }
        for (auto& child : childTables) {
            child->row = int(node->children.size());
            node->children.push_back(std::move(child));
        }
    }
}

QModelIndex SchemaModel::indexOfTable(const QString& table) const
{
    std::vector<Node*> pending{m_root.get()};
    while (!pending.empty()) {
        Node* node = pending.back();
        pending.pop_back();
        for (const auto& child : node->children) {
            if (child->column >= 0) {
                continue;
            }
            if (child->table->name == table) {
                return createIndex(child->row, 0, child.get());
            }
            pending.push_back(child.get());
        }
    }
    return {};
}

SchemaModel::Node* SchemaModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex SchemaModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    Node* node = nodeOf(parent);
    return createIndex(row, column, node->children[size_t(row)].get());
}

QModelIndex SchemaModel::parent(const QModelIndex& child) const
{
    if (!child.isValid()) {
        return {};
    }
    Node* parent = nodeOf(child)->parent;
    if (!parent || parent == m_root.get()) {
        return {};
    }
    return createIndex(parent->row, 0, parent);
}

int SchemaModel::rowCount(const QModelIndex& parent) const
{
    if (parent.column() > 0) {
        return 0;
    }
    return int(nodeOf(parent)->children.size());
}

int SchemaModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QString SchemaModel::tableNotes(const TableSchema& table)
{
    if (table.isRoot()) {
        return tr("%1, %n column(s)", nullptr, int(table.columns().size()))
            .arg(table.writeDisposition);
    }
    return tr("child of %1").arg(table.parent);
}

QString SchemaModel::columnNotes(const ColumnSchema& column)
{
    QStringList notes;
    const std::pair<bool, QString> flags[] = {
        {!column.nullable, tr("not null")},   {column.primaryKey, tr("primary key")},
        {column.mergeKey, tr("merge key")},   {column.rowKey, tr("row key")},
        {column.parentKey, tr("parent key")}, {column.rootKey, tr("root key")},
        {column.variant, tr("variant")},
    };
    for (const auto& [set, note] : flags) {
        if (set) {
            notes << note;
        }
    }
    return notes.join(QLatin1String(", "));
}

QString SchemaModel::notesOf(const Node& node) const
{
    return node.column < 0 ? tableNotes(*node.table)
                           : columnNotes(node.table->columns()[size_t(node.column)]);
}

QVariant SchemaModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid()) {
        return {};
    }
    const Node* node = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->column < 0 ? node->table->name
                                    : node->table->columns()[size_t(node->column)].name;
        case TypeColumn:
            return node->column < 0
                ? QVariant()
                : DataTypes::name(node->table->columns()[size_t(node->column)].type);
        case NotesColumn:
            return notesOf(*node);
        }
        return {};
    case KindRole:
        return node->column < 0 ? QStringLiteral("table") : QStringLiteral("column");
    case TableRole:
        return node->table->name;
    default:
        return {};
    }
}

QVariant SchemaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case NotesColumn:
        return tr("Notes");
    }
    return {};
}
