#include "oauth/LoopbackPages.h"

#include <QCoreApplication>

namespace LoopbackPages {
namespace {

QString page(const QString& title, const QString& body, const char* accent)
{
    return QStringLiteral(
               "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1</title><style>"
               "body{font-family:system-ui,sans-serif;background:#f4f6fa;color:#1d2433}"
               "main{max-width:480px;margin:12vh auto;background:#fff;border-radius:12px;"
               "padding:32px;border-top:6px solid %3}</style></head><body><main><h1>%1</h1>%2"
               "</main></body></html>\n")
        .arg(title.toHtmlEscaped(), body, QLatin1String(accent));
}

} // namespace

QString result(bool success, const QString& title, const QString& message)
{
    const QString body =
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(message.toHtmlEscaped(),
                 success ? QCoreApplication::translate(
                     "LoopbackPages", "You can close this tab and return to Grantline.")
                         : QCoreApplication::translate("LoopbackPages",
                                                       "Return to Grantline to try again."));
    return page(title, body, success ? "#2e7d32" : "#b00020");
}

QString wrongRequest(const QString& reason)
{
    const QString body =
        QStringLiteral("<p>%1</p><p>%2</p>")
            .arg(reason.toHtmlEscaped(),
                 QCoreApplication::translate(
                     "LoopbackPages",
                     "If your browser changed http to https, turn off HTTPS-only mode for "
                     "127.0.0.1, or start the sign-in again from Grantline."));
    return page(
        QCoreApplication::translate("LoopbackPages", "This page is not part of your sign-in"), body,
        "#b00020");
}

} // namespace LoopbackPages
