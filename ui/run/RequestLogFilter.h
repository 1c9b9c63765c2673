// What the request log shows: one endpoint's requests or all, one kind of
// answer or all, and the failures and retries only or everything.
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
    // Which answers: every one, a class of HTTP status, no answer, or the
    // run's notes (a paginator's choice, a token renewal).
    enum class Status { Any, Success, ClientError, ServerError, NoAnswer, Notes };
    void setStatus(Status status);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_endpoint;
    bool m_failuresOnly = false;
    Status m_status = Status::Any;
};
