// Credentials that do not change during a run: dlt's bearer, api_key (in a
// header, the query or a cookie) and http_basic. A 401 cannot be cured by
// asking again, so renew() has nothing to offer.
#pragma once

#include "http/RequestAuth.h"

#include <QString>

class FixedCredentialsAuth : public RequestAuth
{
public:
    enum class Kind { Bearer, ApiKeyHeader, ApiKeyQuery, ApiKeyCookie, Basic };

    static FixedCredentialsAuth bearer(const QString& token);
    // dlt's defaults: name "Authorization", location "header".
    static FixedCredentialsAuth apiKey(const QString& name, const QString& key,
                                       const QString& location);
    static FixedCredentialsAuth basic(const QString& username, const QString& password);

    void apply(QNetworkRequest& request, QUrl& url) const override;
    QString description() const override;
    QList<QByteArray> secrets() const override;

private:
    FixedCredentialsAuth(Kind kind, const QString& name, const QString& value);

    Kind m_kind;
    QString m_name;
    QString m_value;
};
