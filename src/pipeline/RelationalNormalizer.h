// Turns records into relational rows the way dlt's relational normalizer
// does (section 6 of the dlt notes): keys in snake_case, nested objects
// flattened with "__", lists into child tables with _dlt_parent_id and
// _dlt_list_idx, _dlt_id on every row and _dlt_load_id on root rows, types
// inferred from the first value and kept (coercion, else a variant column),
// columns that only ever held null left out. The schema grows as it goes;
// the caller writes the batch and the changed tables.
#pragma once

#include "pipeline/RowBatch.h"
#include "pipeline/Schema.h"
#include "pipeline/ValueCoercion.h"

#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <simdjson.h>
#include <string>
#include <unordered_map>

class RelationalNormalizer
{
public:
    // dlt's default nesting limit: effectively none.
    static constexpr int kDefaultMaxNesting = 1000;
    // The longest identifier dlt's SQLite destination keeps (SQLAlchemy's
    // default dialect); a longer one is shortened with a hash tag.
    static constexpr int kMaxIdentifierLength = 9999;

    explicit RelationalNormalizer(Schema* schema);
    ~RelationalNormalizer();
    RelationalNormalizer(const RelationalNormalizer&) = delete;
    RelationalNormalizer& operator=(const RelationalNormalizer&) = delete;

    void setLoadId(const QString& loadId);
    // The destination's longest name (PostgreSQL: 63); longer table and
    // column names are shortened as dlt shortens them.
    void setMaxIdentifierLength(int length)
    {
        m_maxIdentifierLength = length;
    }
    // Copy every text into the batch instead of pointing into the parsed
    // record: for batches written after the record is gone (another thread).
    void setCopyText(bool copy)
    {
        m_copyText = copy;
    }
    // Leave the ids of child rows without children as Cell::ChildId for
    // the writer to hash (see RowId).
    void setDeferChildIds(bool defer)
    {
        m_deferChildIds = defer;
    }

    struct TableOptions
    {
        // The table as the config names it (normalized here).
        QString table;
        QString resource;
        QString writeDisposition = QStringLiteral("append");
        QStringList primaryKey;
        QStringList mergeKey;
        // dlt column hints: {"name": {"data_type": "json", "nullable": false, …}}.
        QJsonObject columns;
        int maxNesting = -1;
    };
    // The root table for a resource, created or updated with the options;
    // false with a sentence when the options contradict the stored schema.
    TableSchema* prepareTable(const TableOptions& options, QString* error);

    // One record into the batch (with include_from_parent fields, already
    // parsed). False, with a sentence, when the record cannot be stored: a
    // primary key without a value, a value for a variant of a variant.
    bool normalize(TableSchema* root, simdjson::dom::element record,
                   simdjson::dom::element extraFields, RowBatch* batch, QString* error);
    bool normalize(TableSchema* root, simdjson::dom::element record, RowBatch* batch,
                   QString* error);

    // Columns that so far held only null, "table.column", for a warning.
    QStringList nullOnlyColumns() const;

    // Two values of one record for the same column: a key written twice, or
    // keys that normalize alike ("a" and "A"). The later value is kept, as
    // in dlt; this says which keys met.
    struct KeyCollision
    {
        QString table;
        QString column;
        QString earlierKey;
        QString laterKey;
    };
    // The collisions since the last call (at most kMaxPendingCollisions:
    // a caller that never asks keeps no more than that).
    QList<KeyCollision> takeCollisions();
    // Every collision so far, taken or not.
    qint64 collisionCount() const
    {
        return m_collisionCount;
    }
    static constexpr qsizetype kMaxPendingCollisions = 100;

private:
    struct KeyNode;
    struct KeyEntry;
    struct TableState;

    TableState& stateOf(TableSchema* table);
    TableRows& rowsOf(TableState& state, RowBatch* batch);
    bool normalizeRow(TableState& state, simdjson::dom::element object,
                      const simdjson::dom::element* extra, int level, const Cell* parentId,
                      int64_t listIndex, std::string_view rootId, RowBatch* batch, QString* error);
    bool flatten(TableState& state, KeyNode& node, simdjson::dom::object object, int level,
                 RowBatch* batch, std::vector<std::pair<KeyEntry*, simdjson::dom::array>>* lists,
                 QString* error);
    bool normalizeList(TableState& parent, KeyEntry& entry, simdjson::dom::array list, int level,
                       std::string_view parentId, std::string_view rootId, RowBatch* batch,
                       QString* error);
    bool scalarRow(TableState& state, simdjson::dom::element value, std::string_view parentId,
                   int64_t index, std::string_view rootId, RowBatch* batch, QString* error);
    bool place(TableState& state, KeyEntry& entry, simdjson::dom::element value, RowBatch* batch,
               QString* error);
    bool placeValue(TableState& state, KeyEntry& entry, const Value& value, RowBatch* batch,
                    QString* error);
    // Sets a data column of the row, noting a value it replaces.
    void setCell(TableState& state, const KeyEntry& entry, int column, const Cell& cell,
                 RowBatch* batch);
    void noteCollision(const TableState& state, const KeyEntry& earlier, const KeyEntry& later,
                       const QString& column);
    int variantColumn(TableState& state, KeyEntry& entry, DataType type);
    int systemColumn(TableState& state, int* cache, const QString& name, DataType type);
    void finishRow(TableState& state, RowBatch* batch, const Cell* parentId, int64_t listIndex,
                   std::string_view rootId, bool mayDefer, std::string_view* rowId);
    bool checkRequired(TableState& state, RowBatch* batch, QString* error);
    KeyEntry& entryOf(KeyNode& node, std::string_view key);
    TableSchema* childTable(TableState& parent, KeyEntry& entry);
    bool isJsonHinted(TableState& state, const QString& column) const;
    int maxNestingOf(const TableSchema& root) const;

    Schema* m_schema;
    QString m_loadId;
    QByteArray m_loadIdUtf8;
    std::unordered_map<TableSchema*, std::unique_ptr<TableState>> m_states;
    QHash<QString, QSet<QString>> m_nullOnly;
    QList<KeyCollision> m_collisions;
    qint64 m_collisionCount = 0;
    bool m_copyText = false;
    int m_maxIdentifierLength = kMaxIdentifierLength;
    bool m_deferChildIds = false;
};
