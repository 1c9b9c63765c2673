#include "destination/PostgresFailure.h"

using Problem = DestinationDatabase::Problem;

PostgresFailure PostgresFailure::withServerWords(const QString& words) const
{
    PostgresFailure said = *this;
    if (!words.isEmpty()) {
        said.sentence = tr("%1 (The server said: %2)").arg(sentence, words);
    }
    return said;
}

PostgresFailure PostgresFailure::ofConnection(const PostgresCredentials& server,
                                              const QString& message)
{
    const QString where = server.host.startsWith(u'/')
        ? server.host
        : QStringLiteral("%1:%2").arg(server.host).arg(server.port);
    const QString detail = message.trimmed().replace(QStringLiteral("\n"), QStringLiteral(" "));
    PostgresFailure failure;
    QString& sentence = failure.sentence;
    // Refused: nothing changes by running again; Lost: the server is away.
    failure.problem =
        message.contains(QLatin1String("FATAL")) ? Problem::LoginRefused : Problem::ConnectionLost;
    if (message.contains(QLatin1String("password authentication failed"))
        || message.contains(QLatin1String("authentication failed for user"))) {
        sentence = tr("The PostgreSQL server at %1 did not accept the password of user \"%2\". "
                      "Check the password the pipeline's destination names.")
                       .arg(where, server.user);
    } else if (message.contains(QLatin1String("too many clients"))
               || message.contains(QLatin1String("too many connections"))
               || message.contains(QLatin1String("remaining connection slots"))) {
        // Refused for now, not for good: the next run may find a place.
        failure.problem = Problem::Busy;
        sentence = tr("The PostgreSQL server at %1 has no connection free for user \"%2\" now "
                      "(too many connections); run it again later.")
                       .arg(where, server.user);
    } else if (message.contains(QLatin1String("the database system is"))) {
        // Starting up, shutting down, in recovery: away for now.
        failure.problem = Problem::ConnectionLost;
        sentence = tr("The PostgreSQL server at %1 is starting up or shutting down; run it again "
                      "once it is up.")
                       .arg(where);
    } else if (message.contains(QLatin1String("no password supplied"))) {
        failure.problem = Problem::LoginRefused;
        sentence = tr("The PostgreSQL server at %1 wants a password for user \"%2\", and the "
                      "destination gives none: add \"password\": \"{secrets.NAME}\".")
                       .arg(where, server.user);
    } else if (message.contains(QLatin1String("database \""))
               && message.contains(QLatin1String("does not exist"))) {
        sentence = tr("There is no database \"%1\" on the PostgreSQL server at %2. Create it "
                      "(createdb %1) or name one that exists.")
                       .arg(server.database, where);
    } else if (message.contains(QLatin1String("role \""))
               && message.contains(QLatin1String("does not exist"))) {
        sentence =
            tr("There is no user \"%1\" on the PostgreSQL server at %2.").arg(server.user, where);
    } else if (message.contains(QLatin1String("timeout expired"))) {
        sentence = tr("The PostgreSQL server at %1 did not answer within %2 seconds.")
                       .arg(where)
                       .arg(server.connectTimeout);
    } else if (message.contains(QLatin1String("Connection refused"))
               || message.contains(QLatin1String("No such file or directory"))
               || message.contains(QLatin1String("could not translate host name"))) {
        sentence = tr("No PostgreSQL server answers at %1. Is it running, and is that its "
                      "address?")
                       .arg(where);
    } else if (message.contains(QLatin1String("SSL"))) {
        sentence =
            tr("The PostgreSQL server at %1 and the destination's sslmode (%2) do not "
               "agree.")
                .arg(where, server.sslmode.isEmpty() ? QStringLiteral("prefer") : server.sslmode);
    } else {
        sentence = tr("Grantline could not connect to PostgreSQL at %1.").arg(where);
    }
    return failure.withServerWords(detail);
}

PostgresFailure PostgresFailure::ofStatement(const Statement& statement,
                                             const PostgresCredentials& server,
                                             const QString& where)
{
    const QByteArray& state = statement.state;
    const QString& doing = statement.doing;
    const bool broken = statement.broken;
    const bool cancelled = statement.cancelled;
    PostgresFailure failure;
    QString& sentence = failure.sentence;
    if (broken || state.startsWith("08") || state == "57P01" || state == "57P02"
        || state == "57P03") {
        failure.problem = Problem::ConnectionLost;
        sentence = tr("The connection to PostgreSQL (%1) broke while %2: the server stopped or "
                      "restarted, or the network failed. The server rolls the load back, so "
                      "nothing of it was saved; run it again once the server is up.")
                       .arg(where, doing);
    } else if (state == "57014") {
        if (cancelled) {
            failure.problem = Problem::Other;
            sentence = tr("The load was cancelled; nothing of it was saved.");
        } else {
            failure.problem = Problem::Timeout;
            sentence = tr("PostgreSQL stopped %1 after the server's statement_timeout; the load "
                          "was rolled back and nothing of it was saved. Raise statement_timeout "
                          "for user \"%2\" (ALTER ROLE … SET statement_timeout) and run it again.")
                           .arg(doing, server.user);
        }
    } else if (state == "42501") {
        failure.problem = Problem::PermissionDenied;
        sentence = tr("User \"%1\" may not do this on %2 (%3); the load was rolled back. Grant "
                      "the right (for a new dataset: GRANT CREATE ON DATABASE %4 TO \"%1\") or "
                      "load into a dataset the user may write.")
                       .arg(server.user, where, doing, server.database);
    } else if (state == "53100") {
        failure.problem = Problem::DiskFull;
        sentence = tr("The PostgreSQL server's disk is full (%1); the load was rolled back and "
                      "nothing of it was saved. Free space on the server and run it again.")
                       .arg(doing);
    } else if (state.startsWith("53")) {
        failure.problem = Problem::Other;
        sentence = tr("The PostgreSQL server ran out of a resource (%1); the load was rolled "
                      "back. Run it again later.")
                       .arg(doing);
    } else if (state == "22021" || state == "22P05") {
        failure.problem = Problem::Other;
        sentence = tr("A value holds a character PostgreSQL cannot store (such as \\u0000) while "
                      "%1; the load was rolled back.")
                       .arg(doing);
    } else if (state == "40P01" || state == "40001" || state == "55P03") {
        failure.problem = Problem::Busy;
        sentence = tr("Another session held what the load needed (%1); the load was rolled "
                      "back. Run it again.")
                       .arg(doing);
    } else {
        failure.problem = Problem::Other;
        sentence = tr("PostgreSQL refused %1 on %2; the load was rolled back.").arg(doing, where);
    }
    return failure.withServerWords(statement.message);
}
