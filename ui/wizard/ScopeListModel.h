// The scopes a person may ask for, with what each lets the app do: a
// checkable table (scope, description) for the wizard's Scopes page.
#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

class ScopeListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ScopeColumn, DescriptionColumn, ColumnCount };

    struct Scope
    {
        QString name;
        QString description;
        bool checked = false;
    };

    explicit ScopeListModel(QObject* parent = nullptr);

    // Replaces the list; a scope in `checked` starts ticked.
    void setScopes(const QList<Scope>& scopes);
    QStringList checkedScopes() const;
    void setChecked(const QString& scope, bool checked);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkedScopesChanged();

private:
    QList<Scope> m_scopes;
};
