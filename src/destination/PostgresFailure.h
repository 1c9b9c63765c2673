// What went wrong with a PostgreSQL server, in a sentence that says what
// happened and what to do, and the problem behind it for the window's next
// step. libpq's and the server's own words follow the sentence, never stand
// alone. Connection failures are told by libpq's message (there is no
// SQLSTATE before a session exists), statements by their SQLSTATE.
#pragma once

#include "destination/DestinationDatabase.h"
#include "source/PostgresCredentials.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct PostgresFailure
{
    Q_DECLARE_TR_FUNCTIONS(PostgresFailure)

public:
    QString sentence;
    DestinationDatabase::Problem problem = DestinationDatabase::Problem::Other;

    // A connection that could not be made; message: libpq's.
    static PostgresFailure ofConnection(const PostgresCredentials& server, const QString& message);

    struct Statement
    {
        // SQLSTATE; empty when there was no answer.
        QByteArray state;
        // The server's primary message (or libpq's).
        QString message;
        // What the load was doing ("writing table items").
        QString doing;
        // The connection is gone.
        bool broken = false;
        // Stopped by the load's own cancel.
        bool cancelled = false;
    };
    // A statement that failed; where: the schema and server, for sentences.
    static PostgresFailure ofStatement(const Statement& statement,
                                       const PostgresCredentials& server, const QString& where);

private:
    // The sentence, then "(The server said: …)" when there are words.
    PostgresFailure withServerWords(const QString& words) const;
};
