// Measures the dashboard on a big file, offscreen, with a 1 ms timer on the
// GUI thread counting every stall:
//   tree:   the schema tree with every table's row count, from opening;
//   rows:   the biggest table's first rows, its count, a jump to its last
//           row; a ">" filter on an unindexed column, its first matches;
//   sql:    a GROUP BY over the biggest table in the console;
//   memory: the rows model (cache and anchors) and the process after
//           jumping through tables of 100k, 1M and 5M rows.
// Usage: bench_dashboard [records=1000000] [file.db]; the file (the sandbox
// items imported by grantline-cli) is made when it does not exist.
#include "BenchSupport.h"
#include "StallMeter.h"

#include "browse/BrowseConnection.h"
#include "browse/QueryRunner.h"
#include "browse/RowsModel.h"
#include "dashboard/Dashboard.h"
#include "dashboard/FilterHeader.h"
#include "dashboard/PlotView.h"
#include "dashboard/RowsView.h"
#include "dashboard/SchemaTreeModel.h"
#include "dashboard/SqlConsole.h"
#include "dashboard/SqlEditor.h"
#include "destination/SqliteDatabase.h"
#include "sandbox/RecordGenerator.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace {

bool makeFile(const QString& path, qint64 records, const QString& scratch)
{
    const QString jsonl =
        BenchSupport::writeSandboxItems(scratch + QStringLiteral("/items.jsonl"), records);
    if (jsonl.isEmpty()) {
        return false;
    }
    QProcess cli;
    cli.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    cli.start(QStringLiteral(GRANTLINE_CLI_PATH),
              {QStringLiteral("import"), jsonl, QStringLiteral("--db"), path,
               QStringLiteral("--table"), QStringLiteral("items")});
    const bool ok = cli.waitForFinished(-1) && cli.exitCode() == 0;
    QFile::remove(jsonl);
    return ok;
}

// A table of n rows made by SQLite itself: sizes beyond what the sandbox
// file has, for the memory figures.
bool makeSyntheticTable(const QString& path, qint64 rows)
{
    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"),
                 {path,
                  QStringLiteral("PRAGMA journal_mode=WAL; CREATE TABLE t%1 (id INTEGER, "
                                 "name TEXT, score REAL, note TEXT); WITH RECURSIVE c(x) AS "
                                 "(SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < %1) "
                                 "INSERT INTO t%1 SELECT x, 'name ' || (x % 977), x * 0.5, "
                                 "printf('%%.*c', 40 + x % 60, 'n') FROM c;")
                      .arg(rows)});
    return sqlite.waitForFinished(-1) && sqlite.exitCode() == 0;
}

// Waits with the event loop running (QTest::qWaitFor sleeps between its
// looks, which a stall meter would count); a wait that never came true is
// said, not hidden in a figure.
bool spin(const std::function<bool()>& condition, int timeout)
{
    if (condition()) {
        return true;
    }
    QEventLoop loop;
    QTimer look;
    look.setInterval(1);
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            loop.quit();
        }
    });
    QTimer::singleShot(timeout, &loop, &QEventLoop::quit);
    look.start();
    loop.exec();
    return condition();
}

void waitFor(const std::function<bool()>& condition, const char* what, int timeout = 600000)
{
    if (!spin(condition, timeout)) {
        std::fprintf(stderr, "timed out waiting for %s\n", what);
    }
}

bool waitLoaded(RowsModel* model, int row, int timeout = 60000)
{
    model->index(row, 0).data();
    return spin([&] { return model->index(row, 0).data(RowsModel::LoadedRole).toBool(); }, timeout);
}

double since(const QElapsedTimer& clock)
{
    return double(clock.nsecsElapsed()) / 1e6;
}

void sizeFigures(const QString& path, qint64 rows)
{
    const double before = BenchSupport::statusMegabytes("VmRSS:");
    RowsModel model;
    // In a grid, as a person sees it: the grid's own bookkeeping counts too.
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.resize(900, 600);
    view.show();
    StallMeter meter;
    meter.start();
    model.setDatabase(path);
    RowQuery query;
    query.table = QStringLiteral("t%1").arg(rows);
    query.columns = {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("score"),
                     QStringLiteral("note")};
    QElapsedTimer clock;
    clock.start();
    model.setQuery(query);
    waitLoaded(&model, 0);
    const double first = since(clock);
    waitFor([&] { return !model.isCounting(); }, "the count");
    const double counted = since(clock);
    clock.restart();
    waitLoaded(&model, model.rowCount() - 1);
    const double last = since(clock);
    std::printf("size: %lld-row table in file order: first rows %.1f ms, counted %.0f ms, last "
                "row %.1f ms; longest GUI stall %.1f ms\n",
                static_cast<long long>(rows), first, counted, last, meter.longestSince(0));
    // Sorted by a text column: the anchors hold keys, the most they weigh.
    query.sortColumn = 1;
    clock.restart();
    model.setQuery(query);
    waitLoaded(&model, 0);
    const double sortedFirst = since(clock);
    waitFor([&] { return !model.isCounting(); }, "the sorted count");
    const double sortedCount = since(clock);
    QRandomGenerator random(7);
    // The first jump away from the top keeps the sorted order (a sort of
    // the whole table, once); the jumps after it read by row number.
    double firstJump = 0;
    std::vector<double> jumps;
    for (int jump = 0; jump < 300; ++jump) {
        const int row = jump == 299 ? model.rowCount() - 1 : int(random.bounded(model.rowCount()));
        QElapsedTimer one;
        one.start();
        waitLoaded(&model, row);
        (jump == 0 ? firstJump : jumps.emplace_back()) = since(one);
    }
    std::sort(jumps.begin(), jumps.end());
    std::printf("memory: %lld-row table sorted by a text column: first rows %.0f ms, counted "
                "%.0f ms; first jump %.0f ms, 298 more: median %.1f ms, slowest %.1f ms; model "
                "cache %d chunks, %.2f MB; process resident %+.1f MB\n",
                static_cast<long long>(rows), sortedFirst, sortedCount, firstJump,
                jumps[jumps.size() / 2], jumps.back(), model.cachedChunks(),
                double(model.cachedBytes()) / 1048576.0,
                BenchSupport::statusMegabytes("VmRSS:") - before);
}

// Says which event took a stall's time: the receiver and the event type of
// every event the GUI thread handled for longer than 30 ms.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    bool notify(QObject* receiver, QEvent* event) override
    {
        QElapsedTimer clock;
        clock.start();
        const QEvent::Type type = event->type();
        const bool handled = QApplication::notify(receiver, event);
        const qint64 spent = clock.elapsed();
        if (spent > 30 && QThread::currentThread() == thread()) {
            std::fprintf(stderr, "  slow event: %lld ms, type %d, to %s \"%s\"\n",
                         static_cast<long long>(spent), int(type),
                         receiver->metaObject()->className(), qPrintable(receiver->objectName()));
        }
        return handled;
    }
};

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    const qint64 records = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir scratch;
    const QString path =
        argc > 2 ? QString::fromLocal8Bit(argv[2]) : scratch.filePath(QStringLiteral("items.db"));
    if (!QFile::exists(path)) {
        QElapsedTimer making;
        making.start();
        if (!makeFile(path, records, scratch.path())) {
            std::fprintf(stderr, "could not make %s\n", qPrintable(path));
            return 1;
        }
        std::printf("file: %lld sandbox items imported in %.1f s\n",
                    static_cast<long long>(records), since(making) / 1000.0);
    }
    // The filter's value, read before anything is measured (a full scan of
    // the root table, here on the GUI thread): nine tenths of the largest
    // value of the root table's first number column.
    QString thresholdName;
    int thresholdColumn = -1;
    qint64 threshold = 0;
    {
        BrowseConnection connection;
        QString error;
        connection.open(path, BrowseConnection::Mode::ReadOnly, &error);
        const auto columns = connection.select(
            QStringLiteral("SELECT cid, name FROM pragma_table_info('items') WHERE type = "
                           "'BIGINT' AND name NOT LIKE '\\_dlt%' ESCAPE '\\' LIMIT 1"),
            &error);
        if (columns && !columns->isEmpty()) {
            thresholdColumn = columns->first().value(0).toInt();
            thresholdName = columns->first().value(1).toString();
            const auto highest = connection.select(QStringLiteral("SELECT max(%1) FROM items")
                                                       .arg(SqliteDatabase::quote(thresholdName)),
                                                   &error);
            threshold = highest ? highest->value(0).value(0).toLongLong() * 9 / 10 : 0;
        }
    }
    Dashboard dashboard(scratch.path());
    dashboard.resize(1280, 800);
    dashboard.show();
    // The window's first paint (fonts, style) is not browsing.
    spin([] { return false; }, 200);
    StallMeter meter;
    meter.start();
    QElapsedTimer browsing;
    browsing.start();

    // The tree, with every count.
    QElapsedTimer clock;
    clock.start();
    dashboard.setDatabase(path);
    waitFor([&] { return dashboard.isUpToDate(); }, "the tree");
    const double tree = since(clock);
    QString biggest;
    qint64 biggestRows = 0;
    qint64 allRows = 0;
    for (const DatasetTable& table : dashboard.treeModel()->schema().tables()) {
        allRows += qMax<qint64>(0, table.rows);
        if (table.rows > biggestRows && !table.system) {
            biggest = table.name;
            biggestRows = table.rows;
        }
    }
    std::printf("tree: %d tables, %lld rows, every count ready %.0f ms after opening; longest "
                "GUI stall %.1f ms\n",
                int(dashboard.treeModel()->schema().tables().size()),
                static_cast<long long>(allRows), tree, meter.longestSince(0));
    size_t phase = meter.ticks();

    // The biggest table: first rows, the count, the last row.
    RowsModel* model = dashboard.rows()->model();
    clock.restart();
    dashboard.showTable(biggest);
    waitLoaded(model, 0);
    const double firstRows = since(clock);
    waitFor([&] { return !model->isCounting(); }, "the count");
    const double count = since(clock);
    clock.restart();
    QTableView* table = dashboard.rows()->table();
    table->setFocus();
    table->setCurrentIndex(model->index(0, 0));
    QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
    waitLoaded(model, model->rowCount() - 1);
    const double lastRow = since(clock);
    std::printf("rows: %s (%lld rows): first rows on screen %.1f ms, counted %.0f ms, jump to the "
                "last row %.1f ms\n",
                qPrintable(biggest), static_cast<long long>(model->rowCount()), firstRows, count,
                lastRow);
    std::printf("  longest GUI stall while opening and scrolling: %.1f ms\n",
                meter.longestSince(phase));
    phase = meter.ticks();

    // A ">" filter on a column without an index: the root table's first
    // number, above nine tenths of its largest value.
    clock.restart();
    dashboard.showTable(QStringLiteral("items"));
    waitLoaded(model, 0);
    std::printf("rows: items, %d columns: first rows on screen %.1f ms; longest GUI stall %.1f "
                "ms\n",
                model->columnCount(), since(clock), meter.longestSince(phase));
    phase = meter.ticks();
    const DatasetTable* items = dashboard.treeModel()->schema().table(QStringLiteral("items"));
    const int column = items ? items->indexOf(thresholdName) : -1;
    const QString name = thresholdName;
    if (column >= 0 && column == thresholdColumn) {
        QLineEdit* box = dashboard.rows()->filterHeader()->editor(column);
        clock.restart();
        box->setText(QStringLiteral(">%1").arg(threshold));
        QMetaObject::invokeMethod(box, "returnPressed");
        waitFor([&] { return !model->query().filters.isEmpty(); }, "the filter", 10000);
        waitLoaded(model, 0);
        const double firstMatches = since(clock);
        waitFor([&] { return !model->isCounting(); }, "the filtered count");
        std::printf("filter: items.%s >%lld (no index): first matching rows %.1f ms, all %lld "
                    "counted %.0f ms\n",
                    qPrintable(name), static_cast<long long>(threshold), firstMatches,
                    static_cast<long long>(model->rowCount()), since(clock));
        std::printf("  longest GUI stall while filtering: %.1f ms\n", meter.longestSince(phase));
        phase = meter.ticks();
    }

    // The console: a GROUP BY over the biggest table.
    SqlConsole* console = dashboard.console();
    console->editor()->setPlainText(
        QStringLiteral("SELECT _dlt_parent_id IS NULL, count(*) FROM \"%1\" GROUP BY 1")
            .arg(biggest));
    clock.restart();
    console->run();
    waitFor([&] { return !console->runner()->isRunning(); }, "the query");
    std::printf("sql: GROUP BY over %lld rows in %.0f ms; longest GUI stall %.1f ms\n",
                static_cast<long long>(biggestRows), since(clock), meter.longestSince(phase));
    phase = meter.ticks();

    // A plot of two columns of the root table: a bounded sample, drawn.
    dashboard.showTable(QStringLiteral("items"));
    waitLoaded(model, 0);
    waitFor([&] { return !model->isCounting(); }, "the count");
    dashboard.tabs()->setCurrentWidget(dashboard.plot());
    PlotView* plot = dashboard.plot();
    plot->xColumn()->setCurrentText(QStringLiteral("attributes__create_time"));
    plot->yColumn()->setCurrentText(thresholdName);
    plot->kind()->setCurrentIndex(int(PlotView::Kind::Scatter));
    bool plotted = false;
    QObject::connect(plot, &PlotView::plotted, [&] { plotted = true; });
    clock.restart();
    plot->plot();
    waitFor([&] { return plotted; }, "the plot");
    std::printf("plot: %s by %s, %lld of %lld rows, sampled and drawn in %.0f ms; longest GUI "
                "stall %.1f ms\n",
                qPrintable(thresholdName), "attributes__create_time",
                static_cast<long long>(plot->sample().x.size()),
                static_cast<long long>(plot->sample().rows), since(clock),
                meter.longestSince(phase));
    meter.stop();
    std::printf("gui: while browsing, querying and plotting (%.1f s), the GUI thread's 1 ms timer "
                "ticked %zu times: longest stall %.1f ms, p99 %.2f ms; peak resident memory "
                "%.1f MB\n",
                since(browsing) / 1000.0, meter.ticks(), meter.longestSince(0), meter.p99Since(0),
                BenchSupport::statusMegabytes("VmHWM:"));

    const QString synthetic = scratch.filePath(QStringLiteral("sizes.db"));
    for (qint64 rows : {100000LL, 1000000LL, 5000000LL}) {
        if (rows > qMax<qint64>(records * 5, 100000)) {
            break;
        }
        if (makeSyntheticTable(synthetic, rows)) {
            sizeFigures(synthetic, rows);
        }
    }
    return 0;
}
