#include "dashboard/PlotView.h"

#include "browse/BrowseTasks.h"
#include "browse/RowsModel.h"
#include "common/PlainTextLabel.h"
#include "dashboard/ChartExport.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <qcustomplot.h>

PlotView::PlotView(QWidget* parent)
    : QWidget(parent)
    , m_source(PlainTextLabel::create(this, "plotSource"))
    , m_x(new QComboBox(this))
    , m_y(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_plot(new QPushButton(this))
    , m_export(new QPushButton(this))
    , m_coverage(PlainTextLabel::create(this, "plotCoverage"))
    , m_chart(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("plotView"));
    m_x->setObjectName(QStringLiteral("plotX"));
    m_y->setObjectName(QStringLiteral("plotY"));
    m_kind->setObjectName(QStringLiteral("plotKind"));
    m_plot->setObjectName(QStringLiteral("plotButton"));
    m_export->setObjectName(QStringLiteral("exportPlotButton"));
    m_chart->setObjectName(QStringLiteral("plotChart"));
    m_chart->setMinimumHeight(240);
    m_chart->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_chart->setFocusPolicy(Qt::StrongFocus);
    // Thousands of antialiased discs cost a frame each; crisp ones do not.
    m_chart->setNotAntialiasedElements(QCP::aeScatters | QCP::aePlottables);
    m_kind->addItems({QString(), QString(), QString()});
    connect(m_plot, &QPushButton::clicked, this, &PlotView::plot);
    connect(m_kind, qOverload<int>(&QComboBox::currentIndexChanged), this, &PlotView::draw);
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString said = ChartExport::saveAs(this, m_chart, QStringLiteral("plot"));
        if (!said.isEmpty()) {
            Q_EMIT message(said);
        }
    });
    auto* form = new QFormLayout;
    form->addRow(m_source);
    auto* xLabel = new QLabel(this);
    auto* yLabel = new QLabel(this);
    auto* kindLabel = new QLabel(this);
    xLabel->setObjectName(QStringLiteral("plotXLabel"));
    yLabel->setObjectName(QStringLiteral("plotYLabel"));
    kindLabel->setObjectName(QStringLiteral("plotKindLabel"));
    xLabel->setBuddy(m_x);
    yLabel->setBuddy(m_y);
    kindLabel->setBuddy(m_kind);
    form->addRow(xLabel, m_x);
    form->addRow(yLabel, m_y);
    form->addRow(kindLabel, m_kind);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_plot);
    buttons->addWidget(m_export);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_coverage);
    layout->addWidget(m_chart, 1);
    retranslateUi();
}

void PlotView::retranslateUi()
{
    findChild<QLabel*>(QStringLiteral("plotXLabel"))->setText(tr("&X axis:"));
    findChild<QLabel*>(QStringLiteral("plotYLabel"))->setText(tr("&Y axis:"));
    findChild<QLabel*>(QStringLiteral("plotKindLabel"))->setText(tr("&Kind:"));
    m_kind->setItemText(int(Kind::Line), tr("Line"));
    m_kind->setItemText(int(Kind::Scatter), tr("Scatter"));
    m_kind->setItemText(int(Kind::Bars), tr("Bars"));
    m_plot->setText(tr("&Plot"));
    m_export->setText(tr("Export &Chart…"));
    m_chart->setAccessibleName(tr("Plot of two columns"));
    m_x->setAccessibleName(tr("Column on the X axis"));
    m_y->setAccessibleName(tr("Column on the Y axis"));
    m_kind->setAccessibleName(tr("Kind of plot"));
    m_source->setText(m_description.isEmpty() ? tr("Open a table or run a query to plot it.")
                                              : tr("Plotting: %1").arg(m_description));
}

void PlotView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void PlotView::setSource(BrowseTasks* tasks, RowsModel* rows, const QString& description)
{
    if (m_tasks != tasks) {
        if (m_tasks) {
            disconnect(m_tasks, nullptr, this, nullptr);
        }
        m_tasks = tasks;
        connect(tasks, &BrowseTasks::finished, this,
                [this](quint64 task, const QVariant& answer, const QString& error) {
                    if (task != m_task) {
                        return;
                    }
                    m_task = 0;
                    m_plot->setEnabled(true);
                    if (!error.isEmpty()) {
                        m_coverage->setText(error);
                        return;
                    }
                    m_sample = answer.value<PlotSample>();
                    draw();
                    Q_EMIT plotted();
                });
    }
    m_rows = rows;
    m_description = description;
    fillColumns();
    retranslateUi();
}

void PlotView::fillColumns()
{
    const QStringList columns = m_rows ? m_rows->query().columns : QStringList();
    const QString x = m_x->currentText();
    const QString y = m_y->currentText();
    m_x->clear();
    m_y->clear();
    m_x->addItems(columns);
    m_y->addItems(columns);
    m_x->setCurrentIndex(qMax(0, int(columns.indexOf(x))));
    m_y->setCurrentIndex(columns.contains(y) ? int(columns.indexOf(y))
                                             : qMin(1, int(columns.size()) - 1));
}

void PlotView::plot()
{
    if (!m_tasks || !m_rows || m_x->currentIndex() < 0 || m_y->currentIndex() < 0 || m_task) {
        return;
    }
    const RowQuery query = m_rows->query();
    const int x = m_x->currentIndex();
    const int y = m_y->currentIndex();
    const qint64 rows = m_rows->rowCount();
    m_plot->setEnabled(false);
    m_coverage->setText(tr("Reading the points…"));
    m_task = m_tasks->post([query, x, y, rows](BrowseConnection& connection,
                                               BrowseTasks::Control& control,
                                               QString* error) -> QVariant {
        const auto sample =
            PlotSample::read(connection, query, x, y, rows, kMostPoints, control.cancelled, error);
        return sample ? QVariant::fromValue(*sample) : QVariant();
    });
}

void PlotView::draw()
{
    m_chart->clearPlottables();
    if (m_sample.x.isEmpty()) {
        m_chart->replot();
        if (m_sample.rows > 0) {
            m_coverage->setText(tr("No row has a number in %1.").arg(m_y->currentText()));
        }
        return;
    }
    const Kind kind = Kind(qMax(0, m_kind->currentIndex()));
    // Rows read in the grid's order are often in x's order too: then
    // QCustomPlot need not sort them.
    const bool sorted = std::is_sorted(m_sample.x.cbegin(), m_sample.x.cend());
    if (kind == Kind::Bars) {
        auto* bars = new QCPBars(m_chart->xAxis, m_chart->yAxis);
        bars->setData(m_sample.x, m_sample.y, sorted);
        bars->setBrush(QColor(0x00, 0x72, 0xb2));
        bars->setWidth(m_sample.xAxis == PlotSample::Axis::Category ? 0.6 : 0);
    } else {
        auto* graph = m_chart->addGraph();
        graph->setData(m_sample.x, m_sample.y, sorted);
        graph->setPen(QPen(QColor(0x00, 0x72, 0xb2)));
        if (kind == Kind::Scatter) {
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, 3));
        }
    }
    if (m_sample.xAxis == PlotSample::Axis::Time) {
        QSharedPointer<QCPAxisTickerDateTime> ticker(new QCPAxisTickerDateTime);
        ticker->setDateTimeSpec(Qt::UTC);
        m_chart->xAxis->setTicker(ticker);
    } else if (m_sample.xAxis == PlotSample::Axis::Category) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (int i = 0; i < m_sample.categories.size() && i < 200; ++i) {
            ticker->addTick(i, m_sample.categories.at(i));
        }
        m_chart->xAxis->setTicker(ticker);
    } else {
        m_chart->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    m_chart->xAxis->setLabel(m_x->currentText());
    m_chart->yAxis->setLabel(m_y->currentText());
    m_chart->rescaleAxes();
    m_chart->replot();
    QString coverage = m_sample.isPartial()
        ? tr("One row in %1 of %2: the plot covers part of the rows.")
              .arg(QLocale().toString(m_sample.every), QLocale().toString(m_sample.rows))
        : tr("All %1 rows.").arg(QLocale().toString(m_sample.rows));
    if (m_sample.skipped > 0) {
        coverage += QLatin1Char(' ')
            + tr("%1 rows left out: no number in %2 or no value in %3.")
                  .arg(QLocale().toString(m_sample.skipped), m_y->currentText(),
                       m_x->currentText());
    }
    m_coverage->setText(coverage);
}
