// Measures extraction: the APS Data Management chain (hubs → projects → top
// folders → folder contents) walked by ExtractJob against the sandbox in its
// own thread, with an app token, records handed to a sink that reads every
// byte. Prints records/s, MB/s, the extracting thread's CPU time, resident
// memory as the walk goes on (it must stay flat) and the peak; then how fast
// simdjson and QJsonDocument parse the same pages.
// Usage: bench_extract [records=1000000]
#include "BenchSupport.h"
#include "sandbox/SandboxThread.h"
#include "source/CredentialSet.h"
#include "source/ExtractJob.h"
#include "source/RecordSink.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QThread>

#include <cstdio>
#include <ctime>

namespace {

using BenchSupport::statusMegabytes;
using BenchSupport::threadCpuSeconds;

// Reads every record once (as a loader would) and keeps a few pages of raw
// JSON for the parser comparison.
class MeasuringSink : public RecordSink
{
public:
    explicit MeasuringSink(qint64 expected)
        : m_nextReport(qMax<qint64>(1, expected / 4))
        , m_step(qMax<qint64>(1, expected / 4))
    { }

    qint64 records = 0;
    qint64 bytes = 0;
    QList<QByteArray> samplePages;

    bool accept(const QString&, const std::vector<simdjson::dom::element>& page, const QJsonObject&,
                QString*) override
    {
        std::string sample = "[";
        for (const simdjson::dom::element& record : page) {
            const std::string text = simdjson::minify(record);
            bytes += qint64(text.size());
            if (samplePages.size() < 20) {
                sample += text + ',';
            }
        }
        if (samplePages.size() < 20 && sample.size() > 1) {
            sample.back() = ']';
            samplePages << QByteArray::fromStdString(sample);
        }
        records += qint64(page.size());
        if (records >= m_nextReport) {
            std::printf("  after %lld records: resident memory %.1f MB\n",
                        static_cast<long long>(records), statusMegabytes("VmRSS:"));
            m_nextReport += m_step;
        }
        return true;
    }

private:
    qint64 m_nextReport;
    qint64 m_step;
};

void compareParsers(const QList<QByteArray>& pages)
{
    if (pages.isEmpty()) {
        return;
    }
    qint64 bytes = 0;
    for (const QByteArray& page : pages) {
        bytes += page.size();
    }
    const int rounds = 50;
    QElapsedTimer clock;
    simdjson::dom::parser parser;
    clock.start();
    size_t elements = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray& page : pages) {
            simdjson::dom::element root;
            if (!parser.parse(page.constData(), size_t(page.size())).get(root)) {
                elements += root.get_array().value_unsafe().size();
            }
        }
    }
    const double simd = clock.nsecsElapsed() / 1e9;
    clock.restart();
    qsizetype objects = 0;
    for (int round = 0; round < rounds; ++round) {
        for (const QByteArray& page : pages) {
            objects += QJsonDocument::fromJson(page).array().size();
        }
    }
    const double qt = clock.nsecsElapsed() / 1e9;
    const double megabytes = double(bytes) * rounds / 1e6;
    std::printf("parsing %.1f MB of pages: simdjson %.0f MB/s, QJsonDocument %.0f MB/s (%.1fx)%s\n",
                megabytes, megabytes / simd, megabytes / qt, qt / simd,
                qint64(elements) == qint64(objects) ? "" : " (counts differ!)");
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    std::printf("grantline extract benchmark: %lld folder items through the APS chain\n",
                static_cast<long long>(records));

    SandboxSettings settings;
    settings.records = records;
    SandboxThread sandbox;
    QString error;
    if (!sandbox.start(settings, &error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }

    ConfigProblems problems;
    const std::optional<PipelineFile> pipeline =
        PipelineFile::read(BenchSupport::apsChain(sandbox.baseUrl().toString()), &problems);
    if (!pipeline) {
        std::fprintf(stderr, "bench pipeline: %s\n", qPrintable(problems.value(0).toString()));
        return 1;
    }
    QNetworkAccessManager network;
    CredentialSet credentials(&network,
                              {{QStringLiteral("secret"), QStringLiteral("sandbox-server-secret")}},
                              nullptr, nullptr);
    MeasuringSink sink(records);
    ExtractJob job(&network, *pipeline, &credentials, &sink, {});
    job.setAutoDelete(false);
    QObject::connect(&job, &Job::finished, &app, &QCoreApplication::quit);
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = threadCpuSeconds();
    job.start();
    app.exec();
    const double seconds = clock.elapsed() / 1000.0;
    const double cpu = threadCpuSeconds() - cpuBefore;
    if (job.error() != Job::NoError) {
        std::fprintf(stderr, "extract failed: %s\n", qPrintable(job.errorText()));
        return 1;
    }
    qint64 pages = 0;
    qint64 received = 0;
    for (const ExtractJob::ResourceStats& stats : job.stats()) {
        pages += stats.pages;
        received += stats.bytes;
    }
    std::printf("extract: %lld records, %lld pages, %.1f MB received in %.2f s -> %.0f records/s, "
                "%.1f MB/s; extracting thread CPU %.2f s (%.0f records per CPU second)\n",
                static_cast<long long>(sink.records), static_cast<long long>(pages), received / 1e6,
                seconds, sink.records / seconds, received / 1e6 / seconds, cpu,
                sink.records / qMax(cpu, 1e-9));
    std::printf("peak resident memory: %.1f MB (now %.1f MB)\n", statusMegabytes("VmHWM:"),
                statusMegabytes("VmRSS:"));
    compareParsers(sink.samplePages);

    return sink.records == records ? 0 : 1;
}
