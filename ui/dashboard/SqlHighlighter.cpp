#include "dashboard/SqlHighlighter.h"

#include <QFont>

namespace {

enum State { Plain = 0, InComment = 1 };

} // namespace

QStringList SqlHighlighter::keywords()
{
    return {
        QStringLiteral("SELECT"),    QStringLiteral("FROM"),      QStringLiteral("WHERE"),
        QStringLiteral("AND"),       QStringLiteral("OR"),        QStringLiteral("NOT"),
        QStringLiteral("IN"),        QStringLiteral("IS"),        QStringLiteral("NULL"),
        QStringLiteral("LIKE"),      QStringLiteral("GLOB"),      QStringLiteral("BETWEEN"),
        QStringLiteral("ORDER"),     QStringLiteral("BY"),        QStringLiteral("GROUP"),
        QStringLiteral("HAVING"),    QStringLiteral("LIMIT"),     QStringLiteral("OFFSET"),
        QStringLiteral("AS"),        QStringLiteral("JOIN"),      QStringLiteral("LEFT"),
        QStringLiteral("INNER"),     QStringLiteral("OUTER"),     QStringLiteral("CROSS"),
        QStringLiteral("ON"),        QStringLiteral("USING"),     QStringLiteral("DISTINCT"),
        QStringLiteral("UNION"),     QStringLiteral("ALL"),       QStringLiteral("EXCEPT"),
        QStringLiteral("INTERSECT"), QStringLiteral("WITH"),      QStringLiteral("RECURSIVE"),
        QStringLiteral("CASE"),      QStringLiteral("WHEN"),      QStringLiteral("THEN"),
        QStringLiteral("ELSE"),      QStringLiteral("END"),       QStringLiteral("ASC"),
        QStringLiteral("DESC"),      QStringLiteral("INSERT"),    QStringLiteral("INTO"),
        QStringLiteral("VALUES"),    QStringLiteral("UPDATE"),    QStringLiteral("SET"),
        QStringLiteral("DELETE"),    QStringLiteral("CREATE"),    QStringLiteral("TABLE"),
        QStringLiteral("VIEW"),      QStringLiteral("INDEX"),     QStringLiteral("DROP"),
        QStringLiteral("ALTER"),     QStringLiteral("EXPLAIN"),   QStringLiteral("QUERY"),
        QStringLiteral("PLAN"),      QStringLiteral("PRAGMA"),    QStringLiteral("CAST"),
        QStringLiteral("COUNT"),     QStringLiteral("SUM"),       QStringLiteral("AVG"),
        QStringLiteral("MIN"),       QStringLiteral("MAX"),       QStringLiteral("TOTAL"),
        QStringLiteral("COALESCE"),  QStringLiteral("IFNULL"),    QStringLiteral("JSON_EXTRACT"),
        QStringLiteral("STRFTIME"),  QStringLiteral("DATE"),      QStringLiteral("DATETIME"),
        QStringLiteral("OVER"),      QStringLiteral("PARTITION"), QStringLiteral("WINDOW")};
}

SqlHighlighter::SqlHighlighter(QTextDocument* document)
    : QSyntaxHighlighter(document)
{
    for (const QString& keyword : keywords()) {
        m_keywords.insert(keyword);
    }
    m_keyword.setForeground(QColor(0x1f, 0x4e, 0x9c));
    m_keyword.setFontWeight(QFont::Bold);
    m_string.setForeground(QColor(0x2e, 0x7d, 0x32));
    m_name.setForeground(QColor(0x6a, 0x1b, 0x9a));
    m_number.setForeground(QColor(0xb2, 0x4a, 0x00));
    m_comment.setForeground(QColor(0x75, 0x75, 0x75));
    m_comment.setFontItalic(true);
    m_table.setForeground(QColor(0x6a, 0x1b, 0x9a));
    m_table.setFontWeight(QFont::DemiBold);
}

void SqlHighlighter::setTableNames(const QStringList& tables)
{
    m_tables.clear();
    for (const QString& table : tables) {
        m_tables.insert(table.toLower());
    }
    rehighlight();
}

void SqlHighlighter::highlightBlock(const QString& text)
{
    setCurrentBlockState(Plain);
    int i = 0;
    if (previousBlockState() == InComment) {
        const int end = int(text.indexOf(QLatin1String("*/")));
        if (end < 0) {
            setFormat(0, int(text.size()), m_comment);
            setCurrentBlockState(InComment);
            return;
        }
        setFormat(0, end + 2, m_comment);
        i = end + 2;
    }
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('-') && text.mid(i, 2) == QLatin1String("--")) {
            setFormat(i, int(text.size()) - i, m_comment);
            return;
        }
        if (c == QLatin1Char('/') && text.mid(i, 2) == QLatin1String("/*")) {
            const int end = int(text.indexOf(QLatin1String("*/"), i + 2));
            if (end < 0) {
                setFormat(i, int(text.size()) - i, m_comment);
                setCurrentBlockState(InComment);
                return;
            }
            setFormat(i, end + 2 - i, m_comment);
            i = end + 2;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            int end = i + 1;
            while (end < text.size()) {
                if (text.at(end) == c) {
                    if (end + 1 < text.size() && text.at(end + 1) == c) {
                        end += 2;
                        continue;
                    }
                    break;
                }
                ++end;
            }
            setFormat(i, qMin(end + 1, int(text.size())) - i,
                      c == QLatin1Char('\'') ? m_string : m_name);
            i = end + 1;
            continue;
        }
        if (c.isDigit()) {
            int end = i;
            while (end < text.size()
                   && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('.'))) {
                ++end;
            }
            setFormat(i, end - i, m_number);
            i = end;
            continue;
        }
        if (c.isLetter() || c == QLatin1Char('_')) {
            int end = i;
            while (end < text.size()
                   && (text.at(end).isLetterOrNumber() || text.at(end) == QLatin1Char('_'))) {
                ++end;
            }
            const QString word = text.mid(i, end - i);
            if (m_keywords.contains(word.toUpper())) {
                setFormat(i, end - i, m_keyword);
            } else if (m_tables.contains(word.toLower())) {
                setFormat(i, end - i, m_table);
            }
            i = end;
            continue;
        }
        ++i;
    }
}
