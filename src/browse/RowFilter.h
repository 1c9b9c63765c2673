// The filter a person types under a column header, turned into SQL with
// bound values (never spliced into the text). The small syntax DB Browser
// for SQLite users ask for:
//   >5  >=5  <5  <=2024-01-01  =x  !=x   comparisons
//   a..b                                  between a and b (..b, a.. open ends)
//   %text%                                a LIKE pattern as written
//   NULL  !NULL                           empty or not
//   !x                                    NOT: rows that x does not match
//   a|b                                   any of: exact values (IN), or filters
//   text                                  contains text (a number: equals it)
// A backslash keeps the next character literal (\| is a pipe, not OR).
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

#include <optional>

class RowFilter
{
    Q_DECLARE_TR_FUNCTIONS(RowFilter)

public:
    struct Condition
    {
        // SQL over the column, with ? for each value; empty: every row.
        QString sql;
        QVariantList values;
    };

    // The condition one filter text puts on a column (an SQL expression,
    // quoted already); nullopt and a sentence when the text cannot be read.
    static std::optional<Condition> condition(const QString& column, const QString& text,
                                              QString* error);
    // Every filter of a table, ANDed; the ones that cannot be read are left
    // out and named in *errors (column → sentence).
    static Condition combined(const QList<QPair<QString, QString>>& columnFilters,
                              QList<QPair<QString, QString>>* errors = nullptr);

private:
    static std::optional<Condition> part(const QString& column, const QString& text, bool inList,
                                         QString* error);
    static std::optional<Condition> comparison(const QString& column, const QString& op,
                                               const QString& value, QString* error);
    static std::optional<Condition> between(const QString& column, const QString& text, int dots,
                                            QString* error);
    // A number stays a number (so 10 > 9 in a query's computed column).
    static QVariant valueOf(const QString& text);
    static QString unescaped(const QString& text);
};
