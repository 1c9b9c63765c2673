// Preferences: the default callback port, where the sign-in page opens, the
// language (applied at once), and whether the keychain can keep secrets now.
#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class SettingsDialog;
}

class AppContext;
class Job;
class KeychainStatusJob;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppContext* context, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    // Runs the keychain test (also done when the dialog opens).
    void testKeychain();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillLanguages();
    void onKeychainTested(Job* job);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppContext* m_context;
    QPointer<KeychainStatusJob> m_test;
};
