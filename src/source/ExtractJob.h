// Extracts a pipeline's resources: pages requested with their credentials
// and retries, records selected and handed to a sink page by page, child
// resources requested once per parent record, paginator and data selector
// detected when the config leaves them out.
//
// Requests go out concurrently (children of different parent records,
// independent resources, a parent's next page), up to the per-host limit of
// a HostThrottle shared by the whole run; the pages of one walk stay in
// order, since a paginator needs the previous answer. Answers are taken in
// the order a one-at-a-time walk would take them (a parent's page, then its
// children, before its next page), whatever order they arrive in, so the
// sink sees the same records in the same order, and the incremental state
// and --limit come out the same, at any limit.
#pragma once

#include "core/Job.h"
#include "core/JsonParser.h"
#include "http/HostThrottle.h"
#include "http/RetryEvent.h"
#include "http/RetryPolicy.h"
#include "source/ExtractFailure.h"
#include "source/ExtractStats.h"
#include "source/ExtractionPlan.h"
#include "source/PipelineFile.h"
#include "source/RequestWalk.h"
#include "source/ResourceAuths.h"

#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>
#include <simdjson.h>
#include <vector>

class CredentialSet;
class IncrementalCursors;
class PageFetchJob;
struct PageResponse;
class Paginator;
class QNetworkAccessManager;
class RecordSink;
class RequestAuth;

class ExtractJob : public Job, private RequestWalk::Driver
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
        // Override the pipeline's client block when set.
        std::optional<int> concurrentRequests;
        std::optional<int> requestsPerMinute;
    };

    using ResourceStats = ::ResourceStats;

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
    // The limits the run keeps to: the options', else the client block's.
    HostThrottle::Limits limits() const;
    // The most requests that were in flight at once.
    int mostInFlight() const;
    // Requests out now (sent, or waiting at the throttle for their turn).
    int requestsInFlight() const;

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
    // Every request to origin waits this long: an answer (a 429, a 503 with
    // Retry-After) asked the API's host to be left alone for a while.
    void hostPaused(const QString& origin, qint64 milliseconds);
    // A top-level resource has no more pages to ask for, and why (the
    // paginator's decision, the limit, nothing newer).
    void paginationEnded(const QString& resource, qint64 pages, const QString& why);

protected:
    void doStart() override;
    void doCancel() override;
    QString activityDescription() const override;

private:
    using Series = WalkStep;
    using Walk = RequestWalk::Steps;

    void prepareCredentials();
    // RequestWalk::Driver: what the walk asks of the extraction.
    bool startSeries(Series& series) override;
    bool readAnswer(Series& series, Walk* before) override;
    // Not while the resource's paginator or data selector is still to be
    // detected, nor under --limit, nor when its requests hold the
    // incremental cursor's last value: those follow the walk's order.
    bool readsEarly(const ResourceConfig& resource) const override;
    // Held back while the credentials are renewed; ended when the series
    // asks for a page it already had (a paginator loop), with a warning.
    bool mayRequest(Series& series) override;
    void request(Series& series) override;
    bool sinkWantsMore() override;
    // False when the run ended (the sink refused, or a progress slot cancelled).
    bool deliver(Series& page) override;
    bool hasEnded() const override;
    void walked() override;

    // True when the request must wait for a renewal of the credentials.
    bool awaitsRenewal(const Series& series);
    // False (the run failed) when a series that carries credentials or
    // headers would go off base_url's origin: a placeholder filled from API
    // data, or an absolute path, must not take them elsewhere.
    bool isAllowedOrigin(const Series& series);
    void onSinkReady();
    void reportProgress(const QString& resource);
    // Every secret value of the run as it stands now (file secrets and the
    // tokens the auths hold), hidden in whatever is shown.
    QList<QByteArray> secretValues() const;
    QString shown(const QUrl& url) const;
    QString shown(const QString& text) const;
    void onFetched(Series* series, PageFetchJob* job, qint64 milliseconds);
    // Reads a page: its records, the paginator's next request, the
    // children of its records; the page and the children go into before.
    bool handlePage(Series& series, PageFetchJob* job, Walk* before);
    // Parses the answer into document and picks its records (detecting the
    // data selector on a resource's first page); false when the run failed.
    bool readRecords(Series& series, PageFetchJob* job, PageResponse* page,
                     simdjson::dom::document* document,
                     std::vector<simdjson::dom::element>* records);
    // Counts the page in the stats, cut to --limit; true when the limit is reached.
    bool countPage(Series& series, std::vector<simdjson::dom::element>* records, qint64 bytes);
    // The paginator (detected on a resource's first page) reads the page.
    bool followPaginator(Series& series, const PageResponse& page);
    bool queueChildren(Series& series, const std::vector<simdjson::dom::element>& records,
                       Walk* before);
    // Drops records that are not new; false when the run must fail.
    bool filterIncremental(Series& series, std::vector<simdjson::dom::element>* records,
                           bool* nothingNewer);
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
    ResourceAuths m_auths;
    HostThrottle* m_throttle = nullptr;
    // Every series still to request and every page still to give, in the
    // order a walk one request at a time would take them.
    std::unique_ptr<RequestWalk> m_walk;
    // Credentials being renewed before they run out (one renewal each).
    QSet<RequestAuth*> m_renewing;
    // Resources readsEarly() said yes to.
    mutable QSet<QString> m_readingEarly;
    JsonParser m_parser;
    ExtractStats m_stats;
    QHash<QString, QString> m_detectedSelectors;
    // Fresh, as detected on a resource's first page.
    QHash<QString, std::shared_ptr<const Paginator>> m_detectedPaginators;
    std::unique_ptr<IncrementalCursors> m_cursors;
    QStringList m_warnings;
    ExtractFailure m_failure;
    QSet<QString> m_loopsReported;
};
