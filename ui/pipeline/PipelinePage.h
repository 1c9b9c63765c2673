// A pipeline in the window: its file, and the Endpoints tab, the table of
// its resources to tick, edit, add, duplicate and remove, with undo, save
// (atomic, never over another program's change) and a notice when the file
// changes on disk. The same file grantline-cli runs.
#pragma once

#include "run/PipelineOverview.h"

#include <QDateTime>
#include <QJsonValue>
#include <QWidget>

#include <memory>
#include <optional>

class AppContext;
class Dashboard;
class DestinationDialog;
class EndpointEditor;
class EndpointsTab;
class EndpointTableModel;
class PipelineActions;
class PipelineDataTab;
class PipelineDocument;
class RunHistoryView;
class RunPanel;
class QAction;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QWidget;
class TestRequestDialog;

class PipelinePage : public QWidget
{
    Q_OBJECT

public:
    explicit PipelinePage(AppContext* context, QWidget* parent = nullptr);
    ~PipelinePage() override;

    // Opens the file; empty closes it. False with a sentence on the page
    // when it cannot be read at all.
    bool setPipeline(const QString& name, const QString& path);
    QString pipeline() const;
    PipelineDocument* document() const;
    EndpointTableModel* endpoints() const;
    QTableView* endpointTable() const;
    // Unsaved edits: the window asks before closing.
    bool hasUnsavedChanges() const;
    // Saves; false with the reason shown on the page.
    bool save();
    // Saves what is unsaved, then runs the ticked endpoints (F5) on the Run
    // tab; false with the reason shown when it does not start.
    bool run();
    RunPanel* runPanel() const;
    // The Data tab: the dashboard over the pipeline's file, made on first
    // use; showData() makes it and brings it forward.
    Dashboard* showData();
    Dashboard* dashboard() const;
    // The pipeline's SQLite file (empty when the pipeline cannot be read).
    QString databasePath() const;
    // The History tab: every run of the pipeline.
    RunHistoryView* history() const;
    // Each endpoint's latest loaded run, by resource (from PipelineOverview).
    void setLastRuns(const QHash<QString, PipelineOverview::ResourceRun>& runs);
    // When the pipeline's latest run ended, whoever ran it: a History tab in
    // view reads the runs again when it changes (a grantline-cli run).
    void setLastRunEnded(const QDateTime& finished);
    // Before the page shows something else or the window closes: true when
    // nothing is unsaved, or the person chose to drop it.
    bool confirmLeave();
    // Writes the pipeline as a dlt script (grantline-cli export --dlt), to a
    // file the person chooses.
    void exportDltScript();
    // Sends one request of the selected endpoint and shows the answer.
    TestRequestDialog* testRequest();
    // The endpoint editor for the selected endpoint, resource_defaults or
    // the client; nullptr when there is none to edit (the reason shown).
    EndpointEditor* editEndpoint();
    // The editor of this resource's endpoint (a failed run's next step).
    EndpointEditor* editEndpointOf(const QString& resource);
    EndpointEditor* editDefaults();
    EndpointEditor* editClient();
    // Pipeline → Destination…: where the data goes.
    DestinationDialog* editDestination();

protected:
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void closeModels();
    void retranslateUi();
    void updateActions();
    void showMessage(const QString& text);
    void onChangedOnDisk();
    bool confirmCancelRun();
    // The Data tab on the pipeline as it is now (the destination may change).
    void pointDataTab();
    // Where the pipeline file is: a relative database path starts there.
    QString folder() const;
    void refreshHistory();
    void reloadFromDisk();
    void keepMine();
    EndpointEditor* openEditor(int mode, int row);

    AppContext* m_context;
    QString m_name;
    std::unique_ptr<PipelineDocument> m_document;
    EndpointTableModel* m_model = nullptr;

    QLabel* m_title = nullptr;
    QLabel* m_path = nullptr;
    QWidget* m_diskNotice = nullptr;
    QLabel* m_diskText = nullptr;
    QPushButton* m_reload = nullptr;
    QPushButton* m_keepMine = nullptr;
    QLabel* m_message = nullptr;
    QTabWidget* m_tabs = nullptr;
    EndpointsTab* m_endpointsTab = nullptr;

    PipelineActions* m_actions = nullptr;
    RunPanel* m_runPanel = nullptr;
    RunHistoryView* m_history = nullptr;
    PipelineDataTab* m_dataTab = nullptr;
    // Unknown until the window first says, for the pipeline just opened
    // (whose history setPipeline() reads already).
    std::optional<QDateTime> m_lastRunEnded;
};
