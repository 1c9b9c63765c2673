// The endpoint table as a person narrows it: rows whose name holds the typed
// text (case aside), sorted by any column, and ticking or unticking only the
// rows still shown.
#pragma once

#include <QSortFilterProxyModel>

class EndpointTableModel;

class EndpointFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EndpointFilterModel(QObject* parent = nullptr);

    void setEndpointModel(EndpointTableModel* model);
    EndpointTableModel* endpointModel() const;
    void setNameFilter(const QString& text);
    // The visible rows only, as one undoable change.
    void tickAllVisible(bool ticked);

protected:
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;
};
