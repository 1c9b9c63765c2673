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
#include "source/IncrementalCursors.h"
#include "source/ParentFields.h"
#include "source/RecordSink.h"
#include "source/RequestBuilder.h"
#include "source/ResourceRequest.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <climits>

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
    // In the plan's order, not in the order pages happened to be read.
    QList<ResourceStats> stats = m_stats.all();
    const QStringList planned = m_plan.resources();
    std::stable_sort(stats.begin(), stats.end(),
                     [&planned](const ResourceStats& a, const ResourceStats& b) {
                         return planned.indexOf(a.name) < planned.indexOf(b.name);
                     });
    return stats;
}

QStringList ExtractJob::warnings() const
{
    return m_warnings;
}

QJsonObject ExtractJob::state() const
{
    return m_cursors ? m_cursors->state() : QJsonObject();
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
    setProcessedAmount(Pages, m_stats.pages());
    setProcessedAmount(Records, m_stats.records());
    setProcessedAmount(Bytes, m_stats.bytes());
    // A whole-run total is known when one resource is the whole run.
    const QList<ResourceStats> all = m_stats.all();
    if (all.size() == 1 && m_plan.resources().size() == 1) {
        setTotalAmount(Pages, all.first().totalPages.value_or(-1));
        setTotalAmount(Records, all.first().totalRecords.value_or(-1));
    }
    setProgressDescription(m_stats.progressText(resource));
}

ExtractJob::ResourceStats& ExtractJob::statsOf(const QString& name)
{
    return m_stats.of(name);
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

HostThrottle::Limits ExtractJob::limits() const
{
    HostThrottle::Limits limits;
    limits.concurrentRequests = m_options.concurrentRequests.value_or(
        m_pipeline.client.concurrentRequests.value_or(ClientConfig::kDefaultConcurrentRequests));
    limits.requestsPerMinute =
        m_options.requestsPerMinute.value_or(m_pipeline.client.requestsPerMinute.value_or(0));
    return limits;
}

int ExtractJob::mostInFlight() const
{
    return m_throttle ? m_throttle->mostInFlight() : 0;
}

int ExtractJob::requestsInFlight() const
{
    return m_walk ? m_walk->inFlight() : 0;
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
    // The walk stays until the job goes: a caller may still hold a series.
    // Every request still out is cancelled with the job (Job's subjobs).
    if (m_walk) {
        m_walk->stop();
    }
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
    QStringList notes;
    m_cursors = std::make_unique<IncrementalCursors>(m_pipeline, m_plan.resources(),
                                                     m_options.state, &notes);
    for (const QString& note : std::as_const(notes)) {
        m_warnings << note;
        Q_EMIT warning(note);
    }
    m_throttle = new HostThrottle(limits(), this);
    connect(m_throttle, &HostThrottle::paused, this, &ExtractJob::hostPaused);
    RequestWalk::Driver& driver = *this;
    m_walk = std::make_unique<RequestWalk>(driver, limits().concurrentRequests);
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
        // Independent resources, one after the other in the walk's order;
        // their requests go out together.
        for (const QString& name : m_plan.topLevel()) {
            auto series = std::make_unique<Series>();
            series->resource = m_pipeline.resource(name);
            m_walk->append(std::move(series));
        }
        m_walk->pump();
    });
}

bool ExtractJob::readAnswer(Series& series, Walk* before)
{
    PageFetchJob* job = std::exchange(series.answer, nullptr);
    job->deleteLater();
    series.bytes = 0;
    series.stage = Series::Stage::Done;
    if (m_options.limit >= 0 && statsOf(series.resource->name).records >= m_options.limit) {
        // Asked ahead of its turn; --limit was reached meanwhile.
        return true;
    }
    if (job->error() == PageFetchJob::Ignored) {
        return true;
    }
    if (job->error() != NoError) {
        failRequest(series, job);
        return false;
    }
    return handlePage(series, job, before);
}

bool ExtractJob::sinkWantsMore()
{
    return m_sink->wantsMore();
}

bool ExtractJob::hasEnded() const
{
    return isFinished();
}

bool ExtractJob::readsEarly(const ResourceConfig& resource) const
{
    // What the first page of a resource decides (a detected paginator or
    // data selector), what --limit counts and what the cursor's last value
    // says are decided in the walk's order; everything else may go ahead.
    // Asked for every waiting step at every turn of the walk: once true (a
    // detection only ever completes) it is remembered.
    if (m_readingEarly.contains(resource.name)) {
        return true;
    }
    const bool early = m_options.limit < 0 && !m_cursors->moves(resource.name)
        && (ResourceRequest::paginatorConfig(m_pipeline.client, resource)
            || m_detectedPaginators.contains(resource.name))
        && (resource.endpoint.dataSelector || m_detectedSelectors.contains(resource.name));
    if (early) {
        m_readingEarly.insert(resource.name);
    }
    return early;
}

bool ExtractJob::mayRequest(Series& series)
{
    // Renewal first: a request held back is not one the paginator repeats.
    if (awaitsRenewal(series)) {
        return false;
    }
    if (series.rememberRequest()) {
        return true;
    }
    series.stage = Series::Stage::Done;
    if (!m_loopsReported.contains(series.resource->name)) {
        m_loopsReported.insert(series.resource->name);
        const QString text =
            tr("Resource \"%1\": the paginator asked for %2 a second time; stopped "
               "there to avoid a loop. Check the paginator settings.")
                .arg(series.resource->name, shown(series.request.fullUrl()));
        m_warnings << text;
        Q_EMIT warning(text);
    }
    return false;
}

bool ExtractJob::awaitsRenewal(const Series& series)
{
    RequestAuth* auth = authOf(*series.resource);
    if (!auth) {
        return false;
    }
    if (m_renewing.contains(auth)) {
        return true;
    }
    if (!auth->needsRenewal()) {
        return false;
    }
    // Renewed before it runs out, not after a 401 mid-run; once for all the
    // requests that use it.
    Job* renewal = auth->prepare();
    if (!renewal) {
        return false;
    }
    m_renewing.insert(auth);
    const QString name = series.resource->name;
    // Not a subjob, which the end of the run would cancel: a refresh cut
    // off could lose a rotated refresh token. The run only drops its answer.
    connect(renewal, &Job::finished, this, [this, auth, name, renewal] {
        m_renewing.remove(auth);
        Q_EMIT credentialsRenewed(name, false, renewal->error() == NoError,
                                  shown(renewal->errorText()));
        if (isFinished()) {
            return;
        }
        if (renewal->error() != NoError) {
            fail(AuthFailed, name, renewal->errorText());
            return;
        }
        m_walk->pump();
    });
    renewal->start();
    return m_renewing.contains(auth);
}

void ExtractJob::walked()
{
    for (const QString& note : m_cursors->boundaryNotes()) {
        m_warnings << note;
        Q_EMIT warning(note);
    }
    if (!isFinished()) {
        emitResult();
    }
}

bool ExtractJob::startSeries(Series& series)
{
    const ResourceConfig& resource = *series.resource;
    series.stage = Series::Stage::Ready;
    if (m_options.limit >= 0 && statsOf(resource.name).records >= m_options.limit) {
        // --limit reached for this resource: its other series are not needed.
        series.stage = Series::Stage::Done;
        return true;
    }
    if (const auto cursor = m_cursors->of(resource.name)) {
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

void ExtractJob::onSinkReady()
{
    if (!m_walk || !m_walk->isWaitingForSink() || isFinished()) {
        return;
    }
    m_walk->clearWaitingForSink();
    m_walk->pump();
}

void ExtractJob::request(Series& series)
{
    auto* job = new PageFetchJob(m_network, series.request, series.headers,
                                 authOf(*series.resource), m_options.retry, this);
    job->setAutoDelete(false);
    job->setThrottle(m_throttle);
    // base_url's origin, not the series' first URL: API data (a placeholder,
    // a next link) must not decide where the credentials go.
    job->setTrustedOrigin(RequestBuilder::trustedOrigin(m_pipeline.client, *series.resource));
    // Read per request: tokens fetched or renewed during the run count too.
    job->setSecretValues(secretValues());
    const ResourceConfig* resource = series.resource;
    job->setIgnoreRule([this, resource](int status, const QByteArray& body) {
        return resource->endpoint.ignores(status, body);
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
    Series* asked = &series;
    startSubjob(job, [this, timer, asked](Job* done) {
        onFetched(asked, static_cast<PageFetchJob*>(done), timer->elapsed());
    });
}

void ExtractJob::onFetched(Series* series, PageFetchJob* job, qint64 milliseconds)
{
    if (isFinished()) {
        // Not deleted here: this runs inside the job's own finished().
        job->deleteLater();
        return;
    }
    // Kept (with the answer) until it is read: readAnswer() deletes it.
    series->answer = job;
    series->bytes = job->body().size();
    series->stage = Series::Stage::Answered;
    m_walk->answered(*series);
    Q_EMIT requestFinished(series->resource->name, series->request.method, shown(job->url()),
                           job->status(), milliseconds, qint64(job->body().size()));
    if (isFinished()) {
        return;
    }
    // A request that failed for good ends the run now, not at its turn: the
    // load rolls back whatever came before it. Under --limit it waits, as
    // the limit may make its turn never come.
    const bool failed = job->error() != NoError && job->error() != PageFetchJob::Ignored;
    if (failed && m_options.limit < 0) {
        failRequest(*series, job);
        return;
    }
    m_walk->pump();
}

bool ExtractJob::deliver(Series& page)
{
    const QString& resource = page.resource->name;
    QString error;
    if (!page.records.empty()
        && !m_sink->acceptPage(resource, page.records, page.extraFields, page.document, page.bytes,
                               &error)) {
        fail(SinkFailed, resource, error);
        return false;
    }
    page.records.clear();
    page.document.reset();
    reportProgress(resource);
    // A slot may have cancelled the run; nothing more happens then.
    return !isFinished();
}

bool ExtractJob::handlePage(Series& series, PageFetchJob* job, Walk* before)
{
    PageResponse page;
    // A document per page: the sink may keep it (and the records) after.
    auto document = std::make_shared<simdjson::dom::document>();
    std::vector<simdjson::dom::element> records;
    if (!readRecords(series, job, &page, document.get(), &records)) {
        return false;
    }
    // The paginator judges the API's page, before any filtering.
    page.recordCount = qsizetype(records.size());
    bool nothingNewer = false;
    if (!filterIncremental(series, &records, &nothingNewer)) {
        return false;
    }
    const bool limitReached = countPage(series, &records, job->body().size());
    // Handed to the sink at its turn, with the next requests on their way.
    auto parsed = std::make_unique<Series>();
    parsed->resource = series.resource;
    parsed->stage = Series::Stage::Parsed;
    parsed->records =
        m_plan.isEmitted(series.resource->name) ? records : std::vector<simdjson::dom::element>();
    parsed->extraFields = series.extraFields;
    parsed->document = std::move(document);
    parsed->bytes = job->body().size();
    before->push_back(std::move(parsed));
    // Children read this page's records while its document is alive.
    if (!followPaginator(series, page) || !queueChildren(series, records, before)) {
        return false;
    }
    if (series.paginator->hasNextPage() && !limitReached && !nothingNewer) {
        series.paginator->updateRequest(series.request);
        series.stage = Series::Stage::Ready;
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

bool ExtractJob::readRecords(Series& series, PageFetchJob* job, PageResponse* page,
                             simdjson::dom::document* document,
                             std::vector<simdjson::dom::element>* records)
{
    const ResourceConfig& resource = *series.resource;
    const QByteArray body = job->body();
    page->url = job->url();
    page->status = job->status();
    page->headers = job->responseHeaders();
    if (m_parser.parseInto({body.constData(), size_t(body.size())}, false, document, &page->body)) {
        failAnswer(series, job, body.trimmed().startsWith('<'));
        return false;
    }
    QString error;
    if (!series.selector) {
        const QString detected = DataSelector::detect(page->body);
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
        && series.selector->find(page->body).empty()) {
        fail(ResponseFailed, resource.name,
             tr("the data_selector \"%1\" matches nothing in the answer from %2 (it has: %3).")
                 .arg(series.selector->expression(), shown(job->url()),
                      DataSelector::keysOf(page->body)));
        return false;
    }
    *records = DataSelector::records(page->body, *series.selector);
    return true;
}

bool ExtractJob::countPage(Series& series, std::vector<simdjson::dom::element>* records,
                           qint64 bytes)
{
    ResourceStats& stats = statsOf(series.resource->name);
    bool limitReached = false;
    if (m_options.limit >= 0 && stats.records + qint64(records->size()) >= m_options.limit) {
        records->resize(size_t(qMax<qint64>(0, m_options.limit - stats.records)));
        limitReached = true;
    }
    ++series.pages;
    ++stats.pages;
    stats.records += qint64(records->size());
    stats.bytes += bytes;
    return limitReached;
}

bool ExtractJob::followPaginator(Series& series, const PageResponse& page)
{
    const ResourceConfig& resource = *series.resource;
    ResourceStats& stats = statsOf(resource.name);
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
    QString error;
    if (!series.paginator->update(page, &error)) {
        fail(ResponseFailed, resource.name, error);
        return false;
    }
    if (resource.parent.isEmpty()) {
        stats.totalPages = series.paginator->totalPages();
        stats.totalRecords = series.paginator->totalRecords();
    }
    return true;
}

void ExtractJob::endPagination(Series& series, const QString& why)
{
    series.stage = Series::Stage::Done;
    // Top-level only: a child's series end once per parent record.
    if (series.resource->parent.isEmpty()) {
        Q_EMIT paginationEnded(series.resource->name, series.pages, why);
    }
}

bool ExtractJob::filterIncremental(Series& series, std::vector<simdjson::dom::element>* records,
                                   bool* nothingNewer)
{
    QString error;
    if (!m_cursors->filter(series.resource->name, series.resource->parent.isEmpty(), records,
                           nothingNewer, &error)) {
        fail(ResponseFailed, series.resource->name, error);
        return false;
    }
    return true;
}

bool ExtractJob::queueChildren(Series& parent, const std::vector<simdjson::dom::element>& records,
                               Walk* before)
{
    const QString& parentName = parent.resource->name;
    Walk& children = *before;
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
    // After the page and before the parent: a parent's children come before its next page.
    return true;
}

void ExtractJob::doCancel()
{
    // The requests and renewals in flight are subjobs: Job cancels them.
    if (m_walk) {
        m_walk->stop();
    }
}
