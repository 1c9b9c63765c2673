// One prepared statement of a BrowseConnection: binds QVariants, steps, and
// reads columns back as QVariants (a NULL is a null QVariant). Finalized
// when it goes out of scope, so no cursor outlives the question it answers.
#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;
class BrowseConnection;

class BrowseStatement
{
public:
    enum class Step { Row, Done, Error };

    explicit BrowseStatement(BrowseConnection& connection);
    ~BrowseStatement();
    BrowseStatement(const BrowseStatement&) = delete;
    BrowseStatement& operator=(const BrowseStatement&) = delete;

    // Prepares the first statement of sql; *rest gets what follows it (for
    // a script), when given.
    bool prepare(const QString& sql, QString* error, QString* rest = nullptr);
    bool bind(const QVariantList& values, QString* error);
    Step step();
    // After Step::Error: the sentence for it.
    QString error() const;
    void reset();

    int columnCount() const;
    QStringList columnNames() const;
    // maxText > 0: longer text is cut there (the grid shows a preview; the
    // cell viewer asks for the whole value).
    QVariant value(int column, int maxText = 0) const;
    // Whether the cell at column was cut by value(column, maxText).
    bool isCut(int column, int maxText) const;
    // Whether the statement leaves the file as it is (SQLite's own verdict).
    bool isReadOnly() const;
    bool isPrepared() const
    {
        return m_statement != nullptr;
    }

private:
    BrowseConnection& m_connection;
    sqlite3_stmt* m_statement = nullptr;
};
