#include "wizard/CredentialsPage.h"

#include "common/AppContext.h"
#include "oauth/ClientRegistration.h"
#include "sandbox/AppRegistry.h"
#include "secrets/KeychainStatusJob.h"
#include "ui_CredentialsPage.h"
#include "wizard/ConnectionWizard.h"

#include <QAction>
#include <QEvent>
#include <QIcon>

namespace {

using ClientType = ClientRegistration::ClientType;

// The app of this type the built-in sandbox starts with: its ID and secret
// are filled in for the person (a sandbox has no secrets worth keeping).
const RegisteredApp* sandboxApp(ClientType type)
{
    static const AppRegistry defaults = AppRegistry::withDefaultApps();
    const RegisteredApp::Type wanted = type == ClientType::Confidential
        ? RegisteredApp::Type::Confidential
        : type == ClientType::ServerToServer ? RegisteredApp::Type::ServerToServer
                                             : RegisteredApp::Type::Public;
    for (const RegisteredApp& app : defaults.apps()) {
        if (app.type == wanted) {
            return &app;
        }
    }
    return nullptr;
}

bool hasSpace(const QString& text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

CredentialsPage::CredentialsPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_ui(std::make_unique<Ui::CredentialsPage>())
    , m_wizard(wizard)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("credentialsPage"));
    QAction* reveal = m_ui->clientSecret->addAction(QIcon(QStringLiteral(":/icons/reveal.svg")),
                                                    QLineEdit::TrailingPosition);
    reveal->setObjectName(QStringLiteral("revealSecret"));
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the secret while you check it"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_ui->clientSecret->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->clientId, &QLineEdit::textChanged, this, &CredentialsPage::updateValidation);
    connect(m_ui->clientSecret, &QLineEdit::textChanged, this, &CredentialsPage::updateValidation);
    connect(m_ui->checkKeychain, &QPushButton::clicked, this, &CredentialsPage::checkKeychain);
}

CredentialsPage::~CredentialsPage() = default;

bool CredentialsPage::needsSecret() const
{
    return m_wizard->draft().connection.client.type != ClientType::Public;
}

void CredentialsPage::initializePage()
{
    const ConnectionDraft& draft = m_wizard->draft();
    const ClientType type = draft.connection.client.type;
    m_ui->clientSecret->setVisible(needsSecret());
    m_ui->clientSecretLabel->setVisible(needsSecret());
    m_ui->tokenAuth->setVisible(needsSecret());
    m_ui->tokenAuthLabel->setVisible(needsSecret());
    if (const RegisteredApp* app =
            draft.connection.provider == QLatin1String("sandbox") ? sandboxApp(type) : nullptr) {
        m_ui->clientId->setText(app->clientId);
        m_ui->clientSecret->setText(app->clientSecret);
    } else if (!needsSecret()) {
        m_ui->clientSecret->clear();
    }
    updateValidation();
    checkKeychain();
}

QString CredentialsPage::problem() const
{
    const QString id = m_ui->clientId->text();
    if (id.isEmpty()) {
        return tr("Paste the client ID from the app's settings at the provider.");
    }
    if (hasSpace(id)) {
        return tr("A client ID has no spaces or line breaks; check what was copied.");
    }
    if (!needsSecret()) {
        return QString();
    }
    const QString secret = m_ui->clientSecret->text();
    if (secret.isEmpty()) {
        return tr("This type of app has a client secret: paste it from the portal.");
    }
    if (secret.trimmed() != secret) {
        return tr("The secret starts or ends with a space, which was probably copied by "
                  "mistake.");
    }
    return QString();
}

void CredentialsPage::updateValidation()
{
    m_ui->validation->setText(problem());
    Q_EMIT completeChanged();
}

void CredentialsPage::checkKeychain()
{
    if (m_keychainCheck) {
        return;
    }
    m_keychainReady = false;
    m_ui->checkKeychain->setEnabled(false);
    m_ui->keychainStatus->setText(tr("Checking that your keychain can keep the tokens…"));
    m_keychainCheck = new KeychainStatusJob(m_wizard->context()->secrets(), this);
    connect(m_keychainCheck, &Job::finished, this, &CredentialsPage::onKeychainChecked);
    m_keychainCheck->start();
    Q_EMIT completeChanged();
}

void CredentialsPage::onKeychainChecked(Job* job)
{
    auto* check = static_cast<KeychainStatusJob*>(job);
    m_keychainCheck = nullptr;
    m_ui->checkKeychain->setEnabled(true);
    m_keychainReady = check->status() == KeychainStatusJob::Status::Available;
    switch (check->status()) {
    case KeychainStatusJob::Status::Available:
        m_ui->keychainStatus->setText(tr("Your keychain is ready: %1").arg(check->statusText()));
        break;
    case KeychainStatusJob::Status::Locked:
        m_ui->keychainStatus->setText(
            tr("%1 Unlock it (your desktop's Passwords and Keys app does that), then click "
               "Check again.")
                .arg(check->statusText()));
        break;
    default:
        m_ui->keychainStatus->setText(
            tr("%1 Grantline keeps secrets only in a keychain: start one (on Linux, "
               "gnome-keyring or KeePassXC's Secret Service), then click Check again.")
                .arg(check->statusText()));
        break;
    }
    Q_EMIT completeChanged();
}

bool CredentialsPage::isComplete() const
{
    return m_keychainReady && problem().isEmpty();
}

bool CredentialsPage::validatePage()
{
    ConnectionDraft& draft = m_wizard->draft();
    draft.connection.client.clientId = m_ui->clientId->text();
    if (needsSecret()) {
        draft.clientSecret = m_ui->clientSecret->text();
        draft.connection.client.tokenAuth = m_ui->tokenAuth->currentIndex() == 1
            ? ClientRegistration::TokenAuth::ClientSecretPost
            : ClientRegistration::TokenAuth::ClientSecretBasic;
    } else {
        draft.clientSecret.clear();
        draft.connection.client.tokenAuth = ClientRegistration::TokenAuth::None;
    }
    return true;
}

void CredentialsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        updateValidation();
    }
    QWizardPage::changeEvent(event);
}
