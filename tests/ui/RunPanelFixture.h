// What the Run tab's suites share: the sandbox served from this process,
// a fresh home with the APS chain as pipelines/aps.json, a window over it,
// and the ways a person starts and waits for a run; plus what the file
// holds, read as another program reads it.
#pragma once

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

namespace RunPanelTables {

inline const QStringList kTables{QStringLiteral("hubs"), QStringLiteral("projects"),
                                 QStringLiteral("top_folders"), QStringLiteral("contents")};

} // namespace RunPanelTables

class RunPanelFixture
{
protected:
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
            for (const QString& table :
                 RunPanelTables::kTables + QStringList{QStringLiteral("_dlt_loads")}) {
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

    // Called from each suite's initTestCase(): the sandbox for every test.
    void startSandbox(const char* application)
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantlineTests"));
        QCoreApplication::setApplicationName(QLatin1String(application));
        SandboxSettings settings;
        settings.records = 400;
        // Round trips as over a network: a run lasts long enough, even with
        // its requests in flight together, to be watched, cancelled and
        // renewed midway.
        settings.latencyMs = 20;
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

    // From each suite's init() and cleanup().
    void setUp()
    {
        QSettings().clear();
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("pipelines")));
        writePipeline(*m_sandbox);
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("data")));
        openWindow(std::make_unique<MemorySecretStore>());
    }

    void tearDown()
    {
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        m_window.reset();
        m_context.reset();
    }
};
