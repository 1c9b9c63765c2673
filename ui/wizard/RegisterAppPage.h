// Wizard page 2: how to register an app with the provider — the portal steps
// in plain words, which app type to pick and why, and the exact callback URL
// to paste, with the port the person chooses.
#pragma once

#include "oauth/ClientRegistration.h"

#include <QWizardPage>

class ConnectionWizard;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

class RegisterAppPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RegisterAppPage(ConnectionWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

    // The redirect URI the sign-in will use; empty means any free port.
    QString callbackUrl() const;
    ClientRegistration::ClientType appType() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QString stepsText() const;
    QUrl portalUrl() const;
    bool isAps() const;
    // The provider compares callback URLs as strings (APS): no "any port".
    bool needsExactCallback() const;
    void updateCallback();
    void copyCallback();
    void openPortal();

    ConnectionWizard* m_wizard;
    QLabel* m_steps = nullptr;
    QLabel* m_typeLabel = nullptr;
    QButtonGroup* m_types = nullptr;
    QLabel* m_callbackLabel = nullptr;
    QLineEdit* m_callback = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_portal = nullptr;
    QLabel* m_portLabel = nullptr;
    QSpinBox* m_port = nullptr;
    QCheckBox* m_anyPort = nullptr;
    QLabel* m_rule = nullptr;
    QLabel* m_portStatus = nullptr;
};
