// The endpoint table's models over a real pipeline file (the Sandbox preset):
// the columns as a run sees them, edits that reach the bytes and nothing
// else, edits refused with grantline-cli's message, undo and redo byte for
// byte, ticks remembered beside the file, and the filter's tick all.
#include "pipeline/EndpointFilterModel.h"
#include "pipeline/EndpointSelection.h"
#include "pipeline/EndpointTableModel.h"
#include "source/PipelineDocument.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Model = EndpointTableModel;

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The Sandbox preset as "grantline-cli preset" writes it for a connection.
QByteArray sandboxPipeline()
{
    return readAll(QStringLiteral(GRANTLINE_SOURCE_DIR "/resources/presets/sandbox.json"))
        .replace("{connection.issuer}", "https://sandbox.example");
}

// bytes with the value at path replaced by json, every other byte kept.
QByteArray replaced(const PipelineDocument& document, const QString& path, const QByteArray& json)
{
    const auto [begin, end] = document.span(path);
    const QByteArray bytes = document.bytes();
    return bytes.left(begin) + json + bytes.mid(end);
}

// after differs from before only inside the value at path (before's span).
bool onlyChanged(const QByteArray& before, QPair<qsizetype, qsizetype> span,
                 const PipelineDocument& after, const QString& path)
{
    const auto [begin, end] = after.span(path);
    return begin == span.first && before.left(span.first) == after.bytes().left(begin)
        && before.mid(span.second) == after.bytes().mid(end);
}

// What grantline-cli says about the resource after the same edit, made by hand.
QString cliProblem(const QByteArray& bytes, const QString& path, const QJsonValue& value, int index,
                   const QString& file)
{
    PipelineDocument document;
    document.fromBytes(bytes);
    if (!document.setValue(path, value)) {
        return QStringLiteral("cannot make the edit by hand");
    }
    ConfigProblems problems;
    PipelineFile::parse(document.bytes(), file, &problems);
    for (const ConfigProblem& problem : problems) {
        if (problem.path.startsWith(PipelineDocument::resourcePath(index))) {
            return problem.toString();
        }
    }
    // The file was clean: any problem is the edit's.
    return problems.isEmpty() ? QStringLiteral("no problem") : problems.first().toString();
}

} // namespace

class TestEndpointTable : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<PipelineDocument> m_document;
    std::unique_ptr<EndpointTableModel> m_model;

    QString text(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->data(m_model->index(row, column), role).toString();
    }
    bool defaulted(int row, int column) const
    {
        return m_model->data(m_model->index(row, column), Model::DefaultedRole).toBool();
    }
    bool edit(int row, int column, const QString& value)
    {
        return m_model->setData(m_model->index(row, column), value);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("sandbox.json"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(sandboxPipeline()) > 0);
        file.close();
        m_document = std::make_unique<PipelineDocument>();
        QString error;
        QVERIFY2(m_document->load(m_path, &error), qPrintable(error));
        QVERIFY(m_document->problems().isEmpty());
        m_model = std::make_unique<EndpointTableModel>(m_document.get());
        new QAbstractItemModelTester(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_model.get());
    }

    void cleanup()
    {
        m_model.reset();
        m_document.reset();
        m_dir.reset();
    }

    void listsTheSandboxEndpoints()
    {
        QCOMPARE(m_model->rowCount(), 6);
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(m_model->headerData(Model::CursorColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Incremental cursor"));
        const QStringList names{u"hubs"_s,          u"projects"_s,
                                u"top_folders"_s,   u"folder_contents"_s,
                                u"item_versions"_s, u"signing_keys"_s};
        QCOMPARE(m_model->tickedNames(), names);
        QCOMPARE(text(0, Model::NameColumn), QStringLiteral("hubs"));
        QCOMPARE(text(0, Model::MethodColumn), QStringLiteral("GET"));
        QCOMPARE(text(0, Model::PathColumn), QStringLiteral("project/v1/hubs"));
        QCOMPARE(m_model->data(m_model->index(0, Model::TickedColumn), Qt::CheckStateRole),
                 QVariant(Qt::Checked));
        // The defaults, shown as what runs and marked as such.
        QCOMPARE(text(0, Model::DataSelectorColumn), QStringLiteral("data"));
        QVERIFY(defaulted(0, Model::DataSelectorColumn));
        QCOMPARE(text(0, Model::DataSelectorColumn, Qt::ToolTipRole),
                 QStringLiteral("from resource_defaults"));
        QVERIFY(m_model->data(m_model->index(0, Model::DataSelectorColumn), Qt::ForegroundRole)
                    .isValid());
        QCOMPARE(text(0, Model::WriteDispositionColumn), QStringLiteral("merge"));
        QVERIFY(defaulted(0, Model::WriteDispositionColumn));
        QCOMPARE(text(0, Model::PrimaryKeyColumn), QStringLiteral("id"));
        QCOMPARE(text(0, Model::PaginatorColumn), QStringLiteral("json_link"));
        QCOMPARE(text(0, Model::PaginatorColumn, Qt::ToolTipRole), QStringLiteral("from client"));
        QVERIFY(!defaulted(0, Model::PathColumn));
        QVERIFY(!m_model->data(m_model->index(0, Model::PathColumn), Qt::ForegroundRole).isValid());
        QCOMPARE(text(0, Model::ParentColumn), QString());
        QCOMPARE(text(1, Model::ParentColumn), QStringLiteral("hubs"));
        QCOMPARE(text(3, Model::ParentColumn), QStringLiteral("top_folders"));
        // The resource's own values.
        QCOMPARE(text(5, Model::DataSelectorColumn), QStringLiteral("keys"));
        QVERIFY(!defaulted(5, Model::DataSelectorColumn));
        QCOMPARE(text(5, Model::PaginatorColumn), QStringLiteral("single_page"));
        QCOMPARE(text(5, Model::WriteDispositionColumn), QStringLiteral("replace"));
        QCOMPARE(text(5, Model::PrimaryKeyColumn), QStringLiteral("kid"));
        QVERIFY(!defaulted(5, Model::PrimaryKeyColumn));
        QCOMPARE(m_model->rowProblem(0), QString());
        QVERIFY(m_model->flags(m_model->index(0, Model::PathColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(m_model->flags(m_model->index(0, Model::ParentColumn)) & Qt::ItemIsEditable));
        QVERIFY(m_model->flags(m_model->index(0, Model::TickedColumn)) & Qt::ItemIsUserCheckable);
    }

    void showsTheLastRunAsGiven()
    {
        const QDateTime when(QDate(2026, 12, 1), QTime(9, 30), Qt::UTC);
        QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
        m_model->setLastRun(QStringLiteral("projects"), 42, when);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_model->data(m_model->index(1, Model::LastRunRowsColumn)).toLongLong(), 42);
        QCOMPARE(m_model->data(m_model->index(1, Model::LastRunTimeColumn)).toDateTime(), when);
        QVERIFY(!m_model->data(m_model->index(0, Model::LastRunRowsColumn)).isValid());
    }

    void validEditsChangeOnlyThatValue()
    {
        const QString path = QStringLiteral("source.resources[0].endpoint.path");
        QByteArray expected = replaced(*m_document, path, "\"project/v2/hubs\"");
        QVERIFY(edit(0, Model::PathColumn, QStringLiteral(" project/v2/hubs ")));
        QCOMPARE(m_document->bytes(), expected);
        QCOMPARE(text(0, Model::PathColumn), QStringLiteral("project/v2/hubs"));

        const QString disposition = QStringLiteral("source.resources[5].write_disposition");
        expected = replaced(*m_document, disposition, "\"append\"");
        QVERIFY(edit(5, Model::WriteDispositionColumn, QStringLiteral("append")));
        QCOMPARE(m_document->bytes(), expected);

        const QString key = QStringLiteral("source.resources[5].primary_key");
        const QByteArray before = m_document->bytes();
        const auto span = m_document->span(key);
        QVERIFY(edit(5, Model::PrimaryKeyColumn, QStringLiteral("kid, alg")));
        QVERIFY(onlyChanged(before, span, *m_document, key));
        QCOMPARE(m_document->value(key), QJsonValue(QJsonArray{u"kid"_s, u"alg"_s}));
        QCOMPARE(text(5, Model::PrimaryKeyColumn), QStringLiteral("kid, alg"));
        QCOMPARE(m_model->undoStack()->count(), 3);
        // The same value again is no change at all.
        QVERIFY(edit(5, Model::PrimaryKeyColumn, QStringLiteral("kid, alg")));
        QCOMPARE(m_model->undoStack()->count(), 3);
        // The model edits; saving is the page's (the file on disk is untouched).
        QCOMPARE(readAll(m_path), sandboxPipeline());
        QVERIFY(m_document->problems().isEmpty());
    }

    void editingADefaultedCellWritesIntoTheResource()
    {
        const QJsonValue defaults = m_document->value(QStringLiteral("source.resource_defaults"));
        QVERIFY(edit(0, Model::WriteDispositionColumn, QStringLiteral("replace")));
        QVERIFY(edit(0, Model::DataSelectorColumn, QStringLiteral("data.items")));
        QVERIFY(edit(0, Model::CursorColumn, QStringLiteral("attributes.lastModifiedTime")));
        QCOMPARE(m_document->value(QStringLiteral("source.resource_defaults")), defaults);
        QCOMPARE(m_document->value(QStringLiteral("source.resources[0].write_disposition")),
                 QJsonValue(QStringLiteral("replace")));
        QCOMPARE(m_document->value(QStringLiteral("source.resources[0].endpoint.data_selector")),
                 QJsonValue(QStringLiteral("data.items")));
        QCOMPARE(m_document->value(
                     QStringLiteral("source.resources[0].endpoint.incremental.cursor_path")),
                 QJsonValue(QStringLiteral("attributes.lastModifiedTime")));
        QVERIFY(!defaulted(0, Model::WriteDispositionColumn));
        QVERIFY(!defaulted(0, Model::DataSelectorColumn));
        QCOMPARE(text(0, Model::CursorColumn), QStringLiteral("attributes.lastModifiedTime"));
        // The other resources still take the defaults.
        QVERIFY(defaulted(1, Model::WriteDispositionColumn));
        QCOMPARE(text(1, Model::WriteDispositionColumn), QStringLiteral("merge"));
        QVERIFY(!m_document->contains(QStringLiteral("source.resources[1].write_disposition")));
        // Emptied, the resource's own value goes and the default shows again.
        QVERIFY2(edit(0, Model::DataSelectorColumn, QString()), qPrintable(m_model->rowProblem(0)));
        QVERIFY(
            !m_document->contains(QStringLiteral("source.resources[0].endpoint.data_selector")));
        QVERIFY(defaulted(0, Model::DataSelectorColumn));
        QCOMPARE(text(0, Model::DataSelectorColumn), QStringLiteral("data"));
        QVERIFY(edit(0, Model::CursorColumn, QString()));
        QVERIFY(!m_document->contains(QStringLiteral("source.resources[0].endpoint.incremental")));
        QVERIFY(m_document->problems().isEmpty());
    }

    void invalidEditsAreRefused_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("writtenAt");
        QTest::addColumn<QString>("says");
        QTest::newRow("disposition")
            << 5 << int(Model::WriteDispositionColumn) << u"sometimes"_s
            << u"source.resources[5].write_disposition"_s << u"sometimes"_s;
        QTest::newRow("empty name")
            << 0 << int(Model::NameColumn) << u"  "_s << u"source.resources[0].name"_s
            << u"source.resources[0].name: must not be empty"_s;
        QTest::newRow("same name")
            << 0 << int(Model::NameColumn) << u"projects"_s << u"source.resources[0].name"_s
            << u"is used by another resource already"_s;
        QTest::newRow("unknown placeholder")
            << 1 << int(Model::PathColumn) << u"project/v1/hubs/{resources.nope.id}/projects"_s
            << u"source.resources[1].endpoint.path"_s << u"nope"_s;
    }

    void invalidEditsAreRefused()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, value);
        QFETCH(QString, writtenAt);
        QFETCH(QString, says);
        const QByteArray before = m_document->bytes();
        const QString cli =
            cliProblem(before, writtenAt, value.trimmed(), row, m_document->filePath());
        QVERIFY2(cli.contains(says), qPrintable(cli));
        QSignalSpy refused(m_model.get(), &EndpointTableModel::editRefused);

        QVERIFY(!edit(row, column, value));
        QCOMPARE(m_document->bytes(), before);
        QCOMPARE(m_model->undoStack()->count(), 0);
        QCOMPARE(m_model->rowProblem(row), cli);
        QCOMPARE(
            m_model->data(m_model->index(row, Model::PathColumn), Model::ProblemRole).toString(),
            cli);
        QVERIFY(text(row, Model::NameColumn, Qt::ToolTipRole).contains(cli));
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().at(1).toString(), cli);
        // The next change clears it.
        QVERIFY(edit(row, Model::MethodColumn, QStringLiteral("post")));
        QCOMPARE(text(row, Model::MethodColumn), QStringLiteral("POST"));
        QCOMPARE(m_model->rowProblem(row), QString());
    }

    void shortFormsAreWidenedWhenACellNeedsIt()
    {
        m_document->fromBytes("{\"pipeline_name\": \"short\", \"source\": {\n"
                              "  \"client\": {\"base_url\": \"https://sandbox.example/\"},\n"
                              "  \"resources\": [\"hubs\", {\"name\": \"keys\",\n"
                              "                 \"endpoint\": \"authentication/v2/keys\"}]}}\n");
        QVERIFY2(m_document->problems().isEmpty(),
                 qPrintable(m_document->problems().value(0).toString()));
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(text(0, Model::PathColumn), QStringLiteral("hubs"));
        QCOMPARE(text(1, Model::PathColumn), QStringLiteral("authentication/v2/keys"));

        QVERIFY(edit(0, Model::MethodColumn, QStringLiteral("post")));
        QCOMPARE(m_document->resourceJson(0),
                 QJsonValue(QJsonObject{{u"name"_s, u"hubs"_s},
                                        {u"endpoint"_s, QJsonObject{{u"method"_s, u"POST"_s}}}}));
        // A path alone stays a path alone.
        QVERIFY(edit(1, Model::PathColumn, QStringLiteral("authentication/v3/keys")));
        QCOMPARE(m_document->value(QStringLiteral("source.resources[1].endpoint")),
                 QJsonValue(u"authentication/v3/keys"_s));
        QVERIFY(edit(1, Model::DataSelectorColumn, QStringLiteral("keys")));
        QCOMPARE(m_document->value(QStringLiteral("source.resources[1].endpoint")),
                 QJsonValue(QJsonObject{{u"path"_s, u"authentication/v3/keys"_s},
                                        {u"data_selector"_s, u"keys"_s}}));
        QVERIFY(m_document->problems().isEmpty());
        m_model->undoStack()->undo();
        m_model->undoStack()->undo();
        m_model->undoStack()->undo();
        QCOMPARE(m_document->value(QStringLiteral("source.resources[0]")), QJsonValue(u"hubs"_s));
    }

    void aMistakeInTheFileShowsAndCanBeFixed()
    {
        PipelineDocument copy;
        copy.fromBytes(m_document->bytes());
        QVERIFY(copy.setValue(QStringLiteral("source.resources[5].write_disposition"),
                              QStringLiteral("sometimes")));
        m_document->setBytes(copy.bytes());
        QCOMPARE(m_model->rowCount(), 6);
        // What is written, not what a valid resource would get.
        QCOMPARE(text(5, Model::WriteDispositionColumn), QStringLiteral("sometimes"));
        QCOMPARE(text(5, Model::DataSelectorColumn), QStringLiteral("keys"));
        QCOMPARE(text(5, Model::PrimaryKeyColumn), QStringLiteral("kid"));
        const ConfigProblem problem = m_document->problems().value(0);
        QCOMPARE(problem.path, QStringLiteral("source.resources[5].write_disposition"));
        QCOMPARE(m_model->rowProblem(5), problem.toString());
        QCOMPARE(m_model->rowProblem(4), QString());
        QCOMPARE(text(1, Model::ParentColumn), QStringLiteral("hubs"));
        // Another edit is not held back by the mistake; the fix clears it.
        QVERIFY(edit(4, Model::MethodColumn, QStringLiteral("POST")));
        QVERIFY(edit(5, Model::WriteDispositionColumn, QStringLiteral("append")));
        QCOMPARE(m_model->rowProblem(5), QString());
        QVERIFY(m_document->problems().isEmpty());
    }

    void removingAParentIsRefused()
    {
        const QByteArray before = m_document->bytes();
        QVERIFY(!m_model->removeRows(0, 1));
        QCOMPARE(m_document->bytes(), before);
        QVERIFY(m_model->rowProblem(0).contains(QStringLiteral("hubs")));
        QCOMPARE(m_model->rowCount(), 6);
    }

    void renamingFollowsTheReferences()
    {
        QVERIFY(edit(0, Model::NameColumn, QStringLiteral("hub_list")));
        QCOMPARE(text(0, Model::NameColumn), QStringLiteral("hub_list"));
        QCOMPARE(text(1, Model::ParentColumn), QStringLiteral("hub_list"));
        QCOMPARE(m_document->value(QStringLiteral("source.resources[1].endpoint.path")),
                 QJsonValue(QStringLiteral("project/v1/hubs/{resources.hub_list.id}/projects")));
        QVERIFY(m_document->problems().isEmpty());
        QCOMPARE(m_model->undoStack()->count(), 1);
    }

    void addsDuplicatesAndRemoves()
    {
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QCOMPARE(m_model->addEndpoint(), 6);
        QCOMPARE(text(6, Model::NameColumn), QStringLiteral("new_endpoint"));
        QCOMPARE(text(6, Model::PathColumn), QStringLiteral("new_endpoint"));
        QCOMPARE(m_model->addEndpoint(), 7);
        QCOMPARE(text(7, Model::NameColumn), QStringLiteral("new_endpoint2"));
        QCOMPARE(m_model->duplicateEndpoint(5), 6);
        QCOMPARE(text(6, Model::NameColumn), QStringLiteral("signing_keys_copy"));
        QCOMPARE(text(6, Model::DataSelectorColumn), QStringLiteral("keys"));
        QCOMPARE(m_model->duplicateEndpoint(5), 6);
        QCOMPARE(text(6, Model::NameColumn), QStringLiteral("signing_keys_copy2"));
        QCOMPARE(inserted.size(), 4);
        QCOMPARE(m_model->rowCount(), 10);
        QVERIFY(m_document->problems().isEmpty());

        QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
        QVERIFY(m_model->removeRows(6, 1));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(text(6, Model::NameColumn), QStringLiteral("signing_keys_copy"));
        QVERIFY(m_model->removeRows(7, 2));
        QCOMPARE(m_model->rowCount(), 7);
        QCOMPARE(m_model->resourceName(6), QStringLiteral("signing_keys_copy"));
        QVERIFY(m_document->problems().isEmpty());
    }

    void undoAndRedoGiveBackTheBytes()
    {
        QList<QByteArray> states{m_document->bytes()};
        QVERIFY(edit(0, Model::PathColumn, QStringLiteral("project/v2/hubs")));
        states.append(m_document->bytes());
        QVERIFY(m_model->addEndpoint() >= 0);
        states.append(m_document->bytes());
        QVERIFY(!edit(6, Model::WriteDispositionColumn, QStringLiteral("sometimes")));
        QVERIFY(edit(6, Model::PrimaryKeyColumn, QStringLiteral("a,b")));
        states.append(m_document->bytes());
        QVERIFY(m_model->duplicateEndpoint(6) >= 0);
        states.append(m_document->bytes());
        QVERIFY(m_model->removeRows(5, 1));
        states.append(m_document->bytes());
        QVERIFY(edit(0, Model::NameColumn, QStringLiteral("hub_list")));
        states.append(m_document->bytes());
        QVERIFY(edit(2, Model::WriteDispositionColumn, QStringLiteral("append")));
        states.append(m_document->bytes());
        QCOMPARE(m_model->undoStack()->count(), states.size() - 1);

        QUndoStack* stack = m_model->undoStack();
        for (qsizetype i = states.size() - 2; i >= 0; --i) {
            stack->undo();
            QCOMPARE(m_document->bytes(), states.at(i));
        }
        QVERIFY(!m_document->isModified());
        QCOMPARE(m_model->rowCount(), 6);
        for (qsizetype i = 1; i < states.size(); ++i) {
            stack->redo();
            QCOMPARE(m_document->bytes(), states.at(i));
        }
        QCOMPARE(text(0, Model::NameColumn), QStringLiteral("hub_list"));
        QCOMPARE(text(2, Model::WriteDispositionColumn), QStringLiteral("append"));
    }

    void changesFromElsewhere()
    {
        // The endpoint editor's change: checked and undone like a cell's.
        PipelineDocument copy;
        copy.fromBytes(m_document->bytes());
        QVERIFY(copy.setValue(QStringLiteral("source.resources[0].endpoint.params.limit"), 5));
        const QByteArray before = m_document->bytes();
        QVERIFY(m_model->changeDocument(QStringLiteral("Edit hubs"), copy.bytes()));
        QCOMPARE(m_document->bytes(), copy.bytes());
        QVERIFY(copy.setValue(QStringLiteral("source.resources[0].write_disposition"), 3));
        QVERIFY(!m_model->changeDocument(QStringLiteral("Edit hubs"), copy.bytes(), 0));
        QVERIFY(m_model->rowProblem(0).startsWith(u"source.resources[0].write_disposition"_s));
        QCOMPARE(m_model->undoStack()->count(), 1);
        m_model->undoStack()->undo();
        QCOMPARE(m_document->bytes(), before);

        // Past the table (the text editor, a reload): no undo could bring back
        // the bytes from before without dropping that change.
        QVERIFY(edit(0, Model::MethodColumn, QStringLiteral("POST")));
        QVERIFY(m_model->undoStack()->canUndo());
        m_document->setBytes(before);
        QVERIFY(!m_model->undoStack()->canUndo());
        QVERIFY(!m_model->undoStack()->canRedo());
        QCOMPARE(text(0, Model::MethodColumn), QStringLiteral("GET"));
    }

    void tickingIsRememberedBesideTheFile()
    {
        const QByteArray bytes = m_document->bytes();
        QVERIFY(m_model->setData(m_model->index(1, Model::TickedColumn), Qt::Unchecked,
                                 Qt::CheckStateRole));
        m_model->setTicked({3, 4}, false);
        QCOMPARE(m_model->tickedNames(),
                 QStringList({u"hubs"_s, u"top_folders"_s, u"signing_keys"_s}));
        QCOMPARE(m_model->undoStack()->count(), 2);
        QCOMPARE(m_document->bytes(), bytes);
        QVERIFY(!m_document->isModified());
        QCOMPARE(readAll(m_path), bytes);
        QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral(".sandbox.selection.json"))));

        {
            PipelineDocument again;
            QString error;
            QVERIFY(again.load(m_path, &error));
            EndpointTableModel reopened(&again);
            QCOMPARE(reopened.tickedNames(),
                     QStringList({u"hubs"_s, u"top_folders"_s, u"signing_keys"_s}));
            QCOMPARE(reopened.data(reopened.index(1, Model::TickedColumn), Qt::CheckStateRole),
                     QVariant(Qt::Unchecked));
        }

        // As a view's check box sets it (an int).
        QVERIFY(m_model->setData(m_model->index(5, Model::TickedColumn), int(Qt::Unchecked),
                                 Qt::CheckStateRole));
        QVERIFY(m_model->setData(m_model->index(5, Model::TickedColumn), int(Qt::Checked),
                                 Qt::CheckStateRole));
        QVERIFY(m_model->isTicked(5));
        m_model->undoStack()->undo();
        m_model->undoStack()->undo();

        // Undone, and remembered undone.
        m_model->undoStack()->undo();
        QCOMPARE(EndpointSelection::load(m_path), QSet<QString>{QStringLiteral("projects")});
        // A rename carries the tick, a removal forgets it.
        QVERIFY(edit(1, Model::NameColumn, QStringLiteral("project_list")));
        QCOMPARE(EndpointSelection::load(m_path), QSet<QString>{QStringLiteral("project_list")});
        QVERIFY(!m_model->isTicked(1));
        QCOMPARE(m_document->value(QStringLiteral("source.resources[1].selected")),
                 QJsonValue(QJsonValue::Undefined));
    }

    void beforeAnyTickTheFilesSelectedIsTicked()
    {
        // dlt's "selected": false (from resource_defaults here) leaves a
        // resource out of a run; the table starts from what the file says.
        QVERIFY(m_document->setValue(QStringLiteral("source.resource_defaults.selected"), false));
        QVERIFY(m_document->setValue(QStringLiteral("source.resources[3].selected"), true));
        QString error;
        QVERIFY2(m_document->save(&error), qPrintable(error));
        QVERIFY(!EndpointSelection::isSaved(m_path));
        {
            EndpointTableModel fresh(m_document.get());
            QCOMPARE(fresh.tickedNames(), QStringList{u"folder_contents"_s});
            fresh.setTicked({0}, true);
        }
        // Once ticks are saved, they are what counts.
        QVERIFY(EndpointSelection::isSaved(m_path));
        EndpointTableModel reopened(m_document.get());
        QCOMPARE(reopened.tickedNames(), (QStringList{u"hubs"_s, u"folder_contents"_s}));
    }

    void filterTicksOnlyTheVisibleRows()
    {
        EndpointFilterModel filter;
        new QAbstractItemModelTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest, &filter);
        filter.setEndpointModel(m_model.get());
        filter.setNameFilter(QStringLiteral("FOLDER"));
        QCOMPARE(filter.rowCount(), 2);
        filter.tickAllVisible(false);
        QCOMPARE(m_model->tickedNames(),
                 QStringList({u"hubs"_s, u"projects"_s, u"item_versions"_s, u"signing_keys"_s}));
        QCOMPARE(m_model->undoStack()->count(), 1);
        filter.setNameFilter(QString());
        QCOMPARE(filter.rowCount(), 6);
        filter.setNameFilter(QStringLiteral("_"));
        QCOMPARE(filter.rowCount(), 4);
        filter.sort(Model::TickedColumn, Qt::AscendingOrder);
        QCOMPARE(filter.data(filter.index(0, Model::TickedColumn), Qt::CheckStateRole),
                 QVariant(Qt::Unchecked));
        QCOMPARE(filter.data(filter.index(3, Model::TickedColumn), Qt::CheckStateRole),
                 QVariant(Qt::Checked));
        filter.tickAllVisible(true);
        QCOMPARE(m_model->tickedNames().size(), 6);
        filter.tickAllVisible(false);
        QCOMPARE(m_model->tickedNames(), QStringList({u"hubs"_s, u"projects"_s}));
        // Editing through the filter reaches the document too.
        filter.sort(Model::NameColumn, Qt::DescendingOrder);
        QCOMPARE(filter.data(filter.index(0, Model::NameColumn)).toString(),
                 QStringLiteral("top_folders"));
        QVERIFY(filter.setData(filter.index(0, Model::MethodColumn), QStringLiteral("POST")));
        QCOMPARE(m_document->value(QStringLiteral("source.resources[2].endpoint.method")),
                 QJsonValue(QStringLiteral("POST")));
        m_model->undoStack()->undo();
        m_model->undoStack()->undo();
        QCOMPARE(m_model->tickedNames().size(), 6);
        QCOMPARE(m_model->undoStack()->count(), 4);
    }
};

QTEST_MAIN(TestEndpointTable)
#include "tst_endpointtable.moc"
