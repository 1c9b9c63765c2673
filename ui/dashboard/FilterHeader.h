// The table header with a filter box under each column (DB Browser for
// SQLite's filter row): typing filters after a short pause, Enter at once;
// each box remembers the filters typed before (a completer), and turns red
// with the reason when its text cannot be read.
#pragma once

#include <QHeaderView>
#include <QList>
#include <QStringList>

class QLineEdit;
class QTableView;
class QTimer;

class FilterHeader : public QHeaderView
{
    Q_OBJECT

public:
    explicit FilterHeader(QTableView* table);

    // One box per column, named for it (accessible names say which).
    void setColumns(const QStringList& names);
    void setFilterText(int column, const QString& text);
    QString filterText(int column) const;
    QLineEdit* editor(int column) const;
    // Marks a box whose filter cannot be read (empty error: clears it).
    void setError(int column, const QString& error);
    // The filters typed before, for every box's completer.
    void setHistory(const QStringList& history);
    void focusEditor(int column);

    QSize sizeHint() const override;

Q_SIGNALS:
    void filterChanged(int column, const QString& text);
    // Enter in a box: a filter worth remembering.
    void filterConfirmed(const QString& text);

protected:
    void updateGeometries() override;

private:
    void placeEditors();
    void emitPending();

    QList<QLineEdit*> m_editors;
    QStringList m_names;
    QTimer* m_pause;
    int m_pendingColumn = -1;
    QStringList m_history;
};
