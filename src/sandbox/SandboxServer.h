// grantline-sandbox as an object: a loopback HTTP server that behaves like APS
// Authentication v2 and the Data Management API, with a pagination playground,
// fault injection, latency, counters at /sandbox/stats and a log of
// requests at /sandbox/requests. Tests and the GUI run it in
// process; the grantline-sandbox executable runs it alone.
#pragma once

#include "http/HttpServer.h"
#include "sandbox/AuthorizationServer.h"
#include "sandbox/DataApi.h"
#include "sandbox/FaultInjector.h"
#include "sandbox/PaginationPlayground.h"
#include "sandbox/RecordGenerator.h"
#include "sandbox/SandboxContext.h"
#include "sandbox/TokenEndpoint.h"

#include <QObject>
#include <QRandomGenerator>
#include <QUrl>

#include <memory>

class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxSettings& settings, QObject* parent = nullptr);
    ~SandboxServer() override;

    // Loads the signing key and extra apps, then listens on 127.0.0.1.
    // Returns false with a sentence in errorString on failure.
    bool start(QString* errorString);
    void stop();

    QUrl baseUrl() const;
    const SandboxSettings& settings() const;
    const AppRegistry& apps() const;
    // What a person needs to use it: base URL, demo user, apps (with the
    // secrets of confidential apps: it is a sandbox).
    QJsonObject describe() const;

private:
    void handle(const HttpRequest& request, HttpConnection* connection);
    HttpResponse route(const HttpRequest& request);
    HttpResponse control(const HttpRequest& request);
    bool isFaultTarget(const HttpRequest& request) const;
    // The latency this answer gets, jitter included.
    int latencyMs();
    // The request's place in the log, or -1 when the log is full.
    qsizetype logArrival(const HttpRequest& request);
    void answer(HttpConnection* connection, const HttpResponse& response, qsizetype logged);
    QJsonObject requestLog() const;

    SandboxContext m_context;
    RecordGenerator m_generator;
    HttpServer m_http;
    FaultInjector m_faults;
    AuthorizationServer m_authorization;
    TokenEndpoint m_tokens;
    DataApi m_data;
    PaginationPlayground m_playground;
    QRandomGenerator m_jitter;
    // Counts the clearings of the request log.
    quint64 m_logGeneration = 0;
};
