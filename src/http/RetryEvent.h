// One failed attempt that will be tried again: what a request log, a
// progress line or a run's history shows instead of a silent wait.
#pragma once

#include <QMetaType>
#include <QString>

struct RetryEvent
{
    // The resource the request was for; empty below the extraction.
    QString resource;
    // The address with its secrets hidden.
    QString url;
    // The attempt that failed, from 1.
    int attempt = 0;
    // The HTTP status (429, 503, …); 0 when no answer came (network).
    int status = 0;
    // Why, in a sentence (secrets hidden).
    QString reason;
    qint64 waitMs = 0;
};

Q_DECLARE_METATYPE(RetryEvent)
