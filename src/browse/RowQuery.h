// Which rows a grid shows, and the SQL that reads them a chunk at a time:
// a table (or view) of the file, the filters typed under its headers, a
// condition from following the data (child rows of a row, one load), and
// the sort. Chunks are found by key (rowid anchors), never by a large
// OFFSET, so the last chunk costs what the first does.
#pragma once

#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

class RowQuery
{
public:
    // Rows per chunk: one chunk is one read, one anchor, one cache entry.
    static constexpr int kChunkRows = 128;

    QString table;
    QStringList columns;
    // A view, or a table WITHOUT ROWID: no anchors, chunks by OFFSET.
    bool hasRowid = true;
    // Column name → filter text (RowFilter's syntax).
    QList<QPair<QString, QString>> filters;
    // A condition of its own, in SQL over the table's columns ("_dlt_parent_id
    // = ?"), and what it says in words for the breadcrumb.
    QString condition;
    QVariantList conditionValues;
    // -1: the file's order (rowid).
    int sortColumn = -1;
    bool descending = false;

    // The whole WHERE (filters and condition), or empty; *errors names the
    // filters that could not be read (they are left out).
    QString where(QVariantList* values, QList<QPair<QString, QString>>* errors = nullptr) const;
    // "rowid" when sorted by the file's order, else the sort column quoted.
    QString sortKey() const;
    bool sortedByRowid() const
    {
        return sortColumn < 0 || sortColumn >= columns.size();
    }
    QString orderBy() const;
    // The columns asked for, quoted, with the rowid first when there is one.
    QString selectList() const;
    QString from() const;

    // The first chunk, straight (no anchor needed).
    QString firstChunk(QVariantList* values) const;
    // In rowid order, the chunk that starts at an anchor (its first rowid).
    QString chunkAt(qint64 anchor, QVariantList* values) const;
    // The chunk at a row number, by OFFSET: for a view, or before the anchors
    // are counted that far.
    QString chunkByOffset(qint64 firstRow, QVariantList* values) const;
    // Sorted by a column without an index, a keyed read still sorts the
    // whole table: the rowids in the sorted order are kept once in a
    // temporary table instead (SQLite's temp file, not memory), and a chunk
    // is then a join on its row numbers.
    QString sortedRowids(QVariantList* values) const;
    QString chunkFromSortedRowids(const QString& orderTable, qint64 chunk) const;
    // Every row's rowid in order, for counting and anchoring (sorted by a
    // column or in a view: only a row each, for counting).
    QString keys(QVariantList* values) const;
    // Without filters in rowid order: count, min and max rowid (a table
    // without gaps needs no scan: row n is min + n).
    QString countAndRange() const;
};

Q_DECLARE_METATYPE(RowQuery)
