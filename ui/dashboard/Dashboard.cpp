#include "dashboard/Dashboard.h"

#include "browse/BrowseTasks.h"
#include "browse/DatasetReader.h"
#include "browse/LoadStatistics.h"
#include "browse/RowsModel.h"
#include "common/PlainTextLabel.h"
#include "dashboard/LoadsView.h"
#include "dashboard/PlotView.h"
#include "dashboard/RowsView.h"
#include "dashboard/SchemaTreeModel.h"
#include "dashboard/SqlConsole.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

// How often the file is asked whether something committed to it.
constexpr int kWatchMilliseconds = 1000;

} // namespace

Dashboard::Dashboard(const QString& home, QWidget* parent)
    : QWidget(parent)
    , m_home(home)
    , m_reader(new DatasetReader(this))
    , m_tasks(new BrowseTasks(this))
    , m_treeModel(new SchemaTreeModel(this))
    , m_tree(new QTreeView(this))
    , m_tabs(new QTabWidget(this))
    , m_rows(new RowsView(m_tasks, true, this))
    , m_console(new SqlConsole(home, this))
    , m_loads(new LoadsView(this))
    , m_plot(new PlotView(this))
    , m_notice(PlainTextLabel::create(this, "dashboardNotice"))
    , m_pages(new QStackedWidget(this))
    , m_changed(new QTimer(this))
{
    setObjectName(QStringLiteral("dashboard"));
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setModel(m_treeModel);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(m_rows, QString());
    m_tabs->addTab(m_console, QString());
    m_tabs->addTab(m_loads, QString());
    m_tabs->addTab(m_plot, QString());
    m_notice->setAlignment(Qt::AlignCenter);
    m_changed->setSingleShot(true);
    m_changed->setInterval(250);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({380, 900});
    m_pages->addWidget(splitter);
    m_pages->addWidget(m_notice);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    connect(m_reader, &DatasetReader::schemaRead, this, &Dashboard::onSchemaRead);
    connect(m_reader, &DatasetReader::tableCounted, this,
            [this](const QString& table, qint64 n) { m_treeModel->setRowCount(table, n); });
    connect(m_reader, &DatasetReader::countsFinished, this, [this] {
        m_tree->resizeColumnToContents(SchemaTreeModel::RowsSection);
        m_upToDate = true;
        Q_EMIT updated();
    });
    connect(m_reader, &DatasetReader::fileChanged, this, [this] { m_changed->start(); });
    connect(m_changed, &QTimer::timeout, this, &Dashboard::onFileChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& index) {
        const QString table = m_treeModel->tableAt(index);
        if (!table.isEmpty() && table != m_rows->currentTable()) {
            m_rows->showTable(table);
        }
        m_tabs->setCurrentWidget(m_rows);
    });
    connect(m_tree, &QTreeView::clicked, m_tree, &QTreeView::activated);
    connect(m_rows, &RowsView::tableShown, this, [this](const QString& table) {
        const QModelIndex index = m_treeModel->indexOfTable(table);
        if (index.isValid()) {
            m_tree->setCurrentIndex(index);
            m_tree->scrollTo(index);
        }
    });
    connect(m_console, &SqlConsole::fileChanged, this, [this] { m_changed->start(); });
    connect(m_loads, &LoadsView::loadChosen, this, [this](const QString& load) {
        m_rows->filterToLoad(load);
        m_tabs->setCurrentWidget(m_rows);
    });
    connect(m_tasks, &BrowseTasks::finished, this,
            [this](quint64 task, const QVariant& answer, const QString& error) {
                if (task != m_statisticsTask) {
                    return;
                }
                m_statisticsTask = 0;
                if (error.isEmpty()) {
                    m_loads->showStatistics(answer.value<LoadStatistics>());
                } else {
                    m_loads->showError(error);
                }
            });
    connect(m_tabs, &QTabWidget::currentChanged, this, &Dashboard::onTabChanged);
    for (RowsView* view : {m_rows, m_console->result()}) {
        connect(view, &RowsView::message, this, &Dashboard::message);
    }
    connect(m_loads, &LoadsView::message, this, &Dashboard::message);
    connect(m_plot, &PlotView::message, this, &Dashboard::message);
    retranslateUi();
    m_pages->setCurrentWidget(m_notice);
}

Dashboard::~Dashboard() = default;

void Dashboard::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Rows"));
    m_tabs->setTabText(1, tr("S&QL"));
    m_tabs->setTabText(2, tr("Loads and S&tate"));
    m_tabs->setTabText(3, tr("Pl&ot"));
    m_tabs->setAccessibleName(tr("Views of the data"));
    m_tree->setAccessibleName(tr("Tables of the dataset"));
    m_notice->setAccessibleName(tr("Dataset notice"));
    if (!m_serverSchema.isEmpty()) {
        m_notice->setText(
            tr("This pipeline loads into the schema %1 of %2, not into a file, so its data is "
               "not shown here. Open it with PostgreSQL's own tools, for example:\n\n"
               "psql \"%3\"\nSET search_path TO \"%1\";")
                .arg(m_serverSchema, m_server, m_serverUrl));
    } else if (m_path.isEmpty()) {
        m_notice->setText(tr("No data to show."));
    } else if (!QFileInfo::exists(m_path)) {
        m_notice->setText(tr("No data yet: %1 does not exist. Run the pipeline to load data "
                             "into it; it shows here as soon as the first load commits.")
                              .arg(QDir::toNativeSeparators(m_path)));
    }
}

void Dashboard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void Dashboard::setServerDataset(const QString& schema, const QString& server, const QString& url)
{
    setDatabase(QString());
    m_serverSchema = schema;
    m_server = server;
    m_serverUrl = url;
    retranslateUi();
}

void Dashboard::setDatabase(const QString& path)
{
    m_serverSchema.clear();
    if (path == m_path && m_upToDate) {
        return;
    }
    const bool sameFile = path == m_path;
    m_path = path;
    m_upToDate = false;
    m_statisticsStale = true;
    if (m_folder) {
        m_folder->deleteLater();
        m_folder = nullptr;
    }
    if (path.isEmpty() || !QFileInfo::exists(path)) {
        // Nothing of the file shown before may come back: a read under way,
        // a change noticed a moment ago.
        m_reader->stop();
        m_changed->stop();
    }
    if (path.isEmpty()) {
        m_reader->watch(0);
        m_pages->setCurrentWidget(m_notice);
        retranslateUi();
        return;
    }
    if (!QFileInfo::exists(path)) {
        m_reader->watch(0);
        m_pages->setCurrentWidget(m_notice);
        retranslateUi();
        watchForTheFile();
        return;
    }
    if (!sameFile || !m_rows->model()->rowCount()) {
        m_rows->setDatabase(path);
        m_tasks->setDatabase(path);
        m_console->setDatabase(path);
    }
    m_reader->read(path);
    m_reader->watch(kWatchMilliseconds);
}

void Dashboard::watchForTheFile()
{
    // A pipeline that has not run: the file appears with its first load.
    m_folder = new QFileSystemWatcher(this);
    const QString folder = QFileInfo(m_path).absolutePath();
    m_folder->addPath(folder);
    connect(m_folder, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (QFileInfo::exists(m_path)) {
            const QString path = m_path;
            m_path.clear();
            setDatabase(path);
        }
    });
}

void Dashboard::refresh()
{
    if (!m_path.isEmpty()) {
        if (!QFileInfo::exists(m_path) || m_pages->currentWidget() == m_notice) {
            const QString path = m_path;
            m_path.clear();
            setDatabase(path);
        } else {
            onFileChanged();
        }
    }
}

void Dashboard::onFileChanged()
{
    if (m_path.isEmpty()) {
        return;
    }
    m_upToDate = false;
    m_statisticsStale = true;
    m_reader->read(m_path);
    m_rows->refresh();
    if (m_tabs->currentWidget() == m_loads) {
        readStatistics();
    }
}

void Dashboard::onSchemaRead(const DatasetSchema& schema, const QString& error)
{
    if (!error.isEmpty()) {
        m_notice->setText(error);
        m_pages->setCurrentWidget(m_notice);
        m_upToDate = true;
        Q_EMIT updated();
        return;
    }
    m_pages->setCurrentIndex(0);
    const QString shown = m_rows->currentTable();
    m_treeModel->setSchema(schema);
    m_tree->expandToDepth(0);
    for (int column = 0; column < m_treeModel->columnCount(); ++column) {
        m_tree->resizeColumnToContents(column);
    }
    m_rows->setSchema(schema);
    QStringList tables;
    QStringList columns;
    for (const DatasetTable& table : schema.tables()) {
        tables << table.name;
        for (const DatasetColumn& column : table.columns) {
            if (!columns.contains(column.name)) {
                columns << column.name;
            }
        }
    }
    m_console->setNames(tables, columns);
    if (shown.isEmpty() || !schema.table(shown)) {
        const QStringList roots = schema.roots();
        if (!roots.isEmpty()) {
            m_rows->showTable(roots.first());
        }
    }
    if (m_tabs->currentWidget() == m_loads && m_statisticsStale) {
        readStatistics();
    }
}

void Dashboard::readStatistics()
{
    if (m_statisticsTask) {
        m_tasks->cancel(m_statisticsTask);
    }
    m_statisticsStale = false;
    m_loads->showReading();
    const DatasetSchema schema = m_treeModel->schema();
    m_statisticsTask = m_tasks->post([schema](BrowseConnection& connection,
                                              BrowseTasks::Control& control,
                                              QString* error) -> QVariant {
        const auto statistics = LoadStatistics::read(connection, schema, control.cancelled, error);
        return statistics ? QVariant::fromValue(*statistics) : QVariant();
    });
}

void Dashboard::onTabChanged()
{
    QWidget* current = m_tabs->currentWidget();
    if (current == m_loads && m_statisticsStale && m_pages->currentIndex() == 0) {
        readStatistics();
    } else if (current == m_plot) {
        // The grid last worked with: the console's result once a query ran
        // and was looked at, else the table.
        if (m_plotFromConsole && m_console->result()->model()->rowCount() > 0) {
            m_plot->setSource(m_console->resultTasks(), m_console->result()->model(),
                              tr("the result of the SQL console"));
        } else {
            m_plot->setSource(m_tasks, m_rows->model(), m_rows->description());
        }
    } else if (current == m_console) {
        m_plotFromConsole = true;
    } else if (current == m_rows) {
        m_plotFromConsole = false;
    }
}

void Dashboard::showTable(const QString& table)
{
    m_rows->showTable(table);
    m_tabs->setCurrentWidget(m_rows);
}
