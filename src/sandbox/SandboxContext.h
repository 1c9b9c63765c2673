// The state the sandbox's endpoints share: settings, apps, signing key, issued
// tokens, counters, and the base URL every link is built from.
#pragma once

#include "sandbox/AppRegistry.h"
#include "sandbox/SandboxSettings.h"
#include "sandbox/SigningKey.h"
#include "sandbox/TokenRegistry.h"

#include <QDateTime>
#include <QMap>
#include <QUrl>

struct SandboxContext
{
    SandboxSettings settings;
    AppRegistry apps;
    SigningKey key;
    TokenRegistry tokens;
    QUrl baseUrl;
    // Counters shown at /sandbox/stats, by name.
    QMap<QString, qint64> counters;
    // Browser sessions: cookie value → user id.
    QHash<QString, QString> sessions;
    // Each request as the server saw it, for /sandbox/requests: when it
    // came and was answered (milliseconds since the epoch), what it asked
    // for (the path, never the query), the status. The first kMaxLogged only.
    struct LoggedRequest
    {
        qint64 receivedMs = 0;
        qint64 answeredMs = 0;
        QByteArray method;
        QString path;
        int status = 0;
    };
    static constexpr qsizetype kMaxLogged = 200000;
    QList<LoggedRequest> requestLog;

    QString issuer() const
    {
        return settings.issuer.isEmpty() ? baseUrl.toString(QUrl::StripTrailingSlash)
                                         : settings.issuer;
    }
    QUrl url(const QString& path) const
    {
        QUrl url = baseUrl;
        url.setPath(path);
        return url;
    }
    static qint64 now()
    {
        return QDateTime::currentSecsSinceEpoch();
    }
    void count(const QString& name, qint64 by = 1)
    {
        counters[name] += by;
    }
};
