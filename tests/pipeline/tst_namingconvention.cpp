// dlt's snake_case naming, with the examples of the dlt notes (section 6.1)
// as test cases, the path rules ("__"), and the shortening tag checked
// against Python's own shake_128.
#include "pipeline/NamingConvention.h"

#include <QProcess>
#include <QTest>

class TestNamingConvention : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dltExamples_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("column");
        const auto row = [](const char* key, const char* column) {
            QTest::newRow(key) << QString::fromUtf8(key) << QString::fromUtf8(column);
        };
        row("CustomerID", "customer_id");
        row("createdAt", "created_at");
        row("HTTPResponseCode", "http_response_code");
        row("camelCaseXMLParser", "camel_case_xml_parser");
        row("version2Beta", "version2_beta");
        row("user-name", "user_name");
        row("e-mail@", "e_maila");
        row("price+tax", "pricextax");
        row("2fa_enabled", "_2fa_enabled");
        row("id_", "idx");
        row("data_", "datax");
        row("$ref", "_ref");
        row("@odata.nextLink", "aodata_next_link");
        row("ÄÖÜ name", "_name");
        row("名前", "x");
        row("Plan B", "plan_b");
        // And a few more the rules decide.
        row("  padded  ", "padded");
        row("a|b*c", "albxc");
        row("already_snake", "already_snake");
        row("many___underscores", "many_underscores");
        row("trailing__", "trailingxx");
    }

    void dltExamples()
    {
        QFETCH(QString, key);
        QFETCH(QString, column);
        QCOMPARE(NamingConvention::identifier(key), column);
        // Normalizing twice changes nothing.
        QCOMPARE(NamingConvention::identifier(column), column);
    }

    void emptyNamesStayEmpty()
    {
        QCOMPARE(NamingConvention::identifier(QString()), QString());
        QCOMPARE(NamingConvention::identifier(QStringLiteral(" \t ")), QString());
    }

    void pathsKeepDoubleUnderscores()
    {
        QCOMPARE(NamingConvention::path(QStringLiteral("foo__bar")), QStringLiteral("foo__bar"));
        QCOMPARE(NamingConvention::path(QStringLiteral("__private")), QStringLiteral("private"));
        QCOMPARE(NamingConvention::path(QStringLiteral("Orders__LineItems")),
                 QStringLiteral("orders__line_items"));
        QCOMPARE(NamingConvention::path(QStringLiteral("a____b")), QStringLiteral("a__b"));
    }

    void longNamesGetDltsTag()
    {
        const QString name = QStringLiteral("a_very_long_column_name_that_keeps_going_and_going");
        // Python's hashlib is the reference for the tag.
        QProcess python;
        python.start(QStringLiteral("python3"),
                     {QStringLiteral("-c"),
                      QStringLiteral("import base64,hashlib,sys; d=hashlib.shake_128(sys.argv[1]"
                                     ".encode()).digest(4); print(base64.b64encode(d).decode()"
                                     ".rstrip('=').replace('/','a').replace('+','b').lower())"),
                      name});
        QVERIFY(python.waitForFinished(30000) && python.exitCode() == 0);
        const QString expected = QString::fromLatin1(python.readAllStandardOutput().trimmed());
        QCOMPARE(NamingConvention::shorteningTag(name), expected);
        const QString shortened = NamingConvention::identifier(name, 20);
        QCOMPARE(shortened.size(), 20);
        // ceil(14/2) leading characters, the tag, floor(14/2) trailing ones.
        QCOMPARE(shortened, name.left(7) + expected + name.right(7));
        QCOMPARE(NamingConvention::identifier(QStringLiteral("short"), 20),
                 QStringLiteral("short"));
    }

    void namesOfWideCharactersFitTheBytesPostgresKeeps()
    {
        // 31 characters, 91 bytes: dlt leaves it whole and PostgreSQL would
        // keep 63 bytes of it without a tag; here it is shortened with dlt's
        // tag until it fits, so names that differ only at the end stay apart.
        const QString digits(30, QChar(0xFF13));
        const QString name = NamingConvention::identifier(u'n' + digits + u'a', 63);
        const QString other = NamingConvention::identifier(u'n' + digits + u'b', 63);
        QVERIFY(name.toUtf8().size() <= 63);
        QVERIFY(name.toUtf8().size() >= 60);
        QVERIFY(name.contains(NamingConvention::shorteningTag(u'n' + digits + u'a')));
        QVERIFY(name != other);
        // A column of exactly 63 bytes and its variant stay two columns.
        const QString base = NamingConvention::identifier(u'x' + QString(31, QChar(0x0663)), 63);
        QCOMPARE(base.toUtf8().size(), 63);
        const QString variant = NamingConvention::path(base + QStringLiteral("__v_text"), 63);
        QVERIFY(variant != base);
        QVERIFY(variant.toUtf8().size() <= 63);
        // Without a limit nothing changes.
        QCOMPARE(NamingConvention::identifier(u'n' + digits), u'n' + digits);
    }

    // joinPath skips normalizing the prefix again; it must give exactly what
    // path() gives, for keys of every shape, near and past the length limit.
    void joiningNormalizedPathsIsPath()
    {
        const QStringList keys{QStringLiteral("a"),
                               QStringLiteral("createdAt"),
                               QStringLiteral("$ref"),
                               QStringLiteral("id_"),
                               QStringLiteral("1st"),
                               QStringLiteral("__private"),
                               QStringLiteral("Foo Bar"),
                               QStringLiteral("x-y+z*@|"),
                               QStringLiteral("\u0663\u0664"),
                               QStringLiteral("HTTPResponseCode"),
                               QStringLiteral("_1a"),
                               QStringLiteral("ü"),
                               QStringLiteral("a__b"),
                               QStringLiteral("___"),
                               QStringLiteral("_empty"),
                               QStringLiteral("Ünïcödé"),
                               QStringLiteral("9")};
        int compared = 0;
        for (const int maxLength : {0, 7, 12, 40, 9999}) {
            for (const QString& outer : keys) {
                for (const QString& inner : keys) {
                    QString prefix = NamingConvention::path(outer, maxLength);
                    const QString part = NamingConvention::path(inner, maxLength);
                    if (prefix.isEmpty() || part.isEmpty()) {
                        continue;
                    }
                    // Several levels deep, as nested objects flatten.
                    for (int depth = 0; depth < 6; ++depth) {
                        const QString expected =
                            NamingConvention::path(prefix + QStringLiteral("__") + part, maxLength);
                        QCOMPARE(NamingConvention::joinPath(prefix, part, maxLength), expected);
                        prefix = expected;
                        ++compared;
                    }
                }
            }
        }
        QVERIFY(compared > 1000);
    }
};

QTEST_GUILESS_MAIN(TestNamingConvention)
#include "tst_namingconvention.moc"
