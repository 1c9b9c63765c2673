// Wizard page 3: the client ID, and the client secret only when the app type
// has one (masked; it stays in memory until it is written to the keychain
// with the tokens). Checked as it is typed, and the keychain is asked whether
// it can take secrets before the person goes on.
#pragma once

#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class CredentialsPage;
}

class ConnectionWizard;
class Job;
class KeychainStatusJob;

class CredentialsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CredentialsPage(ConnectionWizard* wizard);
    ~CredentialsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    bool needsSecret() const;
    QString problem() const;
    void updateValidation();
    void checkKeychain();
    void onKeychainChecked(Job* job);

    std::unique_ptr<Ui::CredentialsPage> m_ui;
    ConnectionWizard* m_wizard;
    QPointer<KeychainStatusJob> m_keychainCheck;
    bool m_keychainReady = false;
};
