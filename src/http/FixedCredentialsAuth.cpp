#include "http/FixedCredentialsAuth.h"

#include <QCoreApplication>
#include <QNetworkRequest>
#include <QUrlQuery>

FixedCredentialsAuth::FixedCredentialsAuth(Kind kind, const QString& name, const QString& value)
    : m_kind(kind)
    , m_name(name)
    , m_value(value)
{ }

FixedCredentialsAuth FixedCredentialsAuth::bearer(const QString& token)
{
    return FixedCredentialsAuth(Kind::Bearer, QString(), token);
}

FixedCredentialsAuth FixedCredentialsAuth::apiKey(const QString& name, const QString& key,
                                                  const QString& location)
{
    const Kind kind = location == QLatin1String("query") || location == QLatin1String("param")
        ? Kind::ApiKeyQuery
        : location == QLatin1String("cookie") ? Kind::ApiKeyCookie
                                              : Kind::ApiKeyHeader;
    return FixedCredentialsAuth(kind, name.isEmpty() ? QStringLiteral("Authorization") : name, key);
}

FixedCredentialsAuth FixedCredentialsAuth::basic(const QString& username, const QString& password)
{
    return FixedCredentialsAuth(Kind::Basic, username, password);
}

void FixedCredentialsAuth::apply(QNetworkRequest& request, QUrl& url) const
{
    switch (m_kind) {
    case Kind::Bearer:
        request.setRawHeader("Authorization", "Bearer " + m_value.toUtf8());
        return;
    case Kind::ApiKeyHeader:
        request.setRawHeader(m_name.toUtf8(), m_value.toUtf8());
        return;
    case Kind::ApiKeyQuery: {
        QUrlQuery query(url);
        query.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(m_name)),
                           QString::fromLatin1(QUrl::toPercentEncoding(m_value)));
        url.setQuery(query);
        return;
    }
    case Kind::ApiKeyCookie:
        // dlt raises NotImplementedError here; a cookie is just a header.
        request.setRawHeader(
            "Cookie", QUrl::toPercentEncoding(m_name) + '=' + QUrl::toPercentEncoding(m_value));
        return;
    case Kind::Basic:
        request.setRawHeader("Authorization",
                             "Basic " + (m_name + u':' + m_value).toUtf8().toBase64());
        return;
    }
}

QString FixedCredentialsAuth::description() const
{
    switch (m_kind) {
    case Kind::Bearer:
        return QCoreApplication::translate("RequestAuth", "Bearer token");
    case Kind::ApiKeyHeader:
        return QCoreApplication::translate("RequestAuth", "API key in header %1").arg(m_name);
    case Kind::ApiKeyQuery:
        return QCoreApplication::translate("RequestAuth", "API key in query parameter %1")
            .arg(m_name);
    case Kind::ApiKeyCookie:
        return QCoreApplication::translate("RequestAuth", "API key in cookie %1").arg(m_name);
    case Kind::Basic:
        return QCoreApplication::translate("RequestAuth", "HTTP basic as %1").arg(m_name);
    }
    return QString();
}

QList<QByteArray> FixedCredentialsAuth::secrets() const
{
    QList<QByteArray> values{m_value.toUtf8()};
    if (m_kind == Kind::Basic) {
        values << (m_name + u':' + m_value).toUtf8().toBase64();
    }
    return values;
}
