// Measures what the sandbox serves: pages/s and MB/s for a walk over every
// folder's contents (the sandbox in its own thread, a QNetworkAccessManager
// client in this one), memory along the way, and raw record generation speed.
// Usage: bench_sandbox [records=1000000]
#include "BenchSupport.h"
#include "HttpTestClient.h"
#include "sandbox/RecordGenerator.h"
#include "sandbox/SandboxThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QThread>

#include <cstdio>

namespace {

struct Walk
{
    qint64 pages = 0;
    qint64 items = 0;
    qint64 bytes = 0;
};

Walk walkAllFolders(HttpTestClient& client, const QUrl& base, const QString& token,
                    const RecordGenerator& generator, qint64 totalItems)
{
    Walk walk;
    qint64 nextReport = totalItems / 4;
    for (int folder = 0; folder < generator.folderCount(); ++folder) {
        const QString project = generator.projectId(generator.projectOfFolder(folder));
        QUrl next = base.resolved(QUrl(
            QStringLiteral("/data/v1/projects/%1/folders/%2/contents?page%5Blimit%5D=200")
                .arg(project,
                     QString::fromLatin1(QUrl::toPercentEncoding(generator.folderId(folder))))));
        while (!next.isEmpty()) {
            const HttpTestReply reply = client.getWithBearer(next, token);
            if (reply.status != 200) {
                std::fprintf(stderr, "walk stopped: HTTP %d\n", reply.status);
                return walk;
            }
            const QJsonObject body = reply.json();
            walk.pages += 1;
            walk.bytes += reply.body.size();
            walk.items += body.value(QStringLiteral("data")).toArray().size();
            next = QUrl(body.value(QStringLiteral("links"))
                            .toObject()
                            .value(QStringLiteral("next"))
                            .toObject()
                            .value(QStringLiteral("href"))
                            .toString());
            if (walk.items >= nextReport) {
                std::printf("  after %lld items: resident memory %.1f MB\n",
                            static_cast<long long>(walk.items),
                            BenchSupport::statusMegabytes("VmRSS:"));
                nextReport += totalItems / 4;
            }
        }
    }
    return walk;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    std::printf("grantline-sandbox benchmark: %lld items, page[limit]=200\n",
                static_cast<long long>(records));

    SandboxSettings settings;
    settings.records = records;
    SandboxThread sandbox;
    QString error;
    if (!sandbox.start(settings, &error)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(error));
        return 1;
    }

    HttpTestClient client;
    const QUrl base = sandbox.baseUrl();
    const HttpTestReply token =
        client.postForm(base.resolved(QUrl(QStringLiteral("/authentication/v2/token"))),
                        {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
                         {QStringLiteral("scope"), QStringLiteral("data:read")}},
                        {{"Authorization",
                          HttpTestClient::basicAuth(QStringLiteral("sandbox-server-app"),
                                                    QStringLiteral("sandbox-server-secret"))}});
    const QString access = token.json().value(QStringLiteral("access_token")).toString();

    const RecordGenerator generator(settings.seed, records, settings.buckets);
    QElapsedTimer clock;
    clock.start();
    const Walk walk = walkAllFolders(client, base, access, generator, records);
    const double seconds = clock.elapsed() / 1000.0;
    std::printf("walk: %lld pages, %lld items, %.1f MB in %.2f s -> %.1f pages/s, %.1f MB/s, "
                "%.0f items/s\n",
                static_cast<long long>(walk.pages), static_cast<long long>(walk.items),
                walk.bytes / 1e6, seconds, walk.pages / seconds, walk.bytes / 1e6 / seconds,
                walk.items / seconds);

    clock.restart();
    qint64 generated = 0;
    const QUrl dumpBase(QStringLiteral("http://127.0.0.1:0"));
    for (qint64 item = 0; item < records; ++item) {
        generated +=
            QJsonDocument(generator.item(item, dumpBase)).toJson(QJsonDocument::Compact).size();
    }
    const double generationSeconds = clock.elapsed() / 1000.0;
    std::printf("generation (--dump items): %lld items, %.1f MB in %.2f s -> %.0f items/s, "
                "%.1f MB/s\n",
                static_cast<long long>(records), generated / 1e6, generationSeconds,
                records / generationSeconds, generated / 1e6 / generationSeconds);
    std::printf("resident memory at the end: %.1f MB\n", BenchSupport::statusMegabytes("VmRSS:"));

    return walk.items == records ? 0 : 1;
}
