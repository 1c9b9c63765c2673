#include "wizard/SignInPage.h"

#include "common/AppContext.h"
#include "oauth/ConnectionSaveJob.h"
#include "oauth/ConnectionStore.h"
#include "oauth/SignInJob.h"
#include "settings/AppSettings.h"
#include "wizard/ConnectionWizard.h"

#include <QClipboard>
#include <QEvent>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

SignInPage::SignInPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("signInPage"));
    // Once signed in, the connection is saved: Back cannot undo that.
    setCommitPage(true);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    // A failure quotes the provider's error_description: text, never markup.
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    layout->addWidget(m_busy);

    auto* grid = new QGridLayout;
    m_urlLabel = new QLabel(this);
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("authorizationUrl"));
    m_url->setReadOnly(true);
    m_urlLabel->setBuddy(m_url);
    m_copyUrl = new QPushButton(this);
    m_copyUrl->setObjectName(QStringLiteral("copyAuthorizationUrl"));
    m_openAgain = new QPushButton(this);
    m_openAgain->setObjectName(QStringLiteral("openAgain"));
    grid->addWidget(m_urlLabel, 0, 0);
    grid->addWidget(m_url, 0, 1);
    grid->addWidget(m_copyUrl, 0, 2);
    grid->addWidget(m_openAgain, 0, 3);
    layout->addLayout(grid);

    m_nextStep = new QPushButton(this);
    m_nextStep->setObjectName(QStringLiteral("nextStep"));
    m_nextStep->hide();
    layout->addWidget(m_nextStep, 0, Qt::AlignLeft);
    layout->addStretch(1);

    connect(m_copyUrl, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_url->text());
        m_copyUrl->setText(tr("Copied"));
    });
    connect(m_openAgain, &QPushButton::clicked, this,
            [this] { m_wizard->context()->openInBrowser(QUrl(m_url->text())); });
    connect(m_nextStep, &QPushButton::clicked, this, &SignInPage::takeNextStep);
    retranslateUi();
}

SignInPage::~SignInPage()
{
    cancelAttempt();
}

void SignInPage::retranslateUi()
{
    setTitle(tr("Sign in"));
    setSubTitle(tr("Your browser opens the provider's sign-in page. Come back here when it "
                   "says you are done."));
    m_urlLabel->setText(tr("Sign-in &address:"));
    m_copyUrl->setText(tr("&Copy"));
    m_copyUrl->setToolTip(tr("Copy the address, to open it in another browser"));
    m_openAgain->setText(tr("Open &again"));
    m_openAgain->setToolTip(tr("Open the sign-in page in the browser once more"));
    setButtonText(QWizard::CommitButton, tr("Continue"));
}

void SignInPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWizardPage::changeEvent(event);
}

SignInPage::Stage SignInPage::stage() const
{
    return m_stage;
}

bool SignInPage::isBusySaving() const
{
    return m_stage == Stage::Saving;
}

void SignInPage::initializePage()
{
    startAttempt();
}

void SignInPage::cleanupPage()
{
    cancelAttempt();
    setStage(Stage::Idle, QString());
}

bool SignInPage::isComplete() const
{
    return m_stage == Stage::SignedIn;
}

void SignInPage::setStage(Stage stage, const QString& text)
{
    // QWizard offers no Back on a page that follows a commit page: while the
    // connection is being saved, going back would strand the half-done save.
    if (QWizardPage* previous = m_wizard->page(ConnectionWizard::ScopesPageId)) {
        previous->setCommitPage(stage == Stage::Saving);
    }
    m_stage = stage;
    m_status->setText(text);
    const bool working = stage == Stage::WaitingForBrowser || stage == Stage::Exchanging
        || stage == Stage::FetchingProfile || stage == Stage::Saving;
    m_busy->setVisible(working);
    m_nextStep->setVisible(stage == Stage::Failed);
    Q_EMIT stageChanged(stage);
    Q_EMIT completeChanged();
}

void SignInPage::cancelAttempt()
{
    if (m_job && m_stage != Stage::Saving) {
        // Nothing of this attempt may land once it is abandoned.
        m_job->disconnect(this);
        m_job->cancel();
    }
    m_job = nullptr;
}

void SignInPage::startAttempt()
{
    cancelAttempt();
    ConnectionDraft& draft = m_wizard->draft();
    draft.tokens = TokenSet();
    draft.userName.clear();
    m_url->clear();
    m_copyUrl->setText(tr("&Copy"));
    m_url->setEnabled(draft.connection.client.isUserGrant());
    m_copyUrl->setEnabled(false);
    m_openAgain->setEnabled(false);

    AppContext* context = m_wizard->context();
    auto* job = new SignInJob(
        context->network(), draft.connection, draft.clientSecret,
        [context](const QUrl& url) { return context->openInBrowser(url); }, this);
    m_job = job;
    connect(job, &SignInJob::authorizationUrlReady, this, &SignInPage::onAuthorizationUrl);
    connect(job, &SignInJob::browserLaunchFailed, this, [this] {
        setStage(Stage::WaitingForBrowser,
                 AppSettings::browserChoice() == AppSettings::BrowserChoice::CopyLink
                     ? tr("The sign-in address is on the clipboard: paste it into a browser, "
                          "sign in there, and come back.")
                     : tr("No browser was opened. Copy the address below into a browser, sign "
                          "in there, and come back."));
    });
    connect(job, &SignInJob::exchangingCode, this, [this] {
        setStage(Stage::Exchanging,
                 m_wizard->draft().connection.client.isUserGrant()
                     ? tr("The browser came back. Exchanging the code for "
                          "tokens…")
                     : tr("Asking the provider for the app's own token…"));
    });
    connect(job, &SignInJob::fetchingProfile, this, [this] {
        setStage(Stage::FetchingProfile, tr("Signed in. Asking the provider who you are…"));
    });
    connect(job, &Job::finished, this, &SignInPage::onSignInFinished);
    setStage(Stage::WaitingForBrowser, tr("Starting the sign-in…"));
    job->start();
}

void SignInPage::onAuthorizationUrl(const QUrl& url)
{
    m_url->setText(url.toString(QUrl::FullyEncoded));
    m_url->setCursorPosition(0);
    m_copyUrl->setEnabled(true);
    m_openAgain->setEnabled(true);
    const QString redirect = m_wizard->draft().connection.client.redirectUri;
    setStage(Stage::WaitingForBrowser,
             tr("Waiting for you to sign in and allow access in your browser… If the provider "
                "reports a wrong redirect or callback URL, the app registered there must have "
                "exactly %1 as its callback URL.")
                 .arg(redirect.isEmpty() ? QStringLiteral("http://127.0.0.1/callback") : redirect));
}

void SignInPage::onSignInFinished(Job* job)
{
    m_job = nullptr;
    auto* signIn = static_cast<SignInJob*>(job);
    if (signIn->error() != Job::NoError) {
        fail(signIn->errorText(), signIn->remedy());
        return;
    }
    ConnectionDraft& draft = m_wizard->draft();
    draft.tokens = signIn->tokens();
    draft.userName = draft.connection.client.isUserGrant()
        ? signIn->userName()
        : tr("the app itself (no person signs in)");
    save();
}

void SignInPage::save()
{
    ConnectionDraft& draft = m_wizard->draft();
    draft.connection.createdAt = QDateTime::currentDateTimeUtc();
    ConnectionSecrets secrets;
    secrets.clientSecret = draft.clientSecret;
    secrets.tokens = draft.tokens;
    // Owned by the app, not this page: a keychain write must finish (or be
    // rolled back) even if the wizard goes away meanwhile.
    AppContext* context = m_wizard->context();
    auto* job = new ConnectionSaveJob(context->secrets(), &context->connections(), draft.connection,
                                      secrets, context);
    m_job = job;
    connect(job, &Job::finished, this, &SignInPage::onSaved);
    setStage(Stage::Saving, tr("Saving the connection; the tokens go to your keychain…"));
    job->start();
}

void SignInPage::onSaved(Job* job)
{
    m_job = nullptr;
    if (job->error() == ConnectionSaveJob::NameTaken) {
        failWith(job->errorText(), tr("&Choose another name"), ConnectionWizard::ProviderPageId);
        return;
    }
    if (job->error() != Job::NoError) {
        fail(job->errorText(), SignInJob::Remedy::TryAgain);
        return;
    }
    const ConnectionDraft& draft = m_wizard->draft();
    m_wizard->setSavedConnection(draft.connection.name);
    setStage(Stage::SignedIn,
             draft.userName.isEmpty() ? tr("Signed in.")
                                      : tr("Signed in as %1.").arg(draft.userName));
    m_wizard->next();
}

void SignInPage::fail(const QString& sentence, SignInJob::Remedy remedy)
{
    switch (remedy) {
    case SignInJob::Remedy::TryAgain:
        failWith(sentence, tr("&Try again"), -1);
        return;
    case SignInJob::Remedy::ChangePort:
        failWith(sentence, tr("&Choose another port"), ConnectionWizard::RegisterPageId);
        return;
    case SignInJob::Remedy::CheckCredentials:
        failWith(sentence, tr("&Check the client ID and secret"),
                 ConnectionWizard::CredentialsPageId);
        return;
    case SignInJob::Remedy::CheckRegistration:
        failWith(sentence, tr("&Check the app registration"), ConnectionWizard::RegisterPageId);
        return;
    }
}

void SignInPage::failWith(const QString& sentence, const QString& nextStep, int backToPage)
{
    m_backToPage = backToPage;
    m_nextStep->setText(nextStep);
    setStage(Stage::Failed, sentence);
}

void SignInPage::takeNextStep()
{
    if (m_backToPage < 0) {
        startAttempt();
    } else {
        goBackTo(m_backToPage);
    }
}

void SignInPage::goBackTo(int pageId)
{
    while (m_wizard->currentId() != pageId && m_wizard->currentId() != -1
           && m_wizard->currentId() != ConnectionWizard::ProviderPageId) {
        m_wizard->back();
    }
}
