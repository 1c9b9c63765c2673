#include "run/PageHandoff.h"

#include "run/LoadWorker.h"

#include <QMetaObject>

PageHandoff::PageHandoff(LoadWorker* worker)
    : m_worker(worker)
{ }

bool PageHandoff::accept(const QString& resource, const std::vector<simdjson::dom::element>&,
                         const QJsonObject&, QString* error)
{
    // The elements die with the extractor's parser; only a page handed over
    // with its document (acceptPage) can reach the worker.
    *error = QStringLiteral("a page of %1 came without its document").arg(resource);
    return false;
}

bool PageHandoff::acceptPage(const QString& resource,
                             const std::vector<simdjson::dom::element>& records,
                             const QJsonObject& extraFields,
                             const std::shared_ptr<const simdjson::dom::document>& document,
                             qint64 pageBytes, QString* error)
{
    if (!document) {
        return accept(resource, records, extraFields, error);
    }
    // The worker only reads the document; the extractor has let go of it.
    handedOver(pageBytes);
    LoadWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, resource, records, extraFields, document, pageBytes] {
            worker->writeRecords(resource, records, extraFields, pageBytes);
        },
        Qt::QueuedConnection);
    return true;
}

void PageHandoff::handedOver(qint64 pageBytes)
{
    ++m_inFlight;
    m_bytesInFlight += pageBytes;
    m_mostInFlight = qMax(m_mostInFlight, m_inFlight);
}

bool PageHandoff::wantsMore() const
{
    // One page is always welcome, however large: the run must go on.
    return m_inFlight == 0 || (m_inFlight < kCredits && m_bytesInFlight < kPageBytesBudget);
}

void PageHandoff::pageWritten(qint64 pageBytes)
{
    const bool wasFull = !wantsMore();
    m_inFlight = qMax(0, m_inFlight - 1);
    m_bytesInFlight = qMax<qint64>(0, m_bytesInFlight - pageBytes);
    if (wasFull && wantsMore()) {
        notifyReady();
    }
}
