// The Run tab: F5 runs the ticked endpoints of a pipeline over the sandbox
// through the real RunJob, the panel's counts equal the file's, Cancel
// leaves the file as it was, a second run is refused while one runs, a full
// refresh is asked first, and a failure shows its sentence. Real widgets,
// offscreen; the sandbox served from this process.
#include "AccessibleNames.h"
#include "HttpTestClient.h"
#include "SandboxPipelines.h"
#include "ScopedTestClock.h"
#include "Screenshots.h"
#include "SecretsNow.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/SecretPrompt.h"
#include "destination/SqliteDatabase.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "pipeline/EndpointEditor.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/PipelinePage.h"
#include "run/FailureAdvice.h"
#include "run/RequestLogFilter.h"
#include "run/RequestLogModel.h"
#include "run/RequestLogView.h"
#include "run/RunHistoryModel.h"
#include "run/RunHistoryView.h"
#include "run/RunJob.h"
#include "run/RunPanel.h"
#include "run/RunProgressModel.h"
#include "sandbox/SandboxServer.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "source/SecretLookupJob.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDBusConnection>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidgetItem>

#include <csignal>
#include <functional>

#include <sys/resource.h>

namespace {

const QStringList kTables{QStringLiteral("hubs"), QStringLiteral("projects"),
                          QStringLiteral("top_folders"), QStringLiteral("contents")};

} // namespace

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

// What the desktop was asked to open (QDesktopServices' handler for file:).
class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url)
    {
        opened << url;
    }
};

class TestRunPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;

    PipelinePage* page() const
    {
        return m_window->pipelinePage();
    }

    RunPanel* panel() const
    {
        return page()->runPanel();
    }

    QString database() const
    {
        return m_home->filePath(QStringLiteral("data/aps.sqlite"));
    }

    // Rows of each table, and the loads recorded, in the file as it is.
    QStringList fileCounts() const
    {
        QStringList counts;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("counts"));
            db.setDatabaseName(database());
            db.open();
            for (const QString& table : kTables + QStringList{QStringLiteral("_dlt_loads")}) {
                QSqlQuery query(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(table), db);
                counts << table + u'=' + (query.next() ? query.value(0).toString() : u"-"_qs);
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("counts"));
        return counts;
    }

    // Every data table of a file: its columns and types, then its rows
    // sorted, without what differs from load to load (load ids, row ids),
    // and the schema's version hash.
    static QStringList tablesOf(const QString& path)
    {
        QStringList dump;
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("dump"));
            db.setDatabaseName(path);
            db.open();
            QSqlQuery tables(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                                            "ORDER BY name"),
                             db);
            QStringList names;
            while (tables.next()) {
                names << tables.value(0).toString();
            }
            dump << names.join(u',');
            const QSet<QString> perLoad{QStringLiteral("_dlt_load_id"), QStringLiteral("_dlt_id"),
                                        QStringLiteral("_dlt_parent_id"),
                                        QStringLiteral("_dlt_root_id")};
            for (const QString& table : std::as_const(names)) {
                if (table.startsWith(QLatin1String("_dlt"))) {
                    continue;
                }
                QSqlQuery columns(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table), db);
                QStringList kept;
                QStringList described;
                while (columns.next()) {
                    const QString name = columns.value(1).toString();
                    described << name + u' ' + columns.value(2).toString();
                    if (!perLoad.contains(name)) {
                        kept << u'"' + name + u'"';
                    }
                }
                dump << table + u':' + described.join(u',');
                QSqlQuery rows(QStringLiteral("SELECT %1 FROM \"%2\"").arg(kept.join(u','), table),
                               db);
                QStringList lines;
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < kept.size(); ++i) {
                        values << rows.value(i).toString();
                    }
                    lines << values.join(u'|');
                }
                lines.sort();
                dump << lines;
            }
            QSqlQuery hash(QStringLiteral("SELECT version_hash FROM _dlt_version"), db);
            while (hash.next()) {
                dump << QStringLiteral("schema ") + hash.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("dump"));
        return dump;
    }

    void storeSecret()
    {
        QVERIFY(SecretsNow::write(m_context->secrets(),
                                  SecretLookupJob::keychainKey(QStringLiteral("secret")),
                                  "sandbox-server-secret"));
    }

    void openPipeline()
    {
        m_window->findChild<NavigationTree*>()->selectPipeline(QStringLiteral("aps"));
        QVERIFY(page()->document());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        page()->endpointTable()->setFocus();
    }

    // F5, as a person starts a run.
    void pressRun()
    {
        QTest::keyClick(page()->endpointTable(), Qt::Key_F5);
    }

    void waitForTheEnd()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!panel()->isRunning(), 60000);
    }

    QString runStateOfPipeline() const
    {
        QTreeWidgetItem* section = m_window->findChild<NavigationTree*>()->pipelinesSection();
        for (int i = 0; i < section->childCount(); ++i) {
            if (section->child(i)->text(0) == QLatin1String("aps")) {
                return section->child(i)->data(0, Qt::AccessibleDescriptionRole).toString();
            }
        }
        return QString();
    }

    void openWindow(std::unique_ptr<SecretStore> secrets)
    {
        m_window.reset();
        m_context = std::make_unique<AppContext>(m_home->path(), std::move(secrets));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->resize(1100, 640);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantlineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_runpanel"));
        SandboxSettings settings;
        settings.records = 400;
        m_sandbox = std::make_unique<SandboxServer>(settings);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
    }

    // The APS chain over a sandbox, every level a table; extra params for
    // every endpoint (a fault's Retry-After).
    void writePipeline(const SandboxServer& sandbox, const QJsonObject& params = {})
    {
        SandboxPipelines::ApsChainOptions options;
        options.contentsOnly = false;
        options.pageLimit = 20;
        QJsonObject pipeline = SandboxPipelines::apsChain(
            sandbox.baseUrl().toString(QUrl::StripTrailingSlash), options);
        pipeline.insert(QStringLiteral("destination"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("sqlite")},
                                    {QStringLiteral("path"), database()}});
        if (!params.isEmpty()) {
            QJsonObject source = pipeline.value(QStringLiteral("source")).toObject();
            QJsonObject defaults = source.value(QStringLiteral("resource_defaults")).toObject();
            QJsonObject endpoint = defaults.value(QStringLiteral("endpoint")).toObject();
            QJsonObject all = endpoint.value(QStringLiteral("params")).toObject();
            for (auto it = params.begin(); it != params.end(); ++it) {
                all.insert(it.key(), it.value());
            }
            endpoint.insert(QStringLiteral("params"), all);
            defaults.insert(QStringLiteral("endpoint"), endpoint);
            source.insert(QStringLiteral("resource_defaults"), defaults);
            pipeline.insert(QStringLiteral("source"), source);
        }
        QFile file(m_home->filePath(QStringLiteral("pipelines/aps.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(pipeline).toJson());
    }

    // The pipeline file changed in place, as a person's edit would.
    void changePipeline(const std::function<void(QJsonObject& source)>& change)
    {
        QFile file(m_home->filePath(QStringLiteral("pipelines/aps.json")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject pipeline = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonObject source = pipeline.value(QStringLiteral("source")).toObject();
        change(source);
        pipeline.insert(QStringLiteral("source"), source);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(pipeline).toJson());
    }

    void init()
    {
        QSettings().clear();
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("pipelines")));
        writePipeline(*m_sandbox);
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("data")));
        openWindow(std::make_unique<MemorySecretStore>());
    }

    void cleanup()
    {
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        m_window.reset();
        m_context.reset();
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
        // Open Data hands the file to the desktop's program for it.
        auto* openData = panel()->findChild<QPushButton*>(QStringLiteral("openDataButton"));
        QVERIFY(openData->isVisible());
        UrlCatcher desktop;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &desktop, "open");
        QTest::mouseClick(openData, Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(desktop.opened, QList<QUrl>{QUrl::fromLocalFile(database())});
        QStringList unnamed = unnamedViews(panel()) + unnamedControls(panel());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
    }

    // The file's bytes once SQLite's write-ahead log is folded in.
    QByteArray fileHash() const
    {
        {
            QSqlDatabase db =
                QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("hash"));
            db.setDatabaseName(database());
            db.open();
            QSqlQuery(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), db);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("hash"));
        QFile file(database());
        file.open(QIODevice::ReadOnly);
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
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

    void aMissingSecretIsStoredFromThePanelAndTheRunGoesAgain()
    {
        // Over the real keychain: a session-only store would refuse it.
        QVERIFY(qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") == QLatin1String("1"));
        openWindow(std::make_unique<KeychainSecretStore>(QStringLiteral("grantline-tst-runpanel")));
        qunsetenv("SOURCES__REST_API__SECRET");
        openPipeline();
        pressRun();
        waitForTheEnd();
        RunJob* first = panel()->lastRun();
        QCOMPARE(first->error(), int(RunJob::SetupFailed));
        QCOMPARE(first->missingSecret(), QStringLiteral("secret"));
        auto* next = panel()->findChild<QPushButton*>(QStringLiteral("nextStepButton"));
        QVERIFY(next->isVisible());
        QVERIFY(next->text().contains(QStringLiteral("secret")));
        QVERIFY(!next->accessibleName().isEmpty());
        SecretPrompt::setNextAnswer(SecretPrompt::Answer{QStringLiteral("secret"),
                                                         QStringLiteral("sandbox-server-secret")});
        QTest::mouseClick(next, Qt::LeftButton);
        // Stored, and the run goes again by itself.
        QTRY_VERIFY_WITH_TIMEOUT(panel()->lastRun() != first && !panel()->isRunning(), 60000);
        QVERIFY2(panel()->lastRun()->error() == Job::NoError,
                 qPrintable(panel()->lastRun()->errorText()));
        QVERIFY(!next->isVisible());
    }

    void aRefusedTokenIsStoredAnewFromThePanelAndTheRunGoesAgain()
    {
        // A bearer token from the keychain that the API no longer takes.
        QVERIFY(qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") == QLatin1String("1"));
        changePipeline([](QJsonObject& source) {
            QJsonObject client = source.value(QStringLiteral("client")).toObject();
            client.insert(
                QStringLiteral("auth"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("bearer")},
                            {QStringLiteral("token"), QStringLiteral("{secrets.token}")}});
            source.insert(QStringLiteral("client"), client);
        });
        openWindow(std::make_unique<KeychainSecretStore>(QStringLiteral("grantline-tst-runpanel")));
        QVERIFY(SecretsNow::write(m_context->secrets(),
                                  SecretLookupJob::keychainKey(QStringLiteral("token")),
                                  "an-old-token-the-api-forgot"));
        openPipeline();
        pressRun();
        waitForTheEnd();
        RunJob* refused = panel()->lastRun();
        QCOMPARE(refused->extractionFailure().kind, ExtractFailure::Kind::Unauthorized);
        auto* problem = panel()->findChild<QLabel*>(QStringLiteral("runProblem"));
        QVERIFY2(problem->text().contains(QStringLiteral("the secret token may be wrong")),
                 qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(QStringLiteral("an-old-token-the-api-forgot")));
        auto* next = panel()->findChild<QPushButton*>(QStringLiteral("nextStepButton"));
        QCOMPARE(next->text(), QStringLiteral("&Store the Secret token…"));
        // A token the API takes, from the sandbox's client credentials.
        HttpTestClient client;
        const HttpTestReply reply = client.postForm(
            m_sandbox->baseUrl().resolved(QUrl(QStringLiteral("/authentication/v2/token"))),
            {{QStringLiteral("grant_type"), QStringLiteral("client_credentials")},
             {QStringLiteral("scope"), QStringLiteral("data:read")}},
            {{"Authorization",
              HttpTestClient::basicAuth(QStringLiteral("sandbox-server-app"),
                                        QStringLiteral("sandbox-server-secret"))}});
        QVERIFY2(reply.status == 200, reply.body.constData());
        const QString token = reply.json().value(QStringLiteral("access_token")).toString();
        SecretPrompt::setNextAnswer(SecretPrompt::Answer{QStringLiteral("token"), token});
        // Replacing what the keychain holds is asked first.
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel()->lastRun() != refused && !panel()->isRunning(), 60000);
        QVERIFY2(panel()->lastRun()->error() == Job::NoError,
                 qPrintable(panel()->lastRun()->errorText()));
        QVERIFY(!next->isVisible());
    }

    void theRequestLogShowsEveryRequestAndTheRetries()
    {
        // Every 4th data request answers 429 with "Retry-After: 0".
        SandboxSettings settings;
        settings.records = 100;
        settings.globalFaults = {FaultRule::parse(QStringLiteral("429:4"))};
        SandboxServer faulty(settings);
        QString error;
        QVERIFY2(faulty.start(&error), qPrintable(error));
        writePipeline(faulty, QJsonObject{{QStringLiteral("sandbox_retry_after"), 0}});
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        QVERIFY2(panel()->lastRun()->error() == Job::NoError,
                 qPrintable(panel()->lastRun()->errorText()));
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
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRANTLINE_HOME"), m_home->path());
        env.insert(QStringLiteral("SOURCES__REST_API__SECRET"),
                   QStringLiteral("sandbox-server-secret"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GRANTLINE_CLI_PATH),
                  {QStringLiteral("run"), QStringLiteral("aps")});
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
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
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRANTLINE_HOME"), m_home->path());
        env.insert(QStringLiteral("SOURCES__REST_API__SECRET"),
                   QStringLiteral("sandbox-server-secret"));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GRANTLINE_CLI_PATH),
                  {QStringLiteral("run"), QStringLiteral("aps"), QStringLiteral("--db"), other});
        // The event loop turns meanwhile: this process serves the sandbox.
        QVERIFY(QTest::qWaitFor([&] { return cli.state() == QProcess::NotRunning; }, 60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
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

    void aFailureShowsItsSentence()
    {
        // No secret stored: the run says which one and how to give it.
        qunsetenv("SOURCES__REST_API__SECRET");
        openPipeline();
        pressRun();
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(RunJob::SetupFailed));
        auto* problem = panel()->findChild<QLabel*>(QStringLiteral("runProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("secret")), qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(QStringLiteral("sandbox-server-secret")));
        for (const QString& table : kTables) {
            QCOMPARE(panel()->progress()->state(table), RunProgressModel::State::Skipped);
        }
        QTRY_COMPARE(runStateOfPipeline(), QStringLiteral("Last run failed"));
        // Another pipeline shown: the failure and its step were this one's.
        auto* next = panel()->findChild<QPushButton*>(QStringLiteral("nextStepButton"));
        QVERIFY(next->isVisible());
        QVERIFY(QFile::copy(m_home->filePath(QStringLiteral("pipelines/aps.json")),
                            m_home->filePath(QStringLiteral("pipelines/other.json"))));
        m_window->updatePipelines();
        QTreeWidgetItem* section = m_window->findChild<NavigationTree*>()->pipelinesSection();
        QStringList listed;
        for (int i = 0; i < section->childCount(); ++i) {
            listed << section->child(i)->text(0);
        }
        QVERIFY2(listed.contains(QStringLiteral("other")), qPrintable(listed.join(u',')));
        m_window->findChild<NavigationTree*>()->selectPipeline(QStringLiteral("other"));
        QTRY_COMPARE(page()->pipeline(), QStringLiteral("other"));
        QVERIFY(!next->isVisible());
        QVERIFY(!problem->isVisible());
        QCOMPARE(panel()->progress()->rowCount(), 0);
        QVERIFY(!panel()->lastRun());
    }

    void runAgainWaitsForTheApisRetryAfter()
    {
        // Every answer a 503 that asks to come back in a second.
        writePipeline(*m_sandbox,
                      QJsonObject{{QStringLiteral("sandbox_fault"), QStringLiteral("503")},
                                  {QStringLiteral("sandbox_retry_after"), 1}});
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->extractionFailure().retryAfterSeconds, std::optional<int>(1));
        auto* problem = panel()->findChild<QLabel*>(QStringLiteral("runProblem"));
        QVERIFY2(problem->text().contains(QStringLiteral("It asked to wait 1 second")),
                 qPrintable(problem->text()));
        auto* next = panel()->findChild<QPushButton*>(QStringLiteral("nextStepButton"));
        QVERIFY(next->isVisible());
        QVERIFY(!next->isEnabled());
        QVERIFY(!next->toolTip().isEmpty());
        // Ready once the wait is over, and says nothing more of it.
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 3000);
        QVERIFY(next->toolTip().isEmpty());
    }

    void aFailureShowsItsNextStep_data()
    {
        QTest::addColumn<QJsonObject>("params");
        QTest::addColumn<QString>("change");
        QTest::addColumn<FailureAdvice::Step>("step");
        QTest::addColumn<QString>("says");
        const auto fault = [](const char* kind) {
            return QJsonObject{{QStringLiteral("sandbox_fault"), QLatin1String(kind)},
                               {QStringLiteral("sandbox_retry_after"), 0}};
        };
        QTest::newRow("429 beyond the retry budget")
            << fault("429") << QString() << FailureAdvice::Step::RunAgain
            << QStringLiteral("429 Too Many Requests for \"hubs\"");
        QTest::newRow("503 beyond the retry budget")
            << fault("503") << QString() << FailureAdvice::Step::RunAgain
            << QStringLiteral("failed on its side for \"hubs\" (HTTP 503)");
        QTest::newRow("an HTML page")
            << fault("html") << QString() << FailureAdvice::Step::EditEndpoint
            << QStringLiteral("a web page instead of JSON");
        QTest::newRow("malformed JSON")
            << fault("malformed") << QString() << FailureAdvice::Step::RunAgain
            << QStringLiteral("cut off or malformed");
        QTest::newRow("403 for a missing scope")
            << QJsonObject() << QStringLiteral("scope") << FailureAdvice::Step::None
            << QStringLiteral("403 Forbidden");
        QTest::newRow("404 on a child")
            << QJsonObject() << QStringLiteral("child404") << FailureAdvice::Step::EditEndpoint
            << QStringLiteral("for the hubs record with id ");
    }

    void aFailureShowsItsNextStep()
    {
        QFETCH(QJsonObject, params);
        QFETCH(QString, change);
        QFETCH(FailureAdvice::Step, step);
        QFETCH(QString, says);
        writePipeline(*m_sandbox, params);
        if (change == QLatin1String("scope")) {
            // Signed in without data:read, which the data API asks for.
            changePipeline([](QJsonObject& source) {
                QJsonObject client = source.value(QStringLiteral("client")).toObject();
                QJsonObject auth = client.value(QStringLiteral("auth")).toObject();
                auth.insert(QStringLiteral("access_token_request_data"),
                            QJsonObject{{QStringLiteral("scope"), QStringLiteral("data:write")}});
                client.insert(QStringLiteral("auth"), auth);
                source.insert(QStringLiteral("client"), client);
            });
        } else if (change == QLatin1String("child404")) {
            changePipeline([](QJsonObject& source) {
                QJsonArray resources = source.value(QStringLiteral("resources")).toArray();
                QJsonObject projects = resources.at(1).toObject();
                projects.insert(QStringLiteral("endpoint"),
                                QStringLiteral("project/v1/hubs/{resources.hubs.id}/gone"));
                resources.replace(1, projects);
                source.insert(QStringLiteral("resources"), resources);
            });
        }
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        RunJob* first = panel()->lastRun();
        QCOMPARE(first->error(), int(RunJob::ExtractFailed));
        auto* problem = panel()->findChild<QLabel*>(QStringLiteral("runProblem"));
        QVERIFY(problem->isVisible());
        // The advice first, then the run's own words.
        QVERIFY2(problem->text().contains(says), qPrintable(problem->text()));
        QVERIFY2(problem->text().contains(QStringLiteral("Details: ") + first->errorText()),
                 qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(QStringLiteral("sandbox-server-secret")));
        // The endpoint that failed says so; the others were not kept.
        const QString failed = first->extractionFailure().resource;
        for (const QString& table : kTables) {
            QCOMPARE(panel()->progress()->state(table),
                     table == failed ? RunProgressModel::State::Failed
                                     : RunProgressModel::State::Skipped);
        }
        // Nothing reached the file.
        for (const QString& count : fileCounts()) {
            QVERIFY2(count.endsWith(QStringLiteral("=-")), qPrintable(count));
        }
        // The log ends with what stopped the run, marked as a failure, and
        // shows the retries before it.
        RequestLogView* log = panel()->requestLog();
        log->findChild<QCheckBox*>(QStringLiteral("requestLogFailuresOnly"))->setChecked(true);
        const QStringList failures = log->shownText().split(u'\n');
        const ExtractFailure failure = first->extractionFailure();
        QVERIFY2(
            failures.last().contains(QStringLiteral("the run stopped here: ") + first->errorText()),
            qPrintable(failures.last()));
        QCOMPARE(failures.last().section(u'\t', 3, 3), failure.url);
        QCOMPARE(failures.last().section(u'\t', 4, 4), QString::number(failure.status));
        if (step == FailureAdvice::Step::RunAgain && failure.status >= 429) {
            // Every attempt the budget allows: the retries, then the last.
            QCOMPARE(failures.size(), failure.attempts + 1);
            QVERIFY2(failures.first().contains(QStringLiteral("trying again")),
                     qPrintable(failures.first()));
        }
        auto* next = panel()->findChild<QPushButton*>(QStringLiteral("nextStepButton"));
        QCOMPARE(next->isVisible(), step != FailureAdvice::Step::None);
        if (step == FailureAdvice::Step::RunAgain) {
            QVERIFY(next->isEnabled());
            QVERIFY(!next->accessibleName().isEmpty());
            QTest::mouseClick(next, Qt::LeftButton);
            // The same run again, which meets the same fault.
            QVERIFY(panel()->lastRun() != first);
            waitForTheEnd();
            QCOMPARE(panel()->lastRun()->error(), int(RunJob::ExtractFailed));
        } else if (step == FailureAdvice::Step::EditEndpoint) {
            const QString resource = first->extractionFailure().resource;
            QVERIFY2(next->text().contains(resource), qPrintable(next->text()));
            if (change == QLatin1String("child404")) {
                QVERIFY(Screenshots::save(*m_window, QStringLiteral("run-panel-failure")));
            }
            QTest::mouseClick(next, Qt::LeftButton);
            auto* editor = page()->findChild<EndpointEditor*>();
            QVERIFY(editor);
            QTRY_VERIFY(editor->isVisible());
            QVERIFY2(editor->windowTitle().contains(resource), qPrintable(editor->windowTitle()));
            editor->reject();
        }
    }

    void aFullDiskOffersRunAgain()
    {
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::NoError));
        const QStringList before = fileCounts();
        const QByteArray bytes = fileHash();
        // Files may not grow much past the database in this process: the
        // next load fills the disk midway.
        rlimit old{};
        ::getrlimit(RLIMIT_FSIZE, &old);
        const auto oldHandler = ::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{rlim_t(QFileInfo(database()).size() / 2), old.rlim_max};
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &limit), 0);
        pressRun();
        waitForTheEnd();
        ::setrlimit(RLIMIT_FSIZE, &old);
        ::signal(SIGXFSZ, oldHandler);
        QCOMPARE(panel()->lastRun()->error(), int(RunJob::WriteFailed));
        auto* problem = panel()->findChild<QLabel*>(QStringLiteral("runProblem"));
        QVERIFY2(problem->text().contains(
                     QStringLiteral("aps.sqlite could not be written: the disk is probably full")),
                 qPrintable(problem->text()));
        auto* next = panel()->findChild<QPushButton*>(QStringLiteral("nextStepButton"));
        QVERIFY(next->isVisible());
        QCOMPARE(next->text(), QStringLiteral("Run &Again"));
        QCOMPARE(fileCounts(), before);
        QCOMPARE(fileHash(), bytes);
        // Space again: the same run loads.
        QTest::mouseClick(next, Qt::LeftButton);
        waitForTheEnd();
        QVERIFY2(panel()->lastRun()->error() == Job::NoError,
                 qPrintable(panel()->lastRun()->errorText()));
        QVERIFY(fileCounts().contains(QStringLiteral("_dlt_loads=2")));
    }

    void aFileLockedByAnotherProgramOffersRunAgain()
    {
        storeSecret();
        openPipeline();
        pressRun();
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->error(), int(Job::NoError));
        const QStringList before = fileCounts();
        auto other = std::make_unique<SqliteDatabase>(database());
        QString error;
        QVERIFY(other->open(&error));
        QVERIFY(other->begin(&error));
        pressRun();
        // SQLite's busy wait (5 s) passes; the window turns meanwhile.
        waitForTheEnd();
        QCOMPARE(panel()->lastRun()->fileProblem(), SqliteDatabase::Problem::Busy);
        auto* problem = panel()->findChild<QLabel*>(QStringLiteral("runProblem"));
        QVERIFY2(
            problem->text().contains(QStringLiteral("Another program is writing to aps.sqlite")),
            qPrintable(problem->text()));
        other->rollback();
        other.reset();
        QCOMPARE(fileCounts(), before);
        auto* next = panel()->findChild<QPushButton*>(QStringLiteral("nextStepButton"));
        QVERIFY(next->isVisible());
        QTest::mouseClick(next, Qt::LeftButton);
        waitForTheEnd();
        QVERIFY2(panel()->lastRun()->error() == Job::NoError,
                 qPrintable(panel()->lastRun()->errorText()));
        QVERIFY(!next->isVisible());
    }
};

QTEST_MAIN(TestRunPanel)
#include "tst_runpanel.moc"
