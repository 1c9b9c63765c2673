// Loads and State: rows loaded per load per table (child tables included)
// as stacked bars in load order, each load's duration, the size of every
// table; the list of loads with status and schema version; the pipeline
// state decoded (each endpoint's incremental cursor). Charts export to
// PNG, SVG and PDF.
#pragma once

#include "browse/LoadStatistics.h"

#include <QWidget>

class QCustomPlot;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTabWidget;
class QTableView;

class LoadsView : public QWidget
{
    Q_OBJECT

public:
    explicit LoadsView(QWidget* parent = nullptr);

    void showReading();
    void showStatistics(const LoadStatistics& statistics);
    void showError(const QString& error);

    QCustomPlot* rowsChart() const
    {
        return m_rowsChart;
    }
    QCustomPlot* durationChart() const
    {
        return m_durationChart;
    }
    QCustomPlot* sizeChart() const
    {
        return m_sizeChart;
    }
    QTableView* loadsTable() const
    {
        return m_loads;
    }
    QTableView* stateTable() const
    {
        return m_state;
    }
    QCustomPlot* currentChart() const;
    void exportChart();

Q_SIGNALS:
    // Show the rows of this load in the Rows tab.
    void loadChosen(const QString& loadId);
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    QCustomPlot* makeChart(const char* name);
    void retranslateUi();
    void drawRowsPerLoad();
    void drawDurations();
    void drawSizes();
    void fillTables();
    QString loadLabel(const LoadRecord& load) const;

    LoadStatistics m_statistics;
    QLabel* m_status;
    QTabWidget* m_charts;
    QCustomPlot* m_rowsChart;
    QCustomPlot* m_durationChart;
    QCustomPlot* m_sizeChart;
    QTableView* m_loads;
    QTableView* m_state;
    QStandardItemModel* m_loadsModel;
    QStandardItemModel* m_stateModel;
    QLabel* m_stateSummary;
    QPushButton* m_exportChart;
    QPushButton* m_showLoad;
};
