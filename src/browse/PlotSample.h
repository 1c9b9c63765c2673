// The points of a plot of two columns of what a grid shows: at most a
// bounded number, taken evenly through the rows in the grid's order, with
// a word on whether they are all of them (DB Browser's plot says when it
// covers only part of the data; so does this). Text on the x axis becomes
// categories; timestamps become seconds since 1970.
#pragma once

#include "browse/BrowseConnection.h"
#include "browse/RowQuery.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <optional>

struct PlotSample
{
    Q_DECLARE_TR_FUNCTIONS(PlotSample)

public:
    enum class Axis { Number, Time, Category };

    QVector<double> x;
    QVector<double> y;
    Axis xAxis = Axis::Number;
    // For a Category axis: the label of each x (0, 1, …).
    QStringList categories;
    // Rows the grid has, and rows skipped because y was not a number.
    qint64 rows = 0;
    qint64 skipped = 0;
    // Every k-th row was taken (1: all).
    qint64 every = 1;

    bool isPartial() const
    {
        return every > 1;
    }

    static std::optional<PlotSample> read(BrowseConnection& connection, const RowQuery& query,
                                          int xColumn, int yColumn, qint64 rows, int maxPoints,
                                          const std::atomic<bool>& cancelled, QString* error);
};

Q_DECLARE_METATYPE(PlotSample)
