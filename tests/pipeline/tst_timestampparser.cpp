// Which strings dlt's iso_timestamp detector takes for a date and time, and
// their UTC text as SQLite stores it.
#include "pipeline/TimestampParser.h"

#include <QTest>

class TestTimestampParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dateTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("utc");
        const auto row = [](const char* text, const char* utc) {
            QTest::newRow(text) << QString::fromLatin1(text) << QString::fromLatin1(utc);
        };
        row("2024-01-15T10:30:00Z", "2024-01-15 10:30:00.000000");
        row("2024-01-15T10:30:00.123Z", "2024-01-15 10:30:00.123000");
        row("2024-01-15T10:30:00.123456789+00:00", "2024-01-15 10:30:00.123456");
        row("2024-01-15 10:30", "2024-01-15 10:30:00.000000");
        row("2024-01-15T10", "2024-01-15 10:00:00.000000");
        row("2024-01-15T01:30:00+02:00", "2024-01-14 23:30:00.000000");
        row("2024-01-15T23:30:00-0130", "2024-01-16 01:00:00.000000");
        row("2024-02-29T00:00:00", "2024-02-29 00:00:00.000000");
        row("20240115T1030", "2024-01-15 10:30:00.000000");
        row("20240115T103015Z", "2024-01-15 10:30:15.000000");
        row("2024-W03-2T10:00", "2024-01-16 10:00:00.000000");
        row("2021-W01-1T00:00", "2021-01-04 00:00:00.000000");
        row("2024/01/15 10:30", "2024-01-15 10:30:00.000000");
        row("2024/01/15 10:30:05", "2024-01-15 10:30:05.000000");
        row("2024:01:15 10:30", "2024-01-15 10:30:00.000000");
        row("1969-12-31T23:59:59.5Z", "1969-12-31 23:59:59.500000");
    }
    void dateTimes()
    {
        QFETCH(QString, text);
        QFETCH(QString, utc);
        const QByteArray bytes = text.toUtf8();
        const auto micros =
            TimestampParser::parseDateTime({bytes.constData(), size_t(bytes.size())});
        QVERIFY(micros.has_value());
        QCOMPARE(QString::fromStdString(TimestampParser::format(*micros)), utc);
    }

    void notDateTimes_data()
    {
        QTest::addColumn<QString>("text");
        for (const char* text :
             {"2024-01-15", "10:30", "2024", "P1D", "", "2024-13-01T00:00", "2023-02-29T00:00",
              "2024-01-15T25:00", "2024-01-15T10:61", "2024-01-15X10:00", "2024-01-15T10:30Zjunk",
              "2024/01/15T10:30", "20240115", "12345678901234567890", "urn:adsk:2024-01-15T10:00",
              "2024-01-15T10:30:00.1234567890Z"}) {
            QTest::newRow(text) << QString::fromLatin1(text);
        }
    }
    void notDateTimes()
    {
        QFETCH(QString, text);
        const QByteArray bytes = text.toUtf8();
        QVERIFY(!TimestampParser::parseDateTime({bytes.constData(), size_t(bytes.size())}));
    }

    void aDateAloneOnlyWhereACoercionAsksForIt()
    {
        QVERIFY(!TimestampParser::parseDateTime("2024-01-15"));
        const auto midnight = TimestampParser::parseDateOrDateTime("2024-01-15");
        QVERIFY(midnight.has_value());
        QCOMPARE(TimestampParser::format(*midnight), std::string("2024-01-15 00:00:00.000000"));
    }

    void epochSeconds()
    {
        QCOMPARE(TimestampParser::format(*TimestampParser::fromEpochSeconds(1700000000.25)),
                 std::string("2023-11-14 22:13:20.250000"));
        QVERIFY(!TimestampParser::fromEpochSeconds(1e300));
        QVERIFY(!TimestampParser::fromEpochSeconds(std::nan("")));
    }
};

QTEST_GUILESS_MAIN(TestTimestampParser)
#include "tst_timestampparser.moc"
