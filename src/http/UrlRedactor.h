// Addresses as they may be shown: query values that carry secrets (api_key,
// access_token, …, dlt's list) become "***", and user info is dropped. For
// the request log, errors and debug output.
#pragma once

#include <QString>
#include <QUrl>

namespace UrlRedactor {

bool isSecretName(const QString& name);
QString redact(const QUrl& url);

} // namespace UrlRedactor
