#include "wizard/DonePage.h"

#include "core/Clock.h"
#include "oauth/TokenInspection.h"
#include "wizard/ConnectionWizard.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

DonePage::DonePage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("donePage"));
    setFinalPage(true);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("doneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    retranslateUi();
}

void DonePage::retranslateUi()
{
    setTitle(tr("Connected"));
    setSubTitle(tr("The connection is saved and its tokens are in your keychain."));
    initializePage();
}

void DonePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

void DonePage::initializePage()
{
    const ConnectionDraft& draft = m_wizard->draft();
    if (draft.tokens.isEmpty()) {
        m_summary->clear();
        return;
    }
    const QDateTime now = Clock::now();
    QString text = draft.connection.client.isUserGrant()
        ? tr("<p><b>%1</b> is signed in as <b>%2</b>.</p>")
              .arg(draft.connection.name.toHtmlEscaped(),
                   (draft.userName.isEmpty() ? tr("an unnamed account") : draft.userName)
                       .toHtmlEscaped())
        : tr("<p><b>%1</b> has a token for the app itself.</p>")
              .arg(draft.connection.name.toHtmlEscaped());
    text += tr("<p>The access token %1.</p>")
                .arg(TokenInspection::expiryText(draft.tokens.expiresAt, now).toHtmlEscaped());
    text += draft.tokens.refreshToken.isEmpty()
        ? tr("<p>There is no refresh token: when the access token expires, sign in again.</p>")
        : tr("<p>Grantline refreshes the access token by itself while the refresh token "
             "lasts.</p>");
    text += tr("<p>Next: look at the token in the connection's <b>Token</b> tab, or use the "
               "connection from grantline-cli as <code>%1</code>.</p>")
                .arg(draft.connection.name.toHtmlEscaped());
    m_summary->setText(text);
}
