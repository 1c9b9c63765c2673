// Saves a chart as the file name says: PNG, SVG or PDF, at the size it has
// on screen (twice the pixels for PNG, sharp on a high-density screen).
#pragma once

#include <QCoreApplication>
#include <QString>

class QCustomPlot;
class QWidget;

class ChartExport
{
    Q_DECLARE_TR_FUNCTIONS(ChartExport)

public:
    // Empty when saved; else why not.
    static QString save(QCustomPlot* plot, const QString& path);
    // Asks where (PNG, SVG or PDF), then saves; the outcome as a sentence,
    // empty when the person cancelled.
    static QString saveAs(QWidget* parent, QCustomPlot* plot, const QString& suggestedName);
};
