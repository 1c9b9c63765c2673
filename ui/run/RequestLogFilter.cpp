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

void RequestLogFilter::setStatus(Status status)
{
    m_status = status;
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
    if (m_failuresOnly && !endpoint.data(RequestLogModel::FailureRole).toBool()) {
        return false;
    }
    const int status = endpoint.data(RequestLogModel::StatusRole).toInt();
    switch (m_status) {
    case Status::Any:
        return true;
    case Status::Success:
        return status >= 200 && status < 300;
    case Status::ClientError:
        return status >= 400 && status < 500;
    case Status::ServerError:
        return status >= 500;
    case Status::NoAnswer:
        return status == 0;
    case Status::Notes:
        return status < 0;
    }
    return true;
}
