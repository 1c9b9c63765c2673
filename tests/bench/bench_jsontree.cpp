// Measures Test request's JSON tree on a large answer: parsing on the worker
// (and how long this thread's event loop went without a turn meanwhile),
// expanding the root and a record, a search that finds nothing (the whole
// document walked), one that finds a value near the end, a JSONPath marking
// every record's id, and memory.
// Usage: bench_jsontree [megabytes=50]
#include "BenchSupport.h"
#include "pipeline/JsonTreeModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <cstdio>

namespace {

// {"data": [records of about 300 bytes each], "meta": {...}}
QByteArray answer(qint64 bytes, int* records)
{
    QByteArray body = "{\"data\": [";
    body.reserve(bytes + 4096);
    int count = 0;
    while (body.size() < bytes) {
        body += count ? "," : "";
        body +=
            "{\"type\":\"items\",\"id\":\"urn:adsk.wipprod:dm.lineage:" + QByteArray::number(count)
            + "\",\"attributes\":{\"displayName\":\"Drawing " + QByteArray::number(count)
            + ".dwg\",\"createTime\":\"2024-05-01T10:00:00.000Z\",\"hidden\":false,"
              "\"extension\":{\"type\":\"items:autodesk.core:File\",\"version\":\"1.0\"}},"
              "\"relationships\":{\"tip\":{\"data\":{\"type\":\"versions\",\"id\":\"v"
            + QByteArray::number(count) + "\"}}}}";
        ++count;
    }
    body += "], \"meta\": {\"count\": " + QByteArray::number(count) + "}}";
    *records = count;
    return body;
}

double milliseconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 megabytes = argc > 1 ? QByteArray(argv[1]).toLongLong() : 50;
    int records = 0;
    const QByteArray body = answer(megabytes * 1000 * 1000, &records);
    const double before = BenchSupport::statusMegabytes("VmRSS:");

    JsonTreeModel model;
    QEventLoop loop;
    QObject::connect(&model, &JsonTreeModel::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&model, &JsonTreeModel::failed, &loop, [&](const QString& problem) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(problem));
        loop.quit();
    });
    QElapsedTimer timer;
    qint64 last = 0;
    qint64 longestGap = 0;
    QTimer ticker;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        longestGap = qMax(longestGap, timer.elapsed() - last);
        last = timer.elapsed();
    });
    timer.start();
    ticker.start();
    model.load(body);
    loop.exec();
    ticker.stop();
    std::printf("jsontree: %.1f MB, %d records loaded in %.1f ms (event loop's longest gap "
                "%lld ms), resident memory +%.1f MB\n",
                double(body.size()) / 1e6, records, milliseconds(timer),
                static_cast<long long>(longestGap),
                BenchSupport::statusMegabytes("VmRSS:") - before);

    timer.restart();
    model.fetchMore({});
    const QModelIndex data = model.index(0, 0);
    model.fetchMore(data);
    model.fetchMore(model.index(0, 0, data));
    std::printf("  expand root, data and a record: %.2f ms, %lld rows made\n", milliseconds(timer),
                static_cast<long long>(model.nodeCount()));

    timer.restart();
    const qsizetype none = model.find(QStringLiteral("no such text anywhere"), 10).size();
    std::printf("  search finding nothing (%lld hits): %.1f ms\n", static_cast<long long>(none),
                milliseconds(timer));

    timer.restart();
    const QString last_ = QStringLiteral("Drawing %1.dwg").arg(records - 1);
    const QModelIndexList hits = model.find(last_, 10);
    std::printf("  search finding the last record's name (%lld hit(s), %s): %.1f ms, %lld rows "
                "made\n",
                static_cast<long long>(hits.size()),
                hits.isEmpty() ? "-" : qPrintable(model.pathOf(hits.first())), milliseconds(timer),
                static_cast<long long>(model.nodeCount()));

    timer.restart();
    model.setSelector(QStringLiteral("data[*].id"));
    std::printf("  selector data[*].id marks %d node(s): %.1f ms\n", model.selectedCount(),
                milliseconds(timer));
    return hits.isEmpty() ? 1 : 0;
}
