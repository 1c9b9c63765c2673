// The window during a big run: the sandbox's APS chain loaded through the
// real Run tab of an offscreen main window (F5's path: PipelinePage::run,
// RunPanel, RunJob), while a 1 ms timer ticks on the GUI thread. Printed:
// records per second, the longest and the 99th-percentile event-loop stall,
// and the same load by `grantline-cli run` for comparison.
// Usage: bench_runpanel [records=1000000] [gui|cli|all]
#include "StallMeter.h"
#include "common/AppContext.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "pipeline/PipelinePage.h"
#include "run/RunJob.h"
#include "run/RunPanel.h"
#include "sandbox/SandboxThread.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "source/SecretLookupJob.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

namespace {

bool writePipeline(const QString& home, const QString& base, const QString& database)
{
    QJsonObject pipeline = BenchSupport::apsChain(base);
    pipeline.insert(QStringLiteral("destination"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("sqlite")},
                                {QStringLiteral("path"), database}});
    QDir(home).mkpath(QStringLiteral("pipelines"));
    QFile file(QDir(home).filePath(QStringLiteral("pipelines/bench.json")));
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(pipeline).toJson()) > 0;
}

bool runInTheWindow(const QString& home)
{
    AppContext context(home, std::make_unique<MemorySecretStore>());
    SecretJob* store = context.secrets()->writeSecret(
        SecretLookupJob::keychainKey(QStringLiteral("secret")), "sandbox-server-secret");
    QObject::connect(store, &Job::finished, qApp, &QCoreApplication::quit);
    store->start();
    QCoreApplication::exec();
    MainWindow window(&context);
    window.resize(1100, 700);
    window.show();
    window.findChild<NavigationTree*>()->selectPipeline(QStringLiteral("bench"));
    PipelinePage* page = window.pipelinePage();
    StallMeter meter;
    meter.start();
    QElapsedTimer clock;
    clock.start();
    QObject::connect(page->runPanel(), &RunPanel::finished, qApp, &QCoreApplication::quit);
    if (!page->run()) {
        std::fprintf(stderr, "gui: the run did not start\n");
        return false;
    }
    QCoreApplication::exec();
    const double seconds = clock.nsecsElapsed() / 1e9;
    meter.stop();
    RunJob* job = page->runPanel()->lastRun();
    if (job->error() != Job::NoError) {
        std::fprintf(stderr, "gui: %s\n", qPrintable(job->errorText()));
        return false;
    }
    meter.print("gui (the Run tab of an offscreen window)", job->loadInfo().records, seconds);
    return true;
}

bool runInTheCli(const QString& home, const QString& cli)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GRANTLINE_HOME"), home);
    // The secret from the environment, the way dlt names it.
    env.insert(QStringLiteral("SOURCES__REST_API__SECRET"),
               QStringLiteral("sandbox-server-secret"));
    process.setProcessEnvironment(env);
    QElapsedTimer clock;
    clock.start();
    process.start(cli,
                  {QStringLiteral("run"), QStringLiteral("bench"), QStringLiteral("--json"),
                   QStringLiteral("--full-refresh")});
    // The sandbox serves from its own thread: blocking here is fine.
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        std::fprintf(stderr, "cli: %s\n", process.readAllStandardError().constData());
        return false;
    }
    const double seconds = clock.nsecsElapsed() / 1e9;
    const qint64 records = QJsonDocument::fromJson(process.readAllStandardOutput())
                               .object()
                               .value(QStringLiteral("records"))
                               .toInteger();
    std::printf("cli (grantline-cli run, same data): %lld records in %.2f s -> %.0f records/s\n",
                static_cast<long long>(records), seconds, double(records) / seconds);
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QByteArray mode = argc > 2 ? QByteArray(argv[2]) : QByteArray("all");
    std::printf("grantline run panel stall benchmark: %lld sandbox items\n",
                static_cast<long long>(records));
    QTemporaryDir home;
    SandboxThread sandbox;
    SandboxSettings settings;
    settings.records = records;
    QString error;
    if (!sandbox.start(settings, &error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }
    if (!writePipeline(home.path(), sandbox.baseUrl().toString(),
                       home.filePath(QStringLiteral("bench.sqlite")))) {
        return 1;
    }
    if ((mode == "gui" || mode == "all") && !runInTheWindow(home.path())) {
        return 1;
    }
    if ((mode == "cli" || mode == "all")
        && !runInTheCli(home.path(), QStringLiteral(GRANTLINE_CLI_PATH))) {
        return 1;
    }
    return 0;
}
