// The Run tab: F5 runs the ticked endpoints of a pipeline over the sandbox
// through the real RunJob, the panel's counts equal the file's, Cancel at
// several moments leaves the file byte for byte, a second run is refused
// while one runs, a full refresh is asked first, the request log, the
// History tab, the desktop notification, a token renewed mid-run, and the
// same tables as grantline-cli. Real widgets, offscreen; the sandbox served
// from this process.
#include "RunPanelFixture.h"

#include "browse/RowsModel.h"
#include "dashboard/Dashboard.h"
#include "dashboard/FilterHeader.h"
#include "dashboard/RowsView.h"
#include "dashboard/SchemaTreeModel.h"
#include "dashboard/SqlConsole.h"
#include "dashboard/SqlEditor.h"
#include "http/UrlOrigin.h"
#include "pipeline/EndpointEditor.h"

#include <QRegularExpression>

using RunPanelTables::kTables;

// The desktop's notification service, as GNOME or KDE serve it on the
// session bus: it keeps what it is asked to show.
class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<QStringList> received;

public Q_SLOTS:
    uint Notify(const QString& app, uint, const QString& icon, const QString& summary,
                const QString& body, const QStringList&, const QVariantMap&, int)
    {
        received << QStringList{app, icon, summary, body};
        return uint(received.size());
    }
};

class TestRunPanel : public QObject, public RunPanelFixture
{
    Q_OBJECT

    // grantline-cli over the same home, its secret from the environment;
    // the event loop turns meanwhile, for this process serves the sandbox.
    void runCli(const QStringList& arguments)
    {
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRANTLINE_HOME"), m_home->path());
        env.insert(QStringLiteral("SOURCES__REST_API__SECRET"),
                   QStringLiteral("sandbox-server-secret"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GRANTLINE_CLI_PATH), arguments);
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox("tst_runpanel");
    }

    void init()
    {
        setUp();
    }

    void cleanup()
    {
        tearDown();
    }

    void aRunLoadsEveryTableAndThePanelCountsEqualTheFile()
    {
        storeSecret();
        openPipeline();
        QCOMPARE(runStateOfPipeline(), QStringLiteral("Never run"));
        QAbstractItemModelTester progressTester(
            panel()->progress(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester logTester(panel()->requestLog()->filter(),
                                           QAbstractItemModelTester::FailureReportingMode::QtTest);
        pressRun();
        QVERIFY(panel()->isRunning());
        QVERIFY(panel()->isVisible());
        waitForTheEnd();
        RunJob* job = panel()->lastRun();
        QVERIFY2(job->error() == Job::NoError, qPrintable(job->errorText()));
        RunProgressModel* progress = panel()->progress();
        QCOMPARE(progress->rowCount(), kTables.size());
        const QStringList counts = fileCounts();
        for (const QString& table : kTables) {
            QCOMPARE(progress->state(table), RunProgressModel::State::Done);
            QVERIFY2(progress->records(table) > 0, qPrintable(table));
            QVERIFY2(counts.contains(table + u'=' + QString::number(progress->records(table))),
                     qPrintable(table + u' ' + counts.join(u' ')));
        }
        QVERIFY(counts.contains(QStringLiteral("_dlt_loads=1")));
        auto* info = panel()->findChild<QPlainTextEdit*>(QStringLiteral("loadInfo"));
        QVERIFY(info->isVisible());
        QVERIFY2(info->toPlainText().contains(QStringLiteral("load step completed")),
                 qPrintable(info->toPlainText()));
        // The dot and the endpoint table say so too.
        QTRY_COMPARE(runStateOfPipeline(), QStringLiteral("Last run loaded"));
        EndpointTableModel* endpoints = page()->endpoints();
        const int hubs = endpoints->rowOfResource(QStringLiteral("hubs"));
        QCOMPARE(endpoints->index(hubs, EndpointTableModel::LastRunRowsColumn).data().toLongLong(),
                 progress->records(QStringLiteral("hubs")));
        QVERIFY(Screenshots::save(*m_window, QStringLiteral("run-panel-done")));
        // Open Data shows the loaded data on the page's Data tab.
        auto* openData = panel()->findChild<QPushButton*>(QStringLiteral("openDataButton"));
        QVERIFY(openData->isVisible());
        QTest::mouseClick(openData, Qt::LeftButton);
        QVERIFY(page()->dashboard());
        QCOMPARE(page()->dashboard()->databasePath(), database());
        QVERIFY(page()->dashboard()->isVisible());
        QTRY_VERIFY(page()->dashboard()->isUpToDate());
        // The table's rows are counted on a thread of their own, after the schema's counts.
        QTRY_VERIFY(page()->dashboard()->rows()->model()->rowCount() > 0);
        QStringList unnamed = unnamedViews(panel()) + unnamedControls(panel());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
    }

    void theDataTabOpenBeforeTheFirstRunShowsTheRowsAfterIt()
    {
        storeSecret();
        openPipeline();
        Dashboard* data = page()->showData();
        QVERIFY(data->notice()->isVisible());
        QVERIFY2(data->notice()->text().contains(QStringLiteral("Run the pipeline")),
                 qPrintable(data->notice()->text()));
        page()->findChild<QTabWidget*>(QStringLiteral("pipelineTabs"))->setCurrentIndex(0);
        pressRun();
        waitForTheEnd();
        page()->showData();
        QTRY_VERIFY(data->isUpToDate() && !data->notice()->isVisible());
        // The tree's counts are the file's.
        const QStringList counts = fileCounts();
        for (const QString& table : RunPanelTables::kTables) {
            const QModelIndex count = data->treeModel()->indexOfTable(table).siblingAtColumn(
                SchemaTreeModel::RowsSection);
            QTRY_COMPARE(table + u'=' + QString::number(count.data(Qt::UserRole).toLongLong()),
                         counts.filter(QRegularExpression(u"^"_qs + table + u"="_qs)).first());
        }
        QTRY_VERIFY(data->rows()->model()->rowCount() > 0);
        // A second run commits while the tab is shown: the grid follows.
        const qint64 loadsBefore = data->treeModel()
                                       ->indexOfTable(QStringLiteral("_dlt_loads"))
                                       .siblingAtColumn(SchemaTreeModel::RowsSection)
                                       .data(Qt::UserRole)
                                       .toLongLong();
        QVERIFY(page()->run());
        waitForTheEnd();
        QTRY_COMPARE(data->treeModel()
                         ->indexOfTable(QStringLiteral("_dlt_loads"))
                         .siblingAtColumn(SchemaTreeModel::RowsSection)
                         .data(Qt::UserRole)
                         .toLongLong(),
                     loadsBefore + 1);
        // On the page, the dashboard's keys are its own: Ctrl+Return runs the
        // console (not Edit Endpoint), Ctrl+F filters a column.
        page()->showData();
        data->tabs()->setCurrentWidget(data->console());
        data->console()->editor()->setFocus();
        data->console()->editor()->setPlainText(QStringLiteral("SELECT count(*) FROM contents"));
        QTest::keyClick(data->console()->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(data->console()->result()->model()->rowCount(), 1);
        QVERIFY(!page()->findChild<EndpointEditor*>());
        data->tabs()->setCurrentWidget(data->rows());
        data->rows()->table()->setFocus();
        QTest::keyClick(data->rows()->table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(data->rows()->filterHeader()->editor(0)->hasFocus());
        QStringList unnamed = unnamedViews(data) + unnamedControls(data);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
    }

    void cancelLeavesTheFileAsItWas_data()
    {
        QTest::addColumn<bool>("afterRecords");
        QTest::newRow("at once") << false;
        QTest::newRow("with records flowing") << true;
    }

    void cancelLeavesTheFileAsItWas()
    {
        QFETCH(bool, afterRecords);
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        const QStringList before = fileCounts();
        const QByteArray bytes = fileHash();
        pressRun();
        if (afterRecords) {
            // Cancelled once records flow: most of the run still to come.
            QTRY_VERIFY_WITH_TIMEOUT(panel()->progress()->records(QStringLiteral("hubs")) > 0
                                         || !panel()->isRunning(),
                                     30000);
        }
        QVERIFY(panel()->isRunning());
        if (afterRecords) {
            QVERIFY(Screenshots::save(*m_window, QStringLiteral("run-panel-running")));
        }
        auto* cancel = panel()->findChild<QPushButton*>(QStringLiteral("cancelRunButton"));
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::Cancelled));
        QCOMPARE(fileCounts(), before);
        QCOMPARE(fileHash(), bytes);
        for (const QString& table : kTables) {
            QVERIFY(panel()->progress()->state(table) != RunProgressModel::State::Done);
        }
        QTRY_COMPARE(runStateOfPipeline(), QStringLiteral("Last run cancelled"));
        // The next run loads each record once: the tables append a second
        // copy of what the first run loaded, nothing of the cancelled one.
        pressRun();
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::NoError));
        const QStringList after = fileCounts();
        for (int i = 0; i < kTables.size(); ++i) {
            QCOMPARE(after.at(i).section(u'=', 1).toLongLong(),
                     2 * before.at(i).section(u'=', 1).toLongLong());
        }
    }

    void aSecondRunIsRefusedWhileOneRuns()
    {
        storeSecret();
        openPipeline();
        auto* run = page()->findChild<QAction*>(QStringLiteral("runAction"));
        QVERIFY(run->isEnabled());
        pressRun();
        QVERIFY(panel()->isRunning());
        QVERIFY(!run->isEnabled());
        RunJob* first = panel()->lastRun();
        QVERIFY(!page()->run());
        QCOMPARE(panel()->lastRun(), first);
        waitForTheEnd();
        QVERIFY(run->isEnabled());
        QCOMPARE(first->error(), int(Job::NoError));
    }

    void aFullRefreshIsAskedFirst()
    {
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        panel()->findChild<QCheckBox*>(QStringLiteral("fullRefreshBox"))->setChecked(true);
        RunJob* first = panel()->lastRun();
        Confirmation::setNextAnswer(Confirmation::Answer::Cancelled);
        QVERIFY(!page()->run());
        QCOMPARE(panel()->lastRun(), first);
        QVERIFY(Confirmation::lastQuestion().text.contains(QStringLiteral("drops what")));
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        QVERIFY(page()->run());
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::NoError));
        // Loaded again from nothing: the same rows, not twice as many.
        const QStringList counts = fileCounts();
        QVERIFY2(counts.contains(
                     QStringLiteral("hubs=")
                     + QString::number(panel()->progress()->records(QStringLiteral("hubs")))),
                 qPrintable(counts.join(u' ')));
    }

    // A run to its end against a sandbox whose every Nth data request answers
    // 429 with this Retry-After (seconds).
    void runWith429Every(int every, int retryAfter, std::unique_ptr<SandboxServer>* sandbox)
    {
        SandboxSettings settings;
        settings.records = 100;
        settings.globalFaults = {FaultRule::parse(QStringLiteral("429:%1").arg(every))};
        *sandbox = std::make_unique<SandboxServer>(settings);
        QString error;
        QVERIFY2((*sandbox)->start(&error), qPrintable(error));
        writePipeline(**sandbox, QJsonObject{{QStringLiteral("sandbox_retry_after"), retryAfter}});
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        QVERIFY2(panel()->lastRun()->error() == Job::NoError,
                 qPrintable(panel()->lastRun()->errorText()));
    }

    void aPauseOfTheWholeHostIsInTheRequestLog()
    {
        std::unique_ptr<SandboxServer> faulty;
        runWith429Every(10, 1, &faulty);
        if (QTest::currentTestFailed()) {
            return;
        }
        RequestLogView* log = panel()->requestLog();
        const QString origin = UrlOrigin::of(faulty->baseUrl());
        const QString note = QStringLiteral("every request to %1 waits %2 s")
                                 .arg(origin, QLocale().toString(1.0, 'f', 1));
        QVERIFY2(log->shownText().contains(note), qPrintable(log->shownText().right(2000)));
        // With the failures, where a person looking for trouble looks.
        log->findChild<QCheckBox*>(QStringLiteral("requestLogFailuresOnly"))->setChecked(true);
        QVERIFY(log->shownText().contains(note));
    }

    void theRequestLogShowsEveryRequestAndTheRetries()
    {
        // Retry-After: 0, so the host is never paused: one line per request.
        std::unique_ptr<SandboxServer> faulty;
        runWith429Every(4, 0, &faulty);
        if (QTest::currentTestFailed()) {
            return;
        }
        RunProgressModel* progress = panel()->progress();
        int retries = 0;
        qint64 pages = 0;
        for (int row = 0; row < progress->rowCount(); ++row) {
            retries += progress->index(row, RunProgressModel::RetriesColumn).data().toInt();
            pages += progress->index(row, RunProgressModel::PagesColumn).data().toLongLong();
        }
        QVERIFY(retries > 0);
        RequestLogView* log = panel()->requestLog();
        // One line per page fetched, one per retry, and where the top-level
        // walk (hubs) ended.
        QCOMPARE(log->model()->rowCount(), int(pages) + retries + 1);
        QCOMPARE(log->model()->seen(), pages + retries + 1);
        QVERIFY2(
            log->shownText().contains(QStringLiteral("the json_link paginator finds no next page")),
            qPrintable(log->shownText().right(400)));
        // Each answer's size: the pages' add up to what the run received.
        qint64 bytes = 0;
        for (const QString& line : log->shownText().split(u'\n')) {
            if (line.section(u'\t', 4, 4) == QLatin1String("200")) {
                bytes += QLocale().toLongLong(line.section(u'\t', 6, 6));
            }
        }
        QCOMPARE(bytes, panel()->lastRun()->processedAmount(Job::Bytes));
        log->findChild<QCheckBox*>(QStringLiteral("requestLogFailuresOnly"))->setChecked(true);
        QCOMPARE(log->filter()->rowCount(), retries);
        const QString failures = log->shownText();
        QVERIFY2(failures.contains(QStringLiteral("429")), qPrintable(failures));
        QVERIFY2(failures.contains(QStringLiteral("trying again")), qPrintable(failures));
        QVERIFY(!failures.contains(QStringLiteral("sandbox-server-secret")));
        log->findChild<QCheckBox*>(QStringLiteral("requestLogFailuresOnly"))->setChecked(false);
        auto* endpoint = log->findChild<QComboBox*>(QStringLiteral("requestLogEndpoint"));
        endpoint->setCurrentIndex(endpoint->findData(QStringLiteral("hubs")));
        QVERIFY(log->filter()->rowCount() > 0);
        for (const QString& line : log->shownText().split(u'\n')) {
            QCOMPARE(line.section(u'\t', 1, 1), QStringLiteral("hubs"));
        }
        endpoint->setCurrentIndex(0);
        panel()->findChild<QTabWidget*>(QStringLiteral("runDetails"))->setCurrentWidget(log);
        QVERIFY(Screenshots::save(*m_window, QStringLiteral("run-panel-request-log")));
    }

    void theHistoryListsEveryRunAndShowsWhatEachDid()
    {
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        RunJob* loaded = panel()->lastRun();
        QCOMPARE(loaded->error(), int(Job::NoError));
        const qint64 pages = loaded->processedAmount(Job::Pages);
        // Kept now: the next run replaces the job.
        const LoadInfo loadInfo = loaded->loadInfo();
        pressRun();
        panel()->cancel();
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::Cancelled));
        // Alt+H, as a keyboard user opens the tab.
        auto* tabs = page()->findChild<QTabWidget*>(QStringLiteral("pipelineTabs"));
        QTest::keyClick(page()->endpointTable(), Qt::Key_H, Qt::AltModifier);
        RunHistoryView* history = page()->history();
        QCOMPARE(tabs->currentWidget(), history);
        RunHistoryModel* runs = history->model();
        QTRY_COMPARE(runs->rowCount(), 2);
        QTRY_VERIFY(!history->isReading());
        QCOMPARE(runs->index(0, RunHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(runs->index(1, RunHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("loaded"));
        qint64 rows = 0;
        for (const auto& [table, count] : loadInfo.tableRows) {
            rows += count;
        }
        QCOMPARE(runs->index(1, RunHistoryModel::RowsColumn).data().toString(),
                 QLocale().toString(rows));
        // Each table's rows, as the file has them.
        const QString byTable =
            runs->index(1, RunHistoryModel::RowsColumn).data(Qt::ToolTipRole).toString();
        for (const QString& count : fileCounts()) {
            if (!count.startsWith(QLatin1String("_dlt"))) {
                QVERIFY2(byTable.contains(
                             QStringLiteral("%1: %2 rows")
                                 .arg(count.section(u'=', 0, 0),
                                      QLocale().toString(count.section(u'=', 1).toLongLong()))),
                         qPrintable(byTable));
            }
        }
        // The newest is chosen; Down chooses the load, whose info shows.
        QCOMPARE(history->table()->currentIndex().row(), 0);
        QVERIFY2(history->shownDetails().contains(QStringLiteral("Cancelled")),
                 qPrintable(history->shownDetails()));
        history->table()->setFocus();
        QTest::keyClick(history->table(), Qt::Key_Down);
        const QString details = history->shownDetails();
        QVERIFY2(details.contains(QStringLiteral("load step completed")), qPrintable(details));
        QVERIFY2(details.contains(loadInfo.loadId), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("Requests: %1 (0 failed)").arg(pages)),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("By status: 200 × %1").arg(pages)),
                 qPrintable(details));
        QVERIFY(Screenshots::save(*m_window, QStringLiteral("run-history")));
        // A load only the file knows (dlt ran it) joins when the tab shows again.
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dlt"));
            db.setDatabaseName(database());
            QVERIFY(db.open());
            QSqlQuery insert(db);
            QVERIFY(insert.exec(
                QStringLiteral("INSERT INTO _dlt_loads (load_id, schema_name, status, inserted_at, "
                               "schema_version_hash) VALUES ('1700000000.5', 'aps', 0, "
                               "'2023-11-14 22:13:25.000000+00:00', 'h')")));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dlt"));
        tabs->setCurrentIndex(0);
        tabs->setCurrentWidget(history);
        QTRY_COMPARE(runs->rowCount(), 3);
        QCOMPARE(runs->index(2, RunHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("loaded (not by Grantline)"));
        // The run chosen stays chosen.
        QCOMPARE(history->table()->currentIndex().row(), 1);
        // A run grantline-cli makes meanwhile shows while the tab is in view.
        runCli({QStringLiteral("run"), QStringLiteral("aps")});
        QCOMPARE(tabs->currentWidget(), history);
        QTRY_COMPARE_WITH_TIMEOUT(runs->rowCount(), 4, 10000);
        QCOMPARE(runs->index(0, RunHistoryModel::OutcomeColumn).data().toString(),
                 QStringLiteral("loaded"));
        QStringList unnamed = unnamedViews(history) + unnamedControls(history);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
    }

    void aRunEndingUnseenSaysSoOnTheDesktop()
    {
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY2(bus.isConnected(), "the GUI tests run inside dbus-run-session");
        NotificationServer server;
        const QString service = QStringLiteral("org.freedesktop.Notifications");
        const QString path = QStringLiteral("/org/freedesktop/Notifications");
        QVERIFY(bus.registerService(service));
        QVERIFY(bus.registerObject(path, &server, QDBusConnection::ExportAllSlots));
        storeSecret();
        openPipeline();
        panel()->setNotifyAfter(std::chrono::milliseconds(0));
        // Seen to the end: nothing on the desktop.
        pressRun();
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::NoError));
        // Long enough for a message through the bus daemon and back.
        QTest::qWait(500);
        QCOMPARE(server.received.size(), 0);
        // The person is in another window when the next one ends.
        QWidget elsewhere;
        elsewhere.show();
        elsewhere.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&elsewhere));
        QVERIFY(!m_window->isActiveWindow());
        QVERIFY(page()->run());
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::NoError));
        QTRY_COMPARE(server.received.size(), 1);
        const QStringList shown = server.received.first();
        QCOMPARE(shown.at(2), QStringLiteral("bench: loaded"));
        QVERIFY2(shown.at(3).contains(QStringLiteral("loaded into aps.sqlite")),
                 qPrintable(shown.at(3)));
        QVERIFY(!shown.join(u' ').contains(QStringLiteral("sandbox-server-secret")));
        bus.unregisterObject(path);
        QVERIFY(bus.unregisterService(service));
    }

    void aRunFromTheCliAndOneFromTheWindowMakeTheSameTables()
    {
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::NoError));
        // The same pipeline file, by grantline-cli, into another file.
        const QString other = m_home->filePath(QStringLiteral("data/by-cli.sqlite"));
        runCli({QStringLiteral("run"), QStringLiteral("aps"), QStringLiteral("--db"), other});
        const QStringList byWindow = tablesOf(database());
        const QStringList byCli = tablesOf(other);
        QVERIFY(byWindow.size() > 1000);
        QCOMPARE(byWindow.first(), byCli.first());
        QCOMPARE(byWindow.size(), byCli.size());
        for (int i = 0; i < byWindow.size(); ++i) {
            QCOMPARE(byWindow.at(i), byCli.at(i));
        }
    }

    void aTokenThatExpiresDuringTheRunIsRenewedAndLogged()
    {
        ScopedTestClock clock;
        storeSecret();
        openPipeline();
        pressRun();
        QTRY_VERIFY_WITH_TIMEOUT(panel()->progress()->records(QStringLiteral("hubs")) > 0
                                     || !panel()->isRunning(),
                                 30000);
        QVERIFY(panel()->isRunning());
        // An hour on: the client-credentials token is due mid-run.
        clock.advance(std::chrono::hours(1));
        waitForTheEnd();
        QVERIFY2(panel()->lastRun()->error() == Job::NoError,
                 qPrintable(panel()->lastRun()->errorText()));
        RequestLogView* log = panel()->requestLog();
        const QString text = log->shownText();
        QVERIFY2(text.contains(QStringLiteral("token renewed before it ran out")),
                 qPrintable(text.left(2000)));
        // The new token is not shown, nor the secret that got it.
        QVERIFY(!text.contains(QStringLiteral("sandbox-server-secret")));
        QVERIFY(!text.contains(QStringLiteral("Bearer")));
    }
};

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
