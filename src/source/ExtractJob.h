// Extracts a pipeline's resources: pages requested with their credentials
// and retries, records selected and handed to a sink page by page, child
// resources requested once per parent record (before the parent's next
// page, so memory holds one page of parents at most), paginator and data
// selector detected when the config leaves them out. Sequential: one request
// in flight per run, which is also the per-host limit.
#pragma once

#include "core/Job.h"
#include "core/JsonParser.h"
#include "http/RetryEvent.h"
#include "http/RetryPolicy.h"
#include "source/ExtractFailure.h"
#include "source/ExtractionPlan.h"
#include "source/PipelineFile.h"
#include "source/ResourceAuths.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <simdjson.h>
#include <vector>

class CredentialSet;
class IncrementalCursor;
class PageFetchJob;
class Paginator;
class QNetworkAccessManager;
class RecordSink;
class RequestAuth;

class ExtractJob : public Job
{
    Q_OBJECT

public:
    enum Error {
        // A credential could not be built or prepared.
        AuthFailed = UserError,
        // A request failed for good (status, network, redirect).
        RequestFailed,
        // An answer that is not JSON, lacks what the config says it has, …
        ResponseFailed,
        // The sink refused the records.
        SinkFailed,
    };
    Q_ENUM(Error)

    struct Options
    {
        // Only these resources (and what feeds them); empty: every selected one.
        QStringList resources;
        // At most this many records per resource; negative: all.
        qint64 limit = -1;
        RetryPolicy retry;
        // Incremental state by resource, as state() gave it after the last run.
        QJsonObject state;
    };

    struct ResourceStats
    {
        QString name;
        qint64 pages = 0;
        qint64 records = 0;
        qint64 bytes = 0;
        // What detection chose, when the config left it open; for pinning.
        QJsonValue detectedPaginator;
        QString detectedSelector;
        // What the API said the resource holds (its paginator's total_path),
        // for a top-level resource.
        std::optional<qint64> totalPages;
        std::optional<qint64> totalRecords;
    };

    ExtractJob(QNetworkAccessManager* network, const PipelineFile& pipeline,
               CredentialSet* credentials, RecordSink* sink, const Options& options,
               QObject* parent = nullptr);
    ~ExtractJob() override;

    QList<ResourceStats> stats() const;
    QStringList warnings() const;
    // Incremental state by resource after a successful run, to keep for the
    // next one (committed with the data it describes).
    QJsonObject state() const;
    // The resources that will be requested, parents first.
    QStringList plannedResources() const;
    // Why the run failed, for a next step; Kind::None while it has not.
    ExtractFailure failure() const;

Q_SIGNALS:
    // Progress: Job's amounts (pages, records, bytes for the whole run) and
    // stats() by resource, announced by progressChanged().
    // A request failed and is tried again; the run goes on.
    void retrying(const RetryEvent& event);
    void paginatorDetected(const QString& resource, const QJsonValue& config, double confidence);
    void dataSelectorDetected(const QString& resource, const QString& selector);
    // One line of the request log: the URL with its secrets hidden, and the
    // size of the answer's body.
    void requestFinished(const QString& resource, const QString& method, const QString& url,
                         int status, qint64 milliseconds, qint64 bytes);
    void warning(const QString& text);
    // The credentials of a resource were renewed (a token refresh): before
    // they ran out, or after the API answered 401. text says why it failed.
    void credentialsRenewed(const QString& resource, bool afterUnauthorized, bool ok,
                            const QString& text);
    // A top-level resource has no more pages to ask for, and why (the
    // paginator's decision, the limit, nothing newer).
    void paginationEnded(const QString& resource, qint64 pages, const QString& why);

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    struct Series;

    void prepareCredentials();
    void startTopLevel(qsizetype index);
    void runSeries();
    // Builds the first request; false when the run has failed.
    bool startSeries(Series& series);
    // False (the run failed) when a series that carries credentials or
    // headers would go off base_url's origin: a placeholder filled from API
    // data, or an absolute path, must not take them elsewhere.
    bool isAllowedOrigin(const Series& series);
    void fetch(Series& series);
    // Sends the next request of the top series once the sink takes more.
    void sendWhenTheSinkIsReady();
    void onSinkReady();
    void sendRequest(Series& series);
    void reportProgress(const QString& resource);
    // Every secret value of the run as it stands now (file secrets and the
    // tokens the auths hold), hidden in whatever is shown.
    QList<QByteArray> secretValues() const;
    QString shown(const QUrl& url) const;
    QString shown(const QString& text) const;
    void onFetched(PageFetchJob* job, qint64 milliseconds);
    bool handlePage(Series& series, PageFetchJob* job);
    // Gives the sink the page handlePage() kept back; false when the run
    // ended (the sink refused, or a progress slot cancelled).
    bool deliverPage();
    bool queueChildren(Series& series, const std::vector<simdjson::dom::element>& records);
    // Drops records that are not new; false when the run must fail.
    bool filterIncremental(Series& series, std::vector<simdjson::dom::element>* records,
                           bool* nothingNewer);
    bool isIgnored(const ResourceConfig& resource, int status, const QByteArray& body) const;
    RequestAuth* authOf(const ResourceConfig& resource) const;
    ResourceStats& statsOf(const QString& name);
    void fail(int error, const QString& resource, const QString& text);
    // A request that failed for good: the failure's parts, then fail().
    void failRequest(const Series& series, PageFetchJob* job);
    void failAnswer(const Series& series, PageFetchJob* job, bool html);
    void endPagination(Series& series, const QString& why);

    QNetworkAccessManager* m_network;
    PipelineFile m_pipeline;
    CredentialSet* m_credentials;
    RecordSink* m_sink;
    Options m_options;
    ExtractionPlan m_plan;
    qsizetype m_topIndex = 0;
    ResourceAuths m_auths;
    // A request is held back until the sink wants more.
    bool m_waitingForSink = false;
    std::vector<std::unique_ptr<Series>> m_stack;
    JsonParser m_parser;
    QList<ResourceStats> m_stats;
    QHash<QString, QString> m_detectedSelectors;
    // Fresh, as detected on a resource's first page.
    QHash<QString, std::shared_ptr<const Paginator>> m_detectedPaginators;
    // One per incremental resource, shared by all its series (as in dlt).
    QHash<QString, std::shared_ptr<IncrementalCursor>> m_cursors;
    QStringList m_warnings;
    ExtractFailure m_failure;
    QSet<QString> m_loopsReported;
    // The page waiting for the sink while the next request is sent.
    struct Delivery
    {
        QString resource;
        std::vector<simdjson::dom::element> records;
        QJsonObject extraFields;
        std::shared_ptr<const simdjson::dom::document> document;
        qint64 bytes = 0;
        bool pending = false;
    } m_delivery;
};
