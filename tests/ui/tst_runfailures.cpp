// The Run tab's failures, each with its sentence and next step, over the
// sandbox and the real keychain: a missing or refused secret stored from
// the panel, 429 and 503 beyond the retries (and Retry-After), an HTML page,
// malformed JSON, a 403 for a scope, a 404 on a child, a full disk and a
// file another program holds. Real widgets, offscreen.
#include "RunPanelFixture.h"

using RunPanelTables::kTables;

class TestRunFailures : public QObject, public RunPanelFixture
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        startSandbox("tst_runfailures");
    }

    void init()
    {
        setUp();
    }

    void cleanup()
    {
        tearDown();
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

QTEST_MAIN(TestRunFailures)
#include "tst_runfailures.moc"
