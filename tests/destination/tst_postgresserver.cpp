// The suite's own PostgreSQL server, through libpq as the destination will
// use it: started in a temporary folder on a socket of its own, a schema
// made, rows copied in with COPY FROM STDIN in a transaction and read back,
// a rolled-back transaction leaving nothing, and stopped at the end.
#include "PostgresServer.h"

#include <QTest>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace {

struct Connection
{
    PGconn* handle = nullptr;

    explicit Connection(const QString& parameters)
        : handle(PQconnectdb(parameters.toUtf8().constData()))
    { }
    ~Connection()
    {
        PQfinish(handle);
    }
    bool ok() const
    {
        return PQstatus(handle) == CONNECTION_OK;
    }
    QString error() const
    {
        return QString::fromUtf8(PQerrorMessage(handle)).trimmed();
    }
    // The first value of the last statement's first row, or the error.
    QString exec(const char* sql) const
    {
        PGresult* result = PQexec(handle, sql);
        const ExecStatusType status = PQresultStatus(result);
        QString value;
        if (status == PGRES_TUPLES_OK && PQntuples(result) > 0) {
            value = QString::fromUtf8(PQgetvalue(result, 0, 0));
        } else if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            value = u"error: "_s + QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
        }
        PQclear(result);
        return value;
    }
    bool copy(const char* sql, const QByteArray& rows) const
    {
        PGresult* started = PQexec(handle, sql);
        const bool copying = PQresultStatus(started) == PGRES_COPY_IN;
        PQclear(started);
        if (!copying || PQputCopyData(handle, rows.constData(), int(rows.size())) != 1
            || PQputCopyEnd(handle, nullptr) != 1) {
            return false;
        }
        PGresult* ended = PQgetResult(handle);
        const bool ok = PQresultStatus(ended) == PGRES_COMMAND_OK;
        PQclear(ended);
        while (PGresult* rest = PQgetResult(handle)) {
            PQclear(rest);
        }
        return ok;
    }
};

} // namespace

class TestPostgresServer : public QObject
{
    Q_OBJECT

private:
    PostgresServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
        QVERIFY(m_server.isRunning());
    }

    void itAnswersOnItsOwnSocket()
    {
        const Connection connection(m_server.connectionString());
        QVERIFY2(connection.ok(), qPrintable(connection.error()));
        QVERIFY(connection.exec("SELECT version()").startsWith(u"PostgreSQL "_s));
        // Its socket, not the machine's: the folder the suite made.
        QCOMPARE(connection.exec("SHOW unix_socket_directories"), m_server.socketFolder());
        // TCP on loopback only, where every user needs a password.
        QCOMPARE(connection.exec("SHOW listen_addresses"), u"127.0.0.1"_s);
        const Connection noPassword(
            u"host=127.0.0.1 port=%1 user=%2 dbname=postgres"_s.arg(m_server.port())
                .arg(m_server.user()));
        QVERIFY(!noPassword.ok());
        QVERIFY2(noPassword.error().contains(u"no password supplied"_s),
                 qPrintable(noPassword.error()));
    }

    void rowsGoInWithCopyAndAllOrNothing()
    {
        const Connection connection(m_server.connectionString());
        QVERIFY2(connection.ok(), qPrintable(connection.error()));
        QCOMPARE(connection.exec("CREATE SCHEMA IF NOT EXISTS sandbox"), QString());
        QCOMPARE(connection.exec("CREATE TABLE sandbox.items (id bigint, name text, tags jsonb)"),
                 QString());
        QCOMPARE(connection.exec("BEGIN"), QString());
        QVERIFY(connection.copy("COPY sandbox.items FROM STDIN",
                                "1\tÅngström\t[\"a\"]\n2\t\\N\t{\"b\": 1}\n"));
        QCOMPARE(connection.exec("COMMIT"), QString());
        QCOMPARE(connection.exec("SELECT count(*) FROM sandbox.items"), u"2"_s);
        QCOMPARE(connection.exec("SELECT name FROM sandbox.items WHERE id = 1"), u"Ångström"_s);
        // A load that does not commit leaves nothing behind.
        QCOMPARE(connection.exec("BEGIN"), QString());
        QVERIFY(connection.copy("COPY sandbox.items FROM STDIN", "3\tx\t[]\n"));
        QCOMPARE(connection.exec("ROLLBACK"), QString());
        QCOMPARE(connection.exec("SELECT count(*) FROM sandbox.items"), u"2"_s);
    }

    void aWrongDatabaseIsRefusedWithASentence()
    {
        const Connection connection(m_server.connectionString(u"absent"_s));
        QVERIFY(!connection.ok());
        QVERIFY2(connection.error().contains(u"\"absent\" does not exist"_s),
                 qPrintable(connection.error()));
    }

    void cleanupTestCase()
    {
        m_server.stop();
        QVERIFY(!m_server.isRunning());
        const Connection connection(m_server.connectionString());
        QVERIFY(!connection.ok());
    }
};

QTEST_GUILESS_MAIN(TestPostgresServer)
#include "tst_postgresserver.moc"
