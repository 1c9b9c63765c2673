#include "sandbox/SandboxServer.h"

#include "core/Logging.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QPointer>
#include <QTimer>

#include <algorithm>

SandboxServer::SandboxServer(const SandboxSettings& settings, QObject* parent)
    : QObject(parent)
    , m_context{settings, AppRegistry::withDefaultApps(), {}, {}, {}, {}, {}, {}}
    , m_generator(settings.seed, settings.records, settings.buckets, settings.tree)
    , m_http(this)
    , m_faults(m_context)
    , m_authorization(m_context)
    , m_tokens(m_context)
    , m_data(m_context, m_generator)
    , m_playground(m_context, m_generator)
    , m_jitter(settings.seed)
{
    m_context.apps.setStrictCallbacks(settings.strictCallbacks);
    m_http.setHandler([this](const HttpRequest& request, HttpConnection* connection) {
        handle(request, connection);
    });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString* errorString)
{
    if (!m_context.settings.appsPath.isEmpty()
        && !m_context.apps.loadFile(m_context.settings.appsPath, errorString)) {
        return false;
    }
    if (m_context.settings.signingKeyPath.isEmpty()) {
        m_context.key = SigningKey::generate();
    } else {
        QFile file(m_context.settings.signingKeyPath);
        if (!file.open(QIODevice::ReadOnly)) {
            *errorString = QStringLiteral("cannot read the signing key %1: %2")
                               .arg(m_context.settings.signingKeyPath, file.errorString());
            return false;
        }
        QString keyError;
        m_context.key = SigningKey::fromPem(file.readAll(), &keyError);
        if (!m_context.key.isValid()) {
            *errorString = QStringLiteral("cannot use the signing key %1: %2")
                               .arg(m_context.settings.signingKeyPath, keyError);
            return false;
        }
    }
    if (!m_context.key.isValid()) {
        *errorString = QStringLiteral("could not create an RSA signing key");
        return false;
    }
    if (!m_http.listen(QHostAddress::LocalHost, m_context.settings.port)) {
        *errorString = QStringLiteral("cannot listen on 127.0.0.1:%1: %2")
                           .arg(m_context.settings.port)
                           .arg(m_http.errorString());
        return false;
    }
    m_context.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_http.port()));
    qCInfo(lcSandbox) << "sandbox listening on" << m_context.baseUrl.toString();
    return true;
}

void SandboxServer::stop()
{
    m_http.close();
}

QUrl SandboxServer::baseUrl() const
{
    return m_context.baseUrl;
}

const SandboxSettings& SandboxServer::settings() const
{
    return m_context.settings;
}

const AppRegistry& SandboxServer::apps() const
{
    return m_context.apps;
}

QJsonObject SandboxServer::describe() const
{
    QJsonArray apps;
    for (const RegisteredApp& app : m_context.apps.apps()) {
        apps.append(app.toJson(true));
    }
    const SandboxSettings::DemoUser& user = m_context.settings.user;
    return QJsonObject{
        {QStringLiteral("base_url"), m_context.baseUrl.toString()},
        {QStringLiteral("issuer"), m_context.issuer()},
        {QStringLiteral("discovery_url"),
         m_context.url(QStringLiteral("/.well-known/openid-configuration")).toString()},
        {QStringLiteral("user"),
         QJsonObject{{QStringLiteral("username"), user.username},
                     {QStringLiteral("password"), user.password},
                     {QStringLiteral("userid"), user.userId}}},
        {QStringLiteral("apps"), apps},
        {QStringLiteral("seed"), QString::number(m_context.settings.seed)},
        {QStringLiteral("records"), m_context.settings.records},
    };
}

bool SandboxServer::isFaultTarget(const HttpRequest& request) const
{
    const QString path = request.path();
    return path.startsWith(QLatin1String("/project/")) || path.startsWith(QLatin1String("/data/"))
        || path.startsWith(QLatin1String("/oss/"))
        || path.startsWith(QLatin1String("/playground/"));
}

void SandboxServer::handle(const HttpRequest& request, HttpConnection* connection)
{
    m_context.count(QStringLiteral("requests"));
    if (request.path().startsWith(QLatin1String("/sandbox/"))) {
        connection->respond(control(request));
        return;
    }
    const qsizetype logged = logArrival(request);
    const FaultRule::Kind fault = m_faults.faultFor(request, isFaultTarget(request));
    if (fault == FaultRule::Kind::DroppedConnection) {
        connection->abortWithoutResponse();
        return;
    }
    const HttpResponse good = route(request);
    const HttpResponse response =
        fault == FaultRule::Kind::None || fault == FaultRule::Kind::SlowResponse
        ? good
        : m_faults.corrupt(fault, request, good);
    int delay = latencyMs();
    if (fault == FaultRule::Kind::SlowResponse) {
        delay += FaultInjector::delayMs(request);
    }
    if (delay <= 0) {
        answer(connection, response, logged);
        return;
    }
    // The connection may be gone by then; QPointer says so.
    QPointer<HttpConnection> guarded(connection);
    const quint64 generation = m_logGeneration;
    QTimer::singleShot(
        delay, Qt::PreciseTimer, this, [this, guarded, response, logged, generation] {
            if (guarded) {
                answer(guarded, response, generation == m_logGeneration ? logged : -1);
            }
        });
}

int SandboxServer::latencyMs()
{
    const int latency = m_context.settings.latencyMs;
    if (latency <= 0) {
        return 0;
    }
    const int jitter = m_context.settings.jitterMs < 0 ? latency / 5 : m_context.settings.jitterMs;
    if (jitter <= 0) {
        return latency;
    }
    return std::max(0, latency - jitter + int(m_jitter.bounded(2 * jitter + 1)));
}

qsizetype SandboxServer::logArrival(const HttpRequest& request)
{
    if (m_context.requestLog.size() >= SandboxContext::kMaxLogged) {
        m_context.count(QStringLiteral("requests_not_logged"));
        return -1;
    }
    SandboxContext::LoggedRequest entry;
    entry.receivedMs = QDateTime::currentMSecsSinceEpoch();
    entry.method = request.method;
    entry.path = request.path();
    m_context.requestLog.append(entry);
    return m_context.requestLog.size() - 1;
}

void SandboxServer::answer(HttpConnection* connection, const HttpResponse& response,
                           qsizetype logged)
{
    if (logged >= 0 && logged < m_context.requestLog.size()) {
        m_context.requestLog[logged].answeredMs = QDateTime::currentMSecsSinceEpoch();
        m_context.requestLog[logged].status = response.status;
    }
    connection->respond(response);
}

QJsonObject SandboxServer::requestLog() const
{
    QJsonArray requests;
    for (const SandboxContext::LoggedRequest& entry : m_context.requestLog) {
        requests.append(QJsonObject{{QStringLiteral("received_ms"), double(entry.receivedMs)},
                                    {QStringLiteral("answered_ms"), double(entry.answeredMs)},
                                    {QStringLiteral("method"), QString::fromLatin1(entry.method)},
                                    {QStringLiteral("path"), entry.path},
                                    {QStringLiteral("status"), entry.status}});
    }
    return QJsonObject{{QStringLiteral("requests"), requests}};
}

HttpResponse SandboxServer::route(const HttpRequest& request)
{
    if (std::optional<HttpResponse> response = m_authorization.handle(request)) {
        return *response;
    }
    if (std::optional<HttpResponse> response = m_tokens.handle(request)) {
        return *response;
    }
    if (std::optional<HttpResponse> response = m_data.handle(request)) {
        return *response;
    }
    if (std::optional<HttpResponse> response = m_playground.handle(request)) {
        return *response;
    }
    m_context.count(QStringLiteral("not_found"));
    return HttpResponse::json(
        404,
        QJsonDocument(QJsonObject{{QStringLiteral("developerMessage"),
                                   QStringLiteral("The requested resource does not exist.")},
                                  {QStringLiteral("errorCode"), QStringLiteral("NOT_FOUND")}}));
}

HttpResponse SandboxServer::control(const HttpRequest& request)
{
    const QString path = request.path();
    if (path == QLatin1String("/sandbox/stats") && request.method == "GET") {
        QJsonObject counters;
        for (auto it = m_context.counters.cbegin(); it != m_context.counters.cend(); ++it) {
            counters.insert(it.key(), double(it.value()));
        }
        return HttpResponse::json(
            200,
            QJsonDocument(QJsonObject{
                {QStringLiteral("counters"), counters},
                {QStringLiteral("open_connections"), m_http.connectionCount()},
                {QStringLiteral("access_tokens_issued"), m_context.tokens.accessTokensIssued()},
                {QStringLiteral("refresh_tokens_issued"),
                 m_context.tokens.refreshTokensIssued()}}));
    }
    if (path == QLatin1String("/sandbox/requests") && request.method == "GET") {
        return HttpResponse::json(200, QJsonDocument(requestLog()));
    }
    if (path == QLatin1String("/sandbox/requests") && request.method == "DELETE") {
        m_context.requestLog.clear();
        // Answers still on their way belong to the log that was.
        ++m_logGeneration;
        return HttpResponse::json(200,
                                  QJsonDocument(QJsonObject{{QStringLiteral("cleared"), true}}));
    }
    if (path == QLatin1String("/sandbox/revoke-all") && request.method == "POST") {
        m_context.tokens.revokeEverything();
        m_context.count(QStringLiteral("revoke_all"));
        return HttpResponse::json(200,
                                  QJsonDocument(QJsonObject{{QStringLiteral("revoked"), true}}));
    }
    return HttpResponse::json(
        404,
        QJsonDocument(
            QJsonObject{{QStringLiteral("error"),
                         QStringLiteral("Known: GET /sandbox/stats, GET and DELETE "
                                        "/sandbox/requests, POST /sandbox/revoke-all.")}}));
}
