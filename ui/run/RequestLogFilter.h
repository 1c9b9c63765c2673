// What the request log shows: one endpoint's requests or all, and the
// failures and retries only or everything.
#pragma once

#include <QSortFilterProxyModel>

class RequestLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RequestLogFilter(QObject* parent = nullptr);

    // Empty: every endpoint.
    void setEndpoint(const QString& endpoint);
    void setFailuresOnly(bool only);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_endpoint;
    bool m_failuresOnly = false;
};
