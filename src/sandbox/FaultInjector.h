// Decides which requests get a deliberate fault — per request with
// ?sandbox_fault=KIND[:N] or an X-Sandbox-Fault header, or globally with
// --fault KIND[:N] — and turns a good response into that fault.
#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "sandbox/FaultRule.h"
#include "sandbox/SandboxContext.h"

#include <QHash>
#include <QList>

class FaultInjector
{
public:
    explicit FaultInjector(SandboxContext& context);

    // The fault for this request, or Kind::None. globalRulesApply is true for
    // data and playground requests, which the --fault flags target.
    FaultRule::Kind faultFor(const HttpRequest& request, bool globalRulesApply);

    // The response a client sees instead of the good one (for kinds that
    // replace the response; slow and drop are the server's to carry out).
    HttpResponse corrupt(FaultRule::Kind kind, const HttpRequest& request,
                         const HttpResponse& good) const;
    // How long a slow response waits (?sandbox_delay_ms, default 2000).
    static int delayMs(const HttpRequest& request);

private:
    FaultRule::Kind perRequestFault(const HttpRequest& request);
    FaultRule::Kind globalFault();

    SandboxContext& m_context;
    // Times each (fault, URL) pair has fired, for "fail N times then succeed".
    QHash<QByteArray, int> m_firedPerUrl;
    qint64 m_globalRequests = 0;
};
