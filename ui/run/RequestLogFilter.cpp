#include "run/RequestLogFilter.h"

#include "run/RequestLogModel.h"

RequestLogFilter::RequestLogFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void RequestLogFilter::setEndpoint(const QString& endpoint)
{
    m_endpoint = endpoint;
    invalidateFilter();
}

void RequestLogFilter::setFailuresOnly(bool only)
{
    m_failuresOnly = only;
    invalidateFilter();
}

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex endpoint =
        model->index(sourceRow, RequestLogModel::EndpointColumn, sourceParent);
    if (!m_endpoint.isEmpty() && endpoint.data().toString() != m_endpoint) {
        return false;
    }
    return !m_failuresOnly || endpoint.data(RequestLogModel::FailureRole).toBool();
}
