// The system browser for GUI tests: registered with
// QDesktopServices::setUrlHandler, every URL the app opens lands here and is
// signed in to at the sandbox and consented (or denied), the way a person
// would, then the browser follows the redirect back to the app.
#pragma once

#include "BrowserSimulator.h"
#include "BrowserTab.h"

#include <QList>
#include <QObject>
#include <QUrl>

class SandboxBrowser : public QObject
{
    Q_OBJECT

public:
    BrowserSimulator::Decision decision = BrowserSimulator::Decision::Allow;
    // Set: the provider answers at once with this OAuth error and
    // error_description (an odd or hostile provider), no sign-in pages.
    QString providerError;
    QString providerErrorDescription;
    // Every URL opened, in order.
    QList<QUrl> opened;
    // What the app answered on its callback, for every redirect followed.
    QList<BrowserTab::Page> callbackPages;

public Q_SLOTS:
    // The slot QDesktopServices calls.
    void openUrl(const QUrl& url);

private:
    void visit(const QUrl& url);
};
