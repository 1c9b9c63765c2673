// The HTML a browser sees at the sandbox: sign-in, consent, errors, sign-out.
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace SandboxPages {
QString signIn(const QString& transaction, const QString& appName, const QString& username,
               const QString& error);
// scopes: (scope, description) pairs.
QString consent(const QString& transaction, const QString& appName, const QString& userName,
                const QList<QPair<QString, QString>>& scopes);
QString error(const QString& title, const QString& message);
QString signedOut();
} // namespace SandboxPages
