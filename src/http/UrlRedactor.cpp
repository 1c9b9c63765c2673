#include "http/UrlRedactor.h"

#include <QStringList>
#include <QUrlQuery>

namespace UrlRedactor {

bool isSecretName(const QString& name)
{
    static const QStringList names{QStringLiteral("token"),
                                   QStringLiteral("api_key"),
                                   QStringLiteral("key"),
                                   QStringLiteral("access_token"),
                                   QStringLiteral("apikey"),
                                   QStringLiteral("api-key"),
                                   QStringLiteral("access-token"),
                                   QStringLiteral("secret"),
                                   QStringLiteral("password"),
                                   QStringLiteral("pwd"),
                                   QStringLiteral("client_secret"),
                                   QStringLiteral("refresh_token"),
                                   QStringLiteral("code"),
                                   QStringLiteral("signature"),
                                   QStringLiteral("sig")};
    return names.contains(name.toLower());
}

QString redact(const QUrl& url)
{
    QUrl shown = url;
    shown.setUserInfo(QString());
    QUrlQuery query(url);
    QList<QPair<QString, QString>> items = query.queryItems(QUrl::FullyEncoded);
    for (auto& [name, value] : items) {
        if (isSecretName(QUrl::fromPercentEncoding(name.toLatin1()))) {
            value = QStringLiteral("***");
        }
    }
    query.setQueryItems(items);
    shown.setQuery(query);
    return shown.toString(QUrl::FullyEncoded);
}

QString redact(const QUrl& url, const QList<QByteArray>& secrets)
{
    return redact(redact(url), secrets);
}

QString redact(QString text, const QList<QByteArray>& secrets)
{
    for (const QByteArray& secret : secrets) {
        // Short values would hide ordinary words; real secrets are longer.
        if (secret.size() < 6) {
            continue;
        }
        text.replace(QString::fromUtf8(secret), QStringLiteral("***"));
        text.replace(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret))),
                     QStringLiteral("***"));
    }
    return text;
}

} // namespace UrlRedactor
