// How free a run leaves its caller: the sandbox's APS chain extracted over
// loopback HTTP and loaded into SQLite while a 1 ms timer ticks on the
// caller's event loop (as a window's would). Printed for the run as
// `grantline-cli run` loaded before RunJob (the loader on the caller's
// thread) and through RunJob: records per second, and the longest and the
// 99th-percentile gap between ticks: a stall the window would show. The
// postgres mode loads through RunJob into a server the benchmark starts:
// connecting, COPY and COMMIT must leave the caller as free.
// Usage: bench_runjob [records=1000000] [before|runjob|postgres|all]
#include "BenchSupport.h"
#include "PostgresServer.h"
#include "StallMeter.h"
#include "destination/LoadSink.h"
#include "destination/Loader.h"
#include "run/RunJob.h"
#include "sandbox/SandboxThread.h"
#include "source/CredentialSet.h"
#include "source/ExtractJob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

struct Setup
{
    SandboxThread sandbox;
    QNetworkAccessManager network;
    std::optional<PipelineFile> pipeline;
    std::unique_ptr<CredentialSet> credentials;

    bool start(qint64 records)
    {
        SandboxSettings settings;
        settings.records = records;
        QString error;
        if (!sandbox.start(settings, &error)) {
            std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
            return false;
        }
        ConfigProblems problems;
        pipeline =
            PipelineFile::read(BenchSupport::apsChain(sandbox.baseUrl().toString()), &problems);
        credentials = std::make_unique<CredentialSet>(
            &network,
            QHash<QString, QString>{
                {QStringLiteral("secret"), QStringLiteral("sandbox-server-secret")}},
            nullptr, nullptr);
        return pipeline.has_value();
    }
};

// Today's `grantline-cli run` before RunJob: everything on the caller's thread.
bool runBefore(Setup& setup, const QString& path)
{
    Loader::Options options;
    options.pipelineName = QStringLiteral("bench_before");
    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    Loader loader(path, options);
    QString error;
    if (!loader.begin(&error)) {
        std::fprintf(stderr, "before: %s\n", qPrintable(error));
        return false;
    }
    LoadSink sink(&loader, &*setup.pipeline);
    ExtractJob::Options extract;
    extract.state = loader.incrementalState();
    ExtractJob job(&setup.network, *setup.pipeline, setup.credentials.get(), &sink, extract);
    job.setAutoDelete(false);
    bool finished = false;
    // The merges and the COMMIT ran inside the loop then, and stalled it.
    QObject::connect(&job, &Job::finished, [&] {
        finished = job.error() == Job::NoError && loader.finish(job.state(), &error);
        QCoreApplication::quit();
    });
    job.start();
    QCoreApplication::exec();
    if (!finished) {
        std::fprintf(stderr, "before: %s\n",
                     qPrintable(job.error() != Job::NoError ? job.errorText() : error));
        return false;
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    meter.stop();
    meter.print("before (loader on the caller's thread)", loader.recordCount(), seconds);
    return true;
}

bool runJob(Setup& setup, const LoadDestination& destination, const char* label)
{
    RunJob::Options options;
    options.destination = destination;
    options.loader.pipelineName = QStringLiteral("bench_runjob");
    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    RunJob job(&setup.network, *setup.pipeline, setup.credentials.get(), options);
    job.setAutoDelete(false);
    QObject::connect(&job, &Job::finished, QCoreApplication::instance(), &QCoreApplication::quit);
    job.start();
    QCoreApplication::exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    meter.stop();
    if (job.error() != Job::NoError) {
        std::fprintf(stderr, "runjob: %s\n", qPrintable(job.errorText()));
        return false;
    }
    meter.print(label, job.loadInfo().records, seconds);
    std::printf("  pages waiting for the worker at most: %d\n", job.mostPagesInFlight());
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QByteArray mode = argc > 2 ? QByteArray(argv[2]) : QByteArray("all");
    std::printf("grantline run stall benchmark: %lld sandbox items\n",
                static_cast<long long>(records));
    QTemporaryDir dir;
    Setup setup;
    if (!setup.start(records)) {
        return 1;
    }
    if ((mode == "before" || mode == "all")
        && !runBefore(setup, dir.filePath(QStringLiteral("before.db")))) {
        return 1;
    }
    if ((mode == "runjob" || mode == "all")
        && !runJob(setup, LoadDestination::sqlite(dir.filePath(QStringLiteral("runjob.db"))),
                   "runjob (RunJob, loading on its worker)")) {
        return 1;
    }
    if (mode == "postgres" || mode == "all") {
        PostgresServer server;
        QString error;
        if (!server.start(&error)
            || !server.createUser(QStringLiteral("bench"), QStringLiteral("bench-pw"), &error)) {
            std::fprintf(stderr, "postgres: %s\n", qPrintable(error));
            return 1;
        }
        const std::optional<PostgresCredentials> credentials = PostgresCredentials::fromUrl(
            server.url(QStringLiteral("bench"), QStringLiteral("bench")), &error);
        LoadDestination destination =
            LoadDestination::server(*credentials, QStringLiteral("bench_runjob"));
        destination.password = QStringLiteral("bench-pw");
        if (!runJob(setup, destination, "postgres (RunJob into a local server)")) {
            return 1;
        }
    }
    return 0;
}
