#include "connection/SignInDialog.h"

#include "common/AppContext.h"
#include "common/ConnectionRegistry.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SignInDialog::SignInDialog(AppContext* context, const QString& connection, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_connection(connection)
{
    setObjectName(QStringLiteral("signInDialog"));
    setWindowTitle(tr("Sign in to %1").arg(connection));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("signInStatus"));
    m_status->setWordWrap(true);
    // A failure quotes the provider's error_description: text, never markup.
    m_status->setTextFormat(Qt::PlainText);
    layout->addWidget(m_status);
    auto* row = new QHBoxLayout;
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("authorizationUrl"));
    m_url->setReadOnly(true);
    m_copy = new QPushButton(tr("&Copy"), this);
    m_openAgain = new QPushButton(tr("Open &again"), this);
    row->addWidget(m_url, 1);
    row->addWidget(m_copy);
    row->addWidget(m_openAgain);
    layout->addLayout(row);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_retry = m_buttons->addButton(tr("&Try again"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(QStringLiteral("tryAgain"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        // The keychain may have been unlocked meanwhile: ask it again first.
        m_retry->hide();
        m_context->registry()->reloadSecrets(
            m_connection, std::nullopt,
            [self = QPointer<SignInDialog>(this)](bool, const QString&) {
                if (self) {
                    self->start();
                }
            });
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_url->text()); });
    connect(m_openAgain, &QPushButton::clicked, this,
            [this] { m_context->openInBrowser(QUrl(m_url->text())); });
    start();
}

SignInDialog::~SignInDialog()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
    }
}

bool SignInDialog::isSignedIn() const
{
    return m_signedIn;
}

void SignInDialog::start()
{
    const std::optional<Connection> connection = m_context->registry()->connection(m_connection);
    const std::optional<ConnectionSecrets> secrets = m_context->registry()->secrets(m_connection);
    m_retry->hide();
    m_copy->setEnabled(false);
    m_openAgain->setEnabled(false);
    if (!connection || !secrets) {
        m_status->setText(tr("The connection or its keychain entry cannot be read: %1")
                              .arg(m_context->registry()->problem(m_connection)));
        m_retry->show();
        return;
    }
    m_job = new SignInJob(
        m_context->network(), *connection, secrets->clientSecret,
        [this](const QUrl& url) { return m_context->openInBrowser(url); }, this);
    connect(m_job, &SignInJob::authorizationUrlReady, this, [this](const QUrl& url) {
        m_url->setText(url.toString(QUrl::FullyEncoded));
        m_copy->setEnabled(true);
        m_openAgain->setEnabled(true);
        m_status->setText(tr("Waiting for you to sign in and allow access in your browser…"));
    });
    connect(m_job, &SignInJob::browserLaunchFailed, this, [this] {
        m_status->setText(tr("No browser was opened. Copy the address below into a browser, "
                             "sign in there, and come back."));
    });
    connect(m_job, &SignInJob::exchangingCode, this,
            [this] { m_status->setText(tr("Exchanging the code for tokens…")); });
    connect(m_job, &Job::finished, this, &SignInDialog::onFinished);
    m_status->setText(tr("Starting the sign-in…"));
    m_job->start();
}

void SignInDialog::onFinished(Job* job)
{
    auto* signIn = static_cast<SignInJob*>(job);
    if (signIn->error() != Job::NoError) {
        m_status->setText(
            signIn->remedy() == SignInJob::Remedy::ChangePort
                ? tr("%1 Edit the connection to use another port.").arg(signIn->errorText())
                : signIn->errorText());
        m_retry->show();
        return;
    }
    save(signIn->tokens(), signIn->userName());
}

void SignInDialog::save(const TokenSet& tokens, const QString& userName)
{
    ConnectionRegistry* registry = m_context->registry();
    std::optional<ConnectionSecrets> secrets = registry->secrets(m_connection);
    if (!secrets) {
        m_status->setText(tr("The connection was removed meanwhile; nothing was saved."));
        return;
    }
    if (registry->isBusy(m_connection)) {
        m_status->setText(tr("Another action on this connection is still running; try again "
                             "when it has finished."));
        m_retry->show();
        return;
    }
    secrets->tokens = tokens;
    registry->setBusy(m_connection, true);
    m_saving = true;
    m_status->setText(tr("Saving the tokens to your keychain…"));
    registry->writeSecrets(m_connection, *secrets, TokenHistory::Event::SignedIn,
                           [self = QPointer<SignInDialog>(this), registry, name = m_connection,
                            userName](bool ok, const QString& error) {
                               registry->setBusy(name, false);
                               if (self) {
                                   self->onSaved(ok, error, userName);
                               }
                           });
}

void SignInDialog::onSaved(bool ok, const QString& error, const QString& userName)
{
    m_saving = false;
    if (!ok) {
        m_status->setText(tr("The tokens could not be stored in the keychain: %1").arg(error));
        m_retry->show();
        return;
    }
    m_signedIn = true;
    m_status->setText(userName.isEmpty() ? tr("Signed in.") : tr("Signed in as %1.").arg(userName));
    accept();
}

void SignInDialog::reject()
{
    if (m_saving) {
        // The keychain write finishes first; closing now would lose it.
        return;
    }
    QDialog::reject();
}
