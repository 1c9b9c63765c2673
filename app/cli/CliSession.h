// What every grantline-cli command shares: the connection files, the secret
// store, the network, the output streams, and running an engine job to its
// end. Failures print one line on stderr and return the exit code.
#pragma once

#include "TerminalDevice.h"
#include "oauth/Connection.h"
#include "oauth/ConnectionSecrets.h"
#include "oauth/ConnectionStore.h"
#include "oauth/TokenHistory.h"
#include "secrets/SecretStore.h"
#include "source/PipelineFile.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

class Job;
class QCommandLineParser;

class CliSession
{
    Q_DECLARE_TR_FUNCTIONS(CliSession)

public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CliSession(const QString& home, std::unique_ptr<SecretStore> secrets);

    ConnectionStore& connections();
    SecretStore* secrets() const;
    QNetworkAccessManager* network();
    QTextStream& out();
    QTextStream& err();

    // Runs a job to its end on a local event loop; true when it succeeded.
    bool runJob(Job* job);
    // Parses a subcommand's options; false with the parser's complaint.
    static bool parse(QCommandLineParser& parser, const QStringList& arguments, QString* error);

    std::optional<Connection> loadConnection(const QString& name);
    // The keychain entry; nullopt (with the reason printed) when unreadable.
    // Without mustExist, a connection with nothing stored reads as empty.
    std::optional<ConnectionSecrets> readSecrets(const QString& name, bool mustExist);
    bool writeSecrets(const QString& name, const ConnectionSecrets& secrets);
    // Adds to the connection's token timeline (times only); a failure to
    // write it is a warning, never a failed command.
    void recordInHistory(const QString& name, TokenHistory::Event event, const TokenSet& tokens);
    bool removeSecrets(const QString& name);

    int fail(const QString& message);
    // A pipeline file, or the name of one in the home (a path that exists
    // wins), read through PipelineDocument; nullopt after printing every
    // problem it has, each with its path (fixing a config one run at a time
    // is tiresome). filePath: the file it read, for what lies beside it.
    std::optional<PipelineFile> loadPipeline(const QString& pathOrName,
                                             QString* filePath = nullptr);
    void printProblems(const QString& path, const ConfigProblems& problems);
    // False, with the usage error printed, when secrets would be stored in
    // the --session-only memory store and lost at the end of the command.
    bool keepsSecrets(const QString& what);
    int usage(const QString& message);
    int signedOut(const QString& name);

    // "expires in 59 min (2026-…)", for the sign-in and refresh messages.
    static QString expiryOf(const TokenSet& tokens);

    // A job's error, with the way out when no keychain is reachable.
    int failWithSecretError(const Job* job, int secretError);

private:
    ConnectionStore m_connections;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
    // stdout carries data too (JSON, scripts) and is written as is; every
    // message goes to stderr, through the filter.
    QTextStream m_out;
    TerminalDevice m_errDevice{stderr};
    QTextStream m_err{&m_errDevice};
};
