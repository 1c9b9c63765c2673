#include "settings/SettingsDialog.h"

#include "common/AppContext.h"
#include "core/TranslationLoader.h"
#include "secrets/KeychainStatusJob.h"
#include "settings/AppSettings.h"
#include "ui_SettingsDialog.h"

#include <QEvent>
#include <QPushButton>

SettingsDialog::SettingsDialog(AppContext* context, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("settingsDialog"));
    m_ui->redirectPort->setValue(AppSettings::redirectPort());
    m_ui->browser->setCurrentIndex(
        AppSettings::browserChoice() == AppSettings::BrowserChoice::CopyLink ? 1 : 0);
    fillLanguages();
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->testKeychain, &QPushButton::clicked, this, &SettingsDialog::testKeychain);
    testKeychain();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillLanguages()
{
    const QString current = AppSettings::language();
    m_ui->language->clear();
    m_ui->language->addItem(tr("The system's language"), QString());
    QStringList languages = TranslationLoader::availableLanguages();
    if (!languages.contains(QStringLiteral("en"))) {
        languages.prepend(QStringLiteral("en"));
    }
    for (const QString& code : std::as_const(languages)) {
        const QLocale locale(code);
        // Each language in its own words, so a person can find theirs.
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty()) {
            name[0] = name[0].toUpper();
        }
        m_ui->language->addItem(name.isEmpty() ? code : name, code);
    }
    const int index = m_ui->language->findData(current);
    m_ui->language->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsDialog::testKeychain()
{
    if (m_test) {
        return;
    }
    m_ui->testKeychain->setEnabled(false);
    m_ui->keychainStatus->setText(tr("Testing the keychain…"));
    m_test = new KeychainStatusJob(m_context->secrets(), this);
    connect(m_test, &Job::finished, this, &SettingsDialog::onKeychainTested);
    m_test->start();
}

void SettingsDialog::onKeychainTested(Job* job)
{
    auto* test = static_cast<KeychainStatusJob*>(job);
    m_ui->testKeychain->setEnabled(true);
    QString verdict;
    switch (test->status()) {
    case KeychainStatusJob::Status::Available:
        verdict = tr("Available.");
        break;
    case KeychainStatusJob::Status::Locked:
        verdict = tr("Locked: unlock it, then test again.");
        break;
    case KeychainStatusJob::Status::Unavailable:
        verdict = tr("Missing: no keychain answered. Start one (gnome-keyring or KeePassXC's "
                     "Secret Service), then test again.");
        break;
    default:
        verdict = tr("Not usable right now.");
        break;
    }
    m_ui->keychainStatus->setText(QStringLiteral("%1 %2").arg(verdict, test->statusText()));
}

void SettingsDialog::accept()
{
    AppSettings::setRedirectPort(m_ui->redirectPort->value());
    AppSettings::setBrowserChoice(m_ui->browser->currentIndex() == 1
                                      ? AppSettings::BrowserChoice::CopyLink
                                      : AppSettings::BrowserChoice::System);
    const QString language = m_ui->language->currentData().toString();
    if (language != AppSettings::language()) {
        AppSettings::setLanguage(language);
        m_context->applyLanguage();
    }
    QDialog::accept();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        const int language = m_ui->language->currentIndex();
        m_ui->retranslateUi(this);
        fillLanguages();
        m_ui->language->setCurrentIndex(language);
    }
    QDialog::changeEvent(event);
}
