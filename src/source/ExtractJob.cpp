#include "source/ExtractJob.h"

#include "core/Logging.h"
#include "http/AuthPreparationJob.h"
#include "http/PageFetchJob.h"
#include "http/Paginator.h"
#include "http/PaginatorDetector.h"
#include "http/RequestAuth.h"
#include "http/UrlRedactor.h"
#include "source/CredentialSet.h"
#include "source/DataSelector.h"
#include "source/ExtractionPlan.h"
#include "source/IncrementalCursor.h"
#include "source/ParentFields.h"
#include "source/RecordSink.h"
#include "source/RequestBuilder.h"
#include "source/ResourceRequest.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <climits>
#include <deque>

// One request series: a top-level resource, or a child for one parent record.
struct ExtractJob::Series
{
    const ResourceConfig* resource = nullptr;
    RequestBuilder::Values values;
    QJsonObject extraFields;
    PageRequest request;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::unique_ptr<Paginator> paginator;
    std::optional<JsonPath> selector;
    QSet<QByteArray> seen;
    std::deque<QByteArray> seenOrder;
    bool started = false;
    // The last page is in; children queued above it run first, then it goes.
    bool done = false;
    int pages = 0;
};

namespace {

constexpr size_t kLoopWindow = 1000;

} // namespace

ExtractJob::ExtractJob(QNetworkAccessManager* network, const PipelineFile& pipeline,
                       CredentialSet* credentials, RecordSink* sink, const Options& options,
                       QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_pipeline(pipeline)
    , m_credentials(credentials)
    , m_sink(sink)
    , m_options(options)
    , m_plan(pipeline, options.resources)
{ }

ExtractJob::~ExtractJob() = default;

QList<ExtractJob::ResourceStats> ExtractJob::stats() const
{
    return m_stats;
}

QStringList ExtractJob::warnings() const
{
    return m_warnings;
}

QJsonObject ExtractJob::state() const
{
    QJsonObject state;
    for (auto it = m_cursors.begin(); it != m_cursors.end(); ++it) {
        const QJsonObject cursor = it.value()->state();
        if (!cursor.isEmpty()) {
            state.insert(it.key(), cursor);
        }
    }
    return state;
}

QStringList ExtractJob::plannedResources() const
{
    return m_plan.resources();
}

QString ExtractJob::activityDescription() const
{
    return tr("Extracting %1").arg(m_pipeline.pipelineName);
}

RequestAuth* ExtractJob::authOf(const ResourceConfig& resource) const
{
    return m_auths.of(resource.name);
}

void ExtractJob::reportProgress(const QString& resource)
{
    qint64 pages = 0;
    qint64 records = 0;
    qint64 bytes = 0;
    for (const ResourceStats& stats : std::as_const(m_stats)) {
        pages += stats.pages;
        records += stats.records;
        bytes += stats.bytes;
    }
    setProcessedAmount(Pages, pages);
    setProcessedAmount(Records, records);
    setProcessedAmount(Bytes, bytes);
    // A whole-run total is known when one resource is the whole run.
    if (m_stats.size() == 1 && m_plan.resources().size() == 1) {
        const ResourceStats& only = m_stats.first();
        setTotalAmount(Pages, only.totalPages.value_or(-1));
        setTotalAmount(Records, only.totalRecords.value_or(-1));
    }
    const ResourceStats& stats = statsOf(resource);
    setProgressDescription(stats.totalPages
                               ? tr("Resource \"%1\": page %2 of %3")
                                     .arg(resource)
                                     .arg(stats.pages)
                                     .arg(*stats.totalPages)
                               : tr("Resource \"%1\": page %2").arg(resource).arg(stats.pages));
}

ExtractJob::ResourceStats& ExtractJob::statsOf(const QString& name)
{
    for (ResourceStats& stats : m_stats) {
        if (stats.name == name) {
            return stats;
        }
    }
    m_stats.append(ResourceStats{name, 0, 0, 0, {}, {}, {}, {}});
    return m_stats.last();
}

QList<QByteArray> ExtractJob::secretValues() const
{
    return m_credentials ? m_credentials->secretValues() : QList<QByteArray>();
}

QString ExtractJob::shown(const QUrl& url) const
{
    return UrlRedactor::redact(url, secretValues());
}

QString ExtractJob::shown(const QString& text) const
{
    return UrlRedactor::redact(text, secretValues());
}

ExtractFailure ExtractJob::failure() const
{
    return m_failure;
}

void ExtractJob::fail(int error, const QString& resource, const QString& text)
{
    if (m_failure.kind == ExtractFailure::Kind::None) {
        m_failure.kind = error == AuthFailed ? ExtractFailure::Kind::SignIn
            : error == SinkFailed            ? ExtractFailure::Kind::Sink
            : error == RequestFailed         ? ExtractFailure::Kind::Unsafe
                                             : ExtractFailure::Kind::Config;
        m_failure.resource = resource;
    }
    // The stack stays until the job goes: a caller may still hold a series.
    setError(error,
             resource.isEmpty() ? shown(text)
                                : tr("Resource \"%1\": %2").arg(resource, shown(text)));
    emitResult();
}

void ExtractJob::failRequest(const Series& series, PageFetchJob* job)
{
    m_failure = ExtractFailure::ofRequest(
        *job, shown(job->url()), [this](const QString& text) { return shown(text); },
        m_options.retry.maxDelay);
    m_failure.resource = series.resource->name;
    m_failure.setParent(series.resource->parent, series.values);
    fail(RequestFailed, series.resource->name, job->errorText());
}

void ExtractJob::failAnswer(const Series& series, PageFetchJob* job, bool html)
{
    m_failure = ExtractFailure::ofAnswer(*job, shown(job->url()), html,
                                         [this](const QString& text) { return shown(text); });
    m_failure.resource = series.resource->name;
    m_failure.setParent(series.resource->parent, series.values);
    const QString title = m_failure.pageTitle.isEmpty()
        ? QString()
        : tr(" (a page titled \"%1\")").arg(m_failure.pageTitle);
    fail(ResponseFailed, series.resource->name,
         html ? tr("%1 answered with an HTML page%2 instead of JSON.").arg(m_failure.url, title)
              : tr("The answer from %1 is not valid JSON.").arg(m_failure.url));
}

void ExtractJob::doStart()
{
    // Guarded: the sink may outlive the run, and the run the sink.
    m_sink->setReadyHandler([self = QPointer<ExtractJob>(this)] {
        if (self) {
            self->onSinkReady();
        }
    });
    if (!m_plan.problem().isEmpty()) {
        fail(ResponseFailed, QString(), m_plan.problem());
        return;
    }
    for (const QString& name : m_plan.resources()) {
        const ResourceConfig* resource = m_pipeline.resource(name);
        if (resource->endpoint.incremental) {
            auto cursor = std::make_shared<IncrementalCursor>(
                *resource->endpoint.incremental, resource->primaryKey,
                m_options.state.value(name).toObject());
            if (!cursor->stateNote().isEmpty()) {
                m_warnings << tr("Resource \"%1\": %2").arg(name, cursor->stateNote());
                Q_EMIT warning(m_warnings.last());
            }
            m_cursors.insert(name, cursor);
        }
    }
    QList<const ResourceConfig*> resources;
    for (const QString& name : m_plan.resources()) {
        resources << m_pipeline.resource(name);
    }
    if (!m_auths.collect(m_pipeline, resources, m_credentials)) {
        fail(AuthFailed, m_auths.failedResource(), m_auths.error());
        return;
    }
    prepareCredentials();
}

void ExtractJob::prepareCredentials()
{
    auto* preparation = new AuthPreparationJob(m_auths.all());
    startSubjob(preparation, [this](Job* done) {
        if (done->error() != NoError) {
            fail(AuthFailed, QString(), done->errorText());
            return;
        }
        startTopLevel(0);
    });
}

void ExtractJob::startTopLevel(qsizetype index)
{
    m_topIndex = index;
    if (index >= m_plan.topLevel().size()) {
        // The last page reaches the sink before the run reports its end.
        if (!deliverPage()) {
            return;
        }
        for (auto it = m_cursors.begin(); it != m_cursors.end(); ++it) {
            const QString note = it.value()->boundaryNote();
            if (!note.isEmpty()) {
                m_warnings << tr("Resource \"%1\": %2").arg(it.key(), note);
                Q_EMIT warning(m_warnings.last());
            }
        }
        if (!isFinished()) {
            emitResult();
        }
        return;
    }
    auto series = std::make_unique<Series>();
    series->resource = m_pipeline.resource(m_plan.topLevel().at(index));
    m_stack.push_back(std::move(series));
    runSeries();
}

void ExtractJob::runSeries()
{
    for (;;) {
        while (!m_stack.empty() && m_stack.back()->done) {
            m_stack.pop_back();
        }
        if (m_stack.empty()) {
            startTopLevel(m_topIndex + 1);
            return;
        }
        Series& series = *m_stack.back();
        if (!series.started && !startSeries(series)) {
            return;
        }
        if (series.done) {
            continue;
        }
        const QByteArray identity = series.request.identity();
        if (series.seen.contains(identity)) {
            if (!m_loopsReported.contains(series.resource->name)) {
                m_loopsReported.insert(series.resource->name);
                const QString text =
                    tr("Resource \"%1\": the paginator asked for %2 a second time; stopped "
                       "there to avoid a loop. Check the paginator settings.")
                        .arg(series.resource->name, shown(series.request.fullUrl()));
                m_warnings << text;
                Q_EMIT warning(text);
                if (isFinished()) {
                    return;
                }
            }
            series.done = true;
            continue;
        }
        // A window of recent requests: enough for any loop a paginator makes,
        // and memory stays flat however long the walk.
        series.seen.insert(identity);
        series.seenOrder.push_back(identity);
        if (series.seenOrder.size() > kLoopWindow) {
            series.seen.remove(series.seenOrder.front());
            series.seenOrder.pop_front();
        }
        fetch(series);
        return;
    }
}

bool ExtractJob::startSeries(Series& series)
{
    const ResourceConfig& resource = *series.resource;
    series.started = true;
    if (m_options.limit >= 0 && statsOf(resource.name).records >= m_options.limit) {
        // --limit reached for this resource: its other series are not needed.
        series.done = true;
        return true;
    }
    if (const auto cursor = m_cursors.value(resource.name)) {
        series.values.insert(cursor->placeholders());
    }
    QString error;
    std::optional<ResourceRequest> first =
        ResourceRequest::build(m_pipeline.client, resource, series.values, m_credentials, &error);
    if (!first) {
        fail(ResponseFailed, resource.name, error);
        return false;
    }
    series.request = first->request;
    series.headers = first->headers;
    if (!isAllowedOrigin(series)) {
        return false;
    }
    const std::optional<PaginatorConfig>& paginator =
        ResourceRequest::paginatorConfig(m_pipeline.client, resource);
    if (paginator) {
        series.paginator = Paginator::create(paginator->type, paginator->parameters);
    } else if (const auto detected = m_detectedPaginators.constFind(resource.name);
               detected != m_detectedPaginators.constEnd()) {
        // Detected on the resource's first series; every other (each
        // parent record's) gets a fresh copy, as a configured one would.
        series.paginator = (*detected)->clone();
    }
    if (series.paginator) {
        series.paginator->initRequest(series.request);
    }
    const QString selector =
        resource.endpoint.dataSelector.value_or(m_detectedSelectors.value(resource.name));
    if (!selector.isNull()) {
        series.selector = JsonPath::parse(selector, &error);
        if (!series.selector) {
            fail(ResponseFailed, resource.name, error);
            return false;
        }
    }
    return true;
}

bool ExtractJob::isAllowedOrigin(const Series& series)
{
    const bool carriesCredentials = authOf(*series.resource) || !series.headers.isEmpty();
    QString error;
    if (ResourceRequest::isAllowedOrigin(m_pipeline.client, *series.resource, series.request.url,
                                         carriesCredentials, &error)) {
        return true;
    }
    fail(RequestFailed, series.resource->name, error);
    return false;
}

void ExtractJob::fetch(Series& series)
{
    RequestAuth* auth = authOf(*series.resource);
    if (auth && auth->needsRenewal()) {
        // Renewed before it runs out, not after a 401 mid-run.
        if (Job* renewal = auth->prepare()) {
            const QString name = series.resource->name;
            startSubjob(renewal, [this, name](Job* done) {
                Q_EMIT credentialsRenewed(name, false, done->error() == NoError,
                                          shown(done->errorText()));
                if (isFinished()) {
                    return;
                }
                if (done->error() != NoError) {
                    fail(AuthFailed, m_stack.empty() ? QString() : m_stack.back()->resource->name,
                         done->errorText());
                    return;
                }
                sendWhenTheSinkIsReady();
            });
            return;
        }
    }
    sendWhenTheSinkIsReady();
}

void ExtractJob::sendWhenTheSinkIsReady()
{
    if (m_stack.empty() || isFinished()) {
        return;
    }
    // Flow control: a sink that holds as many pages as it takes (a worker
    // thread behind a slow disk) holds the next request back, so memory
    // stays bounded and the caller's thread stays free meanwhile.
    if (!m_sink->wantsMore()) {
        m_waitingForSink = true;
        return;
    }
    sendRequest(*m_stack.back());
}

void ExtractJob::onSinkReady()
{
    if (!m_waitingForSink || isFinished()) {
        return;
    }
    m_waitingForSink = false;
    sendWhenTheSinkIsReady();
}

void ExtractJob::sendRequest(Series& series)
{
    auto* job = new PageFetchJob(m_network, series.request, series.headers,
                                 authOf(*series.resource), m_options.retry, this);
    job->setAutoDelete(false);
    // base_url's origin, not the series' first URL: API data (a placeholder,
    // a next link) must not decide where the credentials go.
    job->setTrustedOrigin(RequestBuilder::trustedOrigin(m_pipeline.client, *series.resource));
    // Read per request: tokens fetched or renewed during the run count too.
    job->setSecretValues(secretValues());
    const ResourceConfig* resource = series.resource;
    job->setIgnoreRule([this, resource](int status, const QByteArray& body) {
        return isIgnored(*resource, status, body);
    });
    connect(job, &PageFetchJob::credentialsRenewed, this,
            [this, resource](bool ok, const QString& text) {
                Q_EMIT credentialsRenewed(resource->name, true, ok, text);
            });
    connect(job, &PageFetchJob::retrying, this, [this, resource](RetryEvent event) {
        event.resource = resource->name;
        Q_EMIT retrying(event);
    });
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    startSubjob(job, [this, timer](Job* done) {
        onFetched(static_cast<PageFetchJob*>(done), timer->elapsed());
    });
}

bool ExtractJob::isIgnored(const ResourceConfig& resource, int status, const QByteArray& body) const
{
    for (const ResponseAction& action : resource.endpoint.responseActions) {
        const bool statusMatches = action.statusCode == 0 || action.statusCode == status;
        const bool contentMatches =
            action.content.isEmpty() || body.contains(action.content.toUtf8());
        if (statusMatches && contentMatches && action.action == QLatin1String("ignore")) {
            return true;
        }
    }
    return false;
}

void ExtractJob::onFetched(PageFetchJob* job, qint64 milliseconds)
{
    // Not deleted here: this runs inside the job's own finished().
    job->deleteLater();
    if (isFinished() || m_stack.empty()) {
        return;
    }
    Series& series = *m_stack.back();
    Q_EMIT requestFinished(series.resource->name, series.request.method, shown(job->url()),
                           job->status(), milliseconds, qint64(job->body().size()));
    if (isFinished()) {
        return;
    }
    if (job->error() == PageFetchJob::Ignored) {
        series.done = true;
        runSeries();
        return;
    }
    if (job->error() != NoError) {
        failRequest(series, job);
        return;
    }
    if (handlePage(series, job)) {
        // The next request goes out first: the server prepares the next
        // page while the sink works on this one.
        runSeries();
        deliverPage();
    }
}

bool ExtractJob::deliverPage()
{
    if (!m_delivery.pending || isFinished()) {
        return !isFinished();
    }
    m_delivery.pending = false;
    QString error;
    if (!m_delivery.records.empty()
        && !m_sink->acceptPage(m_delivery.resource, m_delivery.records, m_delivery.extraFields,
                               m_delivery.document, m_delivery.bytes, &error)) {
        fail(SinkFailed, m_delivery.resource, error);
        return false;
    }
    m_delivery.records.clear();
    m_delivery.document.reset();
    reportProgress(m_delivery.resource);
    // A slot may have cancelled the run; nothing more happens then.
    return !isFinished();
}

bool ExtractJob::handlePage(Series& series, PageFetchJob* job)
{
    const ResourceConfig& resource = *series.resource;
    const QByteArray body = job->body();
    PageResponse page;
    page.url = job->url();
    page.status = job->status();
    page.headers = job->responseHeaders();
    // A document per page: the sink may keep it (and the records) after.
    auto document = std::make_shared<simdjson::dom::document>();
    if (m_parser.parseInto({body.constData(), size_t(body.size())}, false, document.get(),
                           &page.body)) {
        failAnswer(series, job, body.trimmed().startsWith('<'));
        return false;
    }
    QString error;
    if (!series.selector) {
        const QString detected = DataSelector::detect(page.body);
        m_detectedSelectors.insert(resource.name, detected);
        if (statsOf(resource.name).detectedSelector.isEmpty()) {
            statsOf(resource.name).detectedSelector = detected;
            Q_EMIT dataSelectorDetected(resource.name, detected);
        }
        series.selector = JsonPath::parse(detected, &error);
        if (!series.selector || isFinished()) {
            fail(ResponseFailed, resource.name, error);
            return false;
        }
    }
    if (series.pages == 0 && !series.selector->isRoot()
        && series.selector->find(page.body).empty()) {
        fail(ResponseFailed, resource.name,
             tr("the data_selector \"%1\" matches nothing in the answer from %2 (it has: %3).")
                 .arg(series.selector->expression(), shown(job->url()),
                      DataSelector::keysOf(page.body)));
        return false;
    }
    std::vector<simdjson::dom::element> records =
        DataSelector::records(page.body, *series.selector);
    // The paginator judges the API's page, before any filtering.
    page.recordCount = qsizetype(records.size());
    bool nothingNewer = false;
    if (!filterIncremental(series, &records, &nothingNewer)) {
        return false;
    }
    ResourceStats& stats = statsOf(resource.name);
    bool limitReached = false;
    if (m_options.limit >= 0 && stats.records + qint64(records.size()) >= m_options.limit) {
        records.resize(size_t(qMax<qint64>(0, m_options.limit - stats.records)));
        limitReached = true;
    }
    ++series.pages;
    ++stats.pages;
    stats.records += qint64(records.size());
    stats.bytes += body.size();
    // Handed to the sink once the next request is on its way (deliverPage).
    m_delivery.resource = resource.name;
    m_delivery.records =
        m_plan.isEmitted(resource.name) ? records : std::vector<simdjson::dom::element>();
    m_delivery.extraFields = series.extraFields;
    m_delivery.document = std::move(document);
    m_delivery.bytes = body.size();
    m_delivery.pending = true;
    if (!series.paginator) {
        PaginatorDetector::Guess guess = PaginatorDetector::detect(page);
        series.paginator = std::move(guess.paginator);
        m_detectedPaginators.insert(resource.name, series.paginator->clone());
        if (stats.detectedPaginator.isUndefined() || stats.detectedPaginator.isNull()) {
            stats.detectedPaginator = series.paginator->config();
            Q_EMIT paginatorDetected(resource.name, stats.detectedPaginator, guess.confidence);
            if (isFinished()) {
                return false;
            }
        }
    }
    if (!series.paginator->update(page, &error)) {
        fail(ResponseFailed, resource.name, error);
        return false;
    }
    if (m_stack.size() == 1) {
        stats.totalPages = series.paginator->totalPages();
        stats.totalRecords = series.paginator->totalRecords();
    }
    // Children read this page's records before the parser is used again.
    if (!queueChildren(series, records)) {
        return false;
    }
    if (series.paginator->hasNextPage() && !limitReached && !nothingNewer) {
        series.paginator->updateRequest(series.request);
        return true;
    }
    endPagination(series,
                  limitReached ? tr("the limit of %n record(s) is reached", nullptr,
                                    int(qMin<qint64>(m_options.limit, INT_MAX)))
                      : nothingNewer
                      ? tr("nothing newer than the incremental cursor")
                      : tr("the %1 paginator finds no next page")
                            .arg(series.paginator->config()
                                     .toObject()
                                     .value(QStringLiteral("type"))
                                     .toString(series.paginator->config().toString())));
    return !isFinished();
}

void ExtractJob::endPagination(Series& series, const QString& why)
{
    series.done = true;
    // Top-level only: a child's series end once per parent record.
    if (series.resource->parent.isEmpty()) {
        Q_EMIT paginationEnded(series.resource->name, series.pages, why);
    }
}

bool ExtractJob::filterIncremental(Series& series, std::vector<simdjson::dom::element>* records,
                                   bool* nothingNewer)
{
    const auto cursor = m_cursors.value(series.resource->name);
    QString error;
    // As in dlt, only a top-level walk stops early on row_order.
    if (cursor
        && !cursor->filter(records, series.resource->parent.isEmpty(), nothingNewer, &error)) {
        fail(ResponseFailed, series.resource->name, error);
        return false;
    }
    return true;
}

bool ExtractJob::queueChildren(Series& parent, const std::vector<simdjson::dom::element>& records)
{
    const QString& parentName = parent.resource->name;
    std::vector<std::unique_ptr<Series>> children;
    for (const QString& childName : m_plan.resources()) {
        const ResourceConfig* child = m_pipeline.resource(childName);
        if (child->parent != parentName) {
            continue;
        }
        // The fields' paths parsed once per page, not once per record.
        const ParentFields fields(*child);
        for (const simdjson::dom::element& record : records) {
            QString error;
            std::optional<ParentFields::Values> values =
                fields.read(record, parent.values, parent.extraFields, &error);
            if (!values) {
                fail(ResponseFailed, childName, error);
                return false;
            }
            auto series = std::make_unique<Series>();
            series->resource = child;
            series->values = std::move(values->placeholders);
            series->extraFields = std::move(values->extraFields);
            children.push_back(std::move(series));
        }
    }
    // Pushed in reverse: the first child of the first record runs first.
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
        m_stack.push_back(std::move(*it));
    }
    return true;
}

void ExtractJob::doCancel()
{
    // The request or renewal in flight is a subjob: Job cancels it.
    m_waitingForSink = false;
}
