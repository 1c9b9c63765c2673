// "Sign in again" for a saved connection: the same attempt as the wizard's
// last step (browser, live status, the address with Copy and Open again,
// Cancel), and the new tokens replace the old ones in the keychain.
#pragma once

#include "oauth/SignInJob.h"

#include <QDialog>
#include <QPointer>

class AppContext;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(AppContext* context, const QString& connection, QWidget* parent = nullptr);
    ~SignInDialog() override;

    bool isSignedIn() const;

public Q_SLOTS:
    void reject() override;

private:
    void start();
    void onFinished(Job* job);
    void save(const TokenSet& tokens, const QString& userName);
    void onSaved(bool ok, const QString& error, const QString& userName);

    AppContext* m_context;
    QString m_connection;
    QPointer<SignInJob> m_job;
    bool m_saving = false;
    bool m_signedIn = false;
    QLabel* m_status = nullptr;
    QLineEdit* m_url = nullptr;
    QPushButton* m_copy = nullptr;
    QPushButton* m_openAgain = nullptr;
    QPushButton* m_retry = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};
