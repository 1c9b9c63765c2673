#include "run/RequestLogModel.h"

#include <QLocale>

RequestLogModel::RequestLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(250);
    connect(&m_batch, &QTimer::timeout, this, &RequestLogModel::flush);
}

void RequestLogModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_failures = 0;
    m_seen = 0;
    endResetModel();
}

void RequestLogModel::add(const Entry& entry)
{
    ++m_seen;
    m_pending.append(entry);
    // The pending batch is bounded too, whatever the timer does.
    if (m_pending.size() >= kRecent) {
        flush();
    } else if (!m_batch.isActive()) {
        m_batch.start();
    }
}

void RequestLogModel::flush()
{
    m_batch.stop();
    if (m_pending.isEmpty()) {
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + int(m_pending.size()) - 1);
    for (const Entry& entry : std::as_const(m_pending)) {
        m_rows.push_back(entry);
        m_failures += entry.failure ? 1 : 0;
    }
    endInsertRows();
    m_pending.clear();
    dropOverflow();
}

void RequestLogModel::dropOverflow()
{
    // The oldest successes go first, a run of them at a time (failures kept
    // in front are stepped over); the oldest failures only when failures
    // alone are over their own bound.
    int over = int(m_rows.size()) - kRecent - qMin(m_failures, kFailures);
    int from = 0;
    while (over > 0 && m_failures <= kFailures) {
        while (from < int(m_rows.size()) && m_rows[size_t(from)].failure) {
            ++from;
        }
        int to = from;
        while (to < int(m_rows.size()) && to - from < over && !m_rows[size_t(to)].failure) {
            ++to;
        }
        if (to == from) {
            break;
        }
        beginRemoveRows(QModelIndex(), from, to - 1);
        m_rows.erase(m_rows.begin() + from, m_rows.begin() + to);
        endRemoveRows();
        over -= to - from;
    }
    over = int(m_rows.size()) - kRecent - qMin(m_failures, kFailures);
    if (over > 0) {
        // Failures alone past their bound: the oldest rows go, whatever they are.
        beginRemoveRows(QModelIndex(), 0, over - 1);
        for (int row = 0; row < over; ++row) {
            m_failures -= m_rows[size_t(row)].failure ? 1 : 0;
        }
        m_rows.erase(m_rows.begin(), m_rows.begin() + over);
        endRemoveRows();
    }
}

qint64 RequestLogModel::seen() const
{
    return m_seen;
}

QString RequestLogModel::text(const QList<int>& rows) const
{
    QStringList lines;
    const auto line = [this](const Entry& entry) {
        QStringList cells;
        for (int column = 0; column < ColumnCount; ++column) {
            cells << cell(entry, column);
        }
        return cells.join(u'\t');
    };
    if (rows.isEmpty()) {
        for (const Entry& entry : m_rows) {
            lines << line(entry);
        }
    } else {
        for (int row : rows) {
            if (row >= 0 && row < int(m_rows.size())) {
                lines << line(m_rows[size_t(row)]);
            }
        }
    }
    return lines.join(u'\n');
}

QString RequestLogModel::cell(const Entry& entry, int column) const
{
    switch (column) {
    case TimeColumn:
        return entry.time.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case EndpointColumn:
        return entry.endpoint;
    case MethodColumn:
        return entry.method;
    case UrlColumn:
        return entry.url;
    case StatusColumn:
        return entry.isNote    ? QString()
            : entry.status > 0 ? QString::number(entry.status)
                               : tr("no answer");
    case MillisecondsColumn:
        return entry.milliseconds >= 0 ? QLocale().toString(entry.milliseconds) : QString();
    case BytesColumn:
        return entry.bytes >= 0 ? QLocale().toString(entry.bytes) : QString();
    case NoteColumn:
        return entry.note;
    default:
        return QString();
    }
}

int RequestLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RequestLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) {
        return QVariant();
    }
    const Entry& entry = m_rows[size_t(index.row())];
    if (role == FailureRole) {
        return entry.failure;
    }
    if (role == StatusRole) {
        return entry.isNote ? -1 : entry.status;
    }
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        return cell(entry, index.column());
    }
    return QVariant();
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case EndpointColumn:
        return tr("Endpoint");
    case MethodColumn:
        return tr("Method");
    case UrlColumn:
        return tr("Address");
    case StatusColumn:
        return tr("Status");
    case MillisecondsColumn:
        return tr("ms");
    case BytesColumn:
        return tr("Bytes");
    case NoteColumn:
        return tr("Note");
    default:
        return QVariant();
    }
}
