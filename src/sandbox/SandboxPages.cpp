#include "sandbox/SandboxPages.h"

namespace SandboxPages {
namespace {

QString page(const QString& title, const QString& body)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
               "<title>%1 – Grantline Sandbox</title><style>"
               "body{font-family:system-ui,sans-serif;background:#f4f6fa;color:#1d2433;margin:0}"
               "main{max-width:420px;margin:8vh auto;background:#fff;border-radius:12px;"
               "padding:32px;box-shadow:0 2px 12px rgba(0,0,0,.08)}"
               "h1{font-size:1.4em;margin-top:0}label{display:block;margin:12px 0 4px}"
               "input[type=text],input[type=password]{width:100%;padding:8px;box-sizing:border-box}"
               "button{padding:8px 18px;margin:16px 8px 0 0;font-size:1em}"
               ".error{color:#b00020}.scope{margin:8px 0}.scope code{font-weight:bold}"
               ".note{color:#5a6478;font-size:.9em}</style></head>"
               "<body><main>%2<p class=\"note\">Grantline Sandbox — a local test provider. "
               "Nothing here leaves this computer.</p></main></body></html>\n")
        .arg(title.toHtmlEscaped(), body);
}

} // namespace

QString signIn(const QString& transaction, const QString& appName, const QString& username,
               const QString& error)
{
    QString body = QStringLiteral("<h1>Sign in</h1><p><b>%1</b> wants to access your sandbox "
                                  "account.</p>")
                       .arg(appName.toHtmlEscaped());
    if (!error.isEmpty()) {
        body += QStringLiteral("<p class=\"error\" id=\"error\">%1</p>").arg(error.toHtmlEscaped());
    }
    body += QStringLiteral("<form method=\"post\" action=\"/authentication/v2/login\">"
                           "<input type=\"hidden\" name=\"transaction\" value=\"%1\">"
                           "<label for=\"username\">Email</label>"
                           "<input type=\"text\" id=\"username\" name=\"username\" value=\"%2\" "
                           "autocomplete=\"username\">"
                           "<label for=\"password\">Password</label>"
                           "<input type=\"password\" id=\"password\" name=\"password\" "
                           "autocomplete=\"current-password\">"
                           "<button type=\"submit\">Sign in</button></form>")
                .arg(transaction.toHtmlEscaped(), username.toHtmlEscaped());
    return page(QStringLiteral("Sign in"), body);
}

QString consent(const QString& transaction, const QString& appName, const QString& userName,
                const QList<QPair<QString, QString>>& scopes)
{
    QString list;
    for (const auto& [scope, description] : scopes) {
        list += QStringLiteral("<li class=\"scope\"><code>%1</code> — %2</li>")
                    .arg(scope.toHtmlEscaped(), description.toHtmlEscaped());
    }
    const QString body =
        QStringLiteral("<h1>Allow access?</h1><p>Signed in as %1.</p>"
                       "<p><b>%2</b> asks for permission to:</p><ul>%3</ul>"
                       "<form method=\"post\" action=\"/authentication/v2/consent\">"
                       "<input type=\"hidden\" name=\"transaction\" value=\"%4\">"
                       "<button type=\"submit\" name=\"decision\" value=\"allow\">Allow"
                       "</button><button type=\"submit\" name=\"decision\" value=\"deny\">"
                       "Deny</button></form>")
            .arg(userName.toHtmlEscaped(), appName.toHtmlEscaped(), list,
                 transaction.toHtmlEscaped());
    return page(QStringLiteral("Allow access"), body);
}

QString error(const QString& title, const QString& message)
{
    return page(title,
                QStringLiteral("<h1>%1</h1><p class=\"error\" id=\"error\">%2</p>")
                    .arg(title.toHtmlEscaped(), message.toHtmlEscaped()));
}

QString signedOut()
{
    return page(QStringLiteral("Signed out"),
                QStringLiteral("<h1>Signed out</h1><p>You have been signed out of the "
                               "sandbox.</p>"));
}

} // namespace SandboxPages
