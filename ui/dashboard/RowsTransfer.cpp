#include "dashboard/RowsTransfer.h"

#include "browse/BrowseConnection.h"
#include "browse/BrowseStatement.h"
#include "browse/BrowseTasks.h"
#include "browse/RowExport.h"
#include "browse/RowsModel.h"
#include "common/FileChooser.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLocale>
#include <QProgressDialog>
#include <QTableView>

#include <climits>
#include <memory>

namespace {

// A copy bigger than this is an export's job.
constexpr qint64 kMostRowsCopied = 100000;

} // namespace

RowsTransfer::RowsTransfer(BrowseTasks* tasks, RowsModel* model, QTableView* table, QWidget* owner)
    : QObject(owner)
    , m_tasks(tasks)
    , m_model(model)
    , m_table(table)
    , m_owner(owner)
{
    connect(m_tasks, &BrowseTasks::finished, this, &RowsTransfer::onFinished);
    connect(m_tasks, &BrowseTasks::progressed, this, [this](quint64 task, qint64 done, qint64) {
        if (task == m_exportTask && m_progress) {
            m_progress->setValue(int(qMin<qint64>(done, m_progress->maximum())));
        }
    });
}

void RowsTransfer::onFinished(quint64 task, const QVariant& answer, const QString& error)
{
    if (task != m_exportTask) {
        return;
    }
    m_exportTask = 0;
    if (m_progress) {
        m_progress->reset();
    }
    Q_EMIT message(error.isEmpty() ? answer.toString() : error);
}

void RowsTransfer::copySelection()
{
    // The selected rows as ranges: read whole (not the grid's cut previews)
    // on the tasks' thread.
    const QModelIndexList selected = m_table->selectionModel()->selectedIndexes();
    if (selected.isEmpty()) {
        return;
    }
    int top = selected.first().row();
    int bottom = top;
    QList<int> columns;
    for (const QModelIndex& index : selected) {
        top = qMin(top, index.row());
        bottom = qMax(bottom, index.row());
        if (!columns.contains(index.column())) {
            columns << index.column();
        }
    }
    std::sort(columns.begin(), columns.end());
    const qint64 rows = qMin<qint64>(bottom - top + 1, kMostRowsCopied);
    const RowQuery query = m_model->query();
    const quint64 task = m_tasks->post([query, top, rows, columns](BrowseConnection& connection,
                                                                   BrowseTasks::Control& control,
                                                                   QString* error) -> QVariant {
        QVariantList values;
        QString sql = query.chunkByOffset(top, &values);
        sql.truncate(sql.lastIndexOf(QLatin1String(" LIMIT ")));
        sql += QStringLiteral(" LIMIT %1 OFFSET %2").arg(rows).arg(top);
        BrowseStatement statement(connection);
        if (!statement.prepare(sql, error) || !statement.bind(values, error)) {
            return {};
        }
        const int first = query.hasRowid ? 1 : 0;
        QString tsv;
        for (;;) {
            const BrowseStatement::Step step = statement.step();
            if (step == BrowseStatement::Step::Done || control.cancelled) {
                break;
            }
            if (step == BrowseStatement::Step::Error) {
                // Half a copy on the clipboard would pass for all of it.
                *error = statement.error();
                return {};
            }
            QStringList cells;
            for (int column : columns) {
                QString cell = statement.value(first + column).toString();
                cell.replace(QLatin1Char('\t'), QLatin1Char(' '));
                cell.replace(QLatin1Char('\n'), QLatin1Char(' '));
                cells << cell;
            }
            tsv += cells.join(QLatin1Char('\t')) + QLatin1Char('\n');
        }
        return tsv;
    });
    const qint64 selectedRows = bottom - top + 1;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection =
        connect(m_tasks, &BrowseTasks::finished, this,
                [this, task, connection, selectedRows](quint64 done, const QVariant& answer,
                                                       const QString& error) {
                    if (done != task) {
                        return;
                    }
                    disconnect(*connection);
                    if (!error.isEmpty()) {
                        Q_EMIT message(error);
                        return;
                    }
                    QApplication::clipboard()->setText(answer.toString());
                    Q_EMIT message(selectedRows > kMostRowsCopied
                                       ? tr("Copied the first %1 rows; export the rest.")
                                             .arg(QLocale().toString(kMostRowsCopied))
                                       : tr("Copied %n row(s).", nullptr, int(selectedRows)));
                });
}

void RowsTransfer::exportRows(const QString& table)
{
    if (m_exportTask) {
        return;
    }
    const QString suggested = QDir::home().filePath(table + QStringLiteral(".csv"));
    const QString path = FileChooser::saveFileName(
        m_owner, tr("Export Rows"), suggested, tr("CSV (*.csv);;JSON lines (*.jsonl *.ndjson)"));
    if (path.isEmpty()) {
        return;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    const RowExport::Format format =
        suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson")
        ? RowExport::Format::JsonLines
        : RowExport::Format::Csv;
    const RowQuery query = m_model->query();
    const qint64 total = m_model->rowCount();
    if (!m_progress) {
        m_progress = new QProgressDialog(m_owner);
        m_progress->setObjectName(QStringLiteral("exportProgress"));
        m_progress->setAutoClose(true);
        m_progress->setMinimumDuration(300);
        connect(m_progress, &QProgressDialog::canceled, this, [this] {
            if (m_exportTask) {
                m_tasks->cancel(m_exportTask);
            }
        });
    }
    m_progress->setLabelText(tr("Writing %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->setRange(0, int(qMin<qint64>(qMax<qint64>(total, 1), INT_MAX)));
    m_progress->setValue(0);
    const QString written = tr("Wrote %2 rows to %1.");
    m_exportTask = m_tasks->post([query, format, path, written](BrowseConnection& connection,
                                                                BrowseTasks::Control& control,
                                                                QString* error) -> QVariant {
        const qint64 rows = RowExport::write(
            connection, query, format, path, control.cancelled,
            [&control](qint64 done) { control.progress(done, 0); }, error);
        return rows < 0
            ? QVariant()
            : QVariant(written.arg(QDir::toNativeSeparators(path), QLocale().toString(rows)));
    });
}
