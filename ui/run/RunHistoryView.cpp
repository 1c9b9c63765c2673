#include "run/RunHistoryView.h"

#include "common/PlainTextLabel.h"
#include "run/RunHistoryModel.h"

#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

RunHistoryView::RunHistoryView(QWidget* parent)
    : QWidget(parent)
    , m_model(new RunHistoryModel(this))
    , m_table(new QTableView(this))
    , m_details(new QPlainTextEdit(this))
    , m_status(PlainTextLabel::create(this, "runHistoryStatus"))
{
    setObjectName(QStringLiteral("runHistory"));
    m_table->setObjectName(QStringLiteral("runHistoryTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details->setObjectName(QStringLiteral("runHistoryDetails"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RunHistoryView::showDetails);
    connect(&m_watcher, &QFutureWatcher<RunRecords::Result>::finished, this,
            &RunHistoryView::onRead);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    retranslateUi();
}

RunHistoryView::~RunHistoryView()
{
    // The pool's read ends on its own; nothing waits for it.
    disconnect(&m_watcher, nullptr, this, nullptr);
}

RunHistoryModel* RunHistoryView::model() const
{
    return m_model;
}

QTableView* RunHistoryView::table() const
{
    return m_table;
}

QString RunHistoryView::shownDetails() const
{
    return m_details->toPlainText();
}

bool RunHistoryView::isReading() const
{
    return m_watcher.isRunning();
}

void RunHistoryView::clear()
{
    m_pipelinePath.clear();
    m_readAgain = false;
    m_model->setEntries({}, QString());
    m_details->clear();
    m_problem.clear();
    retranslateUi();
}

void RunHistoryView::refresh(const QString& pipelineName, const QString& pipelinePath,
                             const QString& databasePath)
{
    if (pipelinePath != m_pipelinePath) {
        m_model->setEntries({}, QString());
        m_details->clear();
    }
    m_pipelineName = pipelineName;
    m_pipelinePath = pipelinePath;
    m_databasePath = databasePath;
    if (m_watcher.isRunning()) {
        m_readAgain = true;
        return;
    }
    startReading();
}

void RunHistoryView::startReading()
{
    m_readAgain = false;
    m_watcher.setFuture(RunRecords::readLater(m_pipelinePath, m_databasePath));
    retranslateUi();
}

void RunHistoryView::onRead()
{
    if (m_readAgain) {
        // What was read may be another pipeline's, or already old.
        startReading();
        return;
    }
    if (m_pipelinePath.isEmpty() || m_watcher.future().resultCount() == 0) {
        return;
    }
    const RunRecords::Result result = m_watcher.result();
    // An older run the person chose stays chosen; the newest follows on.
    const int currentRow = m_table->currentIndex().row();
    const RunRecords::Entry* current = currentRow > 0 ? m_model->entry(currentRow) : nullptr;
    const QDateTime chosen = current ? current->run.started : QDateTime();
    m_model->setEntries(result.entries, m_pipelineName);
    m_problem = result.problem;
    int row = 0;
    for (int i = 0; chosen.isValid() && i < m_model->rowCount(); ++i) {
        if (m_model->entry(i)->run.started == chosen) {
            row = i;
            break;
        }
    }
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
    }
    showDetails();
    retranslateUi();
    Q_EMIT refreshed();
}

void RunHistoryView::showDetails()
{
    m_details->setPlainText(m_model->detailsOf(m_table->currentIndex().row()));
}

void RunHistoryView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showDetails();
    }
    QWidget::changeEvent(event);
}

void RunHistoryView::retranslateUi()
{
    m_table->setAccessibleName(tr("Runs of this pipeline, newest first"));
    m_details->setAccessibleName(tr("What the chosen run did"));
    m_status->setAccessibleName(tr("About the run history"));
    const int runs = m_model->rowCount();
    QString status = runs == 0 && isReading() ? tr("Reading the runs…")
        : runs == 0 ? tr("No run yet: press Run (F5) to load the ticked endpoints.")
                    : tr("%n run(s), newest first. Choose one to see what it did.", nullptr, runs);
    if (!m_problem.isEmpty()) {
        status += u' ' + tr("The file's own list of loads could not be read: %1").arg(m_problem);
    }
    m_status->setText(status);
}
