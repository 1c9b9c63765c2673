// The endpoint editor over the sandbox preset, driven as a person would:
// opened with Ctrl+Return from the endpoint table, fields changed, OK. Each
// change writes only its own keys (compared byte for byte with the same edit
// made by path), a value the CLI would refuse holds OK back with the CLI's
// words, OK is one undo step, inherited values show and write nothing, and
// Store Secret puts the value in the real keychain and only its reference in
// the file. Real widgets, offscreen; the keychain of a throwaway session.
#include "AccessibleNames.h"
#include "Screenshots.h"
#include "SecretsNow.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/SecretPrompt.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/NavigationTree.h"
#include "pipeline/DispositionForm.h"
#include "pipeline/EndpointEditor.h"
#include "pipeline/EndpointTableModel.h"
#include "pipeline/JsonField.h"
#include "pipeline/PaginatorForm.h"
#include "pipeline/PipelinePage.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"
#include "source/PipelineDocument.h"
#include "source/PipelineFile.h"
#include "source/SecretLookupJob.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// The same edit made by path on a copy: what the editor must write, no more.
QByteArray edited(const QByteArray& bytes, const QString& path, const QJsonValue& value)
{
    PipelineDocument copy;
    copy.fromBytes(bytes);
    if (value.isUndefined()) {
        copy.remove(path);
    } else {
        copy.setValue(path, value);
    }
    return copy.bytes();
}

// Where two texts part, for a failure message: the file's bytes are long.
QByteArray firstDifference(const QByteArray& actual, const QByteArray& expected)
{
    qsizetype at = 0;
    while (at < actual.size() && at < expected.size() && actual.at(at) == expected.at(at)) {
        ++at;
    }
    const qsizetype from = std::max<qsizetype>(0, at - 60);
    return "actual: " + actual.mid(from, 160) + "\nexpected: " + expected.mid(from, 160);
}

#define COMPARE_BYTES(actual, expected)                                                            \
    QVERIFY2((actual) == (expected), firstDifference((actual), (expected)).constData())

void choose(QComboBox* box, const QString& data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data));
    box->setCurrentIndex(index);
}

const QString kSigningKeys = QStringLiteral("source.resources[5]");

} // namespace

class TestEndpointEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<AppContext> m_context;
    std::unique_ptr<MainWindow> m_window;
    QString m_sandboxPath;

    PipelinePage* page() const
    {
        return m_window->pipelinePage();
    }

    QTableView* table() const
    {
        return page()->endpointTable();
    }

    void openWindow(std::unique_ptr<SecretStore> secrets)
    {
        m_window.reset();
        m_context = std::make_unique<AppContext>(m_home->path(), std::move(secrets));
        m_window = std::make_unique<MainWindow>(m_context.get());
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->findChild<NavigationTree*>()->selectPipeline(QStringLiteral("sandbox"));
        QVERIFY(page()->document());
    }

    // The page's keys act in the active window. A window manager gives the
    // focus back when a dialog closes; offscreen, the test does.
    bool activateWindow()
    {
        m_window->activateWindow();
        return QTest::qWaitForWindowActive(m_window.get());
    }

    // The editor of a resource, opened as a person opens it: row selected,
    // Ctrl+Return in the table.
    EndpointEditor* openEditor(const QString& resource)
    {
        for (int row = 0; row < table()->model()->rowCount(); ++row) {
            const QModelIndex index = table()->model()->index(row, EndpointTableModel::NameColumn);
            // Not selectRow(): it toggles while the last key event's Ctrl
            // (Ctrl+Return) is still the application's modifier state.
            if (index.data().toString() == resource) {
                table()->selectionModel()->select(
                    index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            }
        }
        // The page's keys act while the window (not a closed editor) is active.
        if (!activateWindow()) {
            return nullptr;
        }
        table()->setFocus();
        QTest::keySequence(table(), QKeySequence(QStringLiteral("Ctrl+Return")));
        // One closed by OK or Cancel may wait for its deletion: not that one.
        for (EndpointEditor* editor : page()->findChildren<EndpointEditor*>()) {
            if (editor->isVisible()) {
                return editor;
            }
        }
        return nullptr;
    }

    JsonField* json(EndpointEditor* editor, const char* key) const
    {
        return qobject_cast<JsonField*>(editor->field(QLatin1String(key)));
    }

    QLineEdit* line(EndpointEditor* editor, const char* key) const
    {
        return qobject_cast<QLineEdit*>(editor->field(QLatin1String(key)));
    }

    void undoAndRedo(const QByteArray& before, const QByteArray& after)
    {
        table()->setFocus();
        QVERIFY(activateWindow());
        QTest::keySequence(table(), QKeySequence::Undo);
        COMPARE_BYTES(page()->document()->bytes(), before);
        QTest::keySequence(table(), QKeySequence(QStringLiteral("Ctrl+Shift+Z")));
        COMPARE_BYTES(page()->document()->bytes(), after);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("GrantlineTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_endpointeditor"));
    }

    void init()
    {
        QSettings().clear();
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_home->path()).mkpath(QStringLiteral("pipelines")));
        m_sandboxPath = m_home->filePath(QStringLiteral("pipelines/sandbox.json"));
        QByteArray preset =
            readFile(QStringLiteral(GRANTLINE_SOURCE_DIR "/resources/presets/sandbox.json"));
        preset.replace("{connection.issuer}", "http://127.0.0.1:53682");
        writeFile(m_sandboxPath, preset);
        openWindow(std::make_unique<MemorySecretStore>());
    }

    void cleanup()
    {
        Confirmation::setNextAnswer(Confirmation::Answer::Confirmed);
        m_window.reset();
        m_context.reset();
    }

    void aPaginatorTypeAndFieldWriteOnlyThoseKeys()
    {
        const QByteArray before = readFile(m_sandboxPath);
        EndpointEditor* editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        QCOMPARE(editor->basePath(), kSigningKeys);
        PaginatorForm* paginator = editor->paginator();
        QCOMPARE(paginator->typeBox()->currentData().toString(), QStringLiteral("single_page"));
        QVERIFY(paginator->field(QStringLiteral("limit"))->isHidden());
        choose(paginator->typeBox(), QStringLiteral("offset"));
        QVERIFY(!paginator->field(QStringLiteral("limit"))->isHidden());
        QVERIFY(paginator->field(QStringLiteral("next_url_path"))->isHidden());
        // offset needs its limit: the CLI's words, and no OK until it is there.
        QVERIFY(!editor->okButton()->isEnabled());
        QVERIFY2(editor->problem().startsWith(kSigningKeys + QStringLiteral(".endpoint.paginator")),
                 qPrintable(editor->problem()));
        QTest::keyClicks(paginator->field(QStringLiteral("limit")), QStringLiteral("50"));
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        QTest::mouseClick(editor->okButton(), Qt::LeftButton);
        QTRY_VERIFY(!page()->findChild<EndpointEditor*>());
        const QByteArray after =
            edited(before, kSigningKeys + QStringLiteral(".endpoint.paginator"),
                   QJsonObject{{QStringLiteral("type"), QStringLiteral("offset")},
                               {QStringLiteral("limit"), 50}});
        QVERIFY(after != before);
        COMPARE_BYTES(page()->document()->bytes(), after);
        QVERIFY(activateWindow());
        table()->setFocus();
        QTest::keySequence(table(), QKeySequence::Save);
        COMPARE_BYTES(readFile(m_sandboxPath), after);
        undoAndRedo(before, after);
    }

    void aFieldOfAWrittenPaginatorIsWrittenAlone()
    {
        const QByteArray before = page()->document()->bytes();
        table()->setFocus();
        EndpointEditor* editor = page()->editClient();
        QVERIFY(editor);
        QCOMPARE(editor->basePath(), QStringLiteral("source.client"));
        QLineEdit* next = editor->paginator()->field(QStringLiteral("next_url_path"));
        QCOMPARE(next->text(), QStringLiteral("links.next.href"));
        next->setText(QStringLiteral("links.next"));
        editor->accept();
        QByteArray expected = before;
        expected.replace("\"next_url_path\": \"links.next.href\"",
                         "\"next_url_path\": \"links.next\"");
        COMPARE_BYTES(page()->document()->bytes(), expected);
        undoAndRedo(before, expected);
    }

    void aValueTheCliRefusesHoldsOkBack_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("params not JSON")
            << QStringLiteral("endpoint.params") << QStringLiteral("{\"since\": ")
            << QStringLiteral("Params: not valid JSON: ");
        QTest::newRow("paginator field of the wrong type")
            << QStringLiteral("limit") << QStringLiteral("many")
            << kSigningKeys + QStringLiteral(".endpoint.paginator.limit: must be a number");
        QTest::newRow("literal secret in a header")
            << QStringLiteral("endpoint.headers")
            << QStringLiteral("{\"Authorization\": \"Bearer abc123\"}")
            << kSigningKeys
                + QStringLiteral(".endpoint.headers.Authorization: holds a secret written into "
                                 "the file; store it in the keychain and write "
                                 "\"{secrets.NAME}\" here instead");
        QTest::newRow("JSON body not JSON")
            << QStringLiteral("endpoint.json") << QStringLiteral("[1, 2")
            << QStringLiteral("JSON body: not valid JSON: ");
    }

    void aValueTheCliRefusesHoldsOkBack()
    {
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(QString, problem);
        const QByteArray before = page()->document()->bytes();
        EndpointEditor* editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        QVERIFY(editor->okButton()->isEnabled());
        QVERIFY(editor->problem().isEmpty());
        if (key == QLatin1String("limit")) {
            choose(editor->paginator()->typeBox(), QStringLiteral("offset"));
            editor->paginator()->field(key)->setText(text);
        } else {
            auto* field = qobject_cast<JsonField*>(editor->field(key));
            QVERIFY(field);
            field->setText(text);
            if (key.endsWith(QLatin1String("params"))) {
                // The field itself says where the JSON breaks.
                QVERIFY2(field->error().contains(QStringLiteral("line 1, column 11")),
                         qPrintable(field->error()));
            }
        }
        QVERIFY(!editor->okButton()->isEnabled());
        QVERIFY2(editor->problem().startsWith(problem), qPrintable(editor->problem()));
        QVERIFY(!editor->problem().contains(QStringLiteral("abc123")));
        // OK by keyboard does nothing either; Cancel (Escape) changes nothing.
        editor->accept();
        COMPARE_BYTES(page()->document()->bytes(), before);
        QTest::keyClick(editor, Qt::Key_Escape);
        QTRY_VERIFY(!page()->findChild<EndpointEditor*>());
        COMPARE_BYTES(page()->document()->bytes(), before);
        QVERIFY(!page()->hasUnsavedChanges());
    }

    void inheritedValuesShowAndWriteNothing()
    {
        const QByteArray before = page()->document()->bytes();
        EndpointEditor* editor = openEditor(QStringLiteral("hubs"));
        QVERIFY(editor);
        QCOMPARE(editor->basePath(), QStringLiteral("source.resources[0]"));
        QLineEdit* selector = line(editor, "endpoint.data_selector");
        QCOMPARE(selector->text(), QString());
        QCOMPARE(selector->placeholderText(), QStringLiteral("data (from resource_defaults)"));
        QCOMPARE(line(editor, "primary_key")->placeholderText(),
                 QStringLiteral("id (from resource_defaults)"));
        QCOMPARE(editor->disposition()->dispositionBox()->currentText(),
                 QStringLiteral("merge (from resource_defaults)"));
        QCOMPARE(editor->paginator()->typeBox()->currentText(),
                 QStringLiteral("json_link (from client)"));
        QCOMPARE(
            json(editor, "endpoint.auth")->edit()->placeholderText(),
            QStringLiteral("{\"connection\":\"sandbox\",\"type\":\"oauth2_authorization_code\"} "
                           "(from client)"));
        QCOMPARE(json(editor, "endpoint.params")->edit()->placeholderText(),
                 QStringLiteral("{\"page[limit]\":200} (from resource_defaults)"));
        // Typed and taken back: still inherited, nothing written for it.
        QTest::keyClicks(selector, QStringLiteral("items"));
        selector->clear();
        QTest::keyClicks(line(editor, "table_name"), QStringLiteral("hub_rows"));
        editor->accept();
        const QByteArray expected = edited(before, QStringLiteral("source.resources[0].table_name"),
                                           QStringLiteral("hub_rows"));
        COMPARE_BYTES(page()->document()->bytes(), expected);
        // An emptied field removes its key: the default applies again.
        editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        QCOMPARE(line(editor, "endpoint.data_selector")->text(), QStringLiteral("keys"));
        line(editor, "endpoint.data_selector")->clear();
        QCOMPARE(line(editor, "primary_key")->text(), QStringLiteral("kid"));
        line(editor, "primary_key")->setText(QStringLiteral("kid, use"));
        editor->accept();
        QByteArray removed =
            edited(expected, kSigningKeys + QStringLiteral(".endpoint.data_selector"),
                   QJsonValue(QJsonValue::Undefined));
        removed = edited(removed, kSigningKeys + QStringLiteral(".primary_key"),
                         QJsonArray{QStringLiteral("kid"), QStringLiteral("use")});
        COMPARE_BYTES(page()->document()->bytes(), removed);
        undoAndRedo(expected, removed);
    }

    void theDefaultsAndTheClientAreEditedInPlace()
    {
        const QByteArray before = page()->document()->bytes();
        EndpointEditor* editor = page()->editDefaults();
        QVERIFY(editor);
        QCOMPARE(editor->basePath(), QStringLiteral("source.resource_defaults"));
        QVERIFY(!editor->field(QStringLiteral("name")));
        QCOMPARE(line(editor, "endpoint.data_selector")->text(), QStringLiteral("data"));
        auto* nesting = qobject_cast<QSpinBox*>(editor->field(QStringLiteral("max_table_nesting")));
        nesting->setValue(2);
        editor->accept();
        const QByteArray defaults =
            edited(before, QStringLiteral("source.resource_defaults.max_table_nesting"), 2);
        COMPARE_BYTES(page()->document()->bytes(), defaults);

        editor = page()->editClient();
        QVERIFY(editor);
        line(editor, "base_url")->setText(QStringLiteral("http://127.0.0.1:53683/"));
        editor->accept();
        const QByteArray client = edited(defaults, QStringLiteral("source.client.base_url"),
                                         QStringLiteral("http://127.0.0.1:53683/"));
        COMPARE_BYTES(page()->document()->bytes(), client);
        // The client's base URL must be an address: refused in the CLI's words.
        editor = page()->editClient();
        line(editor, "base_url")->setText(QStringLiteral("nowhere"));
        QVERIFY(!editor->okButton()->isEnabled());
        QCOMPARE(editor->problem(),
                 QStringLiteral("source.client.base_url: \"nowhere\" is not an http or https "
                                "address"));
        editor->reject();
        undoAndRedo(defaults, client);
    }

    void theClientsRequestLimitsAreSpinBoxesThatWriteOnlyWhatIsSet()
    {
        const QByteArray before = page()->document()->bytes();
        EndpointEditor* editor = page()->editClient();
        QVERIFY(editor);
        auto* atOnce =
            qobject_cast<QSpinBox*>(editor->field(QStringLiteral("concurrent_requests")));
        auto* perMinute =
            qobject_cast<QSpinBox*>(editor->field(QStringLiteral("requests_per_minute")));
        QVERIFY(atOnce && perMinute);
        QCOMPARE(atOnce->accessibleName(), QStringLiteral("Requests at once"));
        QCOMPARE(perMinute->accessibleName(), QStringLiteral("Requests per minute"));
        // Nothing written: the spin boxes say what applies.
        QCOMPARE(atOnce->value(), atOnce->minimum());
        QVERIFY2(atOnce->specialValueText().contains(
                     QString::number(ClientConfig::kDefaultConcurrentRequests)),
                 qPrintable(atOnce->specialValueText()));
        QVERIFY(perMinute->specialValueText().contains(QStringLiteral("no limit")));
        QCOMPARE(atOnce->maximum(), ClientConfig::kMaxConcurrentRequests);
        // By keyboard, as a person would: Alt+O to the field, then the digits.
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTest::keyClick(editor->focusWidget(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), atOnce);
        atOnce->selectAll();
        QTest::keyClicks(atOnce, QStringLiteral("12"));
        perMinute->setValue(300);
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        editor->accept();
        QByteArray expected =
            edited(before, QStringLiteral("source.client.concurrent_requests"), 12);
        expected = edited(expected, QStringLiteral("source.client.requests_per_minute"), 300);
        COMPARE_BYTES(page()->document()->bytes(), expected);
        // The file read back: the run takes them from the client block.
        ConfigProblems problems;
        const std::optional<PipelineFile> file =
            PipelineFile::parse(page()->document()->bytes(), QString(), &problems);
        QVERIFY(file);
        QCOMPARE(file->client.concurrentRequests, 12);
        QCOMPARE(file->client.requestsPerMinute, 300);
        // Back to the lowest value: the key goes.
        editor = page()->editClient();
        qobject_cast<QSpinBox*>(editor->field(QStringLiteral("concurrent_requests")))->setValue(0);
        editor->accept();
        COMPARE_BYTES(page()->document()->bytes(),
                      edited(before, QStringLiteral("source.client.requests_per_minute"), 300));
        undoAndRedo(expected, page()->document()->bytes());
    }

    void theRarerKeysAreChoicesWrittenAsDltTakesThem()
    {
        const QByteArray before = page()->document()->bytes();
        EndpointEditor* editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        // Left at their defaults they write nothing.
        auto* selected = qobject_cast<QComboBox*>(editor->field(QStringLiteral("selected")));
        QVERIFY(selected);
        QCOMPARE(selected->currentIndex(), 0);
        QCOMPARE(selected->itemText(0), QStringLiteral("true (default)"));
        choose(selected, QStringLiteral("false"));
        line(editor, "endpoint.incremental.cursor_path")->setText(QStringLiteral("updated_at"));
        choose(qobject_cast<QComboBox*>(
                   editor->field(QStringLiteral("endpoint.incremental.range_start"))),
               QStringLiteral("open"));
        line(editor, "endpoint.incremental.lag")->setText(QStringLiteral("3600"));
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        editor->accept();
        const QJsonObject written = page()->document()->resourceJson(5).toObject();
        // A JSON boolean, not the text "false".
        QCOMPARE(written.value(QStringLiteral("selected")), QJsonValue(false));
        const QJsonObject incremental = written.value(QStringLiteral("endpoint"))
                                            .toObject()
                                            .value(QStringLiteral("incremental"))
                                            .toObject();
        QCOMPARE(incremental,
                 (QJsonObject{{QStringLiteral("cursor_path"), QStringLiteral("updated_at")},
                              {QStringLiteral("range_start"), QStringLiteral("open")},
                              {QStringLiteral("lag"), 3600}}));
        // Opened again, the editor shows what is written.
        editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        QCOMPARE(qobject_cast<QComboBox*>(editor->field(QStringLiteral("selected")))
                     ->currentData()
                     .toString(),
                 QStringLiteral("false"));
        editor->reject();
        undoAndRedo(before, page()->document()->bytes());
    }

    void aMergeStrategyIsOfferedForMergeAndNamesIt()
    {
        // signing_keys replaces: a strategy would be refused, so none is offered.
        EndpointEditor* editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        QVERIFY(!editor->disposition()->strategyBox()->isEnabled());
        choose(editor->disposition()->dispositionBox(), QStringLiteral("merge"));
        QVERIFY(editor->disposition()->strategyBox()->isEnabled());
        // Away from merge again: the strategy chosen goes too, never left behind.
        choose(editor->disposition()->strategyBox(), QStringLiteral("upsert"));
        choose(editor->disposition()->dispositionBox(), QStringLiteral("append"));
        QVERIFY(!editor->disposition()->strategyBox()->isEnabled());
        QCOMPARE(editor->disposition()->value(), QJsonValue(QStringLiteral("append")));
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        editor->reject();
        // hubs merges by resource_defaults: the strategy written says merge too.
        const QByteArray before = page()->document()->bytes();
        editor = openEditor(QStringLiteral("hubs"));
        QVERIFY(editor);
        QVERIFY(editor->disposition()->strategyBox()->isEnabled());
        choose(editor->disposition()->strategyBox(), QStringLiteral("upsert"));
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        editor->accept();
        const int hubs = int(page()->document()->indexOfResource(QStringLiteral("hubs")));
        QCOMPARE(page()->document()->value(PipelineDocument::resourcePath(hubs)
                                           + QStringLiteral(".write_disposition")),
                 QJsonValue(QJsonObject{{QStringLiteral("disposition"), QStringLiteral("merge")},
                                        {QStringLiteral("strategy"), QStringLiteral("upsert")}}));
        undoAndRedo(before, page()->document()->bytes());
    }

    void theSecretPromptMasksTheValueAndTakesOnlyANamesCharacters()
    {
        std::optional<SecretPrompt::Answer> answer;
        QStringList unnamed;
        bool masked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            unnamed = unnamedControls(dialog);
            auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("secretName"));
            auto* value = dialog->findChild<QLineEdit*>(QStringLiteral("secretValue"));
            // What a name cannot hold is not taken: a pasted value shows no further.
            QTest::keyClicks(name, QStringLiteral("shop key!"));
            QTest::keyClicks(value, QStringLiteral("v3ry-s3cret"));
            masked = value->echoMode() == QLineEdit::Password;
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
        answer = SecretPrompt::ask(page(), QStringLiteral("the test keyring"));
        QVERIFY(answer);
        QCOMPARE(answer->name, QStringLiteral("shopkey"));
        QCOMPARE(answer->value, QStringLiteral("v3ry-s3cret"));
        QVERIFY(masked);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
    }

    void storeSecretPutsTheValueInTheKeychainOnly()
    {
        // A session-only store is refused: the file would outlive the secret.
        EndpointEditor* editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        editor->storeSecret();
        QVERIFY2(editor->problem().contains(QStringLiteral("until Grantline quits")),
                 qPrintable(editor->problem()));
        editor->reject();

        QVERIFY(qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") == QLatin1String("1"));
        openWindow(
            std::make_unique<KeychainSecretStore>(QStringLiteral("grantline-tst-endpointeditor")));
        const QByteArray before = page()->document()->bytes();
        editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        JsonField* headers = json(editor, "endpoint.headers");
        headers->setText(QStringLiteral("{\"X-Api-Key\": \"\"}"));
        headers->edit()->setFocus();
        QTextCursor cursor = headers->edit()->textCursor();
        cursor.setPosition(int(headers->text().indexOf(QStringLiteral("\"\"")) + 1));
        headers->edit()->setTextCursor(cursor);
        // A name that cannot be a placeholder's is refused.
        SecretPrompt::setNextAnswer(
            SecretPrompt::Answer{QStringLiteral("shop key"), QStringLiteral("v3ry-s3cret")});
        editor->storeSecret();
        QVERIFY(editor->problem().contains(QStringLiteral("holds letters, digits")));
        // The name typed is not echoed: it may be a value pasted by mistake.
        QVERIFY(!editor->problem().contains(QStringLiteral("shop key")));
        // A value pasted where the name goes is caught, and not echoed either.
        SecretPrompt::setNextAnswer(SecretPrompt::Answer{QStringLiteral("ghp_R4nd0mT0kenV4lue9x"),
                                                         QStringLiteral("v3ry-s3cret")});
        editor->storeSecret();
        QVERIFY2(editor->problem().contains(QStringLiteral("looks like the secret's value")),
                 qPrintable(editor->problem()));
        QVERIFY(!editor->problem().contains(QStringLiteral("ghp_")));
        SecretPrompt::setNextAnswer(
            SecretPrompt::Answer{QStringLiteral("shop_key"), QStringLiteral("v3ry-s3cret")});
        QTest::mouseClick(editor->storeSecretButton(), Qt::LeftButton);
        QTRY_COMPARE(headers->text(), QStringLiteral("{\"X-Api-Key\": \"{secrets.shop_key}\"}"));
        QVERIFY2(editor->okButton()->isEnabled(), qPrintable(editor->problem()));
        QVERIFY(!editor->problem().contains(QStringLiteral("v3ry-s3cret")));
        editor->accept();
        QVERIFY(activateWindow());
        table()->setFocus();
        QTest::keySequence(table(), QKeySequence::Save);
        const QByteArray saved = readFile(m_sandboxPath);
        QCOMPARE(saved,
                 edited(before, kSigningKeys + QStringLiteral(".endpoint.headers"),
                        QJsonObject{
                            {QStringLiteral("X-Api-Key"), QStringLiteral("{secrets.shop_key}")}}));
        QVERIFY(!saved.contains("v3ry-s3cret"));
        QCOMPARE(SecretsNow::read(m_context->secrets(),
                                  SecretLookupJob::keychainKey(QStringLiteral("shop_key"))),
                 QByteArray("v3ry-s3cret"));

        // The same name again: replaced only when the person says so.
        editor = openEditor(QStringLiteral("signing_keys"));
        QVERIFY(editor);
        Confirmation::setNextAnswer(Confirmation::Answer::Cancelled);
        SecretPrompt::setNextAnswer(
            SecretPrompt::Answer{QStringLiteral("shop_key"), QStringLiteral("other-value")});
        editor->storeSecret();
        QVERIFY(!editor->storeSecretButton()->isEnabled());
        QTRY_VERIFY(editor->storeSecretButton()->isEnabled());
        QVERIFY2(Confirmation::lastQuestion().text.contains(QStringLiteral("already holds")),
                 qPrintable(Confirmation::lastQuestion().text));
        QCOMPARE(SecretsNow::read(m_context->secrets(),
                                  SecretLookupJob::keychainKey(QStringLiteral("shop_key"))),
                 QByteArray("v3ry-s3cret"));
        editor->reject();
    }

    void everyControlIsNamedAndTheTabOrderFollowsTheForm()
    {
        m_window->resize(1100, 640);
        EndpointEditor* editor = openEditor(QStringLiteral("item_versions"));
        QVERIFY(editor);
        // Ctrl+Return opens it: the action is the keyboard path.
        QVERIFY(page()->findChild<QAction*>(QStringLiteral("editEndpointAction")));
        for (EndpointEditor* shown : {editor, page()->editDefaults(), page()->editClient()}) {
            QStringList unnamed = unnamedViews(shown);
            for (QWidget* widget : shown->findChildren<QWidget*>()) {
                if (widget->focusPolicy() != Qt::NoFocus
                    && !widget->objectName().startsWith(QLatin1String("qt_"))
                    && widget->accessibleName().trimmed().isEmpty()) {
                    unnamed << QLatin1String(widget->metaObject()->className()) + u' '
                            + widget->objectName();
                }
            }
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
        }
        // Tab walks the request page top to bottom.
        QStringList order;
        const QStringList keys{QStringLiteral("name"),          QStringLiteral("endpoint.method"),
                               QStringLiteral("endpoint.path"), QStringLiteral("endpoint.params"),
                               QStringLiteral("endpoint.json"), QStringLiteral("endpoint.headers"),
                               QStringLiteral("endpoint.auth")};
        QWidget* widget = editor->field(keys.first());
        for (int i = 0; i < 40 && order.size() < keys.size();
             ++i, widget = widget->nextInFocusChain()) {
            const QString key = widget->objectName() == QLatin1String("jsonFieldEdit")
                ? widget->parentWidget()->objectName()
                : widget->objectName();
            if (keys.contains(key) && !order.contains(key)) {
                order << key;
            }
        }
        QCOMPARE(order, keys);
        editor->resize(640, 460);
        QVERIFY(Screenshots::save(*editor, QStringLiteral("endpoint-editor")));
        editor->findChild<QTabWidget*>(QStringLiteral("editorTabs"))->setCurrentIndex(1);
        QVERIFY(Screenshots::save(*editor, QStringLiteral("endpoint-editor-response")));
        QCOMPARE(json(editor, "endpoint.response_actions")->text(),
                 QStringLiteral("[{\"status_code\": 404, \"action\": \"ignore\"},\n"
                                " {\"status_code\": 400, \"action\": \"ignore\"}]"));
    }
};

QTEST_MAIN(TestEndpointEditor)
#include "tst_endpointeditor.moc"
