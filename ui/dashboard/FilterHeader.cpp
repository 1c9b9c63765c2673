#include "dashboard/FilterHeader.h"

#include <QCompleter>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringListModel>
#include <QTableView>
#include <QTimer>

FilterHeader::FilterHeader(QTableView* table)
    : QHeaderView(Qt::Horizontal, table)
    , m_pause(new QTimer(this))
{
    setSectionsClickable(true);
    setSortIndicatorShown(true);
    setSortIndicator(-1, Qt::AscendingOrder);
    setHighlightSections(true);
    m_pause->setSingleShot(true);
    m_pause->setInterval(350);
    connect(m_pause, &QTimer::timeout, this, &FilterHeader::emitPending);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::placeEditors);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::placeEditors);
    connect(table->horizontalScrollBar(), &QScrollBar::valueChanged, this,
            &FilterHeader::placeEditors);
}

void FilterHeader::setColumns(const QStringList& names)
{
    m_pause->stop();
    m_pendingColumn = -1;
    qDeleteAll(m_editors);
    m_editors.clear();
    m_names = names;
    for (int column = 0; column < names.size(); ++column) {
        auto* editor = new QLineEdit(this);
        editor->setObjectName(QStringLiteral("filter_%1").arg(column));
        editor->setPlaceholderText(tr("Filter"));
        editor->setAccessibleName(tr("Filter of column %1").arg(names.at(column)));
        editor->setToolTip(tr("Filter: >5, <=2024-01-01, =x, !=x, a..b, %text%, NULL, !NULL, "
                              "!x (not), a|b (any of); text alone: contains"));
        editor->setClearButtonEnabled(true);
        auto* completer = new QCompleter(new QStringListModel(m_history, editor), editor);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        editor->setCompleter(completer);
        connect(editor, &QLineEdit::textEdited, this, [this, column] {
            if (m_pendingColumn >= 0 && m_pendingColumn != column) {
                emitPending();
            }
            m_pendingColumn = column;
            m_pause->start();
        });
        connect(editor, &QLineEdit::returnPressed, this, [this, column, editor] {
            m_pause->stop();
            m_pendingColumn = -1;
            Q_EMIT filterChanged(column, editor->text());
            Q_EMIT filterConfirmed(editor->text());
        });
        // The clear button empties without an edit signal.
        connect(editor, &QLineEdit::textChanged, this, [this, column](const QString& text) {
            if (text.isEmpty() && m_pendingColumn != column) {
                Q_EMIT filterChanged(column, text);
            }
        });
        editor->show();
        m_editors << editor;
    }
    updateGeometries();
}

void FilterHeader::emitPending()
{
    const int column = std::exchange(m_pendingColumn, -1);
    if (column >= 0 && column < m_editors.size()) {
        Q_EMIT filterChanged(column, m_editors.at(column)->text());
    }
}

void FilterHeader::setFilterText(int column, const QString& text)
{
    if (QLineEdit* box = editor(column); box && box->text() != text) {
        const QSignalBlocker quiet(box);
        box->setText(text);
    }
}

QString FilterHeader::filterText(int column) const
{
    const QLineEdit* box = editor(column);
    return box ? box->text() : QString();
}

QLineEdit* FilterHeader::editor(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors.at(column) : nullptr;
}

void FilterHeader::setError(int column, const QString& error)
{
    QLineEdit* box = editor(column);
    if (!box) {
        return;
    }
    box->setStyleSheet(error.isEmpty() ? QString()
                                       : QStringLiteral("QLineEdit { border: 1px solid #c62828; "
                                                        "background: #fdecea; }"));
    box->setToolTip(error.isEmpty() ? tr("Filter: >5, <=2024-01-01, =x, !=x, a..b, %text%, NULL, "
                                         "!NULL, !x (not), a|b (any of); text alone: contains")
                                    : error);
    box->setAccessibleDescription(error);
}

void FilterHeader::setHistory(const QStringList& history)
{
    m_history = history;
    for (QLineEdit* box : std::as_const(m_editors)) {
        if (auto* model = qobject_cast<QStringListModel*>(box->completer()->model())) {
            model->setStringList(history);
        }
    }
}

void FilterHeader::focusEditor(int column)
{
    if (QLineEdit* box = editor(column)) {
        box->setFocus(Qt::ShortcutFocusReason);
        box->selectAll();
    }
}

QSize FilterHeader::sizeHint() const
{
    QSize size = QHeaderView::sizeHint();
    if (!m_editors.isEmpty()) {
        size.setHeight(size.height() + m_editors.first()->sizeHint().height() + 2);
    }
    return size;
}

void FilterHeader::updateGeometries()
{
    const int editorHeight = m_editors.isEmpty() ? 0 : m_editors.first()->sizeHint().height() + 2;
    setViewportMargins(0, 0, 0, editorHeight);
    QHeaderView::updateGeometries();
    placeEditors();
}

void FilterHeader::placeEditors()
{
    if (m_editors.isEmpty()) {
        return;
    }
    const int editorHeight = m_editors.first()->sizeHint().height();
    const int top = QHeaderView::sizeHint().height();
    for (int column = 0; column < m_editors.size(); ++column) {
        QLineEdit* box = m_editors.at(column);
        if (isSectionHidden(column)) {
            box->hide();
            continue;
        }
        box->move(sectionPosition(column) - offset() + 1, top);
        box->resize(qMax(20, sectionSize(column) - 2), editorHeight);
        box->show();
    }
}
