#include "dashboard/RowsDelegate.h"

#include "browse/RowsModel.h"

#include <QPalette>

void RowsDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QColor faint = option->palette.color(QPalette::Disabled, QPalette::Text);
    if (!index.data(RowsModel::LoadedRole).toBool()) {
        option->text = QStringLiteral("…");
        option->palette.setColor(QPalette::Text, faint);
        return;
    }
    if (index.data(RowsModel::NullRole).toBool()) {
        option->text = QStringLiteral("NULL");
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, faint);
        return;
    }
    const QVariant value = index.data();
    if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Double) {
        option->displayAlignment = Qt::AlignRight | Qt::AlignVCenter;
    }
    // One line per cell: a line break shows as a symbol.
    option->text.replace(QLatin1Char('\n'), QChar(0x21B5));
    if (index.data(RowsModel::CutRole).toBool()) {
        option->text += QStringLiteral("…");
    }
}
