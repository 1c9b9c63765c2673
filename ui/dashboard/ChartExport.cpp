#include "dashboard/ChartExport.h"

#include "common/FileChooser.h"

#include <QDir>
#include <QFileInfo>
#include <QSvgGenerator>
#include <qcustomplot.h>

QString ChartExport::save(QCustomPlot* plot, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const int width = qMax(plot->width(), 640);
    const int height = qMax(plot->height(), 400);
    bool saved = false;
    if (suffix == QLatin1String("png")) {
        saved = plot->savePng(path, width, height, 2.0);
    } else if (suffix == QLatin1String("pdf")) {
        saved = plot->savePdf(path, width, height);
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(QSize(width, height));
        svg.setViewBox(QRect(0, 0, width, height));
        svg.setTitle(plot->objectName());
        QCPPainter painter;
        if (painter.begin(&svg)) {
            plot->toPainter(&painter, width, height);
            saved = painter.end();
        }
        saved = saved && QFileInfo(path).size() > 0;
    } else {
        return tr("Name the file .png, .svg or .pdf to say which format to write.");
    }
    return saved ? QString() : tr("Cannot write %1.").arg(QDir::toNativeSeparators(path));
}

QString ChartExport::saveAs(QWidget* parent, QCustomPlot* plot, const QString& suggestedName)
{
    const QString path = FileChooser::saveFileName(
        parent, tr("Export Chart"), QDir::home().filePath(suggestedName + QStringLiteral(".png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return {};
    }
    const QString error = save(plot, path);
    return error.isEmpty() ? tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path))
                           : error;
}
