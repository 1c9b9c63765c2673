// Wizard page 4: the scopes to ask for, ticked in a table that says what each
// one allows, with sensible defaults and room for scopes the list lacks.
#pragma once

#include "wizard/ScopeListModel.h"

#include <QWizardPage>

class ConnectionWizard;
class QLabel;
class QLineEdit;
class QTableView;

class ScopesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScopesPage(ConnectionWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    ScopeListModel* model() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    QList<ScopeListModel::Scope> offeredScopes() const;
    QStringList chosenScopes() const;
    QString problem() const;
    void updateProblem();

    ConnectionWizard* m_wizard;
    ScopeListModel* m_model;
    QTableView* m_table = nullptr;
    QLabel* m_otherLabel = nullptr;
    QLineEdit* m_other = nullptr;
    QLabel* m_problem = nullptr;
    // The provider the list was built for: going back and forth keeps ticks.
    QString m_listFor;
};
