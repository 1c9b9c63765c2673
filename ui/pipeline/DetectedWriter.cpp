#include "pipeline/DetectedWriter.h"

#include "pipeline/EndpointTableModel.h"
#include "source/PipelineDocument.h"

#include <QJsonObject>

DetectedWriter::DetectedWriter(EndpointTableModel* model)
    : m_model(model)
{ }

void DetectedWriter::write(const QString& resource, const QString& dataSelector,
                           const QJsonValue& paginator)
{
    const int row = m_model->rowOfResource(resource);
    if (row < 0) {
        return;
    }
    // Selector and paginator are one step to undo.
    m_model->undoStack()->beginMacro(tr("Use what Test request detected for %1").arg(resource));
    if (!dataSelector.isEmpty()) {
        m_model->setData(m_model->index(row, EndpointTableModel::DataSelectorColumn), dataSelector);
    }
    writePaginator(row, resource, paginator);
    m_model->undoStack()->endMacro();
}

void DetectedWriter::writePaginator(int row, const QString& resource, const QJsonValue& paginator)
{
    if (paginator.isString()) {
        m_model->setData(m_model->index(row, EndpointTableModel::PaginatorColumn),
                         paginator.toString());
        return;
    }
    if (!paginator.isObject()) {
        return;
    }
    PipelineDocument* document = m_model->document();
    // A short form ("name", "endpoint": "path") becomes an object first.
    if (!document->value(PipelineDocument::resourcePath(row) + QStringLiteral(".endpoint"))
             .isObject()) {
        m_model->setData(m_model->index(row, EndpointTableModel::PaginatorColumn),
                         paginator[QStringLiteral("type")].toString());
    }
    PipelineDocument copy;
    copy.fromBytes(document->bytes());
    if (copy.setValue(PipelineDocument::resourcePath(row) + QStringLiteral(".endpoint.paginator"),
                      paginator)) {
        m_model->changeDocument(tr("Use the detected paginator of %1").arg(resource), copy.bytes(),
                                row);
    }
}
