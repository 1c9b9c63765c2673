// "Use these" of Test request: the data selector and paginator it detected
// written into the endpoint's row, as edits of the table (checked the same
// way) and one step to undo. A paginator's fields (next_url_path…), which
// the table's cell does not hold, are written too.
#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

class EndpointTableModel;

class DetectedWriter
{
    Q_DECLARE_TR_FUNCTIONS(DetectedWriter)

public:
    explicit DetectedWriter(EndpointTableModel* model);

    // dataSelector empty, or paginator undefined: that one stays as it is.
    void write(const QString& resource, const QString& dataSelector, const QJsonValue& paginator);

private:
    void writePaginator(int row, const QString& resource, const QJsonValue& paginator);

    EndpointTableModel* m_model;
};
