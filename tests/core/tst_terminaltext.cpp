// Text printed to a terminal keeps its words and loses every control
// character and escape sequence a provider could hide in it.
#include "core/TerminalText.h"

#include <QTest>

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void controlsAndSequencesAreRemoved_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Zoë Ångström\tok\nnext")
                               << QStringLiteral("Zoë Ångström\tok\nnext");
        QTest::newRow("window title and clear screen")
            << QStringLiteral("a\x1b]0;pwned\x07\x1b[2Jb") << QStringLiteral("ab");
        QTest::newRow("OSC ended by ST")
            << QStringLiteral("a\x1b]8;;http://evil/\x1b\\link") << QStringLiteral("alink");
        QTest::newRow("colour") << QStringLiteral("\x1b[1;31mred\x1b[0m") << QStringLiteral("red");
        QTest::newRow("private CSI") << QStringLiteral("a\x1b[?1049hb") << QStringLiteral("ab");
        QTest::newRow("charset and reset") << QStringLiteral("a\x1b(Bb\x1b"
                                                             "cc")
                                           << QStringLiteral("abc");
        QTest::newRow("DCS") << QStringLiteral("a\x1bPq#0\x1b\\b") << QStringLiteral("ab");
        QTest::newRow("carriage return and backspace")
            << QStringLiteral("ok\rFAKE\b\b") << QStringLiteral("okFAKE");
        QTest::newRow("DEL and C1")
            << QStringLiteral("a\x7f") + QChar(0x9b) + QStringLiteral("31mb")
            << QStringLiteral("a31mb");
        QTest::newRow("ESC at the end") << QStringLiteral("a\x1b") << QStringLiteral("a");
        QTest::newRow("OSC never ended stops at the line's end")
            << QStringLiteral("a\x1b]0;title\nnext line") << QStringLiteral("a\nnext line");
        QTest::newRow("bidirectional overrides")
            << QStringLiteral("file\u202Etxt.exe\u2066x\u2069") << QStringLiteral("filetxt.exex");
        QTest::newRow("unfinished CSI keeps the newline")
            << QStringLiteral("a\x1b[12\nb") << QStringLiteral("a\nb");
        QTest::newRow("NUL and bell")
            << QStringLiteral("a") + QChar(0) + QStringLiteral("\ab") << QStringLiteral("ab");
    }

    void controlsAndSequencesAreRemoved()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(TerminalText::sanitize(input), expected);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
