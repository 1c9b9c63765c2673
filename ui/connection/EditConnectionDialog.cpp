#include "connection/EditConnectionDialog.h"

#include "common/AppContext.h"
#include "common/ConnectionRegistry.h"
#include "oauth/AuthorizationCodeFlow.h"
#include "oauth/ConnectionStore.h"
#include "oauth/ProviderProfile.h"
#include "ui_EditConnectionDialog.h"

#include <QPointer>
#include <QPushButton>

EditConnectionDialog::EditConnectionDialog(AppContext* context, const Connection& connection,
                                           QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::EditConnectionDialog>())
    , m_context(context)
    , m_original(connection)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("editConnectionDialog"));
    setWindowTitle(tr("Edit %1").arg(connection.name));
    m_ui->clientId->setText(connection.client.clientId);
    m_ui->callbackUrl->setText(connection.client.redirectUri);
    m_ui->scopes->setText(connection.client.scopes.join(u' '));
    const bool secret = connection.client.needsSecret();
    m_ui->clientSecret->setVisible(secret);
    m_ui->clientSecretLabel->setVisible(secret);
    const bool signsIn = connection.client.isUserGrant();
    m_ui->callbackUrl->setVisible(signsIn);
    m_ui->callbackLabel->setVisible(signsIn);
    for (QLineEdit* field : {m_ui->clientId, m_ui->callbackUrl, m_ui->scopes}) {
        connect(field, &QLineEdit::textChanged, this, &EditConnectionDialog::updateValidation);
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &EditConnectionDialog::accept);
    updateValidation();
}

EditConnectionDialog::~EditConnectionDialog() = default;

Connection EditConnectionDialog::edited() const
{
    Connection connection = m_original;
    connection.client.clientId = m_ui->clientId->text().trimmed();
    connection.client.redirectUri = m_ui->callbackUrl->text().trimmed();
    connection.client.scopes = m_ui->scopes->text().split(u' ', Qt::SkipEmptyParts);
    return connection;
}

QString EditConnectionDialog::problem() const
{
    const Connection connection = edited();
    if (connection.client.clientId.isEmpty()) {
        return tr("The client ID cannot be empty.");
    }
    // The same rule the sign-in applies, so a mistake shows here and not there.
    const QString callbackProblem =
        AuthorizationCodeFlow::redirectUriProblem(connection.client.redirectUri);
    if (!callbackProblem.isEmpty()) {
        return callbackProblem;
    }
    return ProviderProfile::forId(connection.provider).problemWith(connection.client);
}

void EditConnectionDialog::updateValidation()
{
    const QString text = problem();
    m_ui->validation->setText(text.isEmpty() ? tr("The changes apply at the next sign-in.") : text);
    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(text.isEmpty());
}

void EditConnectionDialog::accept()
{
    if (!problem().isEmpty() || m_writing) {
        return;
    }
    const QString secret = m_ui->clientSecret->text();
    if (secret.isEmpty() || !m_original.client.needsSecret()) {
        saveFile();
        return;
    }
    ConnectionRegistry* registry = m_context->registry();
    if (registry->isBusy(m_original.name)) {
        m_ui->validation->setText(tr("Another action on this connection is still running; "
                                     "save again when it has finished."));
        return;
    }
    // The file first, then the secret: if the keychain refuses, the file is
    // put back, so the two never disagree.
    QString error;
    if (!m_context->connections().save(edited(), &error)) {
        m_ui->validation->setText(error);
        return;
    }
    registry->setBusy(m_original.name, true);
    m_writing = true;
    m_ui->buttons->setEnabled(false);
    // The tokens as the keychain holds them now (another process may have
    // rotated them), with the new secret beside them.
    const auto finish = [self = QPointer<EditConnectionDialog>(this), registry, context = m_context,
                         original = m_original](bool ok, const QString& error) {
        registry->setBusy(original.name, false);
        if (!ok) {
            QString ignored;
            context->connections().save(original, &ignored);
        }
        if (self) {
            self->onSecretWritten(ok, error);
        }
    };
    registry->reloadSecrets(
        m_original.name, std::nullopt,
        [registry, name = m_original.name, secret, finish](bool ok, const QString& error) {
            std::optional<ConnectionSecrets> fresh = registry->secrets(name);
            if (!ok || !fresh) {
                finish(false, error);
                return;
            }
            fresh->clientSecret = secret;
            registry->writeSecrets(name, *fresh, std::nullopt, finish);
        });
}

void EditConnectionDialog::onSecretWritten(bool ok, const QString& error)
{
    m_writing = false;
    m_ui->buttons->setEnabled(true);
    if (!ok) {
        m_ui->validation->setText(
            tr("The secret could not be stored in the keychain, so nothing was changed: %1")
                .arg(error));
        return;
    }
    finish();
}

void EditConnectionDialog::reject()
{
    if (!m_writing) {
        QDialog::reject();
    }
}

void EditConnectionDialog::saveFile()
{
    QString error;
    if (!m_context->connections().save(edited(), &error)) {
        m_ui->validation->setText(error);
        return;
    }
    finish();
}

void EditConnectionDialog::finish()
{
    m_context->registry()->reload();
    Q_EMIT saved(m_original.name);
    QDialog::accept();
}
