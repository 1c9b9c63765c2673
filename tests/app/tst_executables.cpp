// The three executables answer --version and --help without a display, and the
// CLI keeps its exit-code promise (2 for usage errors).
#include "core/Version.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

enum class Display { None, Offscreen };

Run run(const QString& program, const QStringList& arguments, Display display = Display::None,
        const QString& language = QStringLiteral("C.UTF-8"))
{
    QProcess process;
    // No display of any kind unless asked: --help and --version must not need one.
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    environment.insert(QStringLiteral("LC_ALL"), language);
    environment.insert(QStringLiteral("LANG"), language);
    environment.insert(QStringLiteral("LANGUAGE"), language.section(u'.', 0, 0));
    if (display == Display::Offscreen) {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(30000)) {
        process.kill();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace

class TestExecutables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("grantline")
            << QStringLiteral(GRANTLINE_GUI_PATH) << QStringLiteral("grantline");
        QTest::newRow("grantline-cli")
            << QStringLiteral(GRANTLINE_CLI_PATH) << QStringLiteral("grantline-cli");
        QTest::newRow("grantline-sandbox")
            << QStringLiteral(GRANTLINE_SANDBOX_PATH) << QStringLiteral("grantline-sandbox");
    }

    void versionAndHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);

        const Run version = run(program, {QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out.trimmed(),
                 QStringLiteral("%1 %2").arg(name, QLatin1String(Grantline::kVersion)));

        const Run help = run(program, {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(QStringLiteral("Usage: ")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("--version")), qPrintable(help.out));
        QVERIFY2(help.out.contains(QStringLiteral("--help")), qPrintable(help.out));
    }

    void unknownOptionIsAUsageError_data()
    {
        versionAndHelp_data();
    }

    void unknownOptionIsAUsageError()
    {
        QFETCH(QString, program);
        // The GUI checks its options once it has a display, like any Qt app.
        const Run result = run(program, {QStringLiteral("--no-such-option")}, Display::Offscreen);
        QVERIFY(result.exitCode != 0);
        QVERIFY2(result.err.contains(QStringLiteral("no-such-option")), qPrintable(result.err));
    }

    void startsInTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("cli fr") << QStringLiteral(GRANTLINE_CLI_PATH)
                                << QStringLiteral("fr_FR.UTF-8")
                                << QStringLiteral("Grantline sans fenêtre");
        QTest::newRow("cli de") << QStringLiteral(GRANTLINE_CLI_PATH)
                                << QStringLiteral("de_DE.UTF-8")
                                << QStringLiteral("Grantline ohne Fenster");
        QTest::newRow("gui fr") << QStringLiteral(GRANTLINE_GUI_PATH)
                                << QStringLiteral("fr_FR.UTF-8")
                                << QStringLiteral("Connectez-vous à des API REST");
        QTest::newRow("cli en") << QStringLiteral(GRANTLINE_CLI_PATH)
                                << QStringLiteral("en_GB.UTF-8")
                                << QStringLiteral("Grantline without a window");
    }

    void startsInTheSystemLanguage()
    {
        QFETCH(QString, program);
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const Run help = run(program, {QStringLiteral("--help")}, Display::None, language);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(expected), qPrintable(help.out));
    }

    void cliWithoutCommandIsAUsageError()
    {
        const Run result = run(QStringLiteral(GRANTLINE_CLI_PATH), {});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("no command")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    // Every command word the CLI dispatches is listed in --help with a line
    // of its own, and answers COMMAND --help with its usage.
    void cliHelpListsEveryCommand()
    {
        const Run help = run(QStringLiteral(GRANTLINE_CLI_PATH), {QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        const QString section = help.out.section(QStringLiteral("Commands:\n"), 1);
        QStringList listed;
        for (const QString& line : section.split(u'\n')) {
            if (!line.startsWith(QStringLiteral("  "))) {
                break;
            }
            const QStringList words = line.simplified().split(u' ');
            QVERIFY2(words.size() > 2, qPrintable(line)); // a word and its description
            listed.append(words.first());
        }
        listed.sort();
        const QStringList accepted =
            QStringLiteral("connection export extract import login logout pipelines preset "
                           "run schema secret token")
                .split(u' ');
        QCOMPARE(listed, accepted);
        for (const QString& command : std::as_const(listed)) {
            const Run commandHelp =
                run(QStringLiteral(GRANTLINE_CLI_PATH), {command, QStringLiteral("--help")});
            QCOMPARE(commandHelp.exitCode, 0);
            QVERIFY2(
                commandHelp.out.startsWith(QStringLiteral("Usage: grantline-cli %1 ").arg(command)),
                qPrintable(commandHelp.out));
            QVERIFY2(commandHelp.err.isEmpty(), qPrintable(commandHelp.err));
        }
    }

    void cliWithUnknownCommandIsAUsageError()
    {
        const Run result = run(QStringLiteral(GRANTLINE_CLI_PATH), {QStringLiteral("frobnicate")});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("\"frobnicate\"")), qPrintable(result.err));
        // One line: scripts read the reason from stderr.
        QCOMPARE(result.err.trimmed().count(u'\n'), 0);
    }
};

QTEST_GUILESS_MAIN(TestExecutables)
#include "tst_executables.moc"
