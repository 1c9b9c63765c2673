// The dashboard as a person uses it, offscreen, on files the real Loader
// made: the tree against the file, filters typed under the headers, sorting
// by a click, following rows, a record as JSON, the SQL console's refusal
// and stop, export, loads and plots, and a dashboard that follows a
// grantline-cli load made while it is open.
#include "AccessibleNames.h"
#include "DatasetFiles.h"
#include "Screenshots.h"

#include "browse/QueryRunner.h"
#include "browse/RowsModel.h"
#include "common/FileChooser.h"
#include "dashboard/Dashboard.h"
#include "dashboard/DatabaseWindow.h"
#include "dashboard/FilterHeader.h"
#include "dashboard/LoadsView.h"
#include "dashboard/PlotView.h"
#include "dashboard/RowsView.h"
#include "dashboard/SchemaTreeModel.h"
#include "dashboard/SqlConsole.h"
#include "dashboard/SqlEditor.h"
#include "dashboard/ValueViewer.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QCryptographicHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <qcustomplot.h>

using namespace Qt::StringLiterals;

namespace {

QJsonObject reading(int i)
{
    QJsonArray members;
    for (int m = 0; m < i % 3; ++m) {
        members << QJsonObject{{u"name"_s, u"m%1"_s.arg(m)},
                               {u"tags"_s, QJsonArray{u"a"_s, u"b%1"_s.arg(m)}}};
    }
    return QJsonObject{{u"id"_s, i},
                       {u"name"_s, u"reading %1"_s.arg(i % 97)},
                       {u"score"_s, (i % 41) * 0.5 + 0.25},
                       {u"meta"_s, QJsonObject{{u"source"_s, i % 2 ? u"east"_s : u"west"_s}}},
                       {u"members"_s, members}};
}

QByteArray readings(int from, int count)
{
    QJsonArray records;
    for (int i = from; i < from + count; ++i) {
        records << reading(i);
    }
    return QJsonDocument(records).toJson(QJsonDocument::Compact);
}

qint64 sqliteCount(const QString& path, const QString& rest)
{
    return DatasetFiles::sqlite3Rows(path, {u"n"_s}, u"FROM (SELECT count(*) AS n %1)"_s.arg(rest))
        .at(0)
        .toArray()
        .at(0)
        .toInteger(-1);
}

} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<DatabaseWindow> m_window;

    Dashboard* dashboard() const
    {
        return m_window->dashboard();
    }
    RowsView* rows() const
    {
        return dashboard()->rows();
    }

public:
    // Waits until the dashboard has read the file and the grid has counted.
    static bool settled(Dashboard* board)
    {
        return QTest::qWaitFor(
            [board] {
                return board->isUpToDate() && !board->rows()->model()->isCounting()
                    && board->rows()->model()->rowCount() >= 0;
            },
            20000);
    }

    static bool rowRead(RowsModel* model, int row)
    {
        model->index(row, 0).data();
        return QTest::qWaitFor(
            [&] { return model->index(row, 0).data(RowsModel::LoadedRole).toBool(); }, 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GrantlineTests"_s);
        QCoreApplication::setApplicationName(u"tst_dashboard"_s);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"readings.db"_s);
        DatasetFiles::Table table;
        table.name = u"readings"_s;
        QString error;
        QVERIFY2(DatasetFiles::load(m_path, table, readings(0, 5000), &error), qPrintable(error));
        // The second load keeps an incremental cursor, as a run does.
        const QJsonObject cursor{{u"readings"_s,
                                  QJsonObject{{u"cursor_path"_s, u"id"_s},
                                              {u"initial_value"_s, 0},
                                              {u"last_value"_s, 5999},
                                              {u"unique_hashes"_s, QJsonArray{}}}}};
        QVERIFY2(DatasetFiles::load(m_path, table, readings(5000, 1000), &error, cursor),
                 qPrintable(error));
    }

    void init()
    {
        m_window = std::make_unique<DatabaseWindow>(m_dir.path(), m_path);
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(settled(dashboard()));
    }

    void cleanup()
    {
        m_window.reset();
    }

    void theTreeHasEveryTableNestedAsDltNestsThem()
    {
        SchemaTreeModel* tree = dashboard()->treeModel();
        // Data tables at the top, dlt's under their own node.
        QStringList top;
        for (int row = 0; row < tree->rowCount(); ++row) {
            top << tree->index(row, 0).data().toString();
        }
        QCOMPARE(top.first(), u"readings"_s);
        QCOMPARE(top.size(), 2);
        const QModelIndex readingsIndex = tree->indexOfTable(u"readings"_s);
        const QModelIndex members = tree->indexOfTable(u"readings__members"_s);
        const QModelIndex tags = tree->indexOfTable(u"readings__members__tags"_s);
        QCOMPARE(members.parent(), readingsIndex);
        QCOMPARE(tags.parent(), members);
        // Every table of the file is in the tree, with sqlite3's count.
        const QJsonArray names = DatasetFiles::sqlite3Rows(
            m_path, {u"name"_s}, u"FROM sqlite_master WHERE type = 'table'"_s);
        for (const QJsonValue& name : names) {
            const QString table = name.toArray().at(0).toString();
            const QModelIndex index = tree->indexOfTable(table);
            QVERIFY2(index.isValid(), qPrintable(table));
            const QModelIndex count = index.siblingAtColumn(SchemaTreeModel::RowsSection);
            QCOMPARE(count.data(Qt::UserRole).toLongLong(),
                     sqliteCount(m_path, u"FROM \"%1\""_s.arg(table)));
        }
        // Columns: type, keys and variants in the details.
        QModelIndex columns = tree->index(0, 0, readingsIndex);
        QVERIFY(columns.data().toString().startsWith(u"Columns"_s));
        QStringList details;
        for (int row = 0; row < tree->rowCount(columns); ++row) {
            details << tree->index(row, 0, columns).data().toString() + u": "_s
                    + tree->index(row, 1, columns).data().toString();
        }
        QVERIFY2(details.contains(u"score: double (FLOAT)"_s), qPrintable(details.join(u", "_s)));
        QVERIFY2(details.contains(u"meta__source: text (TEXT)"_s),
                 qPrintable(details.join(u", "_s)));
        QVERIFY(Screenshots::save(*m_window, u"dashboard-rows"_s));
    }

    void typingAFilterUnderAHeaderFiltersLikeSqlite()
    {
        FilterHeader* header = rows()->filterHeader();
        const int score = int(rows()->model()->query().columns.indexOf(u"score"_s));
        QLineEdit* box = header->editor(score);
        QVERIFY(box);
        QCOMPARE(box->accessibleName(), u"Filter of column score"_s);
        box->setFocus();
        QTest::keyClicks(box, u">15.25"_s);
        QTest::keyClick(box, Qt::Key_Return);
        QTRY_VERIFY(!rows()->model()->query().filters.isEmpty());
        QTRY_VERIFY(!rows()->model()->isCounting());
        QCOMPARE(qint64(rows()->model()->rowCount()),
                 sqliteCount(m_path, u"FROM readings WHERE score > 15.25"_s));
        // A second filter, combined; then one that cannot be read.
        const int name = int(rows()->model()->query().columns.indexOf(u"name"_s));
        header->editor(name)->setFocus();
        QTest::keyClicks(header->editor(name), u"%ing 1%|reading 5"_s);
        QTest::keyClick(header->editor(name), Qt::Key_Return);
        QTRY_COMPARE(rows()->model()->query().filters.size(), 2);
        QTRY_VERIFY(!rows()->model()->isCounting());
        QCOMPARE(qint64(rows()->model()->rowCount()),
                 sqliteCount(m_path,
                             u"FROM readings WHERE score > 15.25 AND (name LIKE "
                             "'%ing 1%' OR name = 'reading 5')"_s));
        header->editor(score)->setText(u">"_s);
        QTest::keyClick(header->editor(score), Qt::Key_Return);
        QTRY_VERIFY(!header->editor(score)->accessibleDescription().isEmpty());
        auto* status = rows()->findChild<QLabel*>(u"rowsStatus"_s);
        QVERIFY2(status->text().contains(u"left out"_s), qPrintable(status->text()));
        // The filters typed are offered again.
        QVERIFY(
            QSettings().value(u"dashboard/filterHistory"_s).toStringList().contains(u">15.25"_s));
        QTRY_VERIFY(!rows()->model()->isCounting() && rows()->model()->rowCount() > 0);
        QVERIFY(rowRead(rows()->model(), 0));
        QVERIFY(Screenshots::save(*m_window, u"dashboard-filters"_s));
    }

    void clickingAHeaderSortsLikeSqlite()
    {
        QHeaderView* header = rows()->table()->horizontalHeader();
        const int name = int(rows()->model()->query().columns.indexOf(u"name"_s));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(name) + 10, 8));
        QTRY_COMPARE(rows()->model()->query().sortColumn, name);
        QVERIFY(rowRead(rows()->model(), 0));
        const QJsonArray first = DatasetFiles::sqlite3Rows(
            m_path, {u"rowid"_s}, u"FROM readings ORDER BY name, rowid LIMIT 1"_s);
        QCOMPARE(rows()->model()->rowid(0), first.at(0).toArray().at(0).toInteger());
        // The last row is a keyed read too.
        QTRY_VERIFY(!rows()->model()->isCounting());
        const int last = rows()->model()->rowCount() - 1;
        rows()->table()->scrollToBottom();
        QVERIFY(rowRead(rows()->model(), last));
        const QJsonArray lastRow = DatasetFiles::sqlite3Rows(
            m_path, {u"rowid"_s}, u"FROM readings ORDER BY name DESC, rowid DESC LIMIT 1"_s);
        QCOMPARE(rows()->model()->rowid(last), lastRow.at(0).toArray().at(0).toInteger());
    }

    void followingChildAndParentRowsWithBackAndForward()
    {
        RowsModel* model = rows()->model();
        // Row 3 (id 2) has two members.
        QVERIFY(rowRead(model, 2));
        rows()->table()->setFocus();
        rows()->table()->setCurrentIndex(model->index(2, 0));
        QVERIFY(rows()->childActions().size() == 1);
        QTest::keyClick(rows()->table(), Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(rows()->currentTable(), u"readings__members"_s);
        QTRY_VERIFY(!model->isCounting());
        QCOMPARE(model->rowCount(), 2);
        QVERIFY(rowRead(model, 1));
        rows()->table()->setCurrentIndex(model->index(1, 0));
        // Down again to the tags of the second member, then up twice.
        QTest::keyClick(rows()->table(), Qt::Key_Down, Qt::AltModifier);
        QTRY_COMPARE(rows()->currentTable(), u"readings__members__tags"_s);
        QTRY_COMPARE(model->rowCount(), 2);
        QVERIFY(rowRead(model, 0));
        rows()->table()->setCurrentIndex(model->index(0, 0));
        QTest::keyClick(rows()->table(), Qt::Key_Up, Qt::AltModifier);
        QTRY_COMPARE(rows()->currentTable(), u"readings__members"_s);
        QTRY_COMPARE(model->rowCount(), 1);
        QVERIFY(rowRead(model, 0));
        const int nameColumn = int(model->query().columns.indexOf(u"name"_s));
        QCOMPARE(model->index(0, nameColumn).data().toString(), u"m1"_s);
        // Back and forward go through the rows followed.
        QVERIFY(rows()->backAction()->isEnabled());
        rows()->backAction()->trigger();
        QTRY_COMPARE(rows()->currentTable(), u"readings__members__tags"_s);
        rows()->backAction()->trigger();
        rows()->backAction()->trigger();
        QTRY_COMPARE(rows()->currentTable(), u"readings"_s);
        QVERIFY(!rows()->backAction()->isEnabled());
        rows()->forwardAction()->trigger();
        QTRY_COMPARE(rows()->currentTable(), u"readings__members"_s);
        // The tree follows the table shown.
        QCOMPARE(dashboard()->treeModel()->tableAt(dashboard()->tree()->currentIndex()),
                 u"readings__members"_s);
    }

    void aRecordIsShownAsTheApiSentIt()
    {
        RowsModel* model = rows()->model();
        QVERIFY(rowRead(model, 4));
        rows()->table()->setFocus();
        rows()->table()->setCurrentIndex(model->index(4, 0));
        QTest::keyClick(rows()->table(), Qt::Key_J, Qt::ControlModifier);
        QVERIFY(rows()->viewer());
        QTRY_VERIFY(rows()->viewer()->text().startsWith(u'{'));
        const QJsonObject shown =
            QJsonDocument::fromJson(rows()->viewer()->text().toUtf8()).object();
        QCOMPARE(shown, reading(4));
        QVERIFY(Screenshots::save(*rows()->viewer(), u"dashboard-record-json"_s));
        rows()->viewer()->close();
    }

    void theConsoleRefusesAWriteAndStopsALongQuery()
    {
        dashboard()->tabs()->setCurrentWidget(dashboard()->console());
        SqlConsole* console = dashboard()->console();
        const QByteArray before = DatasetFiles::fileHash(m_path);
        console->editor()->setFocus();
        console->editor()->setPlainText(u"DELETE FROM readings"_s);
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!console->runner()->isRunning());
        QTRY_VERIFY(console->statusLabel()->text().contains(u"read-only"_s));
        QCOMPARE(DatasetFiles::fileHash(m_path), before);
        QVERIFY(!console->allowWriting()->isChecked());
        // A query that never ends, stopped with Esc.
        console->editor()->setPlainText(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT "
                                        "x + 1 FROM c) SELECT count(*) FROM c"_s);
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(console->runner()->isRunning());
        QTest::qWait(200);
        QTest::keyClick(console->editor(), Qt::Key_Escape);
        QTRY_VERIFY_WITH_TIMEOUT(!console->runner()->isRunning(), 10000);
        QVERIFY2(console->statusLabel()->text().startsWith(u"Stopped"_s),
                 qPrintable(console->statusLabel()->text()));
        // A result in the lazy grid, and an error placed in the text.
        console->editor()->setPlainText(
            u"SELECT meta__source, count(*) AS n FROM readings GROUP BY 1 ORDER BY 1"_s);
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(console->result()->model()->rowCount(), 2);
        QVERIFY(rowRead(console->result()->model(), 1));
        QCOMPARE(console->result()->model()->index(1, 1).data().toLongLong(),
                 sqliteCount(m_path, u"FROM readings WHERE meta__source = 'west'"_s));
        QVERIFY(Screenshots::save(*m_window, u"dashboard-sql"_s));
        // The result exports like a table (its reads open the result file).
        const QString exported = m_dir.filePath(u"result.csv"_s);
        FileChooser::setNextFileName(exported);
        console->result()->exportAction()->trigger();
        QTRY_VERIFY(QFile::exists(exported));
        QFile csv(exported);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().trimmed().split('\n').size(), 3);
        console->editor()->setPlainText(u"SELECT nope FROM readings"_s);
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(console->statusLabel()->text().startsWith(u"Line 1, column 8"_s));
        QCOMPARE(console->editor()->extraSelections().size(), 1);
        // The history keeps what ran, newest first.
        QCOMPARE(console->history()->itemData(1).toString(), u"SELECT nope FROM readings"_s);
    }

    void completionOffersTheTablesAndColumns()
    {
        SqlConsole* console = dashboard()->console();
        dashboard()->tabs()->setCurrentWidget(console);
        console->editor()->setFocus();
        console->editor()->clear();
        QTest::keyClicks(console->editor(), u"SELECT * FROM read"_s);
        QCompleter* completer = console->editor()->completer();
        QTRY_VERIFY(completer->popup()->isVisible());
        QStringList offered;
        for (int i = 0; i < completer->completionCount(); ++i) {
            completer->setCurrentRow(i);
            offered << completer->currentCompletion();
        }
        QVERIFY2(offered.contains(u"readings__members"_s), qPrintable(offered.join(u' ')));
        QTest::keyClick(completer->popup(), Qt::Key_Return);
        QVERIFY(console->editor()->toPlainText().startsWith(u"SELECT * FROM readings"_s));
    }

    void aCellIsShownWholeAndJsonPrettyPrinted()
    {
        SqlConsole* console = dashboard()->console();
        dashboard()->tabs()->setCurrentWidget(console);
        console->editor()->setFocus();
        console->editor()->setPlainText(
            u"SELECT json_object('name', 'x', 'tags', json_array(1, 2)) AS j, "
            "printf('%.*c', 2000, 'a') AS long_text"_s);
        QTest::keyClick(console->editor(), Qt::Key_Return, Qt::ControlModifier);
        RowsModel* result = console->result()->model();
        QTRY_COMPARE(result->rowCount(), 1);
        QVERIFY(rowRead(result, 0));
        QTableView* grid = console->result()->table();
        grid->setFocus();
        grid->setCurrentIndex(result->index(0, 0));
        QTest::keyClick(grid, Qt::Key_F3);
        ValueViewer* viewer = console->result()->viewer();
        QVERIFY(viewer);
        QTRY_COMPARE(
            viewer->text(),
            u"{\n    \"name\": \"x\",\n    \"tags\": [\n        1,\n        2\n    ]\n}"_s);
        // A long text: the grid has its start, the viewer all of it.
        QVERIFY(result->index(0, 1).data(RowsModel::CutRole).toBool());
        grid->setCurrentIndex(result->index(0, 1));
        QTest::keyClick(grid, Qt::Key_F3);
        QTRY_COMPARE(viewer->text(), QString(2000, u'a'));
        viewer->close();
    }

    void copyingCellsGivesTabSeparatedWholeValues()
    {
        RowsModel* model = rows()->model();
        QVERIFY(rowRead(model, 3));
        const int id = int(model->query().columns.indexOf(u"id"_s));
        const int name = int(model->query().columns.indexOf(u"name"_s));
        QTableView* grid = rows()->table();
        grid->setFocus();
        grid->setCurrentIndex(model->index(2, id));
        grid->selectionModel()->select(
            QItemSelection(model->index(2, qMin(id, name)), model->index(3, qMax(id, name))),
            QItemSelectionModel::ClearAndSelect);
        QApplication::clipboard()->clear();
        QTest::keyClick(grid, Qt::Key_C, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::clipboard()->text().isEmpty());
        // The selected columns in the grid's order, one row a line.
        QStringList expected;
        for (int row = 2; row <= 3; ++row) {
            QStringList cells;
            for (int column = qMin(id, name); column <= qMax(id, name); ++column) {
                cells << model->index(row, column).data().toString();
            }
            expected << cells.join(u'\t');
        }
        QCOMPARE(QApplication::clipboard()->text(), expected.join(u'\n') + u'\n');
        auto* status = rows()->findChild<QLabel*>(u"rowsStatus"_s);
        QTRY_VERIFY(status->text().startsWith(u"Copied 2 row"_s));
    }

    void anExportEqualsTheRowsShown()
    {
        const int id = int(rows()->model()->query().columns.indexOf(u"id"_s));
        rows()->filterHeader()->editor(id)->setText(u"<100"_s);
        QTest::keyClick(rows()->filterHeader()->editor(id), Qt::Key_Return);
        QTRY_VERIFY(!rows()->model()->isCounting());
        QCOMPARE(rows()->model()->rowCount(), 100);
        const QString path = m_dir.filePath(u"export.jsonl"_s);
        FileChooser::setNextFileName(path);
        rows()->exportAction()->trigger();
        auto* status = rows()->findChild<QLabel*>(u"rowsStatus"_s);
        QTRY_VERIFY(status->text().startsWith(u"Wrote"_s));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 100);
        QCOMPARE(QJsonDocument::fromJson(lines.at(7)).object().value(u"id"_s).toInt(), 7);
    }

    void loadsAndStateShowEachLoadAndExportTheCharts()
    {
        dashboard()->tabs()->setCurrentWidget(dashboard()->loads());
        LoadsView* loads = dashboard()->loads();
        QTRY_COMPARE(loads->loadsTable()->model()->rowCount(), 2);
        // The state's cursor, readable.
        QCOMPARE(loads->stateTable()->model()->rowCount(), 1);
        QCOMPARE(loads->stateTable()->model()->index(0, 0).data().toString(), u"readings"_s);
        QCOMPARE(loads->stateTable()->model()->index(0, 1).data().toString(), u"id"_s);
        QCOMPARE(loads->stateTable()->model()->index(0, 2).data().toString(), u"5999"_s);
        // The second load's rows per table, child tables included.
        QCustomPlot* chart = loads->rowsChart();
        QCOMPARE(chart->plottableCount(), 3);
        double second = 0;
        for (int i = 0; i < chart->plottableCount(); ++i) {
            auto* bars = qobject_cast<QCPBars*>(chart->plottable(i));
            second += bars->data()->at(1)->value;
        }
        QCOMPARE(qint64(second),
                 sqliteCount(m_path, u"FROM readings WHERE id >= 5000"_s)
                     + sqliteCount(m_path,
                                   u"FROM readings__members AS m JOIN readings AS r ON "
                                   "m._dlt_parent_id = r._dlt_id WHERE r.id >= 5000"_s)
                     + sqliteCount(m_path,
                                   u"FROM readings__members__tags AS t JOIN "
                                   "readings__members AS m ON t._dlt_parent_id = "
                                   "m._dlt_id JOIN readings AS r ON m._dlt_parent_id = "
                                   "r._dlt_id WHERE r.id >= 5000"_s));
        QVERIFY(Screenshots::save(*m_window, u"dashboard-loads"_s));
        for (const QString& name : {u"chart.png"_s, u"chart.svg"_s, u"chart.pdf"_s}) {
            const QString path = m_dir.filePath(name);
            FileChooser::setNextFileName(path);
            loads->exportChart();
            QVERIFY2(QFileInfo(path).size() > 500, qPrintable(name));
        }
        QFile svg(m_dir.filePath(u"chart.svg"_s));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
        // A load chosen shows its rows in the Rows tab.
        loads->loadsTable()->setCurrentIndex(loads->loadsTable()->model()->index(1, 0));
        loads->findChild<QPushButton*>(u"showLoadRowsButton"_s)->click();
        QCOMPARE(dashboard()->tabs()->currentWidget(), rows());
        QTRY_VERIFY(!rows()->model()->isCounting());
        QCOMPARE(rows()->model()->rowCount(), 1000);
    }

    void aPlotOfTwoColumns()
    {
        dashboard()->tabs()->setCurrentWidget(dashboard()->plot());
        PlotView* plot = dashboard()->plot();
        plot->xColumn()->setCurrentText(u"id"_s);
        plot->yColumn()->setCurrentText(u"score"_s);
        plot->kind()->setCurrentIndex(int(PlotView::Kind::Scatter));
        QSignalSpy plotted(plot, &PlotView::plotted);
        plot->findChild<QPushButton*>(u"plotButton"_s)->click();
        QVERIFY(plotted.wait());
        QCOMPARE(plot->sample().x.size(), 6000);
        QVERIFY(!plot->sample().isPartial());
        QVERIFY(plot->coverage()->text().contains(u"6,000"_s)
                || plot->coverage()->text().contains(u"6000"_s));
        QCOMPARE(plot->chart()->graphCount(), 1);
        QVERIFY(Screenshots::save(*m_window, u"dashboard-plot"_s));
    }

    void aLoadByGrantlineCliShowsWhileTheDashboardIsOpen()
    {
        const QString path = m_dir.filePath(u"live.db"_s);
        DatasetFiles::Table table;
        table.name = u"readings"_s;
        QVERIFY(DatasetFiles::load(path, table, readings(0, 300)));
        DatabaseWindow window(m_dir.path(), path);
        window.show();
        QVERIFY(settled(window.dashboard()));
        QCOMPARE(window.dashboard()->rows()->model()->rowCount(), 300);
        QSignalSpy updated(window.dashboard(), &Dashboard::updated);
        QFile jsonl(m_dir.filePath(u"more.jsonl"_s));
        QVERIFY(jsonl.open(QIODevice::WriteOnly));
        for (int i = 300; i < 450; ++i) {
            jsonl.write(QJsonDocument(reading(i)).toJson(QJsonDocument::Compact) + '\n');
        }
        jsonl.close();
        // The console holds a read open the whole time (a query that never
        // ends): in WAL mode the load commits all the same.
        SqlConsole* console = window.dashboard()->console();
        console->editor()->setPlainText(u"WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT "
                                        "x + 1 FROM c) SELECT x FROM c, readings"_s);
        console->run();
        QTRY_VERIFY(console->runner()->isRunning());
        QProcess cli;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GRANTLINE_HOME"_s, m_dir.filePath(u"cli-home"_s));
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(GRANTLINE_CLI_PATH),
                  {u"import"_s, jsonl.fileName(), u"--db"_s, path, u"--table"_s, u"readings"_s});
        // The dashboard's readers never make the load wait.
        QVERIFY(cli.waitForFinished(60000));
        QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
        QTRY_VERIFY_WITH_TIMEOUT(!updated.isEmpty(), 10000);
        QTRY_COMPARE(window.dashboard()->rows()->model()->rowCount(), 450);
        const QModelIndex count = window.dashboard()
                                      ->treeModel()
                                      ->indexOfTable(u"readings"_s)
                                      .siblingAtColumn(SchemaTreeModel::RowsSection);
        QTRY_COMPARE(count.data(Qt::UserRole).toLongLong(), 450);
        QVERIFY(console->runner()->isRunning());
        console->stop();
        QTRY_VERIFY(!console->runner()->isRunning());
    }

    void aFileThatIsNotADatabaseSaysSo()
    {
        const QString path = m_dir.filePath(u"page.db"_s);
        QVERIFY(DatasetFiles::writeErrorPage(path));
        DatabaseWindow window(m_dir.path(), path);
        window.show();
        QTRY_VERIFY(window.dashboard()->notice()->isVisible());
        QTRY_VERIFY(window.dashboard()->notice()->text().contains(u"not a SQLite database"_s));
        QCOMPARE(DatasetFiles::fileHash(path).isEmpty(), false);
    }

    void aServerDatasetIsNotOverwrittenByTheFileReadBefore()
    {
        // The destination changes to a server while the file is being read
        // (and a commit was just noticed): the notice stays, the file's
        // tables never come back.
        Dashboard board(m_dir.path());
        board.show();
        board.setDatabase(m_path);
        board.refresh();
        board.setServerDataset(u"shop"_s, u"database dw on pg.local:5432"_s,
                               u"postgresql://etl@pg.local:5432/dw"_s);
        QTest::qWait(1600);
        QVERIFY(board.notice()->isVisible());
        QVERIFY2(board.notice()->text().startsWith(u"This pipeline loads into the schema shop of "
                                                   "database dw on pg.local:5432"_s),
                 qPrintable(board.notice()->text()));
        QCOMPARE(board.treeModel()->rowCount(), 0);
        // And back to the file: its tables again.
        board.setDatabase(m_path);
        QTRY_VERIFY(board.isUpToDate() && board.treeModel()->rowCount() > 0);
        QVERIFY(!board.notice()->isVisible());
    }

    void whatTheFileSaysIsShownAsTextNeverAsMarkup()
    {
        // Table and column names, errors and the state come from the file:
        // "<b>" in a column name stays "<b>".
        for (const char* name : {"rowsTrail", "rowsStatus", "sqlStatus", "dashboardNotice",
                                 "loadsStatus", "stateSummary", "plotSource", "plotCoverage"}) {
            auto* label = m_window->findChild<QLabel*>(QLatin1String(name));
            QVERIFY2(label, name);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }

    void everyControlAndViewHasAName()
    {
        // Each tab in turn: what is hidden is not checked.
        for (int tab = 0; tab < dashboard()->tabs()->count(); ++tab) {
            dashboard()->tabs()->setCurrentIndex(tab);
            QApplication::processEvents();
            const QStringList unnamed =
                unnamedViews(m_window.get()) + unnamedControls(m_window.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
        }
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
