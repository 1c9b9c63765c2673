// A pipeline page's Run tab: Run (F5) loads the ticked endpoints into the
// pipeline's SQLite file through the engine's RunJob (extraction on this
// loop, normalizing and SQLite on its worker: the window never waits), with
// an optional full refresh (asked to confirm), one row per endpoint in
// progress, an overall bar (exact where the API says its total, else busy),
// the time so far, Cancel (Shift+F5), and at the end dlt's load info or the
// failure in a sentence. One run at a time.
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <chrono>
#include <memory>

class AppContext;
class PipelineFile;
class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class RequestLogView;
class QTimer;
class ExtractJob;
struct FailureAdvice;
class RunJob;
class SecretStorer;
struct RetryEvent;
class RunProgressModel;

class RunPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RunPanel(AppContext* context, QWidget* parent = nullptr);
    ~RunPanel() override;

    // Starts a run of these resources (and what feeds them); false with the
    // reason shown when it does not start (one is running, or the full
    // refresh was not confirmed).
    bool start(const PipelineFile& pipeline, const QString& pipelinePath,
               const QStringList& resources);
    bool isRunning() const;
    void cancel();
    // Another pipeline is shown: what the last run said (its failure and
    // next step, its rows and log) belongs to the one before.
    void clear();

    RunProgressModel* progress() const;
    RequestLogView* requestLog() const;
    // The last run, kept after it ended for what it did; nullptr before any.
    RunJob* lastRun() const;
    // A run that ends while the window is not active, after at least this
    // long, says so on the desktop (5 s unless set).
    void setNotifyAfter(std::chrono::milliseconds after);

Q_SIGNALS:
    void runningChanged(bool running);
    // The run ended: loaded, failed or cancelled (error() says which).
    void finished();
    // The person did what a failure asked (stored the missing secret, signed
    // in again, pressed Run Again): the page runs again.
    void runAgainRequested();
    // A failure's next step is the endpoint editor of this resource.
    void editEndpointRequested(const QString& resource);
    // Open Data: the page shows the loaded data (its Data tab).
    void openDataRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onProgress();
    void logRequests(ExtractJob* extraction);
    // A line of the run's own (a paginator's choice, a token renewal), not
    // a request.
    void logNote(const QString& resource, const QString& text, bool failure = false);
    void logRetry(const RetryEvent& event);
    void onFinished();
    void showElapsed();
    void offerNextStep();
    void notifyIfAway();
    void logFailure();
    void openData();
    void takeNextStep();
    void signInAgain();
    void editScopes();
    QStringList connectionScopes(const QString& connection) const;
    bool confirmFullRefresh(const QString& pipelineName);
    void retranslateUi();

    AppContext* m_context;
    std::unique_ptr<RunJob> m_job;
    RunProgressModel* m_model;
    QPushButton* m_cancel;
    QCheckBox* m_fullRefresh;
    QProgressBar* m_bar;
    QLabel* m_status;
    QLabel* m_problem;
    QPushButton* m_nextStep;
    QPushButton* m_openData;
    QTableView* m_table;
    QPlainTextEdit* m_result;
    RequestLogView* m_log;
    QTabWidget* m_details;
    QTimer* m_clock;
    SecretStorer* m_storer;
    // The pipeline of the last run, for its failure's advice.
    std::unique_ptr<PipelineFile> m_pipeline;
    std::unique_ptr<FailureAdvice> m_advice;
    // Run Again waits for this after a 429's Retry-After.
    QTimer* m_retryWait;
    QElapsedTimer m_elapsed;
    std::chrono::milliseconds m_notifyAfter{5000};
    bool m_running = false;
};
