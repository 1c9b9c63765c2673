// The relational normalizer against dlt's rules (dlt notes section 6): the
// documented examples table for table, system columns, nesting, types,
// coercion and variants, and hostile input.

// Plain string literals keep the many expected names readable here.
#undef QT_NO_CAST_FROM_ASCII

#include "NormalizedRows.h"

#include <QRegularExpression>
#include <QTest>

class TestRelationalNormalizer : public QObject
{
    Q_OBJECT

private:
    TableSchema* root(NormalizedRows& rows, const QString& name, const QString& disposition = {},
                      const QStringList& primaryKey = {}, int maxNesting = -1,
                      const QJsonObject& columns = {})
    {
        RelationalNormalizer::TableOptions options;
        options.table = name;
        options.resource = name;
        if (!disposition.isEmpty()) {
            options.writeDisposition = disposition;
        }
        options.primaryKey = primaryKey;
        options.maxNesting = maxNesting;
        options.columns = columns;
        QString error;
        return rows.normalizer().prepareTable(options, &error);
    }

private Q_SLOTS:
    void usersAndPetsAsInDltDocs()
    {
        // destination-tables.md: users → users and users__pets.
        Schema schema;
        NormalizedRows rows(&schema);
        TableSchema* users = root(rows, QStringLiteral("users"));
        QVERIFY(rows.add(users, R"([{"id": 1, "name": "Alice", "pets": [
            {"id": 1, "name": "Fluffy", "type": "cat"},
            {"id": 2, "name": "Spot", "type": "dog"}]}])"));
        QCOMPARE(rows.tables(), (QStringList{"users", "users__pets"}));
        QCOMPARE(rows.columns("users"), (QStringList{"id", "name", "_dlt_load_id", "_dlt_id"}));
        QCOMPARE(rows.columns("users__pets"),
                 (QStringList{"id", "name", "type", "_dlt_parent_id", "_dlt_list_idx", "_dlt_id"}));
        const QVariantMap user = rows.rows("users").value(0);
        QCOMPARE(user.value("_dlt_load_id").toString(), QStringLiteral("1700000000.5"));
        // Random 10 bytes, base64 without padding: 14 characters.
        QVERIFY(QRegularExpression("^[A-Za-z0-9+/]{14}$")
                    .match(user.value("_dlt_id").toString())
                    .hasMatch());
        const QList<QVariantMap> pets = rows.rows("users__pets");
        QCOMPARE(pets.size(), 2);
        QCOMPARE(pets[1].value("name").toString(), QStringLiteral("Spot"));
        QCOMPARE(pets[1].value("_dlt_parent_id"), user.value("_dlt_id"));
        QCOMPARE(pets[1].value("_dlt_list_idx").toLongLong(), 1);
        QVERIFY(!pets[0].contains("_dlt_load_id"));
        QCOMPARE(schema.table("users__pets")->parent, QStringLiteral("users"));
        QCOMPARE(rows.typeOf("users", "id"), QStringLiteral("bigint"));
    }

    void childIdsAreDltsShake128Digest()
    {
        // Expected values from Python: base64(shake_128("abc_users__pets_0").digest(10)).
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(
            rows.add(root(rows, "users"), R"([{"_dlt_id": "abc", "pets": [{"n": 1}, {"n": 2}]}])"));
        QCOMPARE(rows.rows("users").value(0).value("_dlt_id").toString(), QStringLiteral("abc"));
        QCOMPARE(rows.rows("users__pets").value(0).value("_dlt_id").toString(),
                 QStringLiteral("9dTj8cY5n+nG2A"));
        QCOMPARE(rows.rows("users__pets").value(1).value("_dlt_id").toString(),
                 QStringLiteral("N+gZv9bzRh+EQg"));
        // Left for the writer thread to hash: the same ids.
        Schema deferred;
        NormalizedRows later(&deferred);
        later.normalizer().setDeferChildIds(true);
        QVERIFY(later.add(root(later, "users"),
                          R"([{"_dlt_id": "abc", "pets": [{"n": 1}, {"n": 2}]}])"));
        QCOMPARE(later.rows("users__pets").value(1).value("_dlt_id").toString(),
                 QStringLiteral("N+gZv9bzRh+EQg"));
    }

    void aRecordsOwnRowIdIsKeptExceptUnderMerge()
    {
        // Under merge the next load of the record would bring the same ids,
        // and the rows it replaces are found by id once it is written.
        Schema schema;
        NormalizedRows rows(&schema);
        const char* record = R"([{"id": 1, "_dlt_id": "abc", "pets": [{"n": 1}]}])";
        QVERIFY(rows.add(root(rows, "kept"), record));
        QCOMPARE(rows.rows("kept").value(0).value("_dlt_id").toString(), QStringLiteral("abc"));
        QVERIFY(rows.add(root(rows, "merged", QStringLiteral("merge"), {QStringLiteral("id")}),
                         record));
        const QString id = rows.rows("merged").value(0).value("_dlt_id").toString();
        QVERIFY(!id.isEmpty() && id != QStringLiteral("abc"));
        QCOMPARE(rows.rows("merged__pets").value(0).value("_dlt_root_id").toString(), id);
        QVERIFY(!rows.columns("merged").contains(QStringLiteral("_dlt_id__v_text")));
        // A merge without a key is an append: the id is kept.
        QVERIFY(rows.add(root(rows, "keyless", QStringLiteral("merge")), record));
        QCOMPARE(rows.rows("keyless").value(0).value("_dlt_id").toString(), QStringLiteral("abc"));
    }

    void flattensObjectsWithDoubleUnderscore()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "Items"),
                         R"([{"attributes": {"displayName": "A", "extension": {"type": "x"}},
                              "empty": {}, "createdAt": "2024-01-15T10:30:00+02:00"}])"));
        QCOMPARE(rows.tables(), QStringList{"items"});
        QCOMPARE(rows.columns("items"),
                 (QStringList{"attributes__display_name", "attributes__extension__type",
                              "created_at", "_dlt_load_id", "_dlt_id"}));
        QCOMPARE(rows.typeOf("items", "created_at"), QStringLiteral("timestamp"));
        // To UTC, stored as SQLite's DATETIME text.
        QCOMPARE(rows.rows("items")[0].value("created_at").toString(),
                 QStringLiteral("2024-01-15 08:30:00.000000"));
    }

    void scalarListsAndListsOfLists()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "t"), R"([{"tags": ["a", "b"], "grid": [[1, 2], [3]]}])"));
        QCOMPARE(rows.tables(), (QStringList{"t", "t__tags", "t__grid", "t__grid__list"}));
        QCOMPARE(rows.columns("t__tags"),
                 (QStringList{"value", "_dlt_parent_id", "_dlt_list_idx", "_dlt_id"}));
        QCOMPARE(rows.rows("t__tags")[1].value("value").toString(), QStringLiteral("b"));
        // One linking row per inner list, its elements one level down.
        QCOMPARE(rows.rows("t__grid").size(), 2);
        QCOMPARE(rows.rows("t__grid__list").size(), 3);
        QCOMPARE(rows.rows("t__grid__list")[2].value("value").toLongLong(), 3);
        QCOMPARE(rows.rows("t__grid__list")[2].value("_dlt_parent_id"),
                 rows.rows("t__grid")[1].value("_dlt_id"));
        // No columns of their own: an empty list makes no rows.
        QVERIFY(rows.add(schema.table("t"), R"([{"tags": []}])"));
        QCOMPARE(rows.rows("t__tags").size(), 2);
    }

    void maxTableNestingStoresDeeperDataAsJson()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        TableSchema* flat = root(rows, "flat", {}, {}, 0);
        QVERIFY(rows.add(flat, R"([{"a": {"b": 1}, "l": [1, 2]}])"));
        QCOMPARE(rows.tables(), QStringList{"flat"});
        QCOMPARE(rows.typeOf("flat", "a"), QStringLiteral("json"));
        QCOMPARE(rows.rows("flat")[0].value("a").toString(), QStringLiteral("{\"b\":1}"));
        QCOMPARE(rows.rows("flat")[0].value("l").toString(), QStringLiteral("[1,2]"));

        TableSchema* one = root(rows, "one", {}, {}, 1);
        QVERIFY(rows.add(one, R"([{"a": {"b": 1, "c": {"d": 2}}, "l": [{"x": {"y": 1}}]}])"));
        QCOMPARE(rows.columns("one"), (QStringList{"a__b", "a__c", "_dlt_load_id", "_dlt_id"}));
        QCOMPARE(rows.typeOf("one", "a__c"), QStringLiteral("json"));
        QCOMPARE(rows.typeOf("one__l", "x"), QStringLiteral("json"));
    }

    void listsOfListsAtTheNestingLimit()
    {
        // dlt wraps an inner list as {"list": inner} one level down; at the
        // limit the inner list is that row's JSON "list" column.
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "one", {}, {}, 1), R"([{"m": [[1, 2], [3]]}])"));
        QCOMPARE(rows.tables(), (QStringList{"one", "one__m"}));
        QCOMPARE(rows.rows("one__m")[0].value("list").toString(), QStringLiteral("[1,2]"));
        QCOMPARE(rows.rows("one__m")[1].value("list").toString(), QStringLiteral("[3]"));
        QVERIFY(rows.add(root(rows, "two", {}, {}, 2), R"([{"m": [[1, 2]]}])"));
        QCOMPARE(rows.rows("two__m")[0].value("list").toString(), QStringLiteral("[1,2]"));
        QVERIFY(!rows.tables().contains("two__m__list"));
        QVERIFY(rows.add(root(rows, "three", {}, {}, 3), R"([{"m": [[1, 2], [[3]]]}])"));
        QCOMPARE(rows.rows("three__m__list").size(), 3);
        QCOMPARE(rows.typeOf("three__m__list", "list"), QStringLiteral("json"));
        QCOMPARE(rows.rows("three__m__list")[2].value("list").toString(), QStringLiteral("[3]"));
    }

    void listKeysThatNormalizeAlikeKeepTheLater()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "t"), R"([{"Tags": ["a", "b"], "tags": ["c"]}])"));
        QCOMPARE(rows.rows("t__tags").size(), 1);
        QCOMPARE(rows.rows("t__tags")[0].value("value").toString(), QStringLiteral("c"));
    }

    // The later value is kept, as dlt does; the normalizer says which keys met.
    void keyCollisionsAreReported()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        TableSchema* table = root(rows, "t");
        QVERIFY(rows.add(table, R"([{"a": 1, "A": 2, "id": 3, "id": 4, "n": {"x": 5}, "n__x": 6,
                                     "Tags": ["p"], "tags": ["q"], "v": 1, "v": "text",
                                     "v": "more"}])"));
        const QVariantMap row = rows.rows("t")[0];
        QCOMPARE(row.value("a").toLongLong(), 2);
        QCOMPARE(row.value("id").toLongLong(), 4);
        QCOMPARE(row.value("n__x").toLongLong(), 6);
        QCOMPARE(row.value("v__v_text").toString(), QStringLiteral("more"));
        const QList<RelationalNormalizer::KeyCollision> collisions =
            rows.normalizer().takeCollisions();
        QStringList met;
        for (const RelationalNormalizer::KeyCollision& collision : collisions) {
            met << QStringLiteral("%1.%2: %3 then %4")
                       .arg(collision.table, collision.column, collision.earlierKey,
                            collision.laterKey);
        }
        QCOMPARE(met,
                 (QStringList{"t.a: a then A", "t.id: id then id", "t.n__x: x then n__x",
                              "t.tags: Tags then tags", "t.v__v_text: v then v"}));
        QCOMPARE(rows.normalizer().collisionCount(), 5);
        // Taken once; a record without collisions adds none.
        QVERIFY(rows.add(table, R"([{"a": 1, "A": null}])"));
        QCOMPARE(rows.normalizer().takeCollisions().size(), 1);
        QVERIFY(rows.add(table, R"([{"a": 1, "id": 2}])"));
        QVERIFY(rows.normalizer().takeCollisions().isEmpty());
    }

    void jsonColumnHintKeepsAField()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        TableSchema* table =
            root(rows, "t", {}, {}, -1, QJsonObject{{"items", QJsonObject{{"data_type", "json"}}}});
        QVERIFY(rows.add(table, R"([{"items": [{"a": 1}]}])"));
        QCOMPARE(rows.tables(), QStringList{"t"});
        QCOMPARE(rows.rows("t")[0].value("items").toString(), QStringLiteral("[{\"a\":1}]"));
    }

    void columnHintsTypeAndRequireColumns()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        TableSchema* table = root(
            rows, "t", {}, {}, -1,
            QJsonObject{{"amount", QJsonObject{{"data_type", "decimal"}}},
                        {"createdOn", QJsonObject{{"data_type", "date"}, {"nullable", false}}}});
        // Hinted columns exist before any data, with their types.
        QCOMPARE(rows.typeOf("t", "amount"), QStringLiteral("decimal"));
        QCOMPARE(rows.typeOf("t", "created_on"), QStringLiteral("date"));
        QVERIFY(!schema.table("t")->column("created_on")->nullable);
        QVERIFY(rows.add(table, R"([{"amount": 12, "createdOn": "2024-01-15"}])"));
        QCOMPARE(rows.rows("t")[0].value("amount").toLongLong(), 12);
        QCOMPARE(rows.rows("t")[0].value("created_on").toString(), QStringLiteral("2024-01-15"));
        // A record without the required column is refused, with its name.
        QString error;
        QVERIFY(!rows.add(table, R"([{"amount": 1}])", &error));
        QVERIFY2(error.contains("created_on"), qPrintable(error));
    }

    void typesAreInferredFromTheFirstValue()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "t"),
                         R"([{"i": 1, "d": 1.5, "b": true, "s": "x", "ts": "2024-01-15 10:30",
                              "date": "2024-01-15", "time": "10:30"}])"));
        QCOMPARE(rows.typeOf("t", "i"), QStringLiteral("bigint"));
        QCOMPARE(rows.typeOf("t", "d"), QStringLiteral("double"));
        QCOMPARE(rows.typeOf("t", "b"), QStringLiteral("bool"));
        QCOMPARE(rows.typeOf("t", "ts"), QStringLiteral("timestamp"));
        QCOMPARE(rows.typeOf("t", "date"), QStringLiteral("text"));
        QCOMPARE(rows.typeOf("t", "time"), QStringLiteral("text"));
        QCOMPARE(rows.rows("t")[0].value("b").toLongLong(), 1);
    }

    void coercionThenVariantColumns()
    {
        // Type flip-flops across pages: coerced where nothing is lost,
        // otherwise a variant column; the original column keeps its type.
        Schema schema;
        NormalizedRows rows(&schema);
        TableSchema* table = root(rows, "t");
        QVERIFY(rows.add(table, R"([{"id": 1, "amount": 1.5, "flag": true, "note": "x"}])"));
        QVERIFY(rows.add(table, R"([{"id": "2", "amount": 2, "flag": "yes", "note": 7}])"));
        QVERIFY(rows.add(table, R"([{"id": "abc", "amount": "NaN", "flag": 5, "note": false}])"));
        QVERIFY(rows.add(table, R"([{"id": 2.0, "amount": "Infinity", "flag": "maybe"}])"));
        QVERIFY(rows.add(table, R"([{"id": 2.5}])"));
        // A date-time where a number belongs: a timestamp variant, as dlt names it.
        QVERIFY(rows.add(table, R"([{"id": "2024-01-15T10:30:00Z", "note": 1.0}])"));
        const QList<QVariantMap> data = rows.rows("t");
        QCOMPARE(data[1].value("id").toLongLong(), 2);
        QCOMPARE(data[1].value("amount").toDouble(), 2.0);
        QCOMPARE(data[1].value("flag").toLongLong(), 1);
        QCOMPARE(data[1].value("note").toString(), QStringLiteral("7"));
        QCOMPARE(data[2].value("id__v_text").toString(), QStringLiteral("abc"));
        QCOMPARE(data[2].value("amount__v_text").toString(), QStringLiteral("NaN"));
        QCOMPARE(data[2].value("flag__v_bigint").toLongLong(), 5);
        QCOMPARE(data[2].value("note").toString(), QStringLiteral("False"));
        QCOMPARE(data[3].value("id").toLongLong(), 2);
        QCOMPARE(data[3].value("amount__v_text").toString(), QStringLiteral("Infinity"));
        QCOMPARE(data[3].value("flag__v_text").toString(), QStringLiteral("maybe"));
        QCOMPARE(data[4].value("id__v_double").toDouble(), 2.5);
        QCOMPARE(data[5].value("id__v_timestamp").toString(),
                 QStringLiteral("2024-01-15 10:30:00.000000"));
        // Python's str(1.0).
        QCOMPARE(data[5].value("note").toString(), QStringLiteral("1.0"));
        QCOMPARE(rows.typeOf("t", "id"), QStringLiteral("bigint"));
        QVERIFY(schema.table("t")->column("id__v_text")->variant);
        // A variant refuses a value it cannot hold rather than nesting.
        QVERIFY(rows.add(table, R"([{"id__v_text": "plain"}])"));
        QString error;
        QVERIFY(!rows.add(table, R"([{"id__v_double": "text in a double variant"}])", &error));
        QVERIFY2(error.contains("variant"), qPrintable(error));
    }

    void timestampColumnsCoerceDatesAndEpochs()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        TableSchema* table = root(rows, "t");
        QVERIFY(rows.add(table, R"([{"at": "2024-01-15T10:30:00Z"}, {"at": "2024-02-01"},
                                    {"at": 0}, {"at": "soon"}])"));
        const QList<QVariantMap> data = rows.rows("t");
        QCOMPARE(data[1].value("at").toString(), QStringLiteral("2024-02-01 00:00:00.000000"));
        QCOMPARE(data[2].value("at").toString(), QStringLiteral("1970-01-01 00:00:00.000000"));
        QCOMPARE(data[3].value("at__v_text").toString(), QStringLiteral("soon"));
    }

    void nullOnlyColumnsAreDeferred()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        TableSchema* table = root(rows, "t");
        QVERIFY(rows.add(table, R"([{"a": 1, "later": null, "never": null}])"));
        QVERIFY(!rows.columns("t").contains("later"));
        QCOMPARE(rows.normalizer().nullOnlyColumns(), (QStringList{"t.later", "t.never"}));
        QVERIFY(rows.add(table, R"([{"a": 2, "later": "now"}, {"a": 3, "later": null}])"));
        QCOMPARE(rows.columns("t"), (QStringList{"a", "_dlt_load_id", "_dlt_id", "later"}));
        QVERIFY(rows.rows("t")[2].contains("later"));
        QVERIFY(rows.rows("t")[2].value("later").isNull());
        QCOMPARE(rows.normalizer().nullOnlyColumns(), QStringList{"t.never"});
    }

    void hostileKeysBecomeHarmlessNames()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        const QString longKey(10000, QLatin1Char('k'));
        // Not a raw string: moc misreads escaped quotes inside those.
        const QByteArray json = "[{\"\\\"; DROP TABLE t; --\": 1, \"\": 2, \"   \": 3, "
                                "\"O'Brien\": 4, \"userName\": \"first\", \"user_name\": "
                                "\"second\", \"User-Name\": \"third\", \"_dlt_load_id\": "
                                "\"forged\", \""
            + longKey.toUtf8() + "\": 5}]";
        QVERIFY(rows.add(root(rows, "t"), json));
        const QStringList columns = rows.columns("t");
        // Each trailing "_" becomes "x", as dlt does.
        QVERIFY2(columns.contains("_drop_table_txxx"), qPrintable(columns.first()));
        QVERIFY(columns.contains("_empty"));
        QVERIFY(columns.contains("o_brien"));
        const QVariantMap row = rows.rows("t")[0];
        // Whitespace-only is empty too; keys that normalize alike: the later wins.
        QCOMPARE(row.value("_empty").toLongLong(), 3);
        QCOMPARE(row.value("user_name").toString(), QStringLiteral("third"));
        QCOMPARE(row.value("_dlt_load_id").toString(), QStringLiteral("1700000000.5"));
        // Longer than SQLite's 9999 through dlt: shortened with dlt's tag.
        QString longest;
        for (const QString& column : columns) {
            if (column.size() > longest.size()) {
                longest = column;
            }
        }
        QCOMPARE(longest.size(), RelationalNormalizer::kMaxIdentifierLength);
    }

    void recordsThatAreNotObjects()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "t"), R"([42, "text", [1, 2]])"));
        const QList<QVariantMap> data = rows.rows("t");
        QCOMPARE(data.size(), 3);
        QCOMPARE(data[0].value("value").toLongLong(), 42);
        QCOMPARE(data[1].value("value__v_text").toString(), QStringLiteral("text"));
        QCOMPARE(data[2].value("value__v_json").toString(), QStringLiteral("[1,2]"));
    }

    void integersBeyondSixtyFourBitsKeepEveryDigit()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "t"),
                         R"([{"n": 1, "big": 18446744073709551615}, {"n": 9223372036854775808}])"));
        QCOMPARE(rows.rows("t")[0].value("big").toString(), QStringLiteral("18446744073709551615"));
        QCOMPARE(rows.rows("t")[1].value("n__v_text").toString(),
                 QStringLiteral("9223372036854775808"));
    }

    void deepNestingNeedsNoDeepStack()
    {
        // 10,000 levels: flattened down to the nesting limit, the rest kept
        // as JSON, no recursion beyond it.
        QByteArray json = "[";
        for (int i = 0; i < 10000; ++i) {
            json += "{\"a\":";
        }
        json += "1";
        for (int i = 0; i < 10000; ++i) {
            json += "}";
        }
        json += "]";
        simdjson::dom::parser parser;
        QVERIFY(!parser.allocate(size_t(json.size()), 20000));
        simdjson::dom::element array;
        QCOMPARE(parser.parse(json.constData(), size_t(json.size())).get(array), simdjson::SUCCESS);
        Schema schema;
        RelationalNormalizer normalizer(&schema);
        QString error;
        RelationalNormalizer::TableOptions options;
        options.table = QStringLiteral("deep");
        TableSchema* table = normalizer.prepareTable(options, &error);
        RowBatch batch;
        // Held in a variable: iterating the temporary result dangles (GCC -O2 says so).
        const simdjson::dom::array recordArray = array.get_array().value_unsafe();
        for (simdjson::dom::element record : recordArray) {
            QVERIFY2(normalizer.normalize(table, record, &batch, &error), qPrintable(error));
        }
        QCOMPARE(table->columns().size(), size_t(3));
        const ColumnSchema& column = table->columns()[0];
        QCOMPARE(column.type, DataType::Json);
        // Objects are flattened at levels 1000 down to 1; the object at level 0 is JSON.
        QCOMPARE(column.name.count(QLatin1String("__")), RelationalNormalizer::kDefaultMaxNesting);
    }

    void mergeRootsGiveChildrenTheirRootId()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "m", "merge", {"id"}), R"([{"id": 1, "l": [{"x": [5]}]}])"));
        const QString rootId = rows.rows("m")[0].value("_dlt_id").toString();
        QCOMPARE(rows.rows("m__l")[0].value("_dlt_root_id").toString(), rootId);
        QCOMPARE(rows.rows("m__l__x")[0].value("_dlt_root_id").toString(), rootId);
        QCOMPARE(rows.columns("m__l"),
                 (QStringList{"_dlt_root_id", "_dlt_parent_id", "_dlt_list_idx", "_dlt_id"}));
        const ColumnSchema* id = schema.table("m")->column("id");
        QVERIFY(id->primaryKey);
        QVERIFY(!id->nullable);
        QString error;
        QVERIFY(!rows.add(schema.table("m"), R"([{"other": 1}])", &error));
        QVERIFY2(error.contains("id"), qPrintable(error));
        // A key of another type is said to be one.
        QVERIFY(!rows.add(schema.table("m"), R"([{"id": "A-17"}])", &error));
        QVERIFY2(error.contains("bigint") && error.contains("another type"), qPrintable(error));
    }

    void schemaRoundTripsThroughJson()
    {
        Schema schema(QStringLiteral("rest_api"));
        NormalizedRows rows(&schema);
        QVERIFY(rows.add(root(rows, "t", "merge", {"id"}), R"([{"id": 1, "l": [1]}])"));
        const Schema copy = Schema::fromJson(schema.toJson());
        QCOMPARE(copy.versionHash(), schema.versionHash());
        QCOMPARE(copy.version(), schema.version());
        QCOMPARE(copy.table("t__l")->parent, QStringLiteral("t"));
        QCOMPARE(copy.table("t")->writeDisposition, QStringLiteral("merge"));
        QVERIFY(copy.table("t")->column("id")->primaryKey);
    }
};

QTEST_GUILESS_MAIN(TestRelationalNormalizer)
#include "tst_relationalnormalizer.moc"
