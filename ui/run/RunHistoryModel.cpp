#include "run/RunHistoryModel.h"

#include "pipeline/LoadInfo.h"

#include <QLocale>

#include <algorithm>

namespace {

qint64 sum(const QHash<QString, qint64>& counts)
{
    qint64 total = 0;
    for (const qint64 count : counts) {
        total += count;
    }
    return total;
}

double secondsOf(const RunHistory::Run& run)
{
    return run.started.isValid() && run.finished.isValid()
        ? double(run.started.msecsTo(run.finished)) / 1000.0
        : 0.0;
}

} // namespace

RunHistoryModel::RunHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RunHistoryModel::setEntries(const QList<RunRecords::Entry>& entries,
                                 const QString& pipelineName)
{
    beginResetModel();
    m_entries = entries;
    m_pipelineName = pipelineName;
    endResetModel();
}

const RunRecords::Entry* RunHistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RunHistoryModel::outcomeText(const RunRecords::Entry& entry) const
{
    if (entry.fileOnly) {
        return entry.run.outcome == RunHistory::Outcome::Loaded ? tr("loaded (not by Grantline)")
                                                                : tr("not completed");
    }
    switch (entry.run.outcome) {
    case RunHistory::Outcome::Loaded:
        return tr("loaded");
    case RunHistory::Outcome::Failed:
        return tr("failed");
    case RunHistory::Outcome::Cancelled:
        return tr("cancelled");
    }
    return QString();
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    const RunRecords::Entry* item = entry(index.row());
    if (!item || !index.isValid()) {
        return QVariant();
    }
    const RunHistory::Run& run = item->run;
    const QLocale locale;
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case StartedColumn:
            return locale.toString(run.started.toLocalTime(), QLocale::ShortFormat);
        case DurationColumn:
            return LoadInfo::duration(secondsOf(run));
        case OutcomeColumn:
            return outcomeText(*item);
        case RecordsColumn:
            return item->fileOnly ? tr("not known") : locale.toString(sum(run.resourceRecords));
        case RowsColumn:
            return item->fileOnly ? tr("not known") : locale.toString(sum(run.tableRows));
        case ProblemColumn:
            // A cancel is the person's choice, not a problem.
            return run.outcome == RunHistory::Outcome::Failed ? run.error.section(u'\n', 0, 0)
                                                              : QString();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == RowsColumn && !run.tableRows.isEmpty()) {
        QStringList tables = run.tableRows.keys();
        tables.sort();
        QStringList lines;
        for (const QString& table : std::as_const(tables)) {
            lines << tr("%1: %2 rows").arg(table, locale.toString(run.tableRows.value(table)));
        }
        return lines.join(u'\n');
    }
    if (role == Qt::ToolTipRole && index.column() == ProblemColumn
        && run.outcome == RunHistory::Outcome::Failed) {
        return run.error;
    }
    if (role == Qt::TextAlignmentRole
        && (index.column() == RecordsColumn || index.column() == RowsColumn)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return QVariant();
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StartedColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case OutcomeColumn:
        return tr("Outcome");
    case RecordsColumn:
        return tr("Records");
    case RowsColumn:
        return tr("Rows");
    case ProblemColumn:
        return tr("Problem");
    }
    return QVariant();
}

QString RunHistoryModel::loadInfoText(const RunRecords::Entry& entry) const
{
    const RunHistory::Run& run = entry.run;
    LoadInfo info;
    info.pipelineName = m_pipelineName;
    info.databasePath = run.databasePath;
    info.loadId = run.loadId;
    info.seconds = secondsOf(run);
    info.records = sum(run.resourceRecords);
    QStringList tables = run.tableRows.keys();
    tables.sort();
    for (const QString& table : std::as_const(tables)) {
        info.tableRows.append({table, run.tableRows.value(table)});
    }
    info.warnings = run.warnings;
    return info.text();
}

QString RunHistoryModel::requestSummary(const RunHistory::Requests& requests) const
{
    const QLocale locale;
    QStringList byStatus;
    for (auto it = requests.statuses.begin(); it != requests.statuses.end(); ++it) {
        byStatus << tr("%1 × %2").arg(it.key() == 0 ? tr("no answer") : QString::number(it.key()),
                                      locale.toString(it.value()));
    }
    QStringList lines;
    lines << tr("Requests: %1 (%2 failed); retries: %3; token renewals: %4")
                 .arg(locale.toString(requests.sent), locale.toString(requests.failed),
                      locale.toString(requests.retries), locale.toString(requests.renewals));
    lines << tr("Received: %1 in %2 of waiting for answers")
                 .arg(locale.formattedDataSize(requests.bytes),
                      LoadInfo::duration(double(requests.milliseconds) / 1000.0));
    if (!byStatus.isEmpty()) {
        lines << tr("By status: %1").arg(byStatus.join(QStringLiteral(", ")));
    }
    return lines.join(u'\n');
}

QString RunHistoryModel::detailsOf(int row) const
{
    const RunRecords::Entry* item = entry(row);
    if (!item) {
        return QString();
    }
    const RunHistory::Run& run = item->run;
    if (item->fileOnly) {
        return tr("Load %1 is in the file, loaded by another program (dlt) or before Grantline "
                  "kept a record of its runs: its counts and requests are not known.")
            .arg(run.loadId);
    }
    QStringList parts;
    if (run.outcome == RunHistory::Outcome::Loaded) {
        parts << loadInfoText(*item).trimmed();
        if (item->fileChecked && !item->inFile) {
            parts << tr("This load is no longer in the file (a full refresh or another file "
                        "replaced it).");
        }
    } else {
        parts << (run.outcome == RunHistory::Outcome::Cancelled
                      ? tr("Cancelled; nothing of this run was kept.")
                      : tr("Failed; nothing of this run was kept.\n%1").arg(run.error));
        QStringList extracted;
        QStringList names = run.resourceRecords.keys();
        names.sort();
        for (const QString& name : std::as_const(names)) {
            extracted << tr("  %1: %2 records")
                             .arg(name, QLocale().toString(run.resourceRecords.value(name)));
        }
        if (!extracted.isEmpty()) {
            parts << tr("Extracted before it ended:\n%1").arg(extracted.join(u'\n'));
        }
    }
    parts << requestSummary(run.requests);
    return parts.join(QStringLiteral("\n\n"));
}
