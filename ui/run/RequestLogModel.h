// The run's request log: every request with its time, endpoint, method,
// address (secrets already hidden by the extraction), status, milliseconds,
// and the retries with their reason. Memory stays bounded on a run of a
// million requests: the most recent are kept, and the failures longer than
// the rest. Rows arrive in batches (a few a second), not one signal each.
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QTimer>

#include <deque>

class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        EndpointColumn,
        MethodColumn,
        UrlColumn,
        StatusColumn,
        MillisecondsColumn,
        BytesColumn,
        NoteColumn,
        ColumnCount
    };
    // True for a failed request or a retry.
    static constexpr int FailureRole = Qt::UserRole + 1;
    // The HTTP status (0: no answer), or -1 for a note (no request).
    static constexpr int StatusRole = Qt::UserRole + 2;

    struct Entry
    {
        QDateTime time;
        QString endpoint;
        QString method;
        QString url;
        // 0: no answer came.
        int status = 0;
        qint64 milliseconds = -1;
        // The answer's body; -1: none (a retry, a note).
        qint64 bytes = -1;
        // A retry's reason, a paginator's choice.
        QString note;
        bool failure = false;
        // A note of the run (a paginator's choice, a token renewal), not a
        // request: it has no status.
        bool isNote = false;
    };

    // Kept at most: the most recent requests, and failures beyond them.
    static constexpr int kRecent = 5000;
    static constexpr int kFailures = 1000;

    explicit RequestLogModel(QObject* parent = nullptr);

    void clear();
    void add(const Entry& entry);
    // What is still waiting for the next batch goes in now.
    void flush();
    // Requests seen in all, kept or not.
    qint64 seen() const;
    // The rows as text, tab-separated, one line each (for Copy and Save).
    QString text(const QList<int>& rows = {}) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void dropOverflow();
    QString cell(const Entry& entry, int column) const;

    std::deque<Entry> m_rows;
    QList<Entry> m_pending;
    QTimer m_batch;
    int m_failures = 0;
    qint64 m_seen = 0;
};
