// Views a screen reader would announce without a name (AT-SPI says only
// "table" or "tree"): every list, table, tree and plot needs one.
#pragma once

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
