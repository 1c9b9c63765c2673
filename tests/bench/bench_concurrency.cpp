// What concurrent requests buy against an API with real round trips: the
// built-in APS preset (hubs, projects, top folders, folder contents, item
// versions, signing keys) run by `grantline-cli run` against the sandbox with
// latency, once per limit of requests in flight, each into a fresh file.
// Printed per limit: requests, records, wall time, the CLI's CPU time per
// record and the speed-up over the first limit. A baseline grantline-cli
// (an older build, which knows no --concurrent-requests) may run first.
// Usage: bench_concurrency [items=6000] [latency-ms=100] [limits=1,6]
//                          [tree=3x10x20] [baseline-cli]
#include "HttpTestClient.h"
#include "sandbox/SandboxThread.h"
#include "source/PipelinePresets.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {

double childrenCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The preset as a person gets it, signed in with the sandbox's
// server-to-server app instead of a connection (no browser in a benchmark).
QByteArray presetPipeline(const QString& base)
{
    Connection connection;
    connection.name = QStringLiteral("sandbox");
    connection.endpoints.issuer = base;
    QString error;
    QJsonObject pipeline =
        PipelinePresets::forConnection(QStringLiteral("sandbox"), connection, &error).value();
    QJsonObject source = pipeline.value(QStringLiteral("source")).toObject();
    QJsonObject client = source.value(QStringLiteral("client")).toObject();
    client.insert(QStringLiteral("base_url"), base + u'/');
    client.insert(
        QStringLiteral("auth"),
        QJsonObject{
            {QStringLiteral("type"), QStringLiteral("oauth2_client_credentials")},
            {QStringLiteral("access_token_url"), base + QStringLiteral("/authentication/v2/token")},
            {QStringLiteral("client_id"), QStringLiteral("sandbox-server-app")},
            {QStringLiteral("client_secret"), QStringLiteral("{secrets.secret}")},
            {QStringLiteral("access_token_request_data"),
             QJsonObject{{QStringLiteral("scope"), QStringLiteral("data:read")}}}});
    source.insert(QStringLiteral("client"), client);
    pipeline.insert(QStringLiteral("source"), source);
    return QJsonDocument(pipeline).toJson();
}

qint64 sandboxRequests(const QUrl& base)
{
    HttpTestClient client;
    return client.get(base.resolved(QUrl(QStringLiteral("/sandbox/stats"))))
        .json()
        .value(QStringLiteral("counters"))
        .toObject()
        .value(QStringLiteral("requests"))
        .toInteger();
}

struct Figures
{
    double seconds = 0;
    double cpuSeconds = 0;
    qint64 records = 0;
    qint64 requests = 0;
};

std::optional<Figures> runCli(const QString& cli, const QString& pipeline, const QString& db,
                              const QStringList& extra, const QUrl& sandbox)
{
    QFile::remove(db);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QTemporaryDir home;
    env.insert(QStringLiteral("GRANTLINE_HOME"), home.path());
    env.insert(QStringLiteral("SOURCES__SANDBOX__SECRET"), QStringLiteral("sandbox-server-secret"));
    process.setProcessEnvironment(env);
    const qint64 requestsBefore = sandboxRequests(sandbox);
    const double cpuBefore = childrenCpuSeconds();
    QElapsedTimer clock;
    clock.start();
    process.start(cli,
                  QStringList{QStringLiteral("run"), pipeline, QStringLiteral("--db"), db,
                              QStringLiteral("--json")}
                      + extra);
    // The sandbox serves from its own thread: blocking here is fine.
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(cli),
                     process.readAllStandardError().constData());
        return std::nullopt;
    }
    Figures figures;
    figures.seconds = double(clock.nsecsElapsed()) / 1e9;
    figures.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    figures.records = QJsonDocument::fromJson(process.readAllStandardOutput())
                          .object()
                          .value(QStringLiteral("records"))
                          .toInteger();
    figures.requests = sandboxRequests(sandbox) - requestsBefore - 1;
    return figures;
}

void print(const char* what, const Figures& figures, double baseSeconds)
{
    std::printf("%s: %lld requests, %lld records in %.1f s (%.1f requests/s), CPU %.2f s = "
                "%.0f us/record, %.2fx the first\n",
                what, static_cast<long long>(figures.requests),
                static_cast<long long>(figures.records), figures.seconds,
                double(figures.requests) / figures.seconds, figures.cpuSeconds,
                figures.cpuSeconds * 1e6 / double(std::max<qint64>(1, figures.records)),
                baseSeconds / figures.seconds);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 items = args.size() > 1 ? args.at(1).toLongLong() : 6000;
    const int latency = args.size() > 2 ? args.at(2).toInt() : 100;
    const QStringList limits =
        (args.size() > 3 ? args.at(3) : QStringLiteral("1,6")).split(u',', Qt::SkipEmptyParts);
    const QStringList tree = (args.size() > 4 ? args.at(4) : QStringLiteral("3x10x20")).split(u'x');
    const QString baseline = args.size() > 5 ? args.at(5) : QString();

    SandboxSettings settings;
    settings.records = items;
    settings.latencyMs = latency;
    settings.tree = {tree.value(0).toInt(), tree.value(1).toInt(), tree.value(2).toInt()};
    SandboxThread sandbox;
    QString error;
    if (!sandbox.start(settings, &error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("grantline concurrency benchmark: the APS preset over a sandbox of %d hubs, %d "
                "projects, %d folders, %lld items, %d ms latency (+-%d)\n",
                settings.tree.hubs, settings.tree.hubs * settings.tree.projectsPerHub,
                settings.tree.hubs * settings.tree.projectsPerHub * settings.tree.foldersPerProject,
                static_cast<long long>(items), latency, latency / 5);
    QTemporaryDir dir;
    const QString pipeline = dir.filePath(QStringLiteral("aps.json"));
    QFile file(pipeline);
    if (!file.open(QIODevice::WriteOnly)
        || !file.write(presetPipeline(sandbox.baseUrl().toString(QUrl::StripTrailingSlash)))) {
        return 1;
    }
    file.close();
    const QString db = dir.filePath(QStringLiteral("aps.sqlite"));
    double first = 0;
    if (!baseline.isEmpty()) {
        const std::optional<Figures> figures =
            runCli(baseline, pipeline, db, {}, sandbox.baseUrl());
        if (!figures) {
            return 1;
        }
        first = figures->seconds;
        print("baseline (the given grantline-cli)", *figures, first);
    }
    for (const QString& limit : limits) {
        const std::optional<Figures> figures =
            runCli(QStringLiteral(GRANTLINE_CLI_PATH), pipeline, db,
                   {QStringLiteral("--concurrent-requests"), limit}, sandbox.baseUrl());
        if (!figures) {
            return 1;
        }
        first = first > 0 ? first : figures->seconds;
        print(qPrintable(QStringLiteral("concurrent requests %1").arg(limit)), *figures, first);
    }
    return 0;
}
