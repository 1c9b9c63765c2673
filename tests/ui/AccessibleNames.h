// Views a screen reader would announce without a name (AT-SPI says only
// "table" or "tree"): every list, table, tree and plot needs one.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QHeaderView>
#include <QStringList>
#include <QWidget>

#include <qcustomplot.h>

inline QStringList unnamedViews(const QWidget* root)
{
    QStringList unnamed;
    QList<QWidget*> views;
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        // A header is part of its table, which carries the name.
        if (!qobject_cast<QHeaderView*>(view)) {
            views << view;
        }
    }
    for (QCustomPlot* plot : root->findChildren<QCustomPlot*>()) {
        views << plot;
    }
    for (const QWidget* view : std::as_const(views)) {
        // A combo box's popup list is named by the combo box itself.
        if (view->accessibleName().trimmed().isEmpty()
            && !view->objectName().startsWith(QLatin1String("qt_"))
            && !view->parentWidget()->inherits("QComboBoxPrivateContainer")) {
            unnamed << QLatin1String(view->metaObject()->className()) + u' ' + view->objectName();
        }
    }
    return unnamed;
}

// Controls (fields, lists to pick from, buttons) shown without a name of
// their own: a screen reader would say only "edit" or "combo box".
inline QStringList unnamedControls(const QWidget* root)
{
    QStringList unnamed;
    for (const QWidget* widget : root->findChildren<QWidget*>()) {
        const bool control = widget->inherits("QLineEdit") || widget->inherits("QComboBox")
            || widget->inherits("QAbstractButton") || widget->inherits("QAbstractSpinBox")
            || widget->inherits("QPlainTextEdit");
        // A button's text is what a screen reader says of it.
        const auto* button = qobject_cast<const QAbstractButton*>(widget);
        const bool saysItsText = button && !button->text().remove(u'&').trimmed().isEmpty();
        if (control && !saysItsText && widget->isVisibleTo(root)
            && widget->accessibleName().trimmed().isEmpty()
            && !widget->objectName().startsWith(QLatin1String("qt_"))) {
            unnamed << QLatin1String(widget->metaObject()->className()) + u' '
                    + widget->objectName();
        }
    }
    return unnamed;
}
