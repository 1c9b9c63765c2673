#include "run/RunProgressModel.h"

#include <QLocale>

RunProgressModel::RunProgressModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void RunProgressModel::start(const QStringList& resources)
{
    beginResetModel();
    m_rows.clear();
    for (const QString& name : resources) {
        m_rows.append(Row{name});
    }
    endResetModel();
    m_clock.start();
}

void RunProgressModel::update(const QList<ExtractJob::ResourceStats>& stats)
{
    const qint64 now = m_clock.elapsed();
    for (const ExtractJob::ResourceStats& each : stats) {
        const int row = rowOf(each.name);
        if (row < 0) {
            continue;
        }
        Row& shown = m_rows[row];
        if (each.pages == shown.pages && each.records == shown.records) {
            continue;
        }
        if (shown.startedMs < 0) {
            shown.startedMs = now;
        }
        shown.lastMs = now;
        shown.pages = each.pages;
        shown.records = each.records;
        if (shown.state == State::Waiting) {
            shown.state = State::Fetching;
        }
        changed(row);
    }
}

void RunProgressModel::addRetry(const QString& resource)
{
    const int row = rowOf(resource);
    if (row >= 0) {
        ++m_rows[row].retries;
        changed(row);
    }
}

void RunProgressModel::extractionDone()
{
    for (Row& row : m_rows) {
        if (row.state == State::Fetching || row.state == State::Waiting) {
            // Every record is in; what remains is the commit.
            row.state = State::Loading;
        }
    }
    changedAll();
}

void RunProgressModel::finish(Outcome outcome, const QString& failedResource)
{
    for (Row& row : m_rows) {
        if (outcome == Outcome::Loaded) {
            row.state = State::Done;
        } else if (row.name == failedResource) {
            row.state = State::Failed;
        } else if (row.state == State::Waiting) {
            row.state = State::Skipped;
        } else if (outcome == Outcome::Failed && failedResource.isEmpty()) {
            // Rolled back: nothing of it stays, whichever step failed.
            row.state = State::Failed;
        } else {
            row.state = State::Skipped;
        }
    }
    changedAll();
}

RunProgressModel::State RunProgressModel::state(const QString& resource) const
{
    const int row = rowOf(resource);
    return row < 0 ? State::Waiting : m_rows.at(row).state;
}

qint64 RunProgressModel::records(const QString& resource) const
{
    const int row = rowOf(resource);
    return row < 0 ? 0 : m_rows.at(row).records;
}

QString RunProgressModel::stateName(State state)
{
    switch (state) {
    case State::Waiting:
        return tr("waiting");
    case State::Fetching:
        return tr("fetching");
    case State::Loading:
        return tr("loading");
    case State::Done:
        return tr("done");
    case State::Failed:
        return tr("failed");
    case State::Skipped:
        break;
    }
    return tr("skipped");
}

int RunProgressModel::rowOf(const QString& resource) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == resource) {
            return row;
        }
    }
    return -1;
}

qint64 RunProgressModel::elapsedMs(const Row& row) const
{
    if (row.startedMs < 0) {
        return 0;
    }
    const qint64 end = row.state == State::Fetching ? m_clock.elapsed() : row.lastMs;
    return qMax<qint64>(0, end - row.startedMs);
}

void RunProgressModel::changed(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RunProgressModel::changedAll()
{
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    }
}

int RunProgressModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunProgressModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunProgressModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return QVariant();
    }
    const Row& row = m_rows.at(index.row());
    if (role == StateRole) {
        return int(row.state);
    }
    if (role == Qt::TextAlignmentRole) {
        return index.column() >= PagesColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    }
    if (role != Qt::DisplayRole) {
        return QVariant();
    }
    const QLocale locale;
    const qint64 ms = elapsedMs(row);
    switch (index.column()) {
    case EndpointColumn:
        return row.name;
    case StateColumn:
        return stateName(row.state);
    case PagesColumn:
        return locale.toString(row.pages);
    case RecordsColumn:
        return locale.toString(row.records);
    case RateColumn:
        return ms > 0 ? locale.toString(qRound64(row.records * 1000.0 / ms)) : QString();
    case ElapsedColumn:
        return ms > 0 ? QStringLiteral("%1 s").arg(locale.toString(ms / 1000.0, 'f', 1))
                      : QString();
    case RetriesColumn:
        return row.retries;
    default:
        return QVariant();
    }
}

QVariant RunProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case EndpointColumn:
        return tr("Endpoint");
    case StateColumn:
        return tr("State");
    case PagesColumn:
        return tr("Pages");
    case RecordsColumn:
        return tr("Records");
    case RateColumn:
        return tr("Records/s");
    case ElapsedColumn:
        return tr("Elapsed");
    case RetriesColumn:
        return tr("Retries");
    default:
        return QVariant();
    }
}
