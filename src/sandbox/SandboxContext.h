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
