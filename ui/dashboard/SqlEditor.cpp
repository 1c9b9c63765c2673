#include "dashboard/SqlEditor.h"

#include "dashboard/SqlHighlighter.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QStringListModel>
#include <QTextBlock>

SqlEditor::SqlEditor(QWidget* parent)
    : QPlainTextEdit(parent)
    , m_completer(new QCompleter(this))
    , m_words(new QStringListModel(this))
    , m_highlighter(new SqlHighlighter(document()))
{
    setObjectName(QStringLiteral("sqlEditor"));
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setTabChangesFocus(true);
    m_completer->setModel(m_words);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::UnsortedModel);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->popup()->setObjectName(QStringLiteral("sqlCompletions"));
    connect(m_completer, qOverload<const QString&>(&QCompleter::activated), this,
            &SqlEditor::insertCompletion);
    setNames({}, {});
}

void SqlEditor::setNames(const QStringList& tables, const QStringList& columns)
{
    QStringList words = tables;
    for (const QString& column : columns) {
        if (!words.contains(column)) {
            words << column;
        }
    }
    words << SqlHighlighter::keywords();
    m_words->setStringList(words);
    m_highlighter->setTableNames(tables);
}

QString SqlEditor::wordUnderCursor() const
{
    QTextCursor cursor = textCursor();
    const QString line = cursor.block().text();
    int start = cursor.positionInBlock();
    while (start > 0
           && (line.at(start - 1).isLetterOrNumber() || line.at(start - 1) == QLatin1Char('_'))) {
        --start;
    }
    return line.mid(start, cursor.positionInBlock() - start);
}

void SqlEditor::insertCompletion(const QString& completion)
{
    QTextCursor cursor = textCursor();
    const QString typed = wordUnderCursor();
    cursor.movePosition(QTextCursor::Left, QTextCursor::KeepAnchor, int(typed.size()));
    cursor.insertText(completion);
    setTextCursor(cursor);
}

void SqlEditor::keyPressEvent(QKeyEvent* event)
{
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    const bool asked = event->key() == Qt::Key_Space && event->modifiers() & Qt::ControlModifier;
    if (!asked) {
        QPlainTextEdit::keyPressEvent(event);
    }
    const QString word = wordUnderCursor();
    if (!asked && (event->text().isEmpty() || word.size() < 2)) {
        m_completer->popup()->hide();
        return;
    }
    if (word != m_completer->completionPrefix()) {
        m_completer->setCompletionPrefix(word);
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    }
    if (m_completer->completionCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    QRect at = cursorRect();
    at.setWidth(m_completer->popup()->sizeHintForColumn(0)
                + m_completer->popup()->verticalScrollBar()->sizeHint().width());
    m_completer->complete(at);
}

void SqlEditor::markError(int position)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (position >= 0) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(document());
        mark.cursor.setPosition(qMin(position, document()->characterCount() - 1));
        mark.cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        if (!mark.cursor.hasSelection()) {
            mark.cursor.movePosition(QTextCursor::NextCharacter, QTextCursor::KeepAnchor);
        }
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xc6, 0x28, 0x28));
        marks << mark;
        QTextCursor cursor = textCursor();
        cursor.setPosition(mark.cursor.anchor());
        setTextCursor(cursor);
    }
    setExtraSelections(marks);
}
