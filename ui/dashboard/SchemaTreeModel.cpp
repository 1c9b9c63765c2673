#include "dashboard/SchemaTreeModel.h"

#include <QLocale>

SchemaTreeModel::SchemaTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setColumnCount(4);
    retranslate();
}

void SchemaTreeModel::retranslate()
{
    setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Rows"), tr("Details")});
    // The items' words are made with the schema: made again (rare: a
    // change of language).
    if (!m_tableItems.isEmpty()) {
        const DatasetSchema schema = m_schema;
        setSchema(schema);
    }
}

void SchemaTreeModel::setSchema(const DatasetSchema& schema)
{
    m_schema = schema;
    m_tableItems.clear();
    m_systemFolder = nullptr;
    removeRows(0, rowCount());
    for (const QString& root : schema.roots()) {
        addTable(invisibleRootItem(), *schema.table(root));
    }
    const QStringList system = schema.systemTables();
    if (!system.isEmpty()) {
        m_systemFolder = new QStandardItem(tr("dlt system tables"));
        m_systemFolder->setData(int(Kind::Folder), KindRole);
        m_systemFolder->setEditable(false);
        QList<QStandardItem*> row{m_systemFolder};
        for (int i = 1; i < 4; ++i) {
            auto* blank = new QStandardItem;
            blank->setEditable(false);
            row << blank;
        }
        invisibleRootItem()->appendRow(row);
        for (const QString& name : system) {
            addTable(m_systemFolder, *schema.table(name));
        }
    }
}

QStandardItem* SchemaTreeModel::addTable(QStandardItem* parent, const DatasetTable& table)
{
    auto* name = new QStandardItem(table.name);
    name->setData(table.name, TableRole);
    name->setData(int(Kind::Table), KindRole);
    auto* type = new QStandardItem(table.view ? tr("view") : table.writeDisposition);
    auto* rows = new QStandardItem(table.rows >= 0 ? QLocale().toString(table.rows) : QString());
    rows->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
    QString details;
    if (!table.resource.isEmpty() && table.parent.isEmpty()) {
        details = tr("endpoint %1").arg(table.resource);
    } else if (!table.parent.isEmpty()) {
        details = tr("rows hang from %1").arg(table.parent);
    }
    auto* about = new QStandardItem(details);
    for (QStandardItem* item : {name, type, rows, about}) {
        item->setEditable(false);
        item->setData(table.name, TableRole);
    }
    parent->appendRow({name, type, rows, about});
    m_tableItems.insert(table.name, name);

    auto* folder = new QStandardItem(tr("Columns (%1)").arg(table.columns.size()));
    folder->setData(int(Kind::Folder), KindRole);
    folder->setData(table.name, TableRole);
    folder->setEditable(false);
    QList<QStandardItem*> folderRow{folder};
    for (int i = 1; i < 4; ++i) {
        auto* blank = new QStandardItem;
        blank->setEditable(false);
        folderRow << blank;
    }
    name->appendRow(folderRow);
    for (const DatasetColumn& column : table.columns) {
        folder->appendRow(columnRow(table, column));
    }
    for (const QString& child : table.children) {
        if (const DatasetTable* childTable = m_schema.table(child)) {
            addTable(name, *childTable);
        }
    }
    return name;
}

QList<QStandardItem*> SchemaTreeModel::columnRow(const DatasetTable& table,
                                                 const DatasetColumn& column) const
{
    auto* name = new QStandardItem(column.name);
    auto* type = new QStandardItem(column.dataType.isEmpty()
                                       ? column.declaredType
                                       : tr("%1 (%2)").arg(column.dataType, column.declaredType));
    auto* rows = new QStandardItem;
    auto* details = new QStandardItem(columnDetails(column));
    for (QStandardItem* item : {name, type, rows, details}) {
        item->setEditable(false);
        item->setData(table.name, TableRole);
        item->setData(column.name, ColumnRole);
        item->setData(int(Kind::Column), KindRole);
    }
    if (column.variant || column.system) {
        QFont font = name->font();
        font.setItalic(true);
        name->setFont(font);
    }
    return {name, type, rows, details};
}

QString SchemaTreeModel::columnDetails(const DatasetColumn& column) const
{
    QStringList parts;
    parts << (column.nullable ? tr("nullable") : tr("not null"));
    if (column.primaryKey) {
        parts << tr("primary key");
    }
    if (column.mergeKey) {
        parts << tr("merge key");
    }
    if (column.variant) {
        parts << tr("variant: values of another type");
    }
    if (column.system) {
        parts << tr("dlt's own");
    }
    if (!column.addedByLoad.isEmpty()) {
        parts << tr("added by load %1").arg(column.addedByLoad);
    }
    return parts.join(QLatin1String(", "));
}

void SchemaTreeModel::setRowCount(const QString& table, qint64 rows)
{
    QStandardItem* name = m_tableItems.value(table);
    if (!name) {
        return;
    }
    QStandardItem* parent = name->parent() ? name->parent() : invisibleRootItem();
    if (QStandardItem* count = parent->child(name->row(), RowsSection)) {
        count->setText(QLocale().toString(rows));
        count->setData(rows, Qt::UserRole);
    }
    if (DatasetTable* known = m_schema.table(table)) {
        known->rows = rows;
    }
}

QModelIndex SchemaTreeModel::indexOfTable(const QString& table) const
{
    QStandardItem* item = m_tableItems.value(table);
    return item ? item->index() : QModelIndex();
}

QString SchemaTreeModel::tableAt(const QModelIndex& index) const
{
    return index.data(TableRole).toString();
}
