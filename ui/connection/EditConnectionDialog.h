// Changes what was registered for a saved connection: the client ID, the
// secret (into the keychain), the callback URL and the scopes. The tokens
// stay until the next sign-in, which the new settings then apply to.
#pragma once

#include "oauth/Connection.h"

#include <QDialog>

#include <memory>

namespace Ui {
class EditConnectionDialog;
}

class AppContext;

class EditConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    EditConnectionDialog(AppContext* context, const Connection& connection,
                         QWidget* parent = nullptr);
    ~EditConnectionDialog() override;

    void accept() override;
    // Not while the secret is being written.
    void reject() override;

Q_SIGNALS:
    void saved(const QString& name);

private:
    Connection edited() const;
    QString problem() const;
    void updateValidation();
    void saveFile();
    void onSecretWritten(bool ok, const QString& error);
    void finish();

    std::unique_ptr<Ui::EditConnectionDialog> m_ui;
    AppContext* m_context;
    Connection m_original;
    bool m_writing = false;
};
