// A fault the sandbox injects on purpose, so clients can be tested against the
// failures real APIs produce.
#pragma once

#include <QString>

struct FaultRule
{
    enum class Kind {
        None,
        TooManyRequests, // 429 with Retry-After in seconds
        TooManyRequestsDate, // 429 with Retry-After as an HTTP-date
        ServerError, // 500
        BadGateway, // 502
        ServiceUnavailable, // 503
        SlowResponse, // the right answer, late
        DroppedConnection, // no answer, the connection closes
        HtmlErrorPage, // status 200 with an HTML page instead of JSON
        MalformedJson, // status 200 with truncated JSON
    };

    Kind kind = Kind::None;
    // Per request: how many times the same URL gets the fault before it
    // succeeds (0: always). Global: every Nth request gets it (0 and 1: all).
    int count = 0;

    // "429", "429-date", "500", "502", "503", "slow", "drop", "html",
    // "malformed", with an optional ":N" for count.
    static FaultRule parse(const QString& text, QString* errorString = nullptr);
    static QString kindName(Kind kind);
    bool isValid() const;
};
