// Wizard page 1: which provider, and where its endpoints come from — a
// preset (APS), discovery from an issuer URL (any OpenID Connect provider,
// and the built-in sandbox, started in this process), or typed in.
#pragma once

#include "oauth/ProviderEndpoints.h"

#include <QJsonObject>
#include <QPointer>
#include <QWizardPage>

#include <memory>

namespace Ui {
class ManualEndpointsForm;
}

class ConnectionWizard;
class DiscoveryJob;
class Job;
class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

class ProviderPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ProviderPage(ConnectionWizard* wizard);
    ~ProviderPage() override;

    bool isComplete() const override;
    bool validatePage() override;

    // "sandbox", "aps", "oidc" or "manual".
    QString providerId() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createChoices();
    QWidget* createSandboxDetails();
    QWidget* createApsDetails();
    QWidget* createIssuerDetails();
    QWidget* createManualDetails();
    QList<QLineEdit*> manualFields() const;
    void retranslateUi();

    void onProviderChosen();
    void suggestName();
    void discover(const QString& issuer);
    void onDiscovered(Job* job);
    void forgetDiscovery();
    void showEndpoints(const ProviderEndpoints& endpoints);
    void onSandboxReady(const QUrl& baseUrl);
    void onSandboxFailed(const QString& error);
    ProviderEndpoints manualEndpoints() const;
    QString nameProblem() const;
    QString endpointsProblem() const;
    void updateProblem();

    ConnectionWizard* m_wizard;
    QButtonGroup* m_providers = nullptr;
    QStackedWidget* m_details = nullptr;
    QLabel* m_nameLabel = nullptr;
    QLineEdit* m_name = nullptr;
    bool m_nameEdited = false;
    QLabel* m_problem = nullptr;

    QLabel* m_sandboxStatus = nullptr;
    QLabel* m_apsText = nullptr;
    QLabel* m_issuerLabel = nullptr;
    QLineEdit* m_issuer = nullptr;
    QPushButton* m_lookUp = nullptr;
    QLabel* m_discoveryStatus = nullptr;
    QTreeWidget* m_endpointList = nullptr;
    std::unique_ptr<Ui::ManualEndpointsForm> m_manual;

    QPointer<DiscoveryJob> m_discovery;
    // What discovery found, and for which issuer text.
    QString m_discoveredIssuer;
    ProviderEndpoints m_discovered;
    QJsonObject m_metadata;
    QStringList m_warnings;
    QString m_sandboxError;
};
