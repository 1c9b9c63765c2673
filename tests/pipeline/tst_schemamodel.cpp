// The schema as a tree model for the dashboard: root tables, their columns,
// their child tables; checked by QAbstractItemModelTester.
#include "NormalizedRows.h"
#include "pipeline/SchemaModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

class TestSchemaModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tablesColumnsAndChildren()
    {
        Schema schema;
        NormalizedRows rows(&schema);
        RelationalNormalizer::TableOptions options;
        options.table = QStringLiteral("users");
        options.writeDisposition = QStringLiteral("merge");
        options.primaryKey = {QStringLiteral("id")};
        QString error;
        TableSchema* users = rows.normalizer().prepareTable(options, &error);
        QVERIFY(rows.add(users, R"([{"id": 1, "n": 1, "pets": [{"name": "x", "toys": ["a"]}]},
                                  {"id": 2, "n": "t"}])"));

        SchemaModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSchema(schema);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex top = model.index(0, 0);
        QCOMPARE(top.data().toString(), QStringLiteral("users"));
        QVERIFY(top.siblingAtColumn(SchemaModel::NotesColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("merge")));
        // id, n, _dlt_load_id, _dlt_id, n__v_text, then the child table.
        QCOMPARE(model.rowCount(top), 6);
        QCOMPARE(model.index(0, 0, top).data().toString(), QStringLiteral("id"));
        QCOMPARE(model.index(0, SchemaModel::TypeColumn, top).data().toString(),
                 QStringLiteral("bigint"));
        QVERIFY(model.index(0, SchemaModel::NotesColumn, top)
                    .data()
                    .toString()
                    .contains(QStringLiteral("primary key")));
        QVERIFY(model.index(4, SchemaModel::NotesColumn, top)
                    .data()
                    .toString()
                    .contains(QStringLiteral("variant")));
        const QModelIndex pets = model.index(5, 0, top);
        QCOMPARE(pets.data().toString(), QStringLiteral("users__pets"));
        QCOMPARE(pets.data(SchemaModel::KindRole).toString(), QStringLiteral("table"));
        QCOMPARE(model.parent(pets), top);
        QCOMPARE(model.indexOfTable(QStringLiteral("users__pets__toys")).parent(), pets);
        QVERIFY(!model.indexOfTable(QStringLiteral("nope")).isValid());

        // A new schema resets the model cleanly.
        model.setSchema(Schema());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSchemaModel)
#include "tst_schemamodel.moc"
