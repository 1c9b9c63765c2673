// Test request from the pipeline page, against a real loopback API: Ctrl+T on
// an endpoint shows status, headers and the body as a tree, marks what the
// data selector picks, and "Use these" writes what was detected into the
// endpoint (undoable); a child endpoint of the sandbox is tested with its
// parent's first record; each failure (401, 403, 404, 429, 503, an HTML page,
// malformed JSON) shows its sentence with the next step.
#include "AccessibleNames.h"
#include "Screenshots.h"
#include "SecretsNow.h"
#include "common/AppContext.h"
#include "http/HttpConnection.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/HttpServer.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/JsonTreeModel.h"
#include "pipeline/PipelinePage.h"
#include "pipeline/TestRequestDialog.h"
#include "sandbox/SandboxServer.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "source/PipelineDocument.h"
#include "source/SecretLookupJob.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

class TestTestRequestDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<AppContext> m_context;
    HttpServer m_api;
    QString m_path;

    TestRequestDialog* testRow(PipelinePage& page, const QString& name)
    {
        QTableView* table = page.endpointTable();
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, EndpointTableModel::NameColumn).data() == name) {
                table->selectRow(row);
            }
        }
        table->setFocus();
        QTest::keySequence(table, QKeySequence(QStringLiteral("Ctrl+T")));
        // The caller waits for isFinished(): QTRY_* return from void functions only.
        return page.findChild<TestRequestDialog*>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_api.setHandler([](const HttpRequest& request, HttpConnection* connection) {
            if (request.path() == QLatin1String("/api/things")) {
                connection->respond(HttpResponse::json(
                    200,
                    QByteArray("{\"data\": [{\"id\": 1, \"name\": \"first\"}, {\"id\": 2, "
                               "\"name\": \"second\"}], \"links\": {\"next\": null}}")));
                return;
            }
            const QString path = request.path();
            if (path == QLatin1String("/api/html")) {
                connection->respond(HttpResponse::html(
                    200, QStringLiteral("<!doctype html><html><body>Sign in</body></html>")));
                return;
            }
            if (path == QLatin1String("/api/broken")) {
                connection->respond(
                    HttpResponse::json(200, QByteArray("{\"data\": [\n  {\"id\": 1},\n  {,}\n]}")));
                return;
            }
            static const QHash<QString, int> statuses{{QStringLiteral("/api/unauthorized"), 401},
                                                      {QStringLiteral("/api/forbidden"), 403},
                                                      {QStringLiteral("/api/limited"), 429},
                                                      {QStringLiteral("/api/failing"), 503}};
            HttpResponse failure =
                HttpResponse::json(statuses.value(path, 404), QByteArray("{\"message\": \"no\"}"));
            if (statuses.value(path) == 429) {
                failure.setHeader("Retry-After", "7");
            }
            connection->respond(failure);
        });
        QVERIFY(m_api.listen(QHostAddress::LocalHost, 0));
        m_context =
            std::make_unique<AppContext>(m_home.path(), std::make_unique<MemorySecretStore>());
        QVERIFY(QDir(m_home.path()).mkpath(QStringLiteral("pipelines")));
        m_path = m_home.filePath(QStringLiteral("pipelines/api.json"));
    }

    void init()
    {
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QStringLiteral("{\"pipeline_name\": \"api\", \"source\": {\"client\": "
                           "{\"base_url\": \"http://127.0.0.1:%1/api/\"},\n"
                           "  \"resources\": [\"things\", \"missing\", \"unauthorized\", "
                           "\"forbidden\", \"limited\", \"failing\", \"html\", \"broken\"]}}\n")
                .arg(m_api.port())
                .toUtf8());
    }

    void anEndpointsAnswerIsShownAndWhatWasDetectedIsUsed()
    {
        PipelinePage page(m_context.get());
        QVERIFY(page.setPipeline(QStringLiteral("api"), m_path));
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        TestRequestDialog* dialog = testRow(page, QStringLiteral("things"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 10000);
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("testSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("HTTP 200")), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(QStringLiteral("/api/things")));
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("testProblem"))->isVisible());
        QVERIFY(dialog->findChild<QTableWidget*>(QStringLiteral("testHeaders"))->rowCount() > 0);
        // The body as a tree, and what the detected selector picks.
        JsonTreeModel* body = dialog->body();
        QTRY_VERIFY(!body->isLoading() && body->rowCount() == 2);
        QTRY_COMPARE(body->recordCount(), 2);
        // The records the selector picks stand out in the tree.
        const QModelIndex data = body->index(0, 0);
        QTRY_COMPARE(body->rowCount(data), 2);
        QVERIFY(body->index(0, 0, data).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!body->index(1, 0).data(Qt::FontRole).value<QFont>().bold());
        auto* detection = dialog->findChild<QLabel*>(QStringLiteral("testDetection"));
        QVERIFY2(detection->text().contains(QStringLiteral("data")), qPrintable(detection->text()));
        QVERIFY(detection->text().contains(QStringLiteral("detected")));
        QVERIFY(Screenshots::save(*dialog, QStringLiteral("test-request")));
        const QStringList unnamed = unnamedViews(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));

        const QByteArray before = page.document()->bytes();
        auto* use = dialog->findChild<QPushButton*>(QStringLiteral("useTheseButton"));
        QVERIFY(use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);
        const QJsonValue written = page.document()->value(
            PipelineDocument::resourcePath(0) + QStringLiteral(".endpoint.data_selector"));
        QCOMPARE(written.toString(), QStringLiteral("data"));
        // The other endpoint is untouched, and it all undoes.
        QCOMPARE(page.document()->value(PipelineDocument::resourcePath(1)).toString(),
                 QStringLiteral("missing"));
        // Selector and paginator: one step to undo.
        QVERIFY(page.document()->bytes() != before);
        page.endpoints()->undoStack()->undo();
        QCOMPARE(page.document()->bytes(), before);
    }

    void anOpenTestRequestClosesWithItsPipeline()
    {
        PipelinePage page(m_context.get());
        QVERIFY(page.setPipeline(QStringLiteral("api"), m_path));
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QPointer<TestRequestDialog> dialog = testRow(page, QStringLiteral("things"));
        QVERIFY(dialog);
        // Closed at once, even mid-request: nothing of it reaches another pipeline.
        page.setPipeline(QString(), QString());
        QTRY_VERIFY(dialog.isNull());
    }

    void aFailureIsASentenceWithTheNextStep_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("401") << QStringLiteral("unauthorized")
                             << QStringList{QStringLiteral("refused the credentials"),
                                            QStringLiteral("Sign in again")};
        QTest::newRow("403") << QStringLiteral(
            "forbidden") << QStringList{QStringLiteral("does not allow"), QStringLiteral("scopes")};
        QTest::newRow("404") << QStringLiteral("missing")
                             << QStringList{QStringLiteral("HTTP 404"), QStringLiteral("missing")};
        QTest::newRow("429") << QStringLiteral(
            "limited") << QStringList{QStringLiteral("HTTP 429"), QStringLiteral("Wait 7 second")};
        QTest::newRow("503") << QStringLiteral("failing")
                             << QStringList{QStringLiteral("HTTP 503"),
                                            QStringLiteral("Try again later")};
        QTest::newRow("html") << QStringLiteral(
            "html") << QStringList{QStringLiteral("HTML page"), QStringLiteral("base_url")};
        QTest::newRow("malformed")
            << QStringLiteral("broken")
            << QStringList{QStringLiteral("not valid JSON"), QStringLiteral("line 3")};
    }

    void aFailureIsASentenceWithTheNextStep()
    {
        QFETCH(QString, resource);
        QFETCH(QStringList, words);
        PipelinePage page(m_context.get());
        QVERIFY(page.setPipeline(QStringLiteral("api"), m_path));
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        TestRequestDialog* dialog = testRow(page, resource);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 10000);
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("testProblem"));
        QVERIFY(problem->isVisible());
        for (const QString& word : std::as_const(words)) {
            QVERIFY2(problem->text().contains(word), qPrintable(problem->text()));
        }
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("useTheseButton"))->isVisible());
        if (resource == QLatin1String("missing")) {
            QVERIFY(Screenshots::save(*dialog, QStringLiteral("test-request-404")));
        }
    }

    void aChildEndpointIsTestedWithItsParentsFirstRecord()
    {
        SandboxServer sandbox{SandboxSettings{}};
        QString error;
        QVERIFY2(sandbox.start(&error), qPrintable(error));
        const QString base = sandbox.baseUrl().toString(QUrl::StripTrailingSlash);
        QVERIFY(SecretsNow::write(m_context->secrets(),
                                  SecretLookupJob::keychainKey(QStringLiteral("secret")),
                                  "sandbox-server-secret"));
        // No selector or paginator written: Test request detects them (one
        // project a page, so that there is a next page to find).
        const QString path = m_home.filePath(QStringLiteral("pipelines/hubs.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(
            QStringLiteral(
                "{\"pipeline_name\": \"hubs\", \"source\": {\"client\": {\"base_url\": \"%1/\",\n"
                "  \"auth\": {\"type\": \"oauth2_client_credentials\",\n"
                "    \"access_token_url\": \"%1/authentication/v2/token\",\n"
                "    \"client_id\": \"sandbox-server-app\", \"client_secret\": "
                "\"{secrets.secret}\",\n"
                "    \"access_token_request_data\": {\"scope\": \"data:read\"}}},\n"
                "  \"resources\": [{\"name\": \"hubs\", \"endpoint\": \"project/v1/hubs\"},\n"
                "    {\"name\": \"projects\", \"endpoint\": {\"path\": "
                "\"project/v1/hubs/{resources.hubs.id}/projects\", "
                "\"params\": {\"page[limit]\": 1}}}]}}\n")
                .arg(base)
                .toUtf8());
        file.close();
        PipelinePage page(m_context.get());
        QVERIFY(page.setPipeline(QStringLiteral("hubs"), path));
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        TestRequestDialog* dialog = testRow(page, QStringLiteral("projects"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 20000);
        auto* summary = dialog->findChild<QLabel*>(QStringLiteral("testSummary"));
        QVERIFY2(summary->text().contains(QStringLiteral("HTTP 200")), qPrintable(summary->text()));
        // The parent's first hub filled the path.
        QVERIFY2(
            summary->text().contains(QRegularExpression(QStringLiteral("/hubs/[^/{]+/projects"))),
            qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(QStringLiteral("sandbox-server-secret")));
        JsonTreeModel* body = dialog->body();
        QTRY_VERIFY(!body->isLoading() && body->recordCount() > 0);
        auto* use = dialog->findChild<QPushButton*>(QStringLiteral("useTheseButton"));
        QVERIFY(use->isVisible());
        QTest::mouseClick(use, Qt::LeftButton);
        const QString projects = PipelineDocument::resourcePath(1);
        QCOMPARE(page.document()->value(projects + QStringLiteral(".endpoint.data_selector")),
                 QJsonValue(QStringLiteral("data")));
        QCOMPARE(page.document()
                     ->value(projects + QStringLiteral(".endpoint.paginator.type"))
                     .toString(),
                 QStringLiteral("json_link"));
        // The parent is untouched.
        QCOMPARE(
            page.document()->value(PipelineDocument::resourcePath(0) + QStringLiteral(".endpoint")),
            QJsonValue(QStringLiteral("project/v1/hubs")));
    }
};

QTEST_MAIN(TestTestRequestDialog)
#include "tst_testrequestdialog.moc"
