// Normalized rows waiting to be written, table by table. A row is a run of
// cells, each naming its column; columns a row lacks are NULL. Text points
// either into the parsed page (valid until the page is written) or into the
// batch's own arena, so building a row allocates almost nothing.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <unordered_map>
#include <vector>

class TableSchema;

struct Cell
{
    // ChildId: a child row's _dlt_id still to be hashed (text holds the
    // parent's id, integer the list index); the writer thread computes it,
    // which moves a sixth of the normalizing off the reading thread.
    enum Kind : uint8_t { Null, Integer, Real, Text, ChildId };

    int column = -1;
    Kind kind = Null;
    int64_t integer = 0;
    double real = 0;
    std::string_view text;

    static Cell null()
    {
        return {};
    }
    static Cell fromInteger(int64_t value)
    {
        Cell cell;
        cell.kind = Integer;
        cell.integer = value;
        return cell;
    }
    static Cell fromReal(double value)
    {
        Cell cell;
        cell.kind = Real;
        cell.real = value;
        return cell;
    }
    static Cell childId(std::string_view parentId, int64_t index)
    {
        Cell cell;
        cell.kind = ChildId;
        cell.text = parentId;
        cell.integer = index;
        return cell;
    }
    static Cell fromText(std::string_view value)
    {
        Cell cell;
        cell.kind = Text;
        cell.text = value;
        return cell;
    }
};

// The rows of one table. One row is built at a time: the normalizer
// finishes a row before it turns to the rows of its lists.
class TableRows
{
public:
    explicit TableRows(TableSchema* table)
        : m_table(table)
    { }

    TableSchema* table() const
    {
        return m_table;
    }
    size_t rowCount() const
    {
        return m_rowEnds.size();
    }
    // The cells of row i: [begin, end).
    const Cell* rowBegin(size_t i) const
    {
        return m_cells.data() + (i == 0 ? 0 : m_rowEnds[i - 1]);
    }
    const Cell* rowEnd(size_t i) const
    {
        return m_cells.data() + m_rowEnds[i];
    }

    void beginRow();
    // Sets a column of the row being built; a second value for the same
    // column replaces the first (two keys that normalize alike: the later
    // one wins, as in dlt) and returns true.
    bool set(int column, const Cell& cell);
    // The value set for a column of the row being built, or nullptr.
    const Cell* current(int column) const;
    void endRow();
    void clear();

    // Whether the batch has put it in its order of tables.
    bool listed = false;
    // The table's columns when the batch was sealed: the writer thread
    // reads these, never the schema the normalizer goes on changing.
    std::shared_ptr<const TableSchema> snapshot;

private:
    TableSchema* m_table;
    std::vector<Cell> m_cells;
    std::vector<uint32_t> m_rowEnds;
    size_t m_rowStart = 0;
    // Per column: the row that last set it and where its cell is.
    std::vector<uint64_t> m_stamp;
    std::vector<uint32_t> m_position;
    uint64_t m_rowNumber = 0;
};

class RowBatch
{
public:
    RowBatch();
    ~RowBatch();
    RowBatch(const RowBatch&) = delete;
    RowBatch& operator=(const RowBatch&) = delete;

    TableRows& rowsOf(TableSchema* table);
    // Tables in the order they first received a row in this batch.
    const std::vector<TableRows*>& tables() const
    {
        return m_order;
    }
    size_t rowCount() const;
    // Copies text into the batch, valid until clear().
    std::string_view keep(std::string_view text);
    // Forgets the rows and the kept text; keeps the memory for the next page.
    void clear();
    // Goes up with every clear(): a TableRows* obtained before is stale.
    uint64_t generation() const
    {
        return m_generation;
    }

private:
    std::unordered_map<TableSchema*, std::unique_ptr<TableRows>> m_rows;
    std::vector<TableRows*> m_order;
    std::vector<std::unique_ptr<char[]>> m_blocks;
    size_t m_blockUsed = 0;
    size_t m_blockIndex = 0;
    std::vector<std::unique_ptr<char[]>> m_large;
    uint64_t m_generation = 0;
};
