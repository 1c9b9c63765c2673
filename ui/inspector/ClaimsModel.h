// A token's header and claims as a table a person can read: the part, the
// name, the value, and what it means (dates as local time and how long ago or
// ahead; the standard claims named in words).
#pragma once

#include "oauth/TokenInspection.h"

#include <QAbstractTableModel>

class ClaimsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PartColumn, NameColumn, ValueColumn, MeaningColumn, ColumnCount };

    explicit ClaimsModel(QObject* parent = nullptr);

    void setInspection(const TokenInspection& inspection, const QDateTime& now);
    // Recomputes "in 5 min" and the like without resetting the view.
    void setNow(const QDateTime& now);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The row of a claim (not a header field), or -1.
    int rowOfClaim(const QString& name) const;

    static QString describeClaim(const QString& name);

private:
    struct Row
    {
        bool isHeader = false;
        QString name;
        QJsonValue value;
        QDateTime time;
    };

    QString meaning(const Row& row) const;

    QList<Row> m_rows;
    QDateTime m_now;
};
