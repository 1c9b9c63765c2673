// The schema tree's items: the dataset's tables nested as dlt nests them,
// each with its columns under a "Columns" folder, dlt's system tables folded
// under a node of their own. Row counts fill in as the background count
// reaches each table.
#pragma once

#include "browse/DatasetSchema.h"

#include <QHash>
#include <QStandardItemModel>

class SchemaTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role { TableRole = Qt::UserRole + 1, ColumnRole, KindRole };
    enum class Kind { Table, Column, Folder };
    enum Section { NameSection, TypeSection, RowsSection, DetailsSection };

    explicit SchemaTreeModel(QObject* parent = nullptr);

    void setSchema(const DatasetSchema& schema);
    const DatasetSchema& schema() const
    {
        return m_schema;
    }
    void setRowCount(const QString& table, qint64 rows);
    QModelIndex indexOfTable(const QString& table) const;
    QString tableAt(const QModelIndex& index) const;
    void retranslate();

private:
    QStandardItem* addTable(QStandardItem* parent, const DatasetTable& table);
    QList<QStandardItem*> columnRow(const DatasetTable& table, const DatasetColumn& column) const;
    QString columnDetails(const DatasetColumn& column) const;

    DatasetSchema m_schema;
    QHash<QString, QStandardItem*> m_tableItems;
    QStandardItem* m_systemFolder = nullptr;
};
