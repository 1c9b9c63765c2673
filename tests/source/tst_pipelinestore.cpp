// PipelineStore lists the pipelines of a Grantline home (<home>/pipelines),
// each with whether it reads cleanly, and refuses names that would leave
// the folder or that another system keeps.
#include "source/PipelineStore.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

namespace {

const QByteArray kPipeline = R"({"pipeline_name": "%1", "source": {
  "client": {"base_url": "https:\/\/api.example/"}, "resources": ["r"]}}
)";

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

QByteArray pipelineNamed(const char* name)
{
    return QByteArray(kPipeline).replace("%1", name);
}

} // namespace

class TestPipelineStore : public QObject
{
    Q_OBJECT

private slots:
    void listsByNameWithProblems()
    {
        QTemporaryDir home;
        PipelineStore store(home.path());
        QVERIFY(store.list().isEmpty());
        QCOMPARE(store.folder(), home.filePath(QStringLiteral("pipelines")));
        QVERIFY(QDir(home.path()).mkpath(QStringLiteral("pipelines")));
        const QDir folder(store.folder());
        writeAll(folder.filePath(QStringLiteral("b.json")), pipelineNamed("bee"));
        writeAll(folder.filePath(QStringLiteral("Apple.json")), pipelineNamed("apple"));
        writeAll(folder.filePath(QStringLiteral("crm.v2.json")), pipelineNamed("crm"));
        writeAll(folder.filePath(QStringLiteral("broken.json")), "{\n  \"pipeline_name\": }");
        writeAll(folder.filePath(QStringLiteral("wrong.json")), R"({"pipeline_name": "w"})");
        // Not pipelines of the store: another extension, a name not allowed.
        writeAll(folder.filePath(QStringLiteral("notes.txt")), "x");
        writeAll(folder.filePath(QStringLiteral("with space.json")), pipelineNamed("s"));
        QVERIFY(folder.mkdir(QStringLiteral("folder.json")));

        const QList<PipelineStore::Entry> entries = store.list();
        QStringList names;
        for (const PipelineStore::Entry& entry : entries) {
            names << entry.name;
        }
        QCOMPARE(
            names,
            QStringList({QStringLiteral("Apple"), QStringLiteral("b"), QStringLiteral("broken"),
                         QStringLiteral("crm.v2"), QStringLiteral("wrong")}));
        QCOMPARE(entries.at(0).pipelineName, QStringLiteral("apple"));
        QCOMPARE(entries.at(0).path, folder.filePath(QStringLiteral("Apple.json")));
        QVERIFY(entries.at(0).readsCleanly());
        QVERIFY(entries.at(3).readsCleanly());
        QVERIFY(!entries.at(2).readsCleanly());
        QVERIFY2(entries.at(2).problems.first().message.contains(QStringLiteral("line 2")),
                 qPrintable(entries.at(2).problems.first().message));
        QCOMPARE(entries.at(4).pipelineName, QStringLiteral("w"));
        QVERIFY(!entries.at(4).readsCleanly());
        QCOMPARE(entries.at(4).problems.first().path, QStringLiteral("source"));
    }

    void badNamesRefused_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* name : {"", "../x", "..", ".", "/", "a/b", "a\\b", ".hidden", "-x", "x y",
                                 "con", "NUL", "com1", "Lpt9.json", "aux.backup", "é"}) {
            QTest::newRow(name) << QString::fromUtf8(name);
        }
        QTest::newRow("65 characters") << QString(65, u'a');
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
    }

    void badNamesRefused()
    {
        QFETCH(QString, name);
        QTemporaryDir home;
        PipelineStore store(home.path());
        QString why;
        QVERIFY(!PipelineStore::isValidName(name, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(store.pathFor(name).isEmpty());
        QVERIFY(!store.exists(name));
        QString error;
        QVERIFY(!store.create(name, "{}", &error));
        QCOMPARE(error, why);
        // Nothing was made, in the home or beside it.
        QCOMPARE(QDir(home.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
    }

    void goodNames()
    {
        for (const char* name : {"a", "shop", "crm.v2", "a_b-c", "0", "console", "nul_", "com10"}) {
            QVERIFY2(PipelineStore::isValidName(QString::fromLatin1(name)), name);
        }
        QVERIFY(PipelineStore::isValidName(QString(64, u'a')));
    }

    void createsWithoutOverwriting()
    {
        QTemporaryDir home;
        PipelineStore store(home.path());
        QString error;
        const QByteArray text = pipelineNamed("shop");
        QVERIFY2(store.create(QStringLiteral("shop"), text, &error), qPrintable(error));
        QVERIFY(store.exists(QStringLiteral("shop")));
        QFile file(store.pathFor(QStringLiteral("shop")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
        file.close();
        QVERIFY(!store.create(QStringLiteral("shop"), "{}", &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), text);
    }

    void failedCreateLeavesNothing()
    {
        QTemporaryDir home;
        PipelineStore store(home.path());
        QVERIFY(QDir().mkpath(store.folder()));
        // A write error (the file size limit, which binds root too).
        struct rlimit old
        { };
        QCOMPARE(::getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto previous = std::signal(SIGXFSZ, SIG_IGN);
        struct rlimit tiny = old;
        tiny.rlim_cur = 16;
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &tiny), 0);
        QString error;
        const bool created = store.create(QStringLiteral("shop"), pipelineNamed("shop"), &error);
        QCOMPARE(::setrlimit(RLIMIT_FSIZE, &old), 0);
        std::signal(SIGXFSZ, previous);
        QVERIFY(!created);
        QVERIFY2(error.contains(QStringLiteral("Cannot write")), qPrintable(error));
        QVERIFY(!store.exists(QStringLiteral("shop")));
        QCOMPARE(QDir(store.folder()).entryList(QDir::Files), QStringList());
    }

    void renamesDuplicatesAndRemovesWithCompanions()
    {
        QStandardPaths::setTestModeEnabled(true);
        QTemporaryDir home;
        PipelineStore store(home.path());
        QString error;
        QVERIFY(store.create(QStringLiteral("shop"), "{\"pipeline_name\": \"shop\"}", &error));
        QVERIFY(store.create(QStringLiteral("shop2"), "{}", &error));
        const QDir dir(store.folder());
        // What the window remembers of a pipeline, and of another one.
        QFile mine(dir.filePath(QStringLiteral(".shop.selection.json")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("{}");
        mine.close();
        QFile other(dir.filePath(QStringLiteral(".shop2.selection.json")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        // Its run history goes with it; "shop.v2"'s (a name with a dot) stays.
        QVERIFY(store.create(QStringLiteral("shop.v2"), "{}", &error));
        for (const char* file : {".shop.runs.jsonl", ".shop.v2.runs.jsonl", ".shop.v2.running"}) {
            QFile companion(dir.filePath(QLatin1String(file)));
            QVERIFY(companion.open(QIODevice::WriteOnly));
        }

        QVERIFY(!store.rename(QStringLiteral("shop"), QStringLiteral("shop2"), &error));
        QVERIFY(error.contains(QStringLiteral("already")));
        QVERIFY(!store.rename(QStringLiteral("shop"), QStringLiteral("../x"), &error));
        QVERIFY(store.exists(QStringLiteral("shop")));
        QVERIFY2(store.rename(QStringLiteral("shop"), QStringLiteral("store"), &error),
                 qPrintable(error));
        QVERIFY(!store.exists(QStringLiteral("shop")));
        QVERIFY(dir.exists(QStringLiteral(".store.selection.json")));
        QVERIFY(!dir.exists(QStringLiteral(".shop.selection.json")));
        QVERIFY(dir.exists(QStringLiteral(".shop2.selection.json")));
        QVERIFY(dir.exists(QStringLiteral(".store.runs.jsonl")));
        QVERIFY(dir.exists(QStringLiteral(".shop.v2.runs.jsonl")));
        QVERIFY(dir.exists(QStringLiteral(".shop.v2.running")));

        QCOMPARE(store.duplicate(QStringLiteral("store"), &error), QStringLiteral("store-copy"));
        QCOMPARE(store.duplicate(QStringLiteral("store"), &error), QStringLiteral("store-copy2"));
        QFile copy(store.pathFor(QStringLiteral("store-copy")));
        QVERIFY(copy.open(QIODevice::ReadOnly));
        QCOMPARE(copy.readAll(), QByteArray("{\"pipeline_name\": \"shop\"}"));
        QVERIFY(store.duplicate(QStringLiteral("nope"), &error).isEmpty());

        QVERIFY2(store.remove(QStringLiteral("store"), &error), qPrintable(error));
        QVERIFY(!store.exists(QStringLiteral("store")));
        QVERIFY(!dir.exists(QStringLiteral(".store.selection.json")));
        QVERIFY(!dir.exists(QStringLiteral(".store.runs.jsonl")));
        QVERIFY(store.exists(QStringLiteral("store-copy")));
        QVERIFY(dir.exists(QStringLiteral(".shop.v2.runs.jsonl")));
        QVERIFY(!store.remove(QStringLiteral("store"), &error));
    }

    void resolvesPathOrName()
    {
        QTemporaryDir home;
        PipelineStore store(home.path());
        QString error;
        QVERIFY(store.create(QStringLiteral("shop"), pipelineNamed("shop"), &error));
        QCOMPARE(store.resolve(QStringLiteral("shop")), store.pathFor(QStringLiteral("shop")));
        // A file that exists is taken as a path, even with a pipeline's name.
        const QString cwdFile = home.filePath(QStringLiteral("shop"));
        writeAll(cwdFile, "{}");
        QCOMPARE(store.resolve(cwdFile), cwdFile);
        QVERIFY(QDir::setCurrent(home.path()));
        QCOMPARE(store.resolve(QStringLiteral("shop")), QStringLiteral("shop"));
        // Neither: the argument, for the "cannot read" message.
        QCOMPARE(store.resolve(QStringLiteral("missing.json")), QStringLiteral("missing.json"));
        QCOMPARE(store.resolve(QStringLiteral("../shop")), QStringLiteral("../shop"));
    }
};

QTEST_GUILESS_MAIN(TestPipelineStore)
#include "tst_pipelinestore.moc"
