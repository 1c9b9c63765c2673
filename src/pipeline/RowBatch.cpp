#include "pipeline/RowBatch.h"

#include <cstring>

namespace {
constexpr size_t kBlockSize = 256 * 1024;
}

void TableRows::beginRow()
{
    m_rowStart = m_cells.size();
    ++m_rowNumber;
}

bool TableRows::set(int column, const Cell& cell)
{
    const size_t index = size_t(column);
    if (index >= m_stamp.size()) {
        m_stamp.resize(index + 1, 0);
        m_position.resize(index + 1, 0);
    }
    Cell placed = cell;
    placed.column = column;
    if (m_stamp[index] == m_rowNumber) {
        m_cells[m_position[index]] = placed;
        return true;
    }
    m_stamp[index] = m_rowNumber;
    m_position[index] = uint32_t(m_cells.size());
    m_cells.push_back(placed);
    return false;
}

const Cell* TableRows::current(int column) const
{
    const size_t index = size_t(column);
    if (index >= m_stamp.size() || m_stamp[index] != m_rowNumber) {
        return nullptr;
    }
    return &m_cells[m_position[index]];
}

void TableRows::endRow()
{
    m_rowEnds.push_back(uint32_t(m_cells.size()));
}

void TableRows::clear()
{
    m_cells.clear();
    m_rowEnds.clear();
    m_rowStart = 0;
    // The stamps stay: row numbers keep growing, so old stamps never match.
}

RowBatch::RowBatch() = default;
RowBatch::~RowBatch() = default;

TableRows& RowBatch::rowsOf(TableSchema* table)
{
    auto it = m_rows.find(table);
    if (it == m_rows.end()) {
        it = m_rows.emplace(table, std::make_unique<TableRows>(table)).first;
    }
    TableRows* rows = it->second.get();
    if (!rows->listed) {
        rows->listed = true;
        m_order.push_back(rows);
    }
    return *rows;
}

size_t RowBatch::rowCount() const
{
    size_t count = 0;
    for (const TableRows* rows : m_order) {
        count += rows->rowCount();
    }
    return count;
}

std::string_view RowBatch::keep(std::string_view text)
{
    if (text.empty()) {
        return {};
    }
    if (text.size() > kBlockSize / 4) {
        m_large.push_back(std::make_unique<char[]>(text.size()));
        std::memcpy(m_large.back().get(), text.data(), text.size());
        return {m_large.back().get(), text.size()};
    }
    if (m_blocks.empty() || m_blockUsed + text.size() > kBlockSize) {
        if (!m_blocks.empty()) {
            ++m_blockIndex;
        }
        if (m_blockIndex >= m_blocks.size()) {
            m_blocks.push_back(std::make_unique<char[]>(kBlockSize));
        }
        m_blockUsed = 0;
    }
    char* at = m_blocks[m_blockIndex].get() + m_blockUsed;
    std::memcpy(at, text.data(), text.size());
    m_blockUsed += text.size();
    return {at, text.size()};
}

void RowBatch::clear()
{
    for (TableRows* rows : m_order) {
        rows->clear();
        rows->listed = false;
    }
    m_order.clear();
    ++m_generation;
    m_blockIndex = 0;
    m_blockUsed = 0;
    m_large.clear();
}
