// Wizard page 6: who is signed in, when the token expires, and what to do
// next.
#pragma once

#include <QWizardPage>

class ConnectionWizard;
class QLabel;

class DonePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit DonePage(ConnectionWizard* wizard);

    void initializePage() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    ConnectionWizard* m_wizard;
    QLabel* m_summary = nullptr;
};
