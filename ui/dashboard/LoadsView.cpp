#include "dashboard/LoadsView.h"

#include "common/PlainTextLabel.h"
#include "dashboard/ChartExport.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <qcustomplot.h>

namespace {

// Distinct, colour-blind-friendly hues (Okabe–Ito), then repeated.
QColor colourOf(int index)
{
    static const QColor palette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00),
                                     QColor(0x00, 0x9e, 0x73), QColor(0xcc, 0x79, 0xa7),
                                     QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0xf0, 0xe4, 0x42), QColor(0x00, 0x00, 0x00)};
    return palette[index % 8];
}

void labelAxis(QCPAxis* axis, const QStringList& labels)
{
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (int i = 0; i < labels.size(); ++i) {
        ticker->addTick(i + 1, labels.at(i));
    }
    axis->setTicker(ticker);
    axis->setTickLabelRotation(labels.size() > 6 ? 45 : 0);
}

} // namespace

LoadsView::LoadsView(QWidget* parent)
    : QWidget(parent)
    , m_status(PlainTextLabel::create(this, "loadsStatus"))
    , m_charts(new QTabWidget(this))
    , m_rowsChart(makeChart("rowsPerLoadChart"))
    , m_durationChart(makeChart("loadDurationChart"))
    , m_sizeChart(makeChart("tableSizeChart"))
    , m_loads(new QTableView(this))
    , m_state(new QTableView(this))
    , m_loadsModel(new QStandardItemModel(this))
    , m_stateModel(new QStandardItemModel(this))
    , m_stateSummary(PlainTextLabel::create(this, "stateSummary"))
    , m_exportChart(new QPushButton(this))
    , m_showLoad(new QPushButton(this))
{
    setObjectName(QStringLiteral("loadsView"));
    m_charts->setObjectName(QStringLiteral("loadCharts"));
    m_charts->addTab(m_rowsChart, QString());
    m_charts->addTab(m_durationChart, QString());
    m_charts->addTab(m_sizeChart, QString());
    for (QTableView* table : {m_loads, m_state}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->horizontalHeader()->setStretchLastSection(true);
        table->verticalHeader()->hide();
    }
    m_loads->setObjectName(QStringLiteral("loadsTable"));
    m_loads->setModel(m_loadsModel);
    m_state->setObjectName(QStringLiteral("stateTable"));
    m_state->setModel(m_stateModel);
    m_exportChart->setObjectName(QStringLiteral("exportChartButton"));
    m_showLoad->setObjectName(QStringLiteral("showLoadRowsButton"));
    connect(m_exportChart, &QPushButton::clicked, this, &LoadsView::exportChart);
    connect(m_showLoad, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_loads->currentIndex();
        if (current.isValid()) {
            Q_EMIT loadChosen(m_loadsModel->item(current.row(), 0)->text());
        }
    });
    connect(m_loads, &QTableView::activated, this, [this](const QModelIndex& index) {
        Q_EMIT loadChosen(m_loadsModel->item(index.row(), 0)->text());
    });

    auto* chartButtons = new QHBoxLayout;
    chartButtons->addStretch(1);
    chartButtons->addWidget(m_exportChart);
    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_charts, 1);
    topLayout->addLayout(chartButtons);
    auto* loadsBox = new QWidget(this);
    auto* loadsLayout = new QVBoxLayout(loadsBox);
    loadsLayout->setContentsMargins(0, 0, 0, 0);
    loadsLayout->addWidget(m_loads, 1);
    loadsLayout->addWidget(m_showLoad, 0, Qt::AlignLeft);
    auto* stateBox = new QWidget(this);
    auto* stateLayout = new QVBoxLayout(stateBox);
    stateLayout->setContentsMargins(0, 0, 0, 0);
    stateLayout->addWidget(m_stateSummary);
    stateLayout->addWidget(m_state, 1);
    auto* bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(loadsBox);
    bottom->addWidget(stateBox);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(bottom);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    retranslateUi();
}

QCustomPlot* LoadsView::makeChart(const char* name)
{
    auto* chart = new QCustomPlot(this);
    chart->setObjectName(QString::fromLatin1(name));
    chart->setMinimumHeight(220);
    chart->legend->setVisible(false);
    chart->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    chart->setFocusPolicy(Qt::StrongFocus);
    return chart;
}

void LoadsView::retranslateUi()
{
    m_charts->setTabText(0, tr("Ro&ws per Load"));
    m_charts->setTabText(1, tr("Durat&ions"));
    m_charts->setTabText(2, tr("Table &Sizes"));
    m_charts->setAccessibleName(tr("Charts of the loads"));
    m_rowsChart->setAccessibleName(tr("Chart: rows loaded per load per table"));
    m_durationChart->setAccessibleName(tr("Chart: how long each load took"));
    m_sizeChart->setAccessibleName(tr("Chart: size of each table"));
    m_loads->setAccessibleName(tr("Loads"));
    m_state->setAccessibleName(tr("Incremental cursors of the pipeline state"));
    m_exportChart->setText(tr("E&xport Chart…"));
    m_showLoad->setText(tr("Show Rows of This &Load"));
    m_showLoad->setToolTip(tr("The current table's rows that this load wrote"));
    m_loadsModel->setHorizontalHeaderLabels(
        {tr("Load"), tr("Started"), tr("Took"), tr("Status"), tr("Schema version"), tr("Rows")});
    m_stateModel->setHorizontalHeaderLabels(
        {tr("Endpoint"), tr("Cursor"), tr("Last value"), tr("Initial value")});
    if (!m_statistics.loads.isEmpty() || !m_statistics.sizes.isEmpty()) {
        showStatistics(m_statistics);
    }
}

void LoadsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void LoadsView::showReading()
{
    m_status->setText(tr("Reading the loads…"));
}

void LoadsView::showError(const QString& error)
{
    m_status->setText(error);
}

QString LoadsView::loadLabel(const LoadRecord& load) const
{
    return load.started.isValid()
        ? QLocale().toString(load.started.toLocalTime(), QLocale::ShortFormat)
        : load.loadId;
}

void LoadsView::showStatistics(const LoadStatistics& statistics)
{
    m_statistics = statistics;
    qint64 rows = 0;
    for (const LoadRecord& load : statistics.loads) {
        rows += load.rows();
    }
    m_status->setText(statistics.loads.isEmpty()
                          ? tr("No load recorded in this file (it has no _dlt_loads table, or "
                               "the table is empty).")
                          : tr("%n load(s), %1 rows in all.", nullptr, int(statistics.loads.size()))
                                .arg(QLocale().toString(rows)));
    drawRowsPerLoad();
    drawDurations();
    drawSizes();
    fillTables();
}

void LoadsView::drawRowsPerLoad()
{
    QCustomPlot* chart = m_rowsChart;
    chart->clearPlottables();
    QStringList tables;
    for (const LoadRecord& load : std::as_const(m_statistics.loads)) {
        for (auto it = load.rowsByTable.cbegin(); it != load.rowsByTable.cend(); ++it) {
            if (!tables.contains(it.key())) {
                tables << it.key();
            }
        }
    }
    QStringList labels;
    for (const LoadRecord& load : std::as_const(m_statistics.loads)) {
        labels << loadLabel(load);
    }
    QCPBars* below = nullptr;
    double highest = 0;
    QVector<double> totals(m_statistics.loads.size(), 0);
    for (int t = 0; t < tables.size(); ++t) {
        auto* bars = new QCPBars(chart->xAxis, chart->yAxis);
        bars->setName(tables.at(t));
        bars->setPen(QPen(colourOf(t).darker(120)));
        bars->setBrush(colourOf(t));
        bars->setWidth(0.6);
        QVector<double> keys;
        QVector<double> values;
        for (int l = 0; l < m_statistics.loads.size(); ++l) {
            keys << l + 1;
            const double value = double(m_statistics.loads.at(l).rowsByTable.value(tables.at(t)));
            values << value;
            totals[l] += value;
            highest = qMax(highest, totals.at(l));
        }
        bars->setData(keys, values, true);
        if (below) {
            bars->moveAbove(below);
        }
        below = bars;
    }
    labelAxis(chart->xAxis, labels);
    chart->xAxis->setLabel(tr("Load"));
    chart->yAxis->setLabel(tr("Rows"));
    chart->xAxis->setRange(0.3, labels.size() + 0.7);
    chart->yAxis->setRange(0, highest > 0 ? highest * 1.1 : 1);
    chart->legend->setVisible(!tables.isEmpty());
    chart->replot();
}

void LoadsView::drawDurations()
{
    QCustomPlot* chart = m_durationChart;
    chart->clearPlottables();
    auto* bars = new QCPBars(chart->xAxis, chart->yAxis);
    bars->setName(tr("Seconds"));
    bars->setBrush(colourOf(0));
    bars->setWidth(0.6);
    QVector<double> keys;
    QVector<double> values;
    QStringList labels;
    double longest = 0;
    for (int l = 0; l < m_statistics.loads.size(); ++l) {
        keys << l + 1;
        values << m_statistics.loads.at(l).seconds();
        longest = qMax(longest, values.last());
        labels << loadLabel(m_statistics.loads.at(l));
    }
    bars->setData(keys, values, true);
    labelAxis(chart->xAxis, labels);
    chart->xAxis->setLabel(tr("Load"));
    chart->yAxis->setLabel(tr("Seconds (from the load's start to its commit)"));
    chart->xAxis->setRange(0.3, labels.size() + 0.7);
    chart->yAxis->setRange(0, longest > 0 ? longest * 1.1 : 1);
    chart->replot();
}

void LoadsView::drawSizes()
{
    QCustomPlot* chart = m_sizeChart;
    chart->clearPlottables();
    auto* bars = new QCPBars(chart->yAxis, chart->xAxis);
    bars->setName(tr("Size"));
    bars->setBrush(colourOf(2));
    bars->setWidth(0.6);
    QVector<double> keys;
    QVector<double> values;
    QStringList labels;
    double largest = 0;
    const bool bytes = !m_statistics.sizes.isEmpty() && m_statistics.sizes.first().bytes >= 0;
    for (int i = 0; i < m_statistics.sizes.size(); ++i) {
        const TableSize& size = m_statistics.sizes.at(i);
        keys << i + 1;
        values << (bytes ? double(size.bytes) / (1024.0 * 1024.0) : double(size.rows));
        largest = qMax(largest, values.last());
        labels << size.table;
    }
    bars->setData(keys, values, true);
    labelAxis(chart->yAxis, labels);
    chart->yAxis->setTickLabelRotation(0);
    chart->xAxis->setLabel(bytes ? tr("MB on disk") : tr("Rows"));
    chart->yAxis->setRange(0.3, labels.size() + 0.7);
    chart->xAxis->setRange(0, largest > 0 ? largest * 1.1 : 1);
    chart->replot();
}

void LoadsView::fillTables()
{
    m_loadsModel->removeRows(0, m_loadsModel->rowCount());
    for (const LoadRecord& load : std::as_const(m_statistics.loads)) {
        QList<QStandardItem*> row{
            new QStandardItem(load.loadId),
            new QStandardItem(load.started.isValid() ? QLocale().toString(
                                  load.started.toLocalTime(), QLocale::ShortFormat)
                                                     : QString()),
            new QStandardItem(tr("%1 s").arg(QLocale().toString(load.seconds(), 'f', 2))),
            new QStandardItem(load.status == 0 ? tr("completed")
                                  : load.status < 0
                                  ? tr("not committed (rows without a load record)")
                                  : QString::number(load.status)),
            new QStandardItem(load.schemaVersion >= 0 ? QString::number(load.schemaVersion)
                                                      : QString()),
            new QStandardItem(QLocale().toString(load.rows()))};
        QStringList perTable;
        for (auto it = load.rowsByTable.cbegin(); it != load.rowsByTable.cend(); ++it) {
            perTable << tr("%1: %2").arg(it.key(), QLocale().toString(it.value()));
        }
        row.last()->setToolTip(perTable.join(QLatin1Char('\n')));
        m_loadsModel->appendRow(row);
    }
    m_stateModel->removeRows(0, m_stateModel->rowCount());
    for (const StateCursor& cursor : std::as_const(m_statistics.cursors)) {
        m_stateModel->appendRow(
            {new QStandardItem(cursor.resource), new QStandardItem(cursor.cursorPath),
             new QStandardItem(cursor.lastValue), new QStandardItem(cursor.initialValue)});
    }
    m_stateSummary->setText(m_statistics.stateSummary.isEmpty()
                                ? tr("No pipeline state in this file.")
                                : m_statistics.stateSummary);
    m_loads->resizeColumnsToContents();
    m_state->resizeColumnsToContents();
    m_showLoad->setEnabled(!m_statistics.loads.isEmpty());
}

QCustomPlot* LoadsView::currentChart() const
{
    return qobject_cast<QCustomPlot*>(m_charts->currentWidget());
}

void LoadsView::exportChart()
{
    const QString said = ChartExport::saveAs(this, currentChart(), currentChart()->objectName());
    if (!said.isEmpty()) {
        Q_EMIT message(said);
    }
}
