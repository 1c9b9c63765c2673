// Everything that shapes one sandbox run, from the command line or a test.
#pragma once

#include "sandbox/FaultRule.h"
#include "sandbox/RecordGenerator.h"

#include <QList>
#include <QString>

struct SandboxSettings
{
    struct DemoUser
    {
        QString username = QStringLiteral("demo@sandbox.grantline.org");
        QString password = QStringLiteral("sandbox");
        QString userId = QStringLiteral("SANDBOXUSER1");
        QString givenName = QStringLiteral("Zoë");
        QString familyName = QStringLiteral("Ångström");
    };

    quint16 port = 0;
    // Empty: the base URL (http://127.0.0.1:<port>).
    QString issuer;
    bool strictCallbacks = false;
    // Seeds the generated data: the same seed gives the same records.
    quint64 seed = 42;
    qint64 records = 1000;
    int buckets = 25;
    // How many hubs, projects and folders the items are dealt across.
    RecordGenerator::Tree tree;
    // Every answer but /sandbox/'s own waits this long, give or take the
    // jitter (a negative jitter: a fifth of the latency), as over a real
    // network to a real API.
    int latencyMs = 0;
    int jitterMs = -1;
    int accessTokenLifetimeSeconds = 3599;
    int refreshTokenLifetimeSeconds = 15 * 24 * 3600;
    int codeLifetimeSeconds = 300;
    // Revoking a refresh token also ends the access tokens of that sign-in.
    bool cascadeRefreshRevocation = true;
    // Faults applied to every data and playground request.
    QList<FaultRule> globalFaults;
    // PEM file with the RSA signing key; empty: a fresh key at start.
    QString signingKeyPath;
    // JSON file with more registered apps.
    QString appsPath;
    DemoUser user;
};
