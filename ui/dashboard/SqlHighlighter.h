// Colours for the SQL console: keywords, strings, quoted names, numbers,
// comments (multi-line ones too), and the dataset's own table names.
#pragma once

#include <QRegularExpression>
#include <QSet>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

class SqlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SqlHighlighter(QTextDocument* document);

    void setTableNames(const QStringList& tables);
    static QStringList keywords();

protected:
    void highlightBlock(const QString& text) override;

private:
    QSet<QString> m_keywords;
    QSet<QString> m_tables;
    QTextCharFormat m_keyword;
    QTextCharFormat m_string;
    QTextCharFormat m_name;
    QTextCharFormat m_number;
    QTextCharFormat m_comment;
    QTextCharFormat m_table;
};
