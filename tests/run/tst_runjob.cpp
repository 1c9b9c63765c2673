// RunJob against the sandbox over loopback HTTP and real SQLite files: the
// tables it loads are those of the caller-thread loader it replaces, a
// cancel at any moment leaves the file byte for byte as it was, a full disk
// is reported after the rollback, and progress stays a trickle however
// many records go by.
#include "SandboxPipelines.h"
#include "destination/LoadSink.h"
#include "destination/Loader.h"
#include "destination/SqliteDatabase.h"
#include "pipeline/PipelineState.h"
#include "run/LoadWorker.h"
#include "run/PageHandoff.h"
#include "run/RunHistory.h"
#include "run/RunJob.h"
#include "sandbox/SandboxThread.h"
#include "source/CredentialSet.h"
#include "source/ExtractJob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <csignal>
#include <sys/resource.h>

namespace {

// Moves what the WAL holds into the file, so that the file alone is the data.
void checkpoint(const QString& path)
{
    SqliteDatabase database(path);
    QString error;
    if (!database.open(&error)
        || !database.execRaw(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), &error)) {
        qFatal("%s", qPrintable(error));
    }
}

// What the loads left: each _dlt_loads row and the stored pipeline state,
// the part a committed run changes even when its data is the same.
QStringList loadRecord(const QString& path)
{
    SqliteDatabase database(path);
    QString error;
    if (!database.open(&error, true)) {
        return {error};
    }
    QStringList record;
    for (const char* sql : {"SELECT load_id, status FROM _dlt_loads ORDER BY load_id",
                            "SELECT version, state FROM _dlt_pipeline_state ORDER BY version"}) {
        const auto rows = database.select(QString::fromLatin1(sql), &error);
        for (const QVariantList& row : rows.value_or(QList<QVariantList>{{error}})) {
            record << row.value(0).toString() + u'|' + row.value(1).toString();
        }
    }
    return record;
}

QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

// Every table's rows without dlt's random ids, sorted: what a person sees.
QStringList tableContents(const QString& path)
{
    SqliteDatabase database(path);
    QString error;
    if (!database.open(&error, true)) {
        return {error};
    }
    QStringList contents;
    const auto tables = database.select(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'\\_dlt%' ESCAPE '\\' ORDER BY name"),
        &error);
    for (const QVariantList& table : tables.value_or(QList<QVariantList>())) {
        const QString name = table.value(0).toString();
        QStringList columns;
        for (const QString& column : database.columnsOf(name)) {
            if (!column.startsWith(QLatin1String("_dlt_"))) {
                columns << SqliteDatabase::quote(column);
            }
        }
        contents << name + QStringLiteral(": ") + columns.join(u',');
        QStringList rows;
        const auto selected =
            database.select(QStringLiteral("SELECT %1 FROM %2")
                                .arg(columns.join(u','), SqliteDatabase::quote(name)),
                            &error);
        for (const QVariantList& row : selected.value_or(QList<QVariantList>())) {
            QStringList values;
            for (const QVariant& value : row) {
                values << (value.isNull() ? QStringLiteral("NULL") : value.toString());
            }
            rows << values.join(u'|');
        }
        rows.sort();
        contents << rows;
    }
    return contents;
}

// Every table's rows in the order the file holds them, dlt's random ids
// replaced by "table#n", the row they name: two loads agree on this when
// they hold the same values, list indexes and parents in the same order.
QStringList rowsInOrder(const QString& path)
{
    SqliteDatabase database(path);
    QString error;
    if (!database.open(&error, true)) {
        return {error};
    }
    const auto tables = database.select(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                       "'\\_dlt%' ESCAPE '\\' ORDER BY name"),
        &error);
    QHash<QString, QString> rowOfId;
    QList<QPair<QString, QList<QVariantList>>> contents;
    for (const QVariantList& table : tables.value_or(QList<QVariantList>())) {
        const QString name = table.value(0).toString();
        const QStringList columns = database.columnsOf(name);
        const auto rows = database.select(
            QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(SqliteDatabase::quote(name)),
            &error);
        const qsizetype id = columns.indexOf(QStringLiteral("_dlt_id"));
        for (qsizetype i = 0; i < rows->size(); ++i) {
            rowOfId.insert(rows->at(i).value(id).toString(), name + u'#' + QString::number(i));
        }
        contents.append({name + u':' + columns.join(u','), *rows});
    }
    QStringList shown;
    for (const auto& [table, rows] : std::as_const(contents)) {
        shown << table;
        for (const QVariantList& row : rows) {
            QStringList values;
            for (const QVariant& value : row) {
                const QString text = value.isNull() ? QStringLiteral("NULL") : value.toString();
                values << rowOfId.value(text, text);
            }
            shown << values.join(u'|');
        }
    }
    // The load ids differ from run to run.
    shown.replaceInStrings(QRegularExpression(QStringLiteral("\\|\\d{10}\\.\\d+\\|")),
                           QStringLiteral("|load|"));
    return shown;
}

// The incremental state the file keeps for its source.
QJsonObject storedState(const QString& path)
{
    SqliteDatabase database(path);
    QString error;
    if (!database.open(&error, true)) {
        return {};
    }
    const auto rows = database.select(
        QStringLiteral("SELECT state FROM _dlt_pipeline_state ORDER BY version DESC LIMIT 1"),
        &error);
    const std::optional<PipelineState> state =
        PipelineState::decode(rows.value_or(QList<QVariantList>()).value(0).value(0).toString());
    return state ? state->incremental(QStringLiteral("rest_api")) : QJsonObject();
}

} // namespace

class TestRunJob : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxThread> m_sandbox;
    QNetworkAccessManager m_network;
    std::unique_ptr<CredentialSet> m_credentials;
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("load-%1.db").arg(++m_files));
    }

    void restartSandbox(qint64 records)
    {
        SandboxSettings settings;
        settings.records = records;
        restartSandbox(settings);
    }

    void restartSandbox(const SandboxSettings& settings)
    {
        m_sandbox = std::make_unique<SandboxThread>();
        QString error;
        QVERIFY2(m_sandbox->start(settings, &error), qPrintable(error));
        m_credentials = std::make_unique<CredentialSet>(
            &m_network,
            QHash<QString, QString>{
                {QStringLiteral("secret"), QStringLiteral("sandbox-server-secret")}},
            nullptr, nullptr);
    }

    PipelineFile pipeline(int pageLimit = 200)
    {
        ConfigProblems problems;
        const std::optional<PipelineFile> file = PipelineFile::read(
            SandboxPipelines::apsChain(m_sandbox->baseUrl().toString(), {pageLimit, false, true}),
            &problems);
        if (!file) {
            qFatal("%s", qPrintable(problems.value(0).toString()));
        }
        return *file;
    }

    RunJob::Options options(const QString& path)
    {
        RunJob::Options options;
        options.destination = LoadDestination::sqlite(path);
        options.loader.pipelineName = QStringLiteral("runjob");
        options.extract.retry.backoffFactor = std::chrono::milliseconds(10);
        return options;
    }

    // A first load, whose file a test then keeps an eye on; the WAL moved in.
    void loadOnce(const PipelineFile& file, const QString& path)
    {
        RunJob first(&m_network, file, m_credentials.get(), options(path));
        run(first);
        QVERIFY2(first.error() == Job::NoError, qPrintable(first.errorText()));
        checkpoint(path);
    }

    // Runs to the end; the job is kept for inspection.
    void run(RunJob& job)
    {
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(120000));
    }

    // The same run the way `grantline-cli run` loaded before RunJob: the
    // loader on the caller's thread.
    void loadOnTheCallersThread(const PipelineFile& file, const QString& path)
    {
        Loader::Options loaderOptions;
        loaderOptions.pipelineName = QStringLiteral("runjob");
        Loader loader(path, loaderOptions);
        QString error;
        QVERIFY2(loader.begin(&error), qPrintable(error));
        LoadSink sink(&loader, &file);
        QVERIFY(sink.prepare(file.extractionOrder(), &error));
        ExtractJob::Options extract;
        extract.state = loader.incrementalState();
        ExtractJob job(&m_network, file, m_credentials.get(), &sink, extract);
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QVERIFY(finished.wait(120000));
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        QVERIFY2(loader.finish(job.state(), &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        restartSandbox(3000);
    }

    void itLoadsTheSameTablesAsTheCallerThreadLoader()
    {
        const PipelineFile file = pipeline(97);
        const QString before = freshPath();
        loadOnTheCallersThread(file, before);
        const QString after = freshPath();
        RunJob job(&m_network, file, m_credentials.get(), options(after));
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        const QStringList expected = tableContents(before);
        QVERIFY(expected.size() > 3000);
        QCOMPARE(tableContents(after), expected);
        const LoadInfo info = job.loadInfo();
        QCOMPARE(info.records, job.processedAmount(Job::Records));
        QVERIFY(info.failure.isEmpty());
        QVERIFY(!info.loadId.isEmpty());
        // contents, with its child table of attributes and the parents.
        QVERIFY(info.tableRows.size() >= 4);
        // Flow control held: never more pages waiting than the credits and
        // the one delivered while the request it held back was decided.
        QVERIFY2(job.mostPagesInFlight() <= PageHandoff::kCredits + 1,
                 qPrintable(QString::number(job.mostPagesInFlight())));
        QVERIFY(job.mostPagesInFlight() >= 1);
    }

    void itLooksItsSecretsUpWhenAskedTo()
    {
        const PipelineFile file = pipeline();
        // No keychain: the environment, the way dlt names it.
        qunsetenv("SOURCES__REST_API__SECRET");
        qunsetenv("SOURCES__SECRET");
        const QString missing = freshPath();
        RunJob without(&m_network, file, nullptr, nullptr, options(missing));
        run(without);
        QCOMPARE(without.error(), int(RunJob::SetupFailed));
        QVERIFY2(without.errorText().contains(QLatin1String("SOURCES__REST_API__SECRET")),
                 qPrintable(without.errorText()));
        // Said before the file was touched.
        QVERIFY(!QFile::exists(missing));

        qputenv("SOURCES__REST_API__SECRET", "sandbox-server-secret");
        RunJob with(&m_network, file, nullptr, nullptr, options(freshPath()));
        run(with);
        qunsetenv("SOURCES__REST_API__SECRET");
        QVERIFY2(with.error() == Job::NoError, qPrintable(with.errorText()));
        QVERIFY(with.loadInfo().records >= 3000);
    }

    void aResourceNotInTheFileIsRefusedBeforeAnythingOpens()
    {
        RunJob::Options asked = options(freshPath());
        asked.extract.resources = {QStringLiteral("nope")};
        RunJob job(&m_network, pipeline(), m_credentials.get(), asked);
        run(job);
        QCOMPARE(job.error(), int(RunJob::SetupFailed));
        QVERIFY2(job.errorText().contains(QLatin1String("nope")), qPrintable(job.errorText()));
        QVERIFY(!QFile::exists(asked.destination.databasePath));
    }

    void everyRunIsRecordedBesideItsPipelineFile()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("history")));
        const QString pipelinePath = m_dir.filePath(QStringLiteral("history/shop.json"));
        const RunHistory history(pipelinePath);
        QCOMPARE(history.path(), m_dir.filePath(QStringLiteral("history/.shop.runs.jsonl")));
        QVERIFY(!history.last());
        RunJob::Options recorded = options(freshPath());
        recorded.historyOf = pipelinePath;
        RunJob loaded(&m_network, pipeline(30), m_credentials.get(), recorded);
        // What a slot reacting to the end reads is already written.
        std::optional<RunHistory::Run> seenAtTheEnd;
        connect(&loaded, &Job::finished, this, [&] { seenAtTheEnd = history.last(); });
        bool runningWhileExtracting = false;
        connect(&loaded, &RunJob::extractionStarted, this,
                [&] { runningWhileExtracting = history.isRunning(); });
        run(loaded);
        QVERIFY(runningWhileExtracting);
        QVERIFY(!history.isRunning());
        QVERIFY2(loaded.error() == Job::NoError, qPrintable(loaded.errorText()));
        QVERIFY(seenAtTheEnd);
        QCOMPARE(seenAtTheEnd->outcome, RunHistory::Outcome::Loaded);
        QCOMPARE(seenAtTheEnd->loadId, loaded.loadInfo().loadId);
        QVERIFY(seenAtTheEnd->started <= seenAtTheEnd->finished);
        QVERIFY(!loaded.resourceStats().isEmpty());
        for (const ExtractJob::ResourceStats& stats : loaded.resourceStats()) {
            QCOMPARE(seenAtTheEnd->resourceRecords.value(stats.name, -1), stats.records);
        }
        for (const auto& [table, rows] : loaded.loadInfo().tableRows) {
            QCOMPARE(seenAtTheEnd->tableRows.value(table, -1), rows);
        }
        // The request log's summary: one request per page, all answered 200.
        const RunHistory::Requests requests = seenAtTheEnd->requests;
        QCOMPARE(requests.sent, loaded.processedAmount(Job::Pages));
        QCOMPARE(requests.statuses, (QMap<int, qint64>{{200, requests.sent}}));
        QCOMPARE(requests.failed, 0);
        QCOMPARE(requests.bytes, loaded.processedAmount(Job::Bytes));
        QVERIFY(requests.bytes > 0);
        QCOMPARE(seenAtTheEnd->databasePath, loaded.loadInfo().databasePath);

        recorded.extract.resources = {QStringLiteral("nope")};
        RunJob failed(&m_network, pipeline(30), m_credentials.get(), recorded);
        run(failed);
        QCOMPARE(history.last()->outcome, RunHistory::Outcome::Failed);
        QCOMPARE(history.last()->error, failed.errorText());
        QVERIFY(history.last()->tableRows.isEmpty());

        recorded.extract.resources.clear();
        RunJob cancelled(&m_network, pipeline(30), m_credentials.get(), recorded);
        cancelled.setAutoDelete(false);
        QSignalSpy finished(&cancelled, &Job::finished);
        cancelled.start();
        cancelled.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QCOMPARE(history.last()->outcome, RunHistory::Outcome::Cancelled);
        QCOMPARE(history.runs().size(), 3);
        // The record holds no secret of the run.
        QFile file(history.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("sandbox-server-secret"));
        // A marker left by a process that is gone says nothing.
        QFile stale(m_dir.filePath(QStringLiteral("history/.shop.running")));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        // Above any pid Linux hands out (pid_max is at most 2^22).
        stale.write("999999999");
        stale.close();
        QVERIFY(!history.isRunning());
    }

    void creditsAndPageBytesBoundWhatWaitsForTheWorker()
    {
        // A worker that never began: what reaches it is dropped; the test
        // hands the credits back itself.
        LoadWorker worker(LoadDestination::sqlite(freshPath()), {});
        PageHandoff handoff(&worker);
        int ready = 0;
        handoff.setReadyHandler([&ready] { ++ready; });
        const auto document = std::make_shared<simdjson::dom::document>();
        const std::vector<simdjson::dom::element> none;
        QString error;
        for (int page = 0; page < PageHandoff::kCredits; ++page) {
            QVERIFY(handoff.wantsMore());
            QVERIFY(handoff.acceptPage(QStringLiteral("r"), none, {}, document, 1024, &error));
        }
        QVERIFY(!handoff.wantsMore());
        handoff.pageWritten(1024);
        QVERIFY(handoff.wantsMore());
        QCOMPARE(ready, 1);
        for (int page = 1; page < PageHandoff::kCredits; ++page) {
            handoff.pageWritten(1024);
        }
        QCOMPARE(handoff.pagesInFlight(), 0);
        // Large pages: the byte budget holds the extractor back first.
        const qint64 large = 3 << 20;
        for (int page = 0; page < 3; ++page) {
            QVERIFY(handoff.wantsMore());
            handoff.acceptPage(QStringLiteral("r"), none, {}, document, large, &error);
        }
        QVERIFY(!handoff.wantsMore());
        QCOMPARE(handoff.pagesInFlight(), 3);
        handoff.pageWritten(large);
        handoff.pageWritten(large);
        handoff.pageWritten(large);
        // One page is always welcome, however large.
        QVERIFY(handoff.wantsMore());
        handoff.acceptPage(QStringLiteral("r"), none, {}, document, qint64(100) << 20, &error);
        QVERIFY(!handoff.wantsMore());
        handoff.pageWritten(qint64(100) << 20);
        QVERIFY(handoff.wantsMore());
    }

    void aSecondRunMergesAsTheFirstDid()
    {
        const PipelineFile file = pipeline();
        const QString path = freshPath();
        for (int i = 0; i < 2; ++i) {
            RunJob job(&m_network, file, m_credentials.get(), options(path));
            run(job);
            QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        }
        SqliteDatabase database(path);
        QString error;
        QVERIFY(database.open(&error, true));
        // merge on id: the second run updated, it did not duplicate.
        QCOMPARE(database.select(QStringLiteral("SELECT count(*) FROM contents"), &error)
                     ->value(0)
                     .value(0)
                     .toLongLong(),
                 3000);
        QCOMPARE(database.select(QStringLiteral("SELECT count(*) FROM _dlt_loads"), &error)
                     ->value(0)
                     .value(0)
                     .toLongLong(),
                 2);
    }

    void cancelLeavesTheFileByteForByte_data()
    {
        QTest::addColumn<QString>("moment");
        QTest::newRow("at once") << QStringLiteral("start");
        QTest::newRow("while extracting") << QStringLiteral("records");
        QTest::newRow("while the worker writes") << QStringLiteral("written");
        QTest::newRow("just before COMMIT") << QStringLiteral("before-commit");
    }

    void cancelLeavesTheFileByteForByte()
    {
        QFETCH(QString, moment);
        const PipelineFile file = pipeline(50);
        const QString path = freshPath();
        loadOnce(file, path);
        const QByteArray before = fileHash(path);
        const QStringList contents = tableContents(path);
        const QStringList loads = loadRecord(path);
        QVERIFY(!loads.isEmpty());

        RunJob job(&m_network, file, m_credentials.get(), options(path));
        job.setAutoDelete(false);
        QElapsedTimer sinceCancel;
        const auto cancel = [&job, &sinceCancel] {
            if (!sinceCancel.isValid()) {
                sinceCancel.start();
                job.cancel();
            }
        };
        if (moment == QLatin1String("written") || moment == QLatin1String("before-commit")) {
            // On the worker: ask for the cancel there, and give the caller
            // time to make it while the worker is at that point.
            job.setCheckpoint([&job, &cancel, moment](const QString& point, qint64) {
                if (point == moment) {
                    QMetaObject::invokeMethod(&job, cancel, Qt::QueuedConnection);
                    QThread::msleep(300);
                }
            });
        }
        if (moment == QLatin1String("records")) {
            // The extraction's own first page: most of the run still to come
            // (the run's throttled progress may come only at its end).
            connect(&job, &RunJob::extractionStarted, this, [this, cancel](ExtractJob* extraction) {
                connect(extraction, &Job::progressChanged, this, [cancel](Job* running) {
                    if (running->processedAmount(Job::Records) > 0) {
                        cancel();
                    }
                });
            });
        }
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        if (moment == QLatin1String("start")) {
            cancel();
        }
        // Cancelled before it began: finished within cancel() itself.
        QVERIFY(finished.count() == 1 || finished.wait(60000));
        QVERIFY(sinceCancel.isValid());
        // Within a second of the cancel, the rollback included (the
        // worker's 300 ms at its checkpoint count too).
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(job.error(), int(Job::Cancelled));
        // A committed run would add a load and a state even with the same
        // data; the WAL moved into the file first, so its bytes say it all.
        QCOMPARE(loadRecord(path), loads);
        checkpoint(path);
        QCOMPARE(fileHash(path), before);
        QCOMPARE(tableContents(path), contents);
        QVERIFY(job.loadInfo().tableRows.isEmpty());
    }

    void deletingARunningJobRollsBack()
    {
        const PipelineFile file = pipeline(50);
        const QString path = freshPath();
        {
            RunJob first(&m_network, file, m_credentials.get(), options(path));
            run(first);
        }
        checkpoint(path);
        const QByteArray before = fileHash(path);
        const QStringList loads = loadRecord(path);
        {
            RunJob job(&m_network, file, m_credentials.get(), options(path));
            job.setAutoDelete(false);
            QSignalSpy progress(&job, &Job::progressChanged);
            job.start();
            QTRY_VERIFY_WITH_TIMEOUT(job.processedAmount(Job::Records) > 0, 30000);
        }
        QCOMPARE(loadRecord(path), loads);
        checkpoint(path);
        QCOMPARE(fileHash(path), before);
    }

    void aFullDiskIsReportedAfterTheRollback()
    {
        restartSandbox(20000);
        const PipelineFile file = pipeline();
        const QString path = freshPath();
        {
            RunJob::Options small = options(path);
            small.extract.limit = 10;
            RunJob first(&m_network, file, m_credentials.get(), small);
            run(first);
            QVERIFY2(first.error() == Job::NoError, qPrintable(first.errorText()));
        }
        checkpoint(path);
        const QByteArray before = fileHash(path);
        // Files may not grow past 4 MiB in this process: as on a full disk.
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        const auto oldHandler = ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{4 << 20, old.rlim_max};
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
        RunJob job(&m_network, file, m_credentials.get(), options(path));
        run(job);
        ::setrlimit(RLIMIT_FSIZE, &old);
        ::signal(SIGXFSZ, oldHandler);
        QCOMPARE(job.error(), int(RunJob::WriteFailed));
        QVERIFY2(job.errorText().contains(QLatin1String("nothing of this load was saved")),
                 qPrintable(job.errorText()));
        QCOMPARE(job.loadInfo().failure, job.errorText());
        // The size limit makes write() fail with EFBIG, which SQLite reports
        // as an I/O error (ENOSPC would be SQLITE_FULL): a write failure.
        QCOMPARE(job.fileProblem(), SqliteDatabase::Problem::WriteError);
        QCOMPARE(job.extractionFailure().kind, ExtractFailure::Kind::None);
        QCOMPARE(fileHash(path), before);
        restartSandbox(3000);
    }

    void progressStaysATrickleOverAHundredThousandRecords()
    {
        restartSandbox(100000);
        const PipelineFile file = pipeline();
        RunJob job(&m_network, file, m_credentials.get(), options(freshPath()));
        job.setAutoDelete(false);
        QSignalSpy progress(&job, &Job::progressChanged);
        QList<qint64> atFinish;
        connect(&job, &Job::finished, this,
                [&] { atFinish << progress.count() << job.processedAmount(Job::Records); });
        QElapsedTimer clock;
        clock.start();
        run(job);
        QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
        const qint64 elapsed = clock.elapsed();
        const qint64 bound = elapsed / Job::kProgressInterval.count() + 3;
        QVERIFY2(
            progress.count() <= bound,
            qPrintable(QStringLiteral("%1 signals in %2 ms").arg(progress.count()).arg(elapsed)));
        QVERIFY(progress.count() >= 2);
        // The last amounts came before the result: every record, every page.
        QCOMPARE(atFinish.value(0), qint64(progress.count()));
        QCOMPARE(atFinish.value(1), job.loadInfo().records);
        QVERIFY(job.loadInfo().records >= 100000);
        QVERIFY(job.processedAmount(Job::Pages) > 500);
        QVERIFY(job.processedAmount(Job::Rows) >= 100000);
        QVERIFY(!job.progressDescription().isEmpty());
        restartSandbox(3000);
    }

    void aCancelEndsTheWaitForALockedFileAndTheCallerNeverWaits()
    {
        const PipelineFile file = pipeline();
        const QString path = freshPath();
        {
            RunJob first(&m_network, file, m_credentials.get(), options(path));
            run(first);
        }
        // Another program holds the write lock.
        SqliteDatabase other(path);
        QString error;
        QVERIFY(other.open(&error));
        QVERIFY(other.begin(&error));
        RunJob job(&m_network, file, m_credentials.get(), options(path));
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        // The caller's loop keeps turning during SQLite's busy wait.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        job.start();
        QTest::qWait(1000);
        QVERIFY2(ticks > 50, qPrintable(QString::number(ticks)));
        job.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 1000);
        QCOMPARE(job.error(), int(Job::Cancelled));
        other.rollback();
    }

    void aFileLockedByAnotherProgramSaysSo()
    {
        const PipelineFile file = pipeline();
        const QString path = freshPath();
        {
            RunJob first(&m_network, file, m_credentials.get(), options(path));
            run(first);
        }
        const QByteArray before = fileHash(path);
        SqliteDatabase other(path);
        QString error;
        QVERIFY(other.open(&error));
        QVERIFY(other.begin(&error));
        // After SQLite's busy wait (5 s), the run gives up with the reason.
        RunJob job(&m_network, file, m_credentials.get(), options(path));
        run(job);
        other.rollback();
        QCOMPARE(job.error(), int(RunJob::SetupFailed));
        QCOMPARE(job.fileProblem(), SqliteDatabase::Problem::Busy);
        QVERIFY2(job.errorText().contains(QLatin1String("another program")),
                 qPrintable(job.errorText()));
        QCOMPARE(fileHash(path), before);
    }

    void concurrentAndSequentialRunsLoadTheSameRowsAndState()
    {
        // Answers 0 to 16 ms late, so they come back in another order than
        // they went out; five folders a project, pages of 13.
        SandboxSettings settings;
        settings.records = 900;
        settings.tree = {2, 4, 5};
        settings.latencyMs = 8;
        settings.jitterMs = 8;
        restartSandbox(settings);
        ConfigProblems problems;
        SandboxPipelines::ApsChainOptions chain;
        chain.pageLimit = 13;
        chain.contentsOnly = false;
        chain.incrementalContents = true;
        const std::optional<PipelineFile> file = PipelineFile::read(
            SandboxPipelines::apsChain(m_sandbox->baseUrl().toString(), chain), &problems);
        QVERIFY(file);
        QStringList rows[2];
        QJsonObject state[2];
        int mostInFlight[2] = {0, 0};
        for (int concurrent : {0, 1}) {
            const QString path = freshPath();
            RunJob::Options runOptions = options(path);
            runOptions.extract.concurrentRequests = concurrent ? 8 : 1;
            RunJob job(&m_network, *file, m_credentials.get(), runOptions);
            connect(&job, &RunJob::extractionStarted, this,
                    [&mostInFlight, concurrent](ExtractJob* extraction) {
                        connect(extraction, &Job::finished, extraction,
                                [&mostInFlight, concurrent, extraction] {
                                    mostInFlight[concurrent] = extraction->mostInFlight();
                                });
                    });
            run(job);
            QVERIFY2(job.error() == Job::NoError, qPrintable(job.errorText()));
            rows[concurrent] = rowsInOrder(path);
            state[concurrent] = storedState(path);
        }
        QCOMPARE(mostInFlight[0], 1);
        // Eight asked for; over HTTP/1.1 six on the wire at once.
        QCOMPARE(mostInFlight[1], 6);
        // hubs, projects, top folders, contents and its attributes and tags.
        QVERIFY(rows[0].size() > 900 * 3);
        // Child rows name their parent row, not a random id.
        QVERIFY(rows[0].filter(QStringLiteral("|contents#")).size() > 900);
        QCOMPARE(rows[1].size(), rows[0].size());
        for (qsizetype i = 0; i < rows[0].size(); ++i) {
            QCOMPARE(rows[1].at(i), rows[0].at(i));
        }
        QVERIFY(!state[0].isEmpty());
        QCOMPARE(state[1], state[0]);
        restartSandbox(3000);
    }

    void aCancelWithEightRequestsInFlightLeavesTheFileAsItWas()
    {
        SandboxSettings settings;
        settings.records = 900;
        settings.tree = {2, 4, 5};
        restartSandbox(settings);
        const PipelineFile file = pipeline(50);
        const QString path = freshPath();
        loadOnce(file, path);
        const QByteArray before = fileHash(path);
        const QStringList loads = loadRecord(path);
        // Now every answer takes three seconds: eight requests stay out.
        settings.latencyMs = 3000;
        settings.jitterMs = 0;
        restartSandbox(settings);
        RunJob::Options runOptions = options(path);
        runOptions.extract.concurrentRequests = 8;
        const PipelineFile slow = pipeline(50);
        RunJob job(&m_network, slow, m_credentials.get(), runOptions);
        job.setAutoDelete(false);
        QPointer<ExtractJob> extraction;
        connect(&job, &RunJob::extractionStarted, this,
                [&extraction](ExtractJob* started) { extraction = started; });
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(extraction && extraction->requestsInFlight() == 8, 30000);
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        job.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(job.error(), int(Job::Cancelled));
        QCOMPARE(loadRecord(path), loads);
        checkpoint(path);
        QCOMPARE(fileHash(path), before);
        restartSandbox(3000);
    }
};

QTEST_GUILESS_MAIN(TestRunJob)
#include "tst_runjob.moc"
