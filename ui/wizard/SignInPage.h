// Wizard page 5: the sign-in itself. Every attempt is a fresh flow (new
// PKCE verifier, state and nonce); the browser is opened and the address is
// shown with Copy and Open again; the status says what is happening; a
// failure says what went wrong and what to do next. On success the
// connection is saved whole and the wizard moves on.
#pragma once

#include "oauth/SignInJob.h"

#include <QPointer>
#include <QWizardPage>

class ConnectionWizard;
class Job;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

class SignInPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Stage {
        Idle,
        WaitingForBrowser,
        Exchanging,
        FetchingProfile,
        Saving,
        SignedIn,
        Failed
    };
    Q_ENUM(Stage)

    explicit SignInPage(ConnectionWizard* wizard);
    ~SignInPage() override;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    Stage stage() const;
    // While saving, closing the wizard would leave half a connection.
    bool isBusySaving() const;
    // Stops the attempt in flight, if any (Back, Cancel, closing).
    void cancelAttempt();

Q_SIGNALS:
    void stageChanged(SignInPage::Stage stage);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void startAttempt();
    void onAuthorizationUrl(const QUrl& url);
    void onSignInFinished(Job* job);
    void save();
    void onSaved(Job* job);
    void fail(const QString& sentence, SignInJob::Remedy remedy);
    // backToPage: the page the next-step button goes back to; -1 tries again.
    void failWith(const QString& sentence, const QString& nextStep, int backToPage);
    void setStage(Stage stage, const QString& text);
    void takeNextStep();
    void goBackTo(int pageId);

    ConnectionWizard* m_wizard;
    QLabel* m_status = nullptr;
    QProgressBar* m_busy = nullptr;
    QLabel* m_urlLabel = nullptr;
    QLineEdit* m_url = nullptr;
    QPushButton* m_copyUrl = nullptr;
    QPushButton* m_openAgain = nullptr;
    QPushButton* m_nextStep = nullptr;

    QPointer<Job> m_job;
    Stage m_stage = Stage::Idle;
    int m_backToPage = -1;
};
