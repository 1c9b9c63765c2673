// PipelineDocument keeps a pipeline file as it was written: every pipeline
// in the tests and the presets comes back byte for byte, an edit touches its
// value only, problems point at the value they are about, and the file on
// disk is saved atomically and watched for other programs' writes.
#include "source/PipelineDocument.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

namespace {

const QString kSourceDir = QStringLiteral(GRANTLINE_SOURCE_DIR);

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return file.readAll();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray preset(const char* name)
{
    return readAll(kSourceDir
                   + QStringLiteral("/resources/presets/%1.json").arg(QLatin1String(name)));
}

// The preset as "grantline-cli preset" makes it out: with an issuer, it runs.
QByteArray madeOut(const char* name)
{
    return preset(name).replace("{connection.issuer}", "https://sandbox.example");
}

bool looksLikePipeline(const QByteArray& text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text, &error);
    const QJsonObject object = document.object();
    return error.error == QJsonParseError::NoError && document.isObject()
        && (object.contains(QStringLiteral("pipeline_name"))
            || object.contains(QStringLiteral("source")));
}

// Every pipeline the tests use: the presets, the fuzz seeds, and each raw
// string literal in tests/ that is a whole pipeline as it stands (those with
// %1 or glued from pieces are not JSON and are left out).
QList<QPair<QString, QByteArray>> everyPipeline()
{
    QList<QPair<QString, QByteArray>> found{
        {QStringLiteral("sandbox preset"), preset("sandbox")},
        {QStringLiteral("aps preset"), preset("aps-data-management")}};
    for (const char* folder : {"corpus", "regressions"}) {
        QDirIterator files(
            kSourceDir
                + QStringLiteral("/tests/fuzz/%1/fuzz_pipelinefile").arg(QLatin1String(folder)),
            QDir::Files);
        while (files.hasNext()) {
            const QString path = files.next();
            found.append({QFileInfo(path).fileName(), readAll(path)});
        }
    }
    QDirIterator sources(kSourceDir + QStringLiteral("/tests"),
                         {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                         QDirIterator::Subdirectories);
    while (sources.hasNext()) {
        const QString path = sources.next();
        const QByteArray code = readAll(path);
        for (qsizetype at = code.indexOf("R\"("); at >= 0; at = code.indexOf("R\"(", at + 1)) {
            const qsizetype end = code.indexOf(")\"", at + 3);
            const QByteArray literal = code.mid(at + 3, end - at - 3);
            if (end > 0 && looksLikePipeline(literal)) {
                found.append(
                    {QStringLiteral("%1@%2").arg(QFileInfo(path).fileName()).arg(at), literal});
            }
        }
    }
    return found;
}

// Every value in the document with its path, as Qt reads it.
void collect(const QJsonValue& value, const QString& path, QList<QPair<QString, QJsonValue>>* out)
{
    out->append({path, value});
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            collect(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        }
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            collect(array.at(i), path + QStringLiteral("[%1]").arg(i), out);
        }
    }
}

// Everything outside [begin, oldEnd) of before is in after unchanged.
void verifyOnlySpanChanged(const QByteArray& before, const QByteArray& after, qsizetype begin,
                           qsizetype oldEnd)
{
    QCOMPARE(after.left(begin), before.left(begin));
    const qsizetype tail = before.size() - oldEnd;
    QCOMPARE(after.right(tail), before.right(tail));
}

ino_t inodeOf(const QString& path)
{
    struct stat info
    { };
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? info.st_ino : 0;
}

const QByteArray kSmall = R"({
  "pipeline_name": "shop",
  "x_note": "kept",
  "source": {
    "client": {"base_url": "https:\/\/api.example/"},
    "resources": [
      "orders",
      {"name": "customers", "primary_key": "id"}
    ]
  }
}
)";

} // namespace

class TestPipelineDocument : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("text");
        const auto pipelines = everyPipeline();
        // The presets, 8 fuzz seeds and the inline pipelines of the suites.
        QVERIFY2(pipelines.size() >= 20, qPrintable(QString::number(pipelines.size())));
        for (const auto& [name, text] : pipelines) {
            QTest::newRow(qPrintable(name)) << text;
        }
    }

    void roundTrip()
    {
        QFETCH(QByteArray, text);
        PipelineDocument document;
        document.fromBytes(text);
        QCOMPARE(document.bytes(), text);
        QVERIFY(!document.isModified());
        QJsonParseError error;
        const QJsonDocument qt = QJsonDocument::fromJson(text, &error);
        // Valid and invalid alike for both readers.
        QCOMPARE(document.isWellFormed(), error.error == QJsonParseError::NoError);
        if (!document.isWellFormed()) {
            QVERIFY(document.problems().first().message.contains(QStringLiteral("line")));
            return;
        }
        QList<QPair<QString, QJsonValue>> values;
        collect(qt.isObject() ? QJsonValue(qt.object()) : QJsonValue(qt.array()), QString(),
                &values);
        for (const auto& [path, value] : values) {
            QVERIFY2(document.value(path) == value, qPrintable(path));
            // Written again as it is: not one byte moves.
            QVERIFY2(document.setValue(path, value), qPrintable(path));
            QVERIFY2(document.bytes() == text, qPrintable(path));
        }
        QVERIFY(!document.isModified());
        // The same problems as the file read by PipelineFile, paths and all.
        ConfigProblems expected;
        PipelineFile::parse(text, QStringLiteral("the pipeline"), &expected);
        const ConfigProblems problems = document.problems();
        QCOMPARE(problems.size(), expected.size());
        for (qsizetype i = 0; i < problems.size(); ++i) {
            QCOMPARE(problems.at(i).toString(), expected.at(i).toString());
        }
    }

    void editKeepsNeighbours_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("sandbox") << madeOut("sandbox");
        QTest::newRow("aps") << madeOut("aps-data-management");
    }

    void editKeepsNeighbours()
    {
        QFETCH(QByteArray, text);
        PipelineDocument document;
        document.fromBytes(text);
        for (qsizetype i = 0; i < document.resourceCount(); ++i) {
            document.fromBytes(text);
            const QString path =
                PipelineDocument::resourcePath(i) + QStringLiteral(".endpoint.path");
            const auto [begin, end] = document.span(path);
            QVERIFY(begin > 0);
            // Placeholders kept, so that the parents stay as they were.
            const QString edited = document.value(path).toString() + QStringLiteral("/π");
            QVERIFY(document.setValue(path, edited));
            QVERIFY(document.isModified());
            QCOMPARE(document.bytes(), text.left(end - 1) + "/π\"" + text.mid(end));
            QCOMPARE(document.value(path).toString(), edited);
            // A member added to one resource: the rest of the file is as it was.
            const QString resource = PipelineDocument::resourcePath(i);
            const auto [resourceBegin, resourceEnd] = document.span(resource);
            const QByteArray before = document.bytes();
            QVERIFY(
                document.setValue(resource + QStringLiteral(".table_name"), QStringLiteral("t")));
            verifyOnlySpanChanged(before, document.bytes(), resourceBegin, resourceEnd);
            QVERIFY(document.pipeline().has_value());
            QCOMPARE(document.pipeline()->resources.at(i).tableName, QStringLiteral("t"));
        }
    }

    void defaultsStayDefaults()
    {
        const QByteArray text = madeOut("sandbox");
        PipelineDocument document;
        document.fromBytes(text);
        const QJsonValue defaults = document.value(QStringLiteral("source.resource_defaults"));
        QVERIFY(document.setValue(QStringLiteral("source.resources[0].primary_key"),
                                  QStringLiteral("hub_id")));
        QCOMPARE(document.value(QStringLiteral("source.resource_defaults")), defaults);
        // As written: the second resource does not get the defaults copied in.
        const QJsonObject own = document.resourceJson(1).toObject();
        QVERIFY(!own.contains(QStringLiteral("primary_key")));
        QVERIFY(!own.contains(QStringLiteral("write_disposition")));
        QCOMPARE(document.resourceJson(0).toObject().value(QStringLiteral("primary_key")),
                 QJsonValue(QStringLiteral("hub_id")));
        // As it runs: the defaults merged in, the resource's own value first.
        QCOMPARE(document.effectiveResource(0)->primaryKey, QStringList{QStringLiteral("hub_id")});
        QCOMPARE(document.effectiveResource(1)->primaryKey, QStringList{QStringLiteral("id")});
        QCOMPARE(document.effectiveResource(1)->writeDisposition, QStringLiteral("merge"));
        QCOMPARE(document.effectiveResource(1)->endpoint.dataSelector, QStringLiteral("data"));
        QCOMPARE(document.effectiveResource(1)->parent, QStringLiteral("hubs"));
        QCOMPARE(document.resourceName(5), QStringLiteral("signing_keys"));
        QCOMPARE(document.indexOfResource(QStringLiteral("signing_keys")), 5);
        QCOMPARE(document.effectiveResource(5)->writeDisposition, QStringLiteral("replace"));
    }

    void effectiveResourceDespiteOthersProblems()
    {
        PipelineDocument document;
        document.fromBytes(kSmall);
        QVERIFY(document.setValue(QStringLiteral("source.resources[1].primary_key"), 7));
        QVERIFY(!document.pipeline());
        QCOMPARE(document.effectiveResource(0)->endpoint.path, QStringLiteral("orders"));
        ConfigProblems problems;
        QVERIFY(!document.effectiveResource(1, &problems));
        QCOMPARE(problems.first().path, QStringLiteral("source.resources[1].primary_key"));
    }

    void unknownKeysAndOrderKept()
    {
        PipelineDocument document;
        document.fromBytes(kSmall);
        QVERIFY(document.setValue(QStringLiteral("pipeline_name"), QStringLiteral("store")));
        QCOMPARE(document.bytes(), QByteArray(kSmall).replace("\"shop\"", "\"store\""));
        // Grantline refuses the key, names it, and keeps it until told.
        QCOMPARE(document.problems().size(), 1);
        QCOMPARE(document.problems().first().path, QStringLiteral("x_note"));
        QVERIFY(document.remove(QStringLiteral("x_note")));
        QVERIFY(document.problems().isEmpty());
        QVERIFY(!document.bytes().contains("x_note"));
        QVERIFY(document.bytes().startsWith("{\n  \"pipeline_name\": \"store\",\n  \"source\""));
    }

    void editsByPath()
    {
        PipelineDocument document;
        document.fromBytes(kSmall);
        QVERIFY(document.remove(QStringLiteral("x_note")));
        // After the last member, indented as its siblings are.
        QVERIFY(document.setValue(QStringLiteral("dataset_name"), QStringLiteral("d")));
        QVERIFY(document.bytes().endsWith("  },\n  \"dataset_name\": \"d\"\n}\n"));
        // Objects on the way are made; a one-line object stays on one line.
        QVERIFY(document.setValue(QStringLiteral("source.resources[1].endpoint.params.page[size]"),
                                  50));
        QVERIFY(document.bytes().contains(
            R"({"name": "customers", "primary_key": "id", "endpoint": {"params": {"page[size]": 50}}})"));
        QCOMPARE(document.value(QStringLiteral("source.resources[1].endpoint.params.page[size]")),
                 QJsonValue(50));
        QVERIFY(document.setValue(QStringLiteral("source.client.headers"),
                                  QJsonObject{{QStringLiteral("Accept"), QStringLiteral("x")}}));
        QVERIFY(document.bytes().contains(
            R"("base_url": "https:\/\/api.example/", "headers": {"Accept": "x"}})"));
        // Resources: added last, renamed in either form, removed with their comma.
        QVERIFY(document.addResource(QStringLiteral("invoices")));
        QVERIFY(document.bytes().contains(
            "\n      \"orders\",\n      {\"name\": \"customers\", \"primary_key\": \"id\", "));
        QVERIFY(document.bytes().contains("}}},\n      \"invoices\"\n    ]"));
        QVERIFY(document.renameResource(0, QStringLiteral("sales")));
        QVERIFY(document.renameResource(1, QStringLiteral("clients")));
        QCOMPARE(document.pipeline()->extractionOrder(),
                 QStringList({QStringLiteral("sales"), QStringLiteral("clients"),
                              QStringLiteral("invoices")}));
        QVERIFY(document.removeResource(1));
        QVERIFY(document.bytes().contains("[\n      \"sales\",\n      \"invoices\"\n    ]"));
        QVERIFY(document.removeResource(1));
        QVERIFY(document.bytes().contains("[\n      \"sales\"\n    ]"));
        QVERIFY(document.insertValue(QStringLiteral("source.resources"), 0, QStringLiteral("a")));
        QVERIFY(document.bytes().contains("[\n      \"a\",\n      \"sales\"\n    ]"));
        QVERIFY(document.remove(QStringLiteral("source.resources[0]")));
        QVERIFY(document.remove(QStringLiteral("source.resources[0]")));
        QVERIFY(document.bytes().contains("\"resources\": []"));
        QVERIFY(document.addResource(QJsonObject{{QStringLiteral("name"), QStringLiteral("z")}}));
        QVERIFY(document.bytes().contains(R"("resources": [{"name": "z"}])"));
        // What cannot be done says so and changes nothing.
        const QByteArray before = document.bytes();
        QString error;
        QVERIFY(!document.setValue(QStringLiteral("pipeline_name.x"), 1, &error));
        QVERIFY(error.contains(QStringLiteral("pipeline_name")));
        QVERIFY(!document.remove(QStringLiteral("source.nothing"), &error));
        QVERIFY(!document.insertValue(QStringLiteral("source.resources"), 5, 1, &error));
        QCOMPARE(document.bytes(), before);
    }

    void problemPathsPointAtTheirValue()
    {
        const QByteArray text = preset("sandbox");
        PipelineDocument document;
        document.fromBytes(text);
        QVERIFY(document.setValue(QStringLiteral("source.resources[5].endpoint.paginator"),
                                  QStringLiteral("nonsense")));
        QVERIFY(document.setValue(QStringLiteral("source.resources[2].endpoint.paginatr"),
                                  QStringLiteral("single_page")));
        const ConfigProblems problems = document.problems();
        QStringList paths;
        for (const ConfigProblem& problem : problems) {
            paths << problem.path;
        }
        QVERIFY(paths.contains(QStringLiteral("source.resources[2].endpoint.paginatr")));
        QVERIFY(document.contains(QStringLiteral("source.resources[2].endpoint.paginatr")));
        // About a key of the object form, written in the short form: shown on
        // the value that is written.
        const QString type = QStringLiteral("source.resources[5].endpoint.paginator.type");
        QVERIFY(paths.contains(type));
        QCOMPARE(document.writtenPath(type),
                 QStringLiteral("source.resources[5].endpoint.paginator"));
        const auto [begin, end] = document.span(document.writtenPath(type));
        QCOMPARE(document.bytes().mid(begin, end - begin), QByteArray("\"nonsense\""));
        // A required key that is missing shows on the object that lacks it.
        QVERIFY(document.remove(QStringLiteral("source.client.base_url")));
        QCOMPARE(document.writtenPath(QStringLiteral("source.client.base_url")),
                 QStringLiteral("source.client"));
    }

    void malformedTextSaysWhere()
    {
        PipelineDocument document;
        document.fromBytes("{\n  \"pipeline_name\": \"é\",\n  \"source\" {}\n}");
        QVERIFY(!document.isWellFormed());
        QVERIFY(!document.pipeline());
        const ConfigProblems problems = document.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().message.contains(QStringLiteral("at line 3, column 12")),
                 qPrintable(problems.first().message));
        QString error;
        QVERIFY(!document.setValue(QStringLiteral("pipeline_name"), 1, &error));
        QVERIFY(!error.isEmpty());
        // A column counts characters: "é" is two bytes, one column.
        document.fromBytes("{\"é\": tru}");
        QVERIFY2(document.problems().first().message.contains(QStringLiteral("line 1, column 7")),
                 qPrintable(document.problems().first().message));
        // Text fixed by hand is a document again.
        document.setBytes(kSmall);
        QVERIFY(document.isWellFormed());
        QVERIFY(document.isModified());
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("100,000 [") << QByteArray(100000, '[') << QStringLiteral("deeper than 256");
        QTest::newRow("deep objects")
            << QByteArray("{\"a\":").repeated(300) << QStringLiteral("deeper than 256");
        QTest::newRow("invalid UTF-8")
            << QByteArray("{\"a\": \"x\xC3\x28\"}") << QStringLiteral("line 1, column 9");
        QTest::newRow("overlong UTF-8")
            << QByteArray("{\"a\": \"\xC0\xAF\"}") << QStringLiteral("not valid UTF-8");
        QTest::newRow("UTF-16 surrogate as UTF-8")
            << QByteArray("{\"\xED\xA0\x80\": 1}") << QStringLiteral("not valid UTF-8");
        QTest::newRow("cut in a string") << QByteArray("{\"a\": \"abc") << QStringLiteral("ends");
        QTest::newRow("cut in an escape") << QByteArray("{\"a\": \"\\u12") << QStringLiteral("\\u");
        QTest::newRow("trailing comma") << QByteArray("[1,]") << QStringLiteral("after \",\"");
        QTest::newRow("leading zero") << QByteArray("[01]") << QStringLiteral("\"]\"");
        QTest::newRow("huge number")
            << QByteArray("{\"a\": 1e400}") << QStringLiteral("too large or too small");
        QTest::newRow("tiny number")
            << QByteArray("{\"a\": -1e-400}") << QStringLiteral("line 1, column 7");
        QTest::newRow("bare word") << QByteArray("{\"a\": nul}") << QStringLiteral("unexpected");
        QTest::newRow("two documents") << QByteArray("{} {}") << QStringLiteral("after the end");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("ends");
        QTest::newRow("NUL") << QByteArray("{\"a\": 1}\0", 9) << QStringLiteral("after the end");
    }

    void hostileInput()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        PipelineDocument document;
        document.fromBytes(text);
        QVERIFY(!document.isWellFormed());
        QCOMPARE(document.bytes(), text);
        const QString message = document.problems().value(0).message;
        QVERIFY2(message.contains(reason), qPrintable(message));
        QVERIFY(message.contains(QStringLiteral(" at line ")));
        QCOMPARE(document.resourceCount(), 0);
        // PipelineFile (QJsonDocument) refuses it too.
        QVERIFY(!document.pipeline());
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    void duplicateKeysLaterCounts()
    {
        // QJsonDocument, and so PipelineFile, keeps the later of two members;
        // the document reads and edits that one.
        const QByteArray text = R"({"pipeline_name": "first", "source": {"client":
            {"base_url": "https:\/\/a.example/"}, "resources": ["r"]}, "pipeline_name": "later"})";
        PipelineDocument document;
        document.fromBytes(text);
        QCOMPARE(document.pipeline()->pipelineName, QStringLiteral("later"));
        QCOMPARE(document.value(QStringLiteral("pipeline_name")).toString(),
                 QStringLiteral("later"));
        QVERIFY(document.setValue(QStringLiteral("pipeline_name"), QStringLiteral("edited")));
        QVERIFY(document.bytes().startsWith(R"({"pipeline_name": "first")"));
        QCOMPARE(document.pipeline()->pipelineName, QStringLiteral("edited"));
    }

    void escapesBomAndNumbersAsWritten()
    {
        const QByteArray text = "\xEF\xBB\xBF{\"k\\u00e9y\": 1.0, \"t\\/\": \"\\ud83d\\ude00\", "
                                "\"n\": 1E2}";
        PipelineDocument document;
        document.fromBytes(text);
        QVERIFY(document.isWellFormed());
        QCOMPARE(document.value(QStringLiteral("kéy")), QJsonValue(1.0));
        QCOMPARE(document.value(QStringLiteral("t/")).toString(), QStringLiteral("😀"));
        QVERIFY(document.setValue(QStringLiteral("n"), 3));
        QCOMPARE(document.bytes(),
                 QByteArray("\xEF\xBB\xBF{\"k\\u00e9y\": 1.0, \"t\\/\": \"\\ud83d\\ude00\", "
                            "\"n\": 3}"));
    }

    void saveIsAtomicAndKeepsUntouchedFiles()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.json"));
        writeAll(path, kSmall);
        PipelineDocument document;
        QString error;
        QVERIFY(document.load(path, &error));
        // Nothing changed: nothing written, the very same file stays.
        const ino_t inode = inodeOf(path);
        QVERIFY(document.save(&error));
        QCOMPARE(inodeOf(path), inode);
        QVERIFY(document.setValue(QStringLiteral("pipeline_name"), QStringLiteral("s2")));
        // A write that fails (the file size limit is met, even for root)
        // leaves the old file whole.
        struct rlimit old
        { };
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = old;
        tiny.rlim_cur = 16;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
        const bool saved = document.save(&error);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!saved);
        QVERIFY2(error.contains(QStringLiteral("Cannot save")), qPrintable(error));
        QCOMPARE(readAll(path), kSmall);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("shop.json")});
        QVERIFY(document.isModified());
        QVERIFY2(document.save(&error), qPrintable(error));
        QCOMPARE(readAll(path), document.bytes());
        QVERIFY(!document.isModified());
    }

    void saveRefusesToOverwriteAnotherProgramsChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.json"));
        writeAll(path, kSmall);
        PipelineDocument document;
        QString error;
        QVERIFY(document.load(path, &error));
        QVERIFY(document.setValue(QStringLiteral("pipeline_name"), QStringLiteral("mine")));
        const QByteArray theirs = QByteArray(kSmall).replace("shop", "theirs");
        writeAll(path, theirs);
        QVERIFY(document.hasChangedOnDisk());
        QVERIFY(!document.save(&error));
        QVERIFY2(error.contains(QStringLiteral("changed by another program")), qPrintable(error));
        QCOMPARE(readAll(path), theirs);
        QVERIFY(document.save(&error, PipelineDocument::SaveMode::Overwrite));
        QCOMPARE(readAll(path), document.bytes());
        QVERIFY(!document.hasChangedOnDisk());
        // Reload takes theirs and drops the edit.
        writeAll(path, theirs);
        QVERIFY(document.reload(&error));
        QCOMPARE(document.bytes(), theirs);
        QVERIFY(!document.isModified());
    }

    void noticesOtherWritesNotItsOwn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("shop.json"));
        writeAll(path, kSmall);
        PipelineDocument document;
        QString error;
        QVERIFY(document.load(path, &error));
        QSignalSpy spy(&document, &PipelineDocument::changedOnDisk);
        QVERIFY(document.setValue(QStringLiteral("pipeline_name"), QStringLiteral("one")));
        QVERIFY(document.save(&error));
        // Time for a wrong notice of the own save to arrive.
        QTest::qWait(300);
        QCOMPARE(spy.count(), 0);
        // Another program writes in place …
        writeAll(path, QByteArray(kSmall).replace("shop", "two"));
        QTRY_COMPARE(spy.count(), 1);
        // … replaces the file atomically (a new inode) …
        QSaveFile other(path);
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QByteArray(kSmall).replace("shop", "three"));
        QVERIFY(other.commit());
        QTRY_COMPARE(spy.count(), 2);
        // … another file of the folder changes: no news.
        writeAll(dir.filePath(QStringLiteral("other.json")), "{}");
        QVERIFY(document.save(&error, PipelineDocument::SaveMode::Overwrite));
        QTest::qWait(300);
        QCOMPARE(spy.count(), 2);
        // Still watched after the own atomic save replaced the file.
        writeAll(path, QByteArray(kSmall).replace("shop", "four"));
        QTRY_COMPARE(spy.count(), 3);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE(spy.count(), 4);
    }
};

QTEST_GUILESS_MAIN(TestPipelineDocument)
#include "tst_pipelinedocument.moc"
