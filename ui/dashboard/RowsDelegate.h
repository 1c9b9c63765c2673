// How a cell of the rows grid looks: NULL in grey italics (not an empty
// string), a row not read yet as "…", a cut value ending in "…", numbers to
// the right.
#pragma once

#include <QStyledItemDelegate>

class RowsDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};
