// The README's "Sandbox data from the command line" block, run line by line
// as a newcomer would type it: the real grantline-sandbox and grantline-cli
// from the build, a private keyring, a fresh home and working folder. Only
// the sandbox's address is filled in, as the README asks the reader to.
#include "destination/SqliteDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kHeading = QStringLiteral("## Sandbox data from the command line");
const QString kAddressInReadme = QStringLiteral("http://127.0.0.1:PORT");

// The first ```sh block under the heading, its "\" continuations joined.
QStringList documentedCommands()
{
    QFile readme(QStringLiteral(GRANTLINE_README_PATH));
    if (!readme.open(QIODevice::ReadOnly)) {
        return {};
    }
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype heading = text.indexOf(kHeading + u'\n');
    const qsizetype start = text.indexOf(QStringLiteral("```sh\n"), heading);
    const qsizetype end = text.indexOf(QStringLiteral("\n```"), start);
    if (heading < 0 || start < 0 || end < 0) {
        return {};
    }
    QString block = text.mid(start + 6, end - start - 6);
    block.replace(QRegularExpression(QStringLiteral("\\\\\\n\\s*")), QString());
    return block.split(u'\n', Qt::SkipEmptyParts);
}

qint64 rowCount(const QString& database, const QString& table)
{
    SqliteDatabase db(database);
    QString error;
    if (!db.open(&error, true)) {
        return -1;
    }
    const auto rows = db.select(QStringLiteral("SELECT count(*) FROM %1").arg(table), &error);
    return rows && !rows->isEmpty() ? rows->first().value(0).toLongLong() : -1;
}

} // namespace

class TestCliQuickstart : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    QTemporaryDir m_home;
    QProcess m_sandbox;
    QString m_address;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRANTLINE_HOME"), m_home.path());
        // As the README says: the build's programs first on the PATH.
        env.insert(QStringLiteral("PATH"),
                   QFileInfo(QStringLiteral(GRANTLINE_CLI_PATH)).path() + u':'
                       + env.value(QStringLiteral("PATH")));
        return env;
    }

    // "grantline-sandbox … &": started and kept, its first line is the address.
    void startSandbox(QString line)
    {
        line = line.section(u'#', 0, 0).trimmed();
        QVERIFY2(line.endsWith(u'&'), qPrintable(line));
        line.chop(1);
        m_sandbox.setProcessEnvironment(environment());
        m_sandbox.setWorkingDirectory(m_folder.path());
        m_sandbox.start(QStringLiteral("bash"),
                        {QStringLiteral("-c"), QStringLiteral("exec ") + line});
        QVERIFY(QTest::qWaitFor([this] { return m_sandbox.canReadLine(); }, 20000));
        m_address = QString::fromUtf8(m_sandbox.readLine()).trimmed();
        QVERIFY2(m_address.startsWith(QStringLiteral("http://127.0.0.1:")), qPrintable(m_address));
    }

    void runLine(QString line)
    {
        line.replace(kAddressInReadme, m_address);
        QProcess shell;
        shell.setProcessEnvironment(environment());
        shell.setWorkingDirectory(m_folder.path());
        shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), line});
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(120000));
        m_output += shell.readAllStandardOutput();
        const QByteArray errors = shell.readAllStandardError();
        QVERIFY2(shell.exitStatus() == QProcess::NormalExit && shell.exitCode() == 0,
                 qPrintable(line + QStringLiteral("\n") + QString::fromUtf8(errors)));
    }

    QByteArray m_output;

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariable("GRANTLINE_PRIVATE_KEYRING") != QLatin1String("1")) {
            QFAIL("Run through ctest, which starts a private gnome-keyring.");
        }
        QVERIFY(m_folder.isValid() && m_home.isValid());
    }

    void cleanupTestCase()
    {
        m_sandbox.kill();
        m_sandbox.waitForFinished();
    }

    void documentedCommandsLoadSandboxData()
    {
        const QStringList commands = documentedCommands();
        QVERIFY2(commands.size() >= 5, "README: no command block under the quick-start heading");
        QVERIFY2(commands.first().startsWith(QStringLiteral("grantline-sandbox")),
                 qPrintable(commands.first()));
        startSandbox(commands.first());
        for (const QString& line : commands.mid(1)) {
            runLine(line);
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        // Data of every level of the walk, in the file the README names.
        const QString database = m_folder.filePath(QStringLiteral("sandbox.sqlite"));
        for (const char* table :
             {"hubs", "projects", "top_folders", "folder_contents", "item_versions"}) {
            QVERIFY2(rowCount(database, QLatin1String(table)) > 0, table);
        }
        // The last command shows what the file holds.
        QVERIFY2(m_output.contains("item_versions"), m_output.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliQuickstart)
#include "tst_cli_quickstart.moc"
