// A loaded schema as a tree for views: root tables at the top; under each
// table its columns, then its child tables (which hold their own columns and
// children). Columns of the model: name, data type, and the notes a person
// needs (not null, keys, variant, write disposition).
#pragma once

#include "pipeline/Schema.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class SchemaModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, NotesColumn, ColumnCount };
    enum Role {
        // "table" or "column".
        KindRole = Qt::UserRole + 1,
        // The table an item belongs to (itself for a table).
        TableRole,
    };

    explicit SchemaModel(QObject* parent = nullptr);
    ~SchemaModel() override;

    void setSchema(const Schema& schema);
    const Schema& schema() const
    {
        return m_schema;
    }
    // "append, 12 columns" or "child of items"; "not null, primary key".
    static QString tableNotes(const TableSchema& table);
    static QString columnNotes(const ColumnSchema& column);
    // The index of a table's row, or an invalid index.
    QModelIndex indexOfTable(const QString& table) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node;

    void build();
    Node* nodeOf(const QModelIndex& index) const;
    QString notesOf(const Node& node) const;

    Schema m_schema;
    std::unique_ptr<Node> m_root;
};
