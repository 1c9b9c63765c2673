#include "http/UrlRedactor.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrlQuery>

namespace UrlRedactor {

bool isSecretName(const QString& name)
{
    // Anything named like a key, token, secret, password, signature or
    // credential (also behind "authorization", "cookie" or an "x-" prefix),
    // plus the short names URLs use for them.
    static const QRegularExpression secret(
        QStringLiteral("^(authorization|cookie|x-)?.*(api[-_]?key|apikey|token|secret|password|"
                       "passwd|pwd|signature|credential)s?$|^authorization$|^cookie$|^key$|"
                       "^code$|^sig$"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(name).hasMatch();
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

namespace {

// Short values would hide ordinary words; real secrets are longer.
constexpr qsizetype kShortestSecret = 6;

} // namespace

QByteArray redact(QByteArray bytes, const QList<QByteArray>& secrets)
{
    for (const QByteArray& secret : secrets) {
        if (secret.size() < kShortestSecret) {
            continue;
        }
        QByteArray escaped = secret;
        escaped.replace('/', "\\/");
        for (const QByteArray& form :
             {secret, QUrl::toPercentEncoding(QString::fromUtf8(secret)), escaped}) {
            bytes.replace(form, "***");
        }
    }
    return bytes;
}

QString redact(QString text, const QList<QByteArray>& secrets)
{
    for (const QByteArray& secret : secrets) {
        if (secret.size() < kShortestSecret) {
            continue;
        }
        text.replace(QString::fromUtf8(secret), QStringLiteral("***"));
        text.replace(QString::fromLatin1(QUrl::toPercentEncoding(QString::fromUtf8(secret))),
                     QStringLiteral("***"));
    }
    return text;
}

} // namespace UrlRedactor
