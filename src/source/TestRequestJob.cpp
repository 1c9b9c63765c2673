#include "source/TestRequestJob.h"

#include "http/AuthPreparationJob.h"
#include "http/PageFetchJob.h"
#include "http/PageResponse.h"
#include "http/Paginator.h"
#include "http/PaginatorDetector.h"
#include "http/RequestAuth.h"
#include "http/RetryPolicy.h"
#include "http/UrlRedactor.h"
#include "source/CredentialSet.h"
#include "source/DataSelector.h"
#include "source/IncrementalCursor.h"
#include "source/JsonSourceTree.h"
#include "source/ParentFields.h"
#include "source/ResourceRequest.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonParseError>

#include <memory>

namespace {

constexpr std::chrono::milliseconds kTimeout{30000};

bool isCredentialHeader(const QByteArray& name)
{
    const QString lower = QString::fromLatin1(name).toLower();
    return lower == QLatin1String("set-cookie") || lower == QLatin1String("set-cookie2")
        || lower == QLatin1String("proxy-authorization") || UrlRedactor::isSecretName(lower);
}

} // namespace

TestRequestJob::TestRequestJob(QNetworkAccessManager* network, const PipelineFile& pipeline,
                               const QString& resource, CredentialSet* credentials, QObject* parent)
    : Job(parent)
    , m_network(network)
    , m_pipeline(pipeline)
    , m_resource(resource)
    , m_credentials(credentials)
{ }

TestRequestJob::~TestRequestJob() = default;

const TestResponse& TestRequestJob::response() const
{
    return m_response;
}

QString TestRequestJob::activityDescription() const
{
    return tr("Testing the request of \"%1\"").arg(m_resource);
}

QList<QByteArray> TestRequestJob::secretValues() const
{
    // Read when used: the auths' tokens are fetched during the job.
    return m_credentials ? m_credentials->secretValues() : QList<QByteArray>();
}

QString TestRequestJob::shown(const QString& text) const
{
    return UrlRedactor::redact(text, secretValues());
}

void TestRequestJob::fail(int code, const QString& problem)
{
    m_response.problem = shown(problem);
    setError(code, m_response.problem);
    emitResult();
}

RequestAuth* TestRequestJob::authOf(const ResourceConfig& resource) const
{
    return m_auths.of(resource.name);
}

void TestRequestJob::doStart()
{
    if (planChain() && collectAuths()) {
        prepareCredentials();
    }
}

bool TestRequestJob::planChain()
{
    const ResourceConfig* resource = m_pipeline.resource(m_resource);
    if (!resource) {
        fail(RequestFailed, tr("The pipeline has no resource named \"%1\".").arg(m_resource));
        return false;
    }
    // Bounded by the file's size: the graph was checked for cycles when read.
    while (resource && m_chain.size() <= m_pipeline.resources.size()) {
        m_chain.prepend(resource);
        resource = resource->parent.isEmpty() ? nullptr : m_pipeline.resource(resource->parent);
    }
    return true;
}

bool TestRequestJob::collectAuths()
{
    if (!m_auths.collect(m_pipeline, m_chain, m_credentials)) {
        fail(AuthFailed, tr("Resource \"%1\": %2").arg(m_auths.failedResource(), m_auths.error()));
        return false;
    }
    return true;
}

void TestRequestJob::prepareCredentials()
{
    // Signing in, or refreshing a token about to run out, happens here.
    auto* preparation = new AuthPreparationJob(m_auths.all());
    startSubjob(preparation, [this](Job* done) {
        const auto* prepared = static_cast<AuthPreparationJob*>(done);
        if (done->error() != NoError) {
            fail(AuthFailed,
                 tr("Signing in failed, so no request was sent (%1): %2 Sign in again, or "
                    "check the client ID and secret.")
                     .arg(prepared->failedAuth(), prepared->reason()));
            return;
        }
        sendStep();
    });
}

void TestRequestJob::sendStep()
{
    const ResourceConfig& resource = *m_chain.at(m_step);
    RequestBuilder::Values values = m_values;
    if (resource.endpoint.incremental) {
        // As a first run sends it: from the initial value.
        values.insert(IncrementalCursor(*resource.endpoint.incremental, resource.primaryKey, {})
                          .placeholders());
    }
    QString error;
    std::optional<ResourceRequest> first =
        ResourceRequest::build(m_pipeline.client, resource, values, m_credentials, &error);
    RequestAuth* auth = authOf(resource);
    if (!first
        || !ResourceRequest::isAllowedOrigin(m_pipeline.client, resource, first->request.url,
                                             auth || !first->headers.isEmpty(), &error)) {
        fail(RequestFailed, tr("Resource \"%1\": %2").arg(resource.name, error));
        return;
    }
    if (const auto& config = ResourceRequest::paginatorConfig(m_pipeline.client, resource)) {
        if (auto paginator = Paginator::create(config->type, config->parameters)) {
            paginator->initRequest(first->request);
        }
    }
    m_response = TestResponse{};
    m_response.resource = resource.name;
    m_response.method = first->request.method;
    m_response.url = UrlRedactor::redact(first->request.fullUrl(), secretValues());
    // One attempt: a 429 or a 5xx is shown as it came, not hidden behind
    // retries the person would sit through without knowing why.
    RetryPolicy once;
    once.maxAttempts = 1;
    once.timeout = kTimeout;
    auto* job = new PageFetchJob(m_network, first->request, first->headers, auth, once, this);
    job->setAutoDelete(false);
    job->setTrustedOrigin(RequestBuilder::trustedOrigin(m_pipeline.client, resource));
    job->setSecretValues(secretValues());
    // No ignore rule (response_actions): the person wants to see the answer.
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    startSubjob(job, [this, timer](Job* done) {
        onFetched(static_cast<PageFetchJob*>(done), timer->elapsed());
    });
}

void TestRequestJob::onFetched(PageFetchJob* job, qint64 milliseconds)
{
    // Not deleted here: this runs inside the job's own finished().
    job->deleteLater();
    if (isFinished()) {
        return;
    }
    recordAnswer(*job, milliseconds);
    if (job->error() != NoError) {
        fail(job->error() == PageFetchJob::AuthFailed ? AuthFailed : RequestFailed,
             httpProblem(*job));
        return;
    }
    const QByteArray body = job->body();
    simdjson::dom::element root;
    if (!parseBody(body, &root)) {
        return;
    }
    m_response.isJson = true;
    std::vector<simdjson::dom::element> records;
    const bool selected = selectRecords(root, &records);
    readPaginator(*job, root, qsizetype(records.size()));
    if (!selected) {
        return;
    }
    if (m_step + 1 < m_chain.size()) {
        descend(records);
        return;
    }
    emitResult();
}

void TestRequestJob::recordAnswer(const PageFetchJob& job, qint64 milliseconds)
{
    const QList<QByteArray> secrets = secretValues();
    m_response.url = UrlRedactor::redact(job.url(), secrets);
    m_response.status = job.status();
    m_response.milliseconds = milliseconds;
    m_response.bytes = job.body().size();
    m_response.headers.clear();
    for (const auto& [name, value] : job.responseHeaders()) {
        const QByteArray shownValue = isCredentialHeader(name)
            ? QByteArrayLiteral("***")
            : UrlRedactor::redact(QString::fromLatin1(value), secrets).toLatin1();
        m_response.headers.append({name, shownValue});
    }
    // An API may echo a credential (a token endpoint, a debug field).
    m_response.body = UrlRedactor::redact(job.body(), secrets);
}

bool TestRequestJob::parseBody(const QByteArray& body, simdjson::dom::element* root)
{
    const simdjson::error_code error =
        m_parser.parse({body.constData(), size_t(body.size())}, false, root);
    if (!error) {
        return true;
    }
    const bool html = body.trimmed().startsWith('<');
    if (html) {
        fail(ResponseFailed,
             tr("%1 answered with an HTML page, not JSON: the path or base_url probably leads "
                "to a web page (a sign-in or error page) rather than the API. Check both.")
                 .arg(m_response.url));
        return false;
    }
    QJsonParseError jsonError;
    QJsonDocument::fromJson(body, &jsonError);
    // Qt's offset is just past the character it stumbled on.
    const JsonSourceTree::SyntaxError at =
        JsonSourceTree::locate(body, qMax(0, jsonError.offset - 1), jsonError.errorString());
    const QString where = jsonError.error == QJsonParseError::NoError
        ? JsonParser::describe(error)
        : tr("%1 at line %2, column %3").arg(at.reason).arg(at.line).arg(at.column);
    fail(ResponseFailed,
         tr("The answer from %1 is not valid JSON (%2). The API sent a broken answer: look at "
            "the body, and try again later.")
             .arg(m_response.url, where));
    return false;
}

bool TestRequestJob::selectRecords(simdjson::dom::element root,
                                   std::vector<simdjson::dom::element>* records)
{
    const ResourceConfig& resource = *m_chain.at(m_step);
    m_response.dataSelectorDetected = !resource.endpoint.dataSelector.has_value();
    m_response.dataSelector = resource.endpoint.dataSelector.value_or(DataSelector::detect(root));
    QString error;
    const std::optional<JsonPath> selector = JsonPath::parse(m_response.dataSelector, &error);
    if (!selector) {
        fail(ResponseFailed, tr("Resource \"%1\": %2").arg(resource.name, error));
        return false;
    }
    *records = DataSelector::records(root, *selector);
    m_response.recordCount = qsizetype(records->size());
    if (!selector->isRoot() && selector->find(root).empty()) {
        fail(ResponseFailed,
             tr("The data_selector \"%1\" of \"%2\" matches nothing in this answer (it has: "
                "%3). Pick the path of the records in the answer and use it as the data "
                "selector.")
                 .arg(selector->expression(), resource.name, DataSelector::keysOf(root)));
        return false;
    }
    return true;
}

void TestRequestJob::readPaginator(const PageFetchJob& job, simdjson::dom::element root,
                                   qsizetype records)
{
    const ResourceConfig& resource = *m_chain.at(m_step);
    if (const auto& config = ResourceRequest::paginatorConfig(m_pipeline.client, resource)) {
        if (auto paginator = Paginator::create(config->type, config->parameters)) {
            m_response.paginator = paginator->config();
            m_response.paginatorDetected = false;
            m_response.paginatorConfidence = 1;
            return;
        }
    }
    PageResponse page;
    page.url = job.url();
    page.status = job.status();
    page.headers = job.responseHeaders();
    page.body = root;
    page.recordCount = records;
    const PaginatorDetector::Guess guess = PaginatorDetector::detect(page);
    m_response.paginator = guess.paginator->config();
    m_response.paginatorDetected = true;
    m_response.paginatorConfidence = guess.confidence;
}

void TestRequestJob::descend(const std::vector<simdjson::dom::element>& records)
{
    const ResourceConfig& parent = *m_chain.at(m_step);
    const ResourceConfig& child = *m_chain.at(m_step + 1);
    if (records.empty()) {
        fail(NoParentRecord,
             tr("The first page of \"%1\" has no records, so \"%2\" has nothing to fill its "
                "path (%3) with. Test \"%1\" to see what it answers.")
                 .arg(parent.name, child.name, child.endpoint.path));
        return;
    }
    // Read before the parser is used again: the records live in it.
    QString error;
    const std::optional<ParentFields::Values> values =
        ParentFields(child).read(records.front(), m_values, m_extraFields, &error);
    if (!values) {
        fail(ResponseFailed, tr("Resource \"%1\": %2").arg(child.name, error));
        return;
    }
    m_values = values->placeholders;
    m_extraFields = values->extraFields;
    ++m_step;
    sendStep();
}

QString TestRequestJob::httpProblem(const PageFetchJob& job) const
{
    const QString& url = m_response.url;
    const int status = job.status();
    if (job.error() == PageFetchJob::AuthFailed) {
        return tr("%1 Sign in again, or check the secret the pipeline uses.").arg(job.errorText());
    }
    if (status == 0) {
        return job.error() == PageFetchJob::NetworkFailed
            ? tr("No answer came from %1: %2 Check the base_url and the network connection, "
                 "then try again.")
                  .arg(url, job.errorText())
            : job.errorText();
    }
    if (status == 401) {
        return tr("The API refused the credentials (HTTP 401 from %1). Sign in again, or check "
                  "the secret or token the pipeline uses.")
            .arg(url);
    }
    if (status == 403) {
        return tr("The API accepted the credentials but does not allow this request (HTTP 403 "
                  "from %1). Check that the app asks for the scopes this endpoint needs and "
                  "that the account may see this data.")
            .arg(url);
    }
    if (status == 404) {
        return tr("Nothing was found at %1 (HTTP 404). Check the resource's path, \"%2\", and "
                  "the base_url.")
            .arg(url, m_chain.at(m_step)->endpoint.path);
    }
    if (status == 429) {
        return rateLimitProblem(job);
    }
    if (status >= 500) {
        return tr("The API failed with HTTP %1 at %2; the fault is on the server's side, not "
                  "in the pipeline. Try again later, and if it persists, check the API's "
                  "status page.")
            .arg(status)
            .arg(url);
    }
    return tr("The API refused the request (%1). Check the resource's params, body and "
              "headers.")
        .arg(job.errorText());
}

QString TestRequestJob::rateLimitProblem(const PageFetchJob& job) const
{
    PageResponse page;
    page.headers = job.responseHeaders();
    const auto wait =
        RetryPolicy::parseRetryAfter(page.header("Retry-After"), QDateTime::currentDateTimeUtc());
    if (!wait) {
        return tr("The API is limiting how fast requests come (HTTP 429). Wait a minute, then "
                  "try again.");
    }
    // Rounded up: "wait 0 seconds" would be wrong.
    const int seconds = int((wait->count() + 999) / 1000);
    return tr("The API is limiting how fast requests come (HTTP 429). Wait %n second(s), then "
              "try again.",
              nullptr, seconds);
}

TestRequestJob::Selection TestRequestJob::select(simdjson::dom::element body,
                                                 const QString& expression, int maxRecords)
{
    Selection selection;
    const std::optional<JsonPath> path = JsonPath::parse(expression, &selection.problem);
    if (!path) {
        return selection;
    }
    const std::vector<simdjson::dom::element> records = DataSelector::records(body, *path);
    selection.count = qsizetype(records.size());
    for (size_t i = 0; i < records.size() && i < size_t(qMax(0, maxRecords)); ++i) {
        selection.firstRecords.append(PageResponse::toJson(records[i]));
    }
    return selection;
}

TestRequestJob::Selection TestRequestJob::select(const QByteArray& body, const QString& expression,
                                                 int maxRecords)
{
    JsonParser parser;
    simdjson::dom::element root;
    if (const simdjson::error_code error =
            parser.parse({body.constData(), size_t(body.size())}, false, &root)) {
        Selection selection;
        selection.problem = tr("The answer is not JSON: %1").arg(JsonParser::describe(error));
        return selection;
    }
    return select(root, expression, maxRecords);
}
