// The History tab's table: every run of a pipeline, newest first, from
// RunRecords (Grantline's record joined with the file's _dlt_loads): when it
// started, how long it took, how it ended, records and rows, and why it
// failed. detailsOf() is what a click shows: the load info as dlt prints
// it, or the failure, and the request log's summary.
#pragma once

#include "run/RunRecords.h"

#include <QAbstractTableModel>

class RunHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StartedColumn,
        DurationColumn,
        OutcomeColumn,
        RecordsColumn,
        RowsColumn,
        ProblemColumn,
        ColumnCount
    };

    explicit RunHistoryModel(QObject* parent = nullptr);

    void setEntries(const QList<RunRecords::Entry>& entries, const QString& pipelineName);
    const RunRecords::Entry* entry(int row) const;
    // The load info (or the failure) and the request summary of a run.
    QString detailsOf(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString outcomeText(const RunRecords::Entry& entry) const;
    QString requestSummary(const RunHistory::Requests& requests) const;
    QString loadInfoText(const RunRecords::Entry& entry) const;

    QList<RunRecords::Entry> m_entries;
    QString m_pipelineName;
};
