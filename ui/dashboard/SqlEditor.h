// The SQL console's editor: a plain text editor that completes keywords,
// table and column names (as one types, or Ctrl+Space), and marks where an
// error is.
#pragma once

#include <QPlainTextEdit>

class QCompleter;
class QStringListModel;
class SqlHighlighter;

class SqlEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget* parent = nullptr);

    void setNames(const QStringList& tables, const QStringList& columns);
    QCompleter* completer() const
    {
        return m_completer;
    }
    // Underlines the text at position (characters from the start) and puts
    // the cursor there; -1 clears the mark.
    void markError(int position);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QString wordUnderCursor() const;
    void insertCompletion(const QString& completion);

    QCompleter* m_completer;
    QStringListModel* m_words;
    SqlHighlighter* m_highlighter;
};
