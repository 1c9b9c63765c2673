// How an SQL console run ended: what it found or changed, or the error with
// where in the text it is.
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

struct QueryOutcome
{
    enum class Status { Done, Failed, Cancelled, Refused };
    Status status = Status::Done;
    // Statements run to the end.
    int statements = 0;
    // Rows of the last statement that returned rows (-1: none did).
    qint64 rows = -1;
    // Rows changed by the statements that write.
    qint64 changed = 0;
    QString error;
    // Where the error is in the text (characters from the start), -1 if
    // SQLite did not say; and as line and column (from 1).
    int errorPosition = -1;
    int errorLine = 0;
    int errorColumn = 0;
    qint64 milliseconds = 0;
    // The statements began a transaction they did not end: it was rolled
    // back, its changes with it.
    bool rolledBack = false;
};

Q_DECLARE_METATYPE(QueryOutcome)
