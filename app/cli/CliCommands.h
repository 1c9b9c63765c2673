// The grantline-cli commands: each reads its own options, drives engine jobs
// to the end, and returns the exit code (0 done, 1 failed with one line on
// stderr, 2 usage error).
#pragma once

#include "oauth/Connection.h"
#include "oauth/ConnectionSecrets.h"
#include "oauth/ConnectionStore.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Job;

class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliCommands(const QString& home, std::unique_ptr<SecretStore> secrets);

    // arguments: the command and its options, without the program name.
    int run(const QStringList& arguments);

private:
    int connectionCommand(const QStringList& arguments);
    int addConnection(const QStringList& arguments);
    int listConnections();
    int showConnection(const QString& name);
    int removeConnection(const QString& name);
    int login(const QStringList& arguments);
    int tokenCommand(const QStringList& arguments);
    int showToken(const QStringList& arguments);
    int refreshToken(const QString& name);
    int revokeTokens(const QStringList& arguments);
    int introspectToken(const QStringList& arguments);
    int verifyToken(const QString& name);
    int logout(const QString& name);

    // Runs a job to its end on a local event loop; true when it succeeded.
    bool runJob(Job* job);
    std::optional<Connection> loadConnection(const QString& name);
    // The keychain entry; nullopt (with the reason printed) when unreadable.
    std::optional<ConnectionSecrets> readSecrets(const QString& name, bool mustExist);
    bool writeSecrets(const QString& name, const ConnectionSecrets& secrets);
    bool removeSecrets(const QString& name);

    int fail(const QString& message);
    int usage(const QString& message);

    ConnectionStore m_connections;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    QTextStream m_out;
    QTextStream m_err;
};
