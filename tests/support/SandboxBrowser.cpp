#include "SandboxBrowser.h"

#include <QTimer>

void SandboxBrowser::openUrl(const QUrl& url)
{
    opened.append(url);
    // Not inside openUrl: the app is still in the middle of its call.
    QTimer::singleShot(0, this, [this, url] { visit(url); });
}

void SandboxBrowser::visit(const QUrl& url)
{
    if (!url.path().endsWith(QLatin1String("/authorize"))) {
        // A logout page or a portal: a browser shows it, nothing more.
        return;
    }
    HttpTestClient client;
    if (!providerError.isEmpty()) {
        client.get(BrowserSimulator::errorRedirect(url, providerError, providerErrorDescription));
        return;
    }
    BrowserSimulator browser(client);
    const auto outcome = browser.signIn(url, QStringLiteral("demo@sandbox.grantline.org"),
                                        QStringLiteral("sandbox"), decision);
    if (!outcome.redirect.isEmpty()) {
        callbackPages.append(BrowserTab::open(outcome.redirect));
    }
}
