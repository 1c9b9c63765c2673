// The filter syntax under a header: each form's SQL, what it binds, and a
// sentence for what cannot be read. Whether the SQL finds the right rows is
// tst_rowsmodel's part (against sqlite3).
#include "browse/RowFilter.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRowFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachFormBecomesSqlWithBoundValues_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        QTest::newRow("greater") << u">5"_s << u"c > ?"_s << QVariantList{5LL};
        QTest::newRow("at most a date")
            << u"<=2024-01-01"_s << u"c <= ?"_s << QVariantList{u"2024-01-01"_s};
        QTest::newRow("equals text") << u"=open"_s << u"c = ?"_s << QVariantList{u"open"_s};
        QTest::newRow("equals empty") << u"="_s << u"c = ?"_s << QVariantList{u""_s};
        QTest::newRow("differs, NULL too") << u"!=x"_s << u"c IS NOT ?"_s << QVariantList{u"x"_s};
        QTest::newRow("differs <>") << u"<>7"_s << u"c IS NOT ?"_s << QVariantList{7LL};
        QTest::newRow("range") << u"2..9"_s << u"c BETWEEN ? AND ?"_s << QVariantList{2LL, 9LL};
        QTest::newRow("open low end") << u"..9.5"_s << u"c <= ?"_s << QVariantList{9.5};
        QTest::newRow("open high end") << u"a.."_s << u"c >= ?"_s << QVariantList{u"a"_s};
        QTest::newRow("pattern") << u"%ab_c%"_s << u"c LIKE ? ESCAPE '\\'"_s
                                 << QVariantList{u"%ab_c%"_s};
        QTest::newRow("null") << u"NULL"_s << u"c IS NULL"_s << QVariantList{};
        QTest::newRow("not null") << u"!null"_s << u"c IS NOT NULL"_s << QVariantList{};
        QTest::newRow("contains, escaped wildcards literal")
            << u"50\\%\\_off"_s << u"c LIKE ? ESCAPE '\\'"_s << QVariantList{u"%50\\%\\_off%"_s};
        QTest::newRow("a number equals") << u"42"_s << u"c = ?"_s << QVariantList{42LL};
        QTest::newRow("leading zeros stay text")
            << u"=007"_s << u"c = ?"_s << QVariantList{u"007"_s};
        QTest::newRow("not contains")
            << u"!draft"_s << u"(c LIKE ? ESCAPE '\\') IS NOT 1"_s << QVariantList{u"%draft%"_s};
        QTest::newRow("not a range")
            << u"!1..3"_s << u"(c BETWEEN ? AND ?) IS NOT 1"_s << QVariantList{1LL, 3LL};
        QTest::newRow("any of values")
            << u"a|b|3"_s << u"c IN (?, ?, ?)"_s << QVariantList{u"a"_s, u"b"_s, 3LL};
        QTest::newRow("any of filters")
            << u">5|NULL"_s << u"((c > ?) OR (c IS NULL))"_s << QVariantList{5LL};
        QTest::newRow("escaped pipe")
            << u"a\\|b"_s << u"c LIKE ? ESCAPE '\\'"_s << QVariantList{u"%a|b%"_s};
        QTest::newRow("escaped dots") << u"=1\\..2"_s << u"c = ?"_s << QVariantList{u"1..2"_s};
        QTest::newRow("blank") << u"   "_s << u""_s << QVariantList{};
    }

    void eachFormBecomesSqlWithBoundValues()
    {
        QFETCH(QString, text);
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        QString error;
        const auto condition = RowFilter::condition(u"c"_s, text, &error);
        QVERIFY2(condition, qPrintable(error));
        QCOMPARE(condition->sql, sql);
        QCOMPARE(condition->values, values);
        // The type matters: a bound 5 and "5" compare differently in a
        // computed column.
        for (int i = 0; i < values.size(); ++i) {
            QCOMPARE(condition->values.at(i).typeId(), values.at(i).typeId());
        }
    }

    void whatCannotBeReadSaysWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("comparison without value") << u">"_s << u">"_s;
        QTest::newRow("range without ends") << u".."_s << u"1..10"_s;
        QTest::newRow("not without filter") << u"!"_s << u"!"_s;
        QTest::newRow("empty choice") << u"a||b"_s << u"|"_s;
    }

    void whatCannotBeReadSaysWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, mentions);
        QString error;
        QVERIFY(!RowFilter::condition(u"c"_s, text, &error));
        QVERIFY2(error.contains(mentions), qPrintable(error));
    }

    void filtersOfSeveralColumnsAreAllRequired()
    {
        QList<QPair<QString, QString>> errors;
        const RowFilter::Condition condition = RowFilter::combined(
            {{u"\"a\""_s, u">1"_s}, {u"\"b\""_s, u">"_s}, {u"\"c\""_s, u"x|y"_s}}, &errors);
        QCOMPARE(condition.sql, QString(u"\"a\" > ? AND \"c\" IN (?, ?)"_s));
        QCOMPARE(condition.values, (QVariantList{1LL, u"x"_s, u"y"_s}));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().first, QString(u"\"b\""_s));
    }
};

QTEST_GUILESS_MAIN(TestRowFilter)
#include "tst_rowfilter.moc"
