#include "pipeline/RelationalNormalizer.h"

#include "pipeline/DltColumns.h"
#include "pipeline/NamingConvention.h"
#include "pipeline/RowId.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <charconv>
#include <utility>

namespace {

using namespace DltColumns;

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view text) const
    {
        return std::hash<std::string_view>{}(text);
    }
};

std::string_view toView(const QByteArray& bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("RelationalNormalizer", text);
}

} // namespace

struct RelationalNormalizer::KeyNode
{
    // The column name of the object these keys belong to; empty at the top.
    QString prefix;
    // The entries in the order the last object listed its keys: records of
    // one resource share their key order, so most lookups are one compare.
    std::vector<KeyEntry*> order;
    std::unordered_map<std::string, std::unique_ptr<KeyEntry>, StringHash, std::equal_to<>> keys;
};

struct RelationalNormalizer::KeyEntry
{
    // The key as it came.
    std::string key;
    // The column name: the path of normalized keys joined with "__".
    QString name;
    std::unique_ptr<KeyNode> nested;
    int column = -1;
    std::array<int, 11> variants;
    TableSchema* child = nullptr;
    // Whether the column is declared json (-1: not looked up yet).
    int jsonHinted = -1;
    // Already listed as a column that held only null.
    bool nullNoted = false;
    // A key that names a system column: the row id is kept, the rest
    // are set by the normalizer and the data's value is dropped (as dlt does).
    enum { Data, RowId, SystemDropped } role = Data;

    KeyEntry()
    {
        variants.fill(-1);
    }
};

struct RelationalNormalizer::TableState
{
    TableSchema* table = nullptr;
    TableSchema* root = nullptr;
    KeyNode keys;
    int loadIdColumn = -1;
    int idColumn = -1;
    int parentIdColumn = -1;
    int listIdxColumn = -1;
    int rootIdColumn = -1;
    // Whether rows carry _dlt_root_id (-1: not decided yet).
    int hasRootId = -1;
    // Hints of columns that do not exist yet (primary key without a type).
    QHash<QString, ColumnSchema> pendingHints;
    // Data columns that must have a value in every row.
    QStringList required;
    std::string_view providedId;
    std::string nameUtf8;
    // Per column: the key that last set it, to name both when another key
    // sets it again in the same row.
    std::vector<const KeyEntry*> setters;
    // This table's rows in the batch being filled (see rowsOf).
    RowBatch* batch = nullptr;
    uint64_t generation = 0;
    TableRows* rows = nullptr;
};

TableRows& RelationalNormalizer::rowsOf(TableState& state, RowBatch* batch)
{
    if (state.batch != batch || state.generation != batch->generation() || !state.rows) {
        state.batch = batch;
        state.generation = batch->generation();
        state.rows = &batch->rowsOf(state.table);
    }
    return *state.rows;
}

RelationalNormalizer::RelationalNormalizer(Schema* schema)
    : m_schema(schema)
{ }

RelationalNormalizer::~RelationalNormalizer() = default;

void RelationalNormalizer::setLoadId(const QString& loadId)
{
    m_loadId = loadId;
    m_loadIdUtf8 = loadId.toUtf8();
}

TableSchema* RelationalNormalizer::prepareTable(const TableOptions& options, QString* error)
{
    const QString name = NamingConvention::path(options.table, m_maxIdentifierLength);
    if (name.isEmpty()) {
        *error = tr("The table name \"%1\" has no letters or digits to make a name from.")
                     .arg(options.table);
        return nullptr;
    }
    TableSchema* table = m_schema->table(name);
    if (table && !table->isRoot()) {
        *error =
            tr("The table name \"%1\" is already the child table of %2.").arg(name, table->parent);
        return nullptr;
    }
    if (!table) {
        TableSchema fresh;
        fresh.name = name;
        table = m_schema->addTable(fresh);
    }
    if (table->writeDisposition != options.writeDisposition || table->resource != options.resource
        || table->maxNesting != options.maxNesting) {
        table->writeDisposition = options.writeDisposition;
        table->resource = options.resource;
        table->maxNesting = options.maxNesting;
        m_schema->markChanged();
    }
    TableState& state = stateOf(table);
    state.pendingHints.clear();
    state.required.clear();
    for (auto it = options.columns.begin(); it != options.columns.end(); ++it) {
        ColumnSchema hint = ColumnSchema::fromJson(it.value().toObject());
        hint.name = NamingConvention::path(it.key(), m_maxIdentifierLength);
        const bool typed = it.value().toObject().contains(QStringLiteral("data_type"));
        state.pendingHints.insert(hint.name, hint);
        // Checked per record here, where the line is known, not left to a
        // NOT NULL the file may not even have (a column added by ALTER).
        if (!hint.nullable) {
            state.required << hint.name;
        }
        if (typed && table->indexOf(hint.name) < 0) {
            table->addColumn(hint);
            m_schema->markChanged();
        }
    }
    const auto markKey = [&](const QStringList& keys, bool ColumnSchema::*flag) {
        for (const QString& key : keys) {
            const QString column = NamingConvention::path(key, m_maxIdentifierLength);
            ColumnSchema& hint = state.pendingHints[column];
            hint.name = column;
            hint.*flag = true;
            hint.nullable = false;
            state.required << column;
            if (ColumnSchema* existing = table->column(column); existing && !(existing->*flag)) {
                existing->*flag = true;
                m_schema->markChanged();
            }
        }
    };
    markKey(options.primaryKey, &ColumnSchema::primaryKey);
    markKey(options.mergeKey, &ColumnSchema::mergeKey);
    return table;
}

RelationalNormalizer::TableState& RelationalNormalizer::stateOf(TableSchema* table)
{
    auto it = m_states.find(table);
    if (it != m_states.end()) {
        return *it->second;
    }
    auto state = std::make_unique<TableState>();
    state->table = table;
    state->root = m_schema->table(m_schema->rootOf(*table)->name);
    state->nameUtf8 = table->name.toStdString();
    TableState& result = *state;
    m_states.emplace(table, std::move(state));
    return result;
}

int RelationalNormalizer::maxNestingOf(const TableSchema& root) const
{
    return root.maxNesting >= 0 ? root.maxNesting : kDefaultMaxNesting;
}

bool RelationalNormalizer::normalize(TableSchema* root, simdjson::dom::element record,
                                     RowBatch* batch, QString* error)
{
    return normalizeRow(stateOf(root), record, nullptr, maxNestingOf(*root), nullptr, 0, {}, batch,
                        error);
}

bool RelationalNormalizer::normalize(TableSchema* root, simdjson::dom::element record,
                                     simdjson::dom::element extraFields, RowBatch* batch,
                                     QString* error)
{
    return normalizeRow(stateOf(root), record, &extraFields, maxNestingOf(*root), nullptr, 0, {},
                        batch, error);
}

bool RelationalNormalizer::normalizeRow(TableState& state, simdjson::dom::element object,
                                        const simdjson::dom::element* extra, int level,
                                        const Cell* parentId, int64_t listIndex,
                                        std::string_view rootId, RowBatch* batch, QString* error)
{
    TableRows& rows = rowsOf(state, batch);
    rows.beginRow();
    state.providedId = {};
    std::vector<std::pair<KeyEntry*, simdjson::dom::array>> lists;
    if (object.type() == simdjson::dom::element_type::OBJECT) {
        if (!flatten(state, state.keys, object.get_object().value_unsafe(), level, batch, &lists,
                     error)) {
            return false;
        }
    } else {
        // A record that is not an object is stored whole in "value" (dlt
        // wraps it the same way).
        if (!place(state, entryOf(state.keys, "value"), object, batch, error)) {
            return false;
        }
    }
    if (extra && extra->type() == simdjson::dom::element_type::OBJECT
        && !flatten(state, state.keys, extra->get_object().value_unsafe(), level, batch, &lists,
                    error)) {
        return false;
    }
    if (!checkRequired(state, batch, error)) {
        return false;
    }
    std::string_view rowId;
    // A row without lists of its own needs its id only in the file.
    finishRow(state, batch, parentId, listIndex, rootId, lists.empty(), &rowId);
    rows.endRow();
    const std::string_view childRoot = state.table->isRoot() ? rowId : rootId;
    for (auto& [entry, list] : lists) {
        if (!normalizeList(state, *entry, list, level - 1, rowId, childRoot, batch, error)) {
            return false;
        }
    }
    return true;
}

bool RelationalNormalizer::flatten(TableState& state, KeyNode& node, simdjson::dom::object object,
                                   int level, RowBatch* batch,
                                   std::vector<std::pair<KeyEntry*, simdjson::dom::array>>* lists,
                                   QString* error)
{
    size_t index = 0;
    for (const simdjson::dom::key_value_pair field : object) {
        KeyEntry* predicted = index < node.order.size() ? node.order[index] : nullptr;
        if (!predicted || predicted->key != field.key) {
            predicted = &entryOf(node, field.key);
            if (index < node.order.size()) {
                node.order[index] = predicted;
            } else {
                node.order.push_back(predicted);
            }
        }
        ++index;
        KeyEntry& entry = *predicted;
        const simdjson::dom::element_type type = field.value.type();
        const bool nested = type == simdjson::dom::element_type::OBJECT
            || type == simdjson::dom::element_type::ARRAY;
        if (nested && entry.jsonHinted < 0) {
            entry.jsonHinted = isJsonHinted(state, entry.name) ? 1 : 0;
        }
        if (!nested || level <= 0 || entry.jsonHinted == 1) {
            if (!place(state, entry, field.value, batch, error)) {
                return false;
            }
            continue;
        }
        if (type == simdjson::dom::element_type::OBJECT) {
            if (!entry.nested) {
                entry.nested = std::make_unique<KeyNode>();
                entry.nested->prefix = entry.name;
            }
            // Children of this node carry this entry's name as their prefix.
            if (!flatten(state, *entry.nested, field.value.get_object().value_unsafe(), level - 1,
                         batch, lists, error)) {
                return false;
            }
        } else {
            // Two keys that normalize alike: the later list wins, as in dlt.
            auto same = std::find_if(lists->begin(), lists->end(), [&](const auto& list) {
                return list.first->name == entry.name;
            });
            if (same != lists->end()) {
                noteCollision(state, *same->first, entry, entry.name);
                same->second = field.value.get_array().value_unsafe();
            } else {
                lists->emplace_back(&entry, field.value.get_array().value_unsafe());
            }
        }
    }
    return true;
}

bool RelationalNormalizer::normalizeList(TableState& parent, KeyEntry& entry,
                                         simdjson::dom::array list, int level,
                                         std::string_view parentId, std::string_view rootId,
                                         RowBatch* batch, QString* error)
{
    TableState& state = stateOf(childTable(parent, entry));
    const Cell parentCell = Cell::fromText(parentId);
    int64_t index = 0;
    for (const simdjson::dom::element item : list) {
        switch (item.type()) {
        case simdjson::dom::element_type::OBJECT:
            if (!normalizeRow(state, item, nullptr, level, &parentCell, index, rootId, batch,
                              error)) {
                return false;
            }
            break;
        case simdjson::dom::element_type::ARRAY: {
            // A list in a list: a row of its own, one level down, whose
            // "list" holds the inner list (table <child>__list), or the
            // list as JSON once the nesting limit is reached, as in dlt.
            const int wrapperLevel = level - 1;
            TableRows& rows = rowsOf(state, batch);
            rows.beginRow();
            state.providedId = {};
            KeyEntry& inner = entryOf(state.keys, "list");
            if (wrapperLevel <= 0 && !place(state, inner, item, batch, error)) {
                return false;
            }
            std::string_view rowId;
            finishRow(state, batch, &parentCell, index, rootId, wrapperLevel <= 0, &rowId);
            rows.endRow();
            if (wrapperLevel > 0
                && !normalizeList(state, inner, item.get_array().value_unsafe(), wrapperLevel - 1,
                                  rowId, rootId, batch, error)) {
                return false;
            }
            break;
        }
        default:
            if (!scalarRow(state, item, parentId, index, rootId, batch, error)) {
                return false;
            }
        }
        ++index;
    }
    return true;
}

bool RelationalNormalizer::scalarRow(TableState& state, simdjson::dom::element value,
                                     std::string_view parentId, int64_t index,
                                     std::string_view rootId, RowBatch* batch, QString* error)
{
    TableRows& rows = rowsOf(state, batch);
    rows.beginRow();
    state.providedId = {};
    if (!place(state, entryOf(state.keys, "value"), value, batch, error)) {
        return false;
    }
    const Cell parentCell = Cell::fromText(parentId);
    std::string_view rowId;
    finishRow(state, batch, &parentCell, index, rootId, true, &rowId);
    rows.endRow();
    return true;
}

bool RelationalNormalizer::place(TableState& state, KeyEntry& entry, simdjson::dom::element element,
                                 RowBatch* batch, QString* error)
{
    if (entry.column < 0) {
        entry.column = state.table->indexOf(entry.name);
    }
    if (element.type() == simdjson::dom::element_type::NULL_VALUE) {
        if (entry.role != KeyEntry::Data) {
            return true;
        }
        if (entry.column >= 0) {
            setCell(state, entry, entry.column, Cell::null(), batch);
        } else if (!entry.nullNoted) {
            entry.nullNoted = true;
            m_nullOnly[state.table->name].insert(entry.name);
        }
        return true;
    }
    // Detection only decides a new column's type; an existing text column
    // keeps a string as it came.
    const Value value = ValueCoercion::valueOf(element, entry.column < 0, m_copyText, *batch);
    if (entry.role == KeyEntry::RowId) {
        const std::optional<Cell> text = ValueCoercion::coerce(value, DataType::Text, *batch);
        state.providedId = text ? text->text : std::string_view();
        return true;
    }
    if (entry.role == KeyEntry::SystemDropped) {
        return true;
    }
    return placeValue(state, entry, value, batch, error);
}

bool RelationalNormalizer::placeValue(TableState& state, KeyEntry& entry, const Value& value,
                                      RowBatch* batch, QString* error)
{
    TableSchema* table = state.table;
    if (entry.column < 0) {
        entry.column = table->indexOf(entry.name);
    }
    if (entry.column < 0) {
        ColumnSchema column = state.pendingHints.value(entry.name);
        column.name = entry.name;
        column.type = value.type;
        entry.column = table->addColumn(column);
        m_schema->markChanged();
        if (auto it = m_nullOnly.find(table->name); it != m_nullOnly.end()) {
            it->remove(entry.name);
        }
    }
    const ColumnSchema& column = table->columns()[size_t(entry.column)];
    if (column.type == value.type) {
        setCell(state, entry, entry.column, ValueCoercion::cellOf(value, *batch), batch);
        return true;
    }
    if (const std::optional<Cell> coerced = ValueCoercion::coerce(value, column.type, *batch)) {
        setCell(state, entry, entry.column, *coerced, batch);
        return true;
    }
    if (column.variant) {
        *error = tr("Table %1, column %2: a %3 value where only %4 fits, and a variant "
                    "column cannot have variants of its own.")
                     .arg(table->name, column.name, DataTypes::name(value.type),
                          DataTypes::name(column.type));
        return false;
    }
    Value kept = value;
    // A date-time string is a timestamp variant, as dlt names it.
    if (kept.type == DataType::Text) {
        if (const auto micros = TimestampParser::parseDateTime(kept.text)) {
            kept.type = DataType::Timestamp;
            kept.micros = *micros;
        }
    }
    const int variant = variantColumn(state, entry, kept.type);
    setCell(state, entry, variant, ValueCoercion::cellOf(kept, *batch), batch);
    return true;
}

void RelationalNormalizer::setCell(TableState& state, const KeyEntry& entry, int column,
                                   const Cell& cell, RowBatch* batch)
{
    const size_t index = size_t(column);
    if (state.setters.size() <= index) {
        state.setters.resize(index + 1, nullptr);
    }
    const KeyEntry* earlier = state.setters[index];
    if (rowsOf(state, batch).set(column, cell) && earlier) {
        noteCollision(state, *earlier, entry, state.table->columns()[index].name);
    }
    state.setters[index] = &entry;
}

void RelationalNormalizer::noteCollision(const TableState& state, const KeyEntry& earlier,
                                         const KeyEntry& later, const QString& column)
{
    ++m_collisionCount;
    if (m_collisions.size() < kMaxPendingCollisions) {
        m_collisions.append({state.table->name, column,
                             QString::fromUtf8(earlier.key.data(), qsizetype(earlier.key.size())),
                             QString::fromUtf8(later.key.data(), qsizetype(later.key.size()))});
    }
}

QList<RelationalNormalizer::KeyCollision> RelationalNormalizer::takeCollisions()
{
    return std::exchange(m_collisions, {});
}

int RelationalNormalizer::variantColumn(TableState& state, KeyEntry& entry, DataType type)
{
    int& cached = entry.variants[size_t(type)];
    if (cached >= 0) {
        return cached;
    }
    const size_t before = state.table->columns().size();
    cached = state.table->variantOf(entry.name, type, m_maxIdentifierLength);
    if (state.table->columns().size() != before) {
        m_schema->markChanged();
    }
    return cached;
}

int RelationalNormalizer::systemColumn(TableState& state, int* cache, const QString& name,
                                       DataType type)
{
    if (*cache >= 0) {
        return *cache;
    }
    const size_t before = state.table->columns().size();
    *cache = state.table->systemColumn(name, type);
    if (state.table->columns().size() != before) {
        m_schema->markChanged();
    }
    return *cache;
}

namespace {

// A merge without a primary or merge key is an append (dlt's rule).
bool mergesByKey(const TableSchema& root)
{
    return root.writeDisposition == QLatin1String("merge")
        && !(root.primaryKey().isEmpty() && root.mergeKey().isEmpty());
}

} // namespace

void RelationalNormalizer::finishRow(TableState& state, RowBatch* batch, const Cell* parentId,
                                     int64_t listIndex, std::string_view rootId, bool mayDefer,
                                     std::string_view* rowId)
{
    TableRows& rows = rowsOf(state, batch);
    Cell idCell;
    // A record's own _dlt_id is kept, as dlt keeps it, except under merge
    // with a key: there the next load of the record would bring the same id
    // (and its child rows the same ids), and the merge, which finds the rows
    // a load replaces by id after writing it, would delete the new rows with
    // the old. dlt deletes before it inserts; Grantline writes as it reads.
    if (!state.providedId.empty() && !mergesByKey(*state.root)) {
        *rowId = state.providedId;
    } else if (state.table->isRoot()) {
        const RowId::Text id = RowId::random();
        *rowId = batch->keep({id.data(), id.size()});
    } else if (mayDefer && m_deferChildIds) {
        *rowId = {};
        idCell = Cell::childId(parentId->text, listIndex);
    } else {
        const RowId::Text id = RowId::child(parentId->text, state.nameUtf8, listIndex);
        *rowId = batch->keep({id.data(), id.size()});
    }
    if (idCell.kind != Cell::ChildId) {
        idCell = Cell::fromText(*rowId);
    }
    if (state.table->isRoot()) {
        rows.set(systemColumn(state, &state.loadIdColumn, kLoadId, DataType::Text),
                 Cell::fromText(toView(m_loadIdUtf8)));
    } else {
        // Under merge; and once the column exists it is filled for good
        // (it is NOT NULL), whatever the disposition later becomes. Decided
        // once: a normalizer serves one load, whose dispositions are set.
        if (state.hasRootId < 0) {
            state.hasRootId = state.root->writeDisposition == QLatin1String("merge")
                    || state.table->indexOf(kRootId) >= 0
                ? 1
                : 0;
        }
        if (state.hasRootId == 1) {
            rows.set(systemColumn(state, &state.rootIdColumn, kRootId, DataType::Text),
                     Cell::fromText(rootId));
        }
        rows.set(systemColumn(state, &state.parentIdColumn, kParentId, DataType::Text), *parentId);
        rows.set(systemColumn(state, &state.listIdxColumn, kListIdx, DataType::Bigint),
                 Cell::fromInteger(listIndex));
    }
    rows.set(systemColumn(state, &state.idColumn, kId, DataType::Text), idCell);
}

bool RelationalNormalizer::checkRequired(TableState& state, RowBatch* batch, QString* error)
{
    const TableRows& rows = rowsOf(state, batch);
    for (const QString& name : std::as_const(state.required)) {
        const int column = state.table->indexOf(name);
        const Cell* cell = column < 0 ? nullptr : rows.current(column);
        if (!cell || cell->kind == Cell::Null) {
            const ColumnSchema* schema =
                column < 0 ? nullptr : &state.table->columns()[size_t(column)];
            *error = schema
                ? tr("Table %1: a record without a %3 value for its key column %2 (missing, "
                     "null, or of another type).")
                      .arg(state.table->name, name, DataTypes::name(schema->type))
                : tr("Table %1: a record without a value for its key column %2.")
                      .arg(state.table->name, name);
            return false;
        }
    }
    return true;
}

RelationalNormalizer::KeyEntry& RelationalNormalizer::entryOf(KeyNode& node, std::string_view key)
{
    if (auto it = node.keys.find(key); it != node.keys.end()) {
        return *it->second;
    }
    auto entry = std::make_unique<KeyEntry>();
    entry->key = std::string(key);
    const QString raw = QString::fromUtf8(key.data(), qsizetype(key.size()));
    QString normalized = NamingConvention::path(raw, m_maxIdentifierLength);
    if (raw.trimmed().isEmpty()) {
        normalized = QStringLiteral("_empty");
    } else if (normalized.isEmpty()) {
        // Only separators ("__"): dlt's path rule leaves nothing; keep a name.
        normalized = NamingConvention::identifier(raw, m_maxIdentifierLength);
    }
    entry->name = node.prefix.isEmpty()
        ? normalized
        : NamingConvention::joinPath(node.prefix, normalized, m_maxIdentifierLength);
    if (node.prefix.isEmpty()) {
        if (entry->name == kId) {
            entry->role = KeyEntry::RowId;
        } else if (entry->name == kLoadId || entry->name == kParentId || entry->name == kListIdx
                   || entry->name == kRootId) {
            entry->role = KeyEntry::SystemDropped;
        }
    }
    KeyEntry& result = *entry;
    node.keys.emplace(std::string(key), std::move(entry));
    return result;
}

TableSchema* RelationalNormalizer::childTable(TableState& parent, KeyEntry& entry)
{
    if (entry.child) {
        return entry.child;
    }
    const QString name = NamingConvention::path(
        parent.table->name + QStringLiteral("__") + entry.name, m_maxIdentifierLength);
    TableSchema* table = m_schema->table(name);
    if (!table) {
        TableSchema fresh;
        fresh.name = name;
        fresh.parent = parent.table->name;
        table = m_schema->addTable(fresh);
    }
    entry.child = table;
    return table;
}

bool RelationalNormalizer::isJsonHinted(TableState& state, const QString& column) const
{
    const ColumnSchema* existing = state.table->column(column);
    if (existing) {
        return existing->type == DataType::Json;
    }
    const auto hint = state.pendingHints.constFind(column);
    return hint != state.pendingHints.constEnd() && hint->type == DataType::Json
        && hint->name == column;
}

QStringList RelationalNormalizer::nullOnlyColumns() const
{
    QStringList names;
    for (auto it = m_nullOnly.begin(); it != m_nullOnly.end(); ++it) {
        for (const QString& column : it.value()) {
            names << it.key() + QLatin1Char('.') + column;
        }
    }
    names.sort();
    return names;
}
