#include "dashboard/SqlConsole.h"

#include "browse/BrowseTasks.h"
#include "browse/QueryRunner.h"
#include "browse/RowsModel.h"
#include "common/Confirmation.h"
#include "common/PlainTextLabel.h"
#include "dashboard/RowsView.h"
#include "dashboard/SqlEditor.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

SqlConsole::SqlConsole(const QString& home, QWidget* parent)
    : QWidget(parent)
    , m_runner(new QueryRunner(home, this))
    , m_resultTasks(new BrowseTasks(this))
    , m_editor(new SqlEditor(this))
    , m_result(new RowsView(m_resultTasks, false, this))
    , m_status(PlainTextLabel::create(this, "sqlStatus"))
    , m_allowWriting(new QCheckBox(this))
    , m_history(new QComboBox(this))
    , m_run(new QAction(this))
    , m_stop(new QAction(this))
    , m_resultRefresh(new QTimer(this))
{
    m_resultRefresh->setSingleShot(true);
    m_resultRefresh->setInterval(500);
    connect(m_resultRefresh, &QTimer::timeout, this, [this] { m_result->refresh(); });
    setObjectName(QStringLiteral("sqlConsole"));
    m_allowWriting->setObjectName(QStringLiteral("allowWriting"));
    m_history->setObjectName(QStringLiteral("sqlHistory"));
    m_history->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_history->setMinimumContentsLength(30);
    m_run->setObjectName(QStringLiteral("runSqlAction"));
    m_run->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_run->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_stop->setObjectName(QStringLiteral("stopSqlAction"));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_run);
    addAction(m_stop);

    auto* bar = new QHBoxLayout;
    for (QAction* action : {m_run, m_stop}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(button);
    }
    bar->addWidget(m_allowWriting);
    bar->addStretch(1);
    bar->addWidget(m_history);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_editor);
    auto* below = new QWidget(splitter);
    auto* belowLayout = new QVBoxLayout(below);
    belowLayout->setContentsMargins(0, 0, 0, 0);
    belowLayout->addWidget(m_status);
    belowLayout->addWidget(m_result, 1);
    splitter->addWidget(below);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_run, &QAction::triggered, this, &SqlConsole::run);
    connect(m_stop, &QAction::triggered, this, &SqlConsole::stop);
    connect(m_allowWriting, &QCheckBox::toggled, this, &SqlConsole::onAllowWritingToggled);
    connect(m_history, qOverload<int>(&QComboBox::activated), this, [this](int index) {
        if (index > 0) {
            m_editor->setPlainText(m_history->itemData(index).toString());
            m_editor->setFocus();
        }
    });
    connect(m_runner, &QueryRunner::rowsCopied, this, &SqlConsole::onRowsCopied);
    connect(m_runner, &QueryRunner::finished, this, &SqlConsole::onFinished);
    connect(m_runner, &QueryRunner::historyRead, this, &SqlConsole::showHistory);
    connect(m_runner, &QueryRunner::opened, this, [this](const QString& error) {
        if (!error.isEmpty()) {
            m_status->setText(error);
        }
    });
    retranslateUi();
    updateActions();
}

SqlConsole::~SqlConsole() = default;

void SqlConsole::retranslateUi()
{
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the statements (Ctrl+Enter)"));
    m_stop->setText(tr("&Stop"));
    m_stop->setToolTip(tr("Stop the statement running now (Esc)"));
    m_allowWriting->setText(tr("Allow &Writing"));
    m_allowWriting->setToolTip(
        tr("Off: the file is opened read-only, so nothing can change it by accident"));
    m_editor->setAccessibleName(tr("SQL statements"));
    m_editor->setPlaceholderText(
        tr("SELECT … — Ctrl+Enter runs, Ctrl+Space completes table and column names"));
    m_history->setAccessibleName(tr("Statements run before on this database"));
    m_status->setAccessibleName(tr("Outcome of the statements"));
    if (m_history->count() > 0) {
        m_history->setItemText(0, tr("History"));
    }
}

void SqlConsole::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void SqlConsole::setDatabase(const QString& path)
{
    m_path = path;
    {
        const QSignalBlocker quiet(m_allowWriting);
        m_allowWriting->setChecked(false);
    }
    m_runner->open(path, false);
    m_shownResult.clear();
    m_status->clear();
}

void SqlConsole::setNames(const QStringList& tables, const QStringList& columns)
{
    m_editor->setNames(tables, columns);
}

void SqlConsole::showHistory(const QStringList& statements)
{
    m_history->clear();
    m_history->addItem(tr("History"));
    for (const QString& sql : statements) {
        m_history->addItem(sql.simplified().left(80), sql);
    }
}

void SqlConsole::run()
{
    const QString sql = m_editor->toPlainText();
    if (sql.trimmed().isEmpty() || m_runner->isRunning() || m_path.isEmpty()) {
        return;
    }
    m_lastSql = sql;
    m_editor->markError(-1);
    m_status->setText(tr("Running…"));
    m_runner->run(sql);
    updateActions();
}

void SqlConsole::stop()
{
    if (m_runner->isRunning()) {
        m_status->setText(tr("Stopping…"));
        m_runner->cancel();
    }
}

void SqlConsole::onRowsCopied(const QString& table, const QStringList& columns, qint64 rows)
{
    Q_UNUSED(rows);
    if (table == m_shownResult) {
        // The grid reads the growing result again at most twice a second:
        // each read counts the rows anew on the grid's own thread.
        if (!m_resultRefresh->isActive()) {
            m_resultRefresh->start();
        }
        return;
    }
    // The result file exists once rows were copied into it: its readers
    // open it now, not before.
    if (m_shownResult.isEmpty()) {
        m_result->setDatabase(m_runner->resultPath());
        m_resultTasks->setDatabase(m_runner->resultPath());
    }
    m_shownResult = table;
    RowQuery query;
    query.table = table;
    query.columns = columns;
    m_result->showRows(query, tr("Result of the last statement that returned rows"));
}

void SqlConsole::onFinished(const QueryOutcome& outcome)
{
    QString text;
    const QString time = QLocale().toString(outcome.milliseconds);
    switch (outcome.status) {
    case QueryOutcome::Status::Done:
        if (outcome.rows >= 0) {
            text = tr("%n row(s) in %1 ms.", nullptr, int(qMin<qint64>(outcome.rows, INT_MAX)))
                       .arg(time);
        } else {
            text = tr("Done in %1 ms.").arg(time);
        }
        if (outcome.changed > 0) {
            text += QLatin1Char(' ')
                + tr("%n row(s) changed.", nullptr, int(qMin<qint64>(outcome.changed, INT_MAX)));
        }
        break;
    case QueryOutcome::Status::Cancelled:
        text = tr("Stopped after %1 ms; nothing after the stop was run.").arg(time);
        break;
    case QueryOutcome::Status::Refused:
        text = outcome.error;
        break;
    case QueryOutcome::Status::Failed:
        text = outcome.errorLine > 0 ? tr("Line %1, column %2: %3")
                                           .arg(outcome.errorLine)
                                           .arg(outcome.errorColumn)
                                           .arg(outcome.error)
                                     : outcome.error;
        m_editor->markError(outcome.errorPosition);
        break;
    }
    if (outcome.rolledBack) {
        text += QLatin1Char(' ')
            + tr("A transaction the statements began was still open: it was rolled back. End it "
                 "with COMMIT in the same run to keep its changes.");
    }
    m_status->setText(text);
    // The last rows copied are shown now, not at the next tick.
    if (outcome.rows >= 0 && !m_shownResult.isEmpty()) {
        m_resultRefresh->stop();
        m_result->refresh();
    }
    if (outcome.changed > 0) {
        Q_EMIT fileChanged();
    }
    updateActions();
}

void SqlConsole::onAllowWritingToggled(bool on)
{
    if (on
        && !Confirmation::ask(
            this,
            {tr("Allow Writing"),
             tr("Statements run in the console will be able to change or delete the "
                "loaded data in %1. A run loading into the file waits while a statement "
                "writes.")
                 .arg(m_path),
             tr("Allow Writing"), QMessageBox::DestructiveRole})) {
        const QSignalBlocker quiet(m_allowWriting);
        m_allowWriting->setChecked(false);
        return;
    }
    m_runner->open(m_path, on);
}

void SqlConsole::updateActions()
{
    const bool running = m_runner->isRunning();
    m_run->setEnabled(!running);
    m_stop->setEnabled(running);
}
