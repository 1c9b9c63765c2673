// A plot of any two columns of the rows shown (a table, filtered and
// sorted, or a query's result), as DB Browser for SQLite's plot dock: line,
// scatter or bars. Read on the tasks' thread, at most a bounded number of
// points, and said so when the plot covers only part of the rows.
#pragma once

#include "browse/PlotSample.h"

#include <QPointer>
#include <QWidget>

class BrowseTasks;
class QComboBox;
class QCustomPlot;
class QLabel;
class QPushButton;
class RowsModel;

class PlotView : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Line, Scatter, Bars };
    // Enough to see a shape; few enough to draw within a frame or two.
    static constexpr int kMostPoints = 20000;

    explicit PlotView(QWidget* parent = nullptr);

    // Which rows to plot, read through which tasks (their connection must
    // be on the rows' file).
    void setSource(BrowseTasks* tasks, RowsModel* rows, const QString& description);
    void plot();

    QComboBox* xColumn() const
    {
        return m_x;
    }
    QComboBox* yColumn() const
    {
        return m_y;
    }
    QComboBox* kind() const
    {
        return m_kind;
    }
    QCustomPlot* chart() const
    {
        return m_chart;
    }
    QLabel* coverage() const
    {
        return m_coverage;
    }
    const PlotSample& sample() const
    {
        return m_sample;
    }

Q_SIGNALS:
    void plotted();
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void fillColumns();
    void draw();

    QPointer<BrowseTasks> m_tasks;
    QPointer<RowsModel> m_rows;
    QString m_description;
    quint64 m_task = 0;
    PlotSample m_sample;
    QLabel* m_source;
    QComboBox* m_x;
    QComboBox* m_y;
    QComboBox* m_kind;
    QPushButton* m_plot;
    QPushButton* m_export;
    QLabel* m_coverage;
    QCustomPlot* m_chart;
};
