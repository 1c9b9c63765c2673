// Test request from the pipeline page, against a real loopback API: Ctrl+T on
// an endpoint shows status, headers and the body as a tree, marks what the
// data selector picks, and "Use these" writes what was detected into the
// endpoint (undoable); a 404 shows its sentence with the next step.
#include "AccessibleNames.h"
#include "Screenshots.h"
#include "common/AppContext.h"
#include "http/HttpConnection.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/HttpServer.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/JsonTreeModel.h"
#include "pipeline/PipelinePage.h"
#include "pipeline/TestRequestDialog.h"
#include "secrets/MemorySecretStore.h"
#include "source/PipelineDocument.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
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
            connection->respond(HttpResponse::json(404, QByteArray("{\"message\": \"no\"}")));
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
        file.write(QStringLiteral("{\"pipeline_name\": \"api\", \"source\": {\"client\": "
                                  "{\"base_url\": \"http://127.0.0.1:%1/api/\"},\n"
                                  "  \"resources\": [\"things\", \"missing\"]}}\n")
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

    void aFailureIsASentenceWithTheNextStep()
    {
        PipelinePage page(m_context.get());
        QVERIFY(page.setPipeline(QStringLiteral("api"), m_path));
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        TestRequestDialog* dialog = testRow(page, QStringLiteral("missing"));
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isFinished(), 10000);
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("testProblem"));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(QStringLiteral("HTTP 404"))
                     && problem->text().contains(QStringLiteral("missing")),
                 qPrintable(problem->text()));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("useTheseButton"))->isVisible());
        QVERIFY(Screenshots::save(*dialog, QStringLiteral("test-request-404")));
    }
};

QTEST_MAIN(TestTestRequestDialog)
#include "tst_testrequestdialog.moc"
