// Sets up a connection: provider, app registration, credentials, scopes, the
// three-legged sign-in, done. Nothing is saved before the sign-in succeeds,
// so Back and Cancel never leave half a connection behind.
#pragma once

#include "wizard/ConnectionDraft.h"

#include <QWizard>

class AppContext;

class ConnectionWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId {
        ProviderPageId,
        RegisterPageId,
        CredentialsPageId,
        ScopesPageId,
        SignInPageId,
        DonePageId
    };
    Q_ENUM(PageId)

    explicit ConnectionWizard(AppContext* context, QWidget* parent = nullptr);
    ~ConnectionWizard() override;

    AppContext* context() const;
    ConnectionDraft& draft();

    // The name of the connection the wizard saved; empty until then.
    QString savedConnection() const;
    void setSavedConnection(const QString& name);

Q_SIGNALS:
    void connectionSaved(const QString& name);

public Q_SLOTS:
    void reject() override;
    // Remembers the size and place for next time.
    void done(int result) override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    AppContext* m_context;
    ConnectionDraft m_draft;
    QString m_savedConnection;
};
