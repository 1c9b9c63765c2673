// Addresses as they may be shown: query values that carry secrets (api_key,
// access_token, …, dlt's list) become "***", and user info is dropped. For
// the request log, errors and debug output.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace UrlRedactor {

bool isSecretName(const QString& name);
QString redact(const QUrl& url);
// Also hides these values wherever they appear (as written or
// percent-encoded): a key under an unusual name, or echoed in a next link.
QString redact(const QUrl& url, const QList<QByteArray>& secrets);
QString redact(QString text, const QList<QByteArray>& secrets);
// The same over bytes (a response body), where a secret may also stand
// JSON-escaped ("\/" for "/", "\u002b"-free forms aside).
QByteArray redact(QByteArray bytes, const QList<QByteArray>& secrets);

} // namespace UrlRedactor
