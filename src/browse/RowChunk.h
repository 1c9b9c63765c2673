// One chunk of a grid's rows as read from the file: RowQuery::kChunkRows
// rows (fewer at the end), their rowids, and which cells were cut short for
// the grid (the cell viewer reads those whole).
#pragma once

#include <QList>
#include <QMetaType>
#include <QSet>
#include <QVariant>

struct RowChunk
{
    QList<QVariantList> rows;
    // -1 for every row of a view (no rowid).
    QList<qint64> rowids;
    // row * columns + column of each cell cut short.
    QSet<int> cut;
    qint64 bytes = 0;
};

Q_DECLARE_METATYPE(RowChunk)
